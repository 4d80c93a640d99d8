'use client';
import { Button } from '@/components/ui/button';

// The catalog could not be read (database restarting, for instance): say so and offer a retry.
export default function CodesError({ reset }: { error: Error; reset: () => void }) {
  return (
    <div className="mx-auto max-w-xl space-y-3 py-10 text-center">
      <h1 className="text-xl font-semibold text-slate-900">The code catalog is unavailable</h1>
      <p className="text-sm text-slate-600">
        Benchline could not read the catalog just now. Try again in a moment.
      </p>
      <Button onClick={reset}>Try again</Button>
    </div>
  );
}
