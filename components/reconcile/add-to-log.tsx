'use client';
// The reviewed import of the report's unlogged lines: the list is shown above this button, the
// user confirms exactly that list, and the lines go through the entry import (all or nothing).
import { useState, useTransition } from 'react';
import { useRouter } from 'next/navigation';
import { toast } from 'sonner';
import { Button } from '@/components/ui/button';
import { addUnloggedToLogAction } from '@/lib/reconcile/actions';

export function AddToLog({ id, rows, wrvu }: { id: string; rows: number[]; wrvu: number }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const n = rows.length;
  return (
    <div className="space-y-2">
      {!confirming ? (
        <Button size="sm" onClick={() => setConfirming(true)} data-testid="add-unlogged">
          Add the {n} unlogged line{n > 1 ? 's' : ''} to my log
        </Button>
      ) : (
        <div className="flex flex-wrap items-center gap-2 rounded-lg bg-brand-50 p-3 text-sm">
          <span>
            Add {n} entr{n > 1 ? 'ies' : 'y'} ({wrvu.toFixed(2)} wRVU in the report) to your log, priced by
            Benchline?
          </span>
          <Button
            size="sm"
            disabled={pending}
            data-testid="confirm-add-unlogged"
            onClick={() =>
              start(async () => {
                const result = await addUnloggedToLogAction({ id, rows });
                setConfirming(false);
                if (!result.ok) return setMessage(result.error);
                // The section goes away with the lines it listed: the toast outlives it.
                toast.success(
                  `Added ${result.data.imported} entr${result.data.imported === 1 ? 'y' : 'ies'} to your log.`,
                );
                router.refresh();
              })
            }
          >
            {pending ? 'Adding...' : 'Confirm'}
          </Button>
          <Button size="sm" variant="ghost" onClick={() => setConfirming(false)}>
            Cancel
          </Button>
        </div>
      )}
      {message && (
        <p
          role="status"
          aria-live="polite"
          className="text-sm text-slate-600"
          data-testid="add-unlogged-result"
        >
          {message}
        </p>
      )}
    </div>
  );
}
