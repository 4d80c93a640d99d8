'use client';
// Re-runs the reconciliation against the log as it is now (after fixing entries) and saves its totals.
import { useState, useTransition } from 'react';
import { useRouter } from 'next/navigation';
import { Button } from '@/components/ui/button';
import { rerunReconciliationAction } from '@/lib/reconcile/actions';

export function RerunButton({ id }: { id: string }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  return (
    <div className="flex items-center gap-2">
      <Button
        variant="secondary"
        size="sm"
        disabled={pending}
        onClick={() =>
          start(async () => {
            const result = await rerunReconciliationAction({ id });
            setMessage(result.ok ? 'Re-run against your current log.' : result.error);
            router.refresh();
          })
        }
      >
        {pending ? 'Re-running...' : 'Re-run'}
      </Button>
      {message && (
        <span role="status" aria-live="polite" className="text-xs text-slate-500">
          {message}
        </span>
      )}
    </div>
  );
}
