'use client';
import { useEffect } from 'react';
import { Button } from '@/components/ui/button';

// A failed dashboard read (database restarting, a bad query) shows this instead of a blank page;
// the details go to the server log, the digest lets support find them.
export default function DashboardError({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div role="alert" className="rounded-xl border border-red-200 bg-red-50 px-6 py-8 text-center">
      <h2 className="text-base font-semibold text-red-900">The dashboard could not be loaded</h2>
      <p className="mt-1 text-sm text-red-800">Your entries are safe. Try again in a moment.</p>
      {error.digest && <p className="mt-1 text-xs text-red-700">Reference: {error.digest}</p>}
      <Button variant="secondary" className="mt-4" onClick={reset}>
        Try again
      </Button>
    </div>
  );
}
