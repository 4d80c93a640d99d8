// The foot of the quick log: the sticky bar with the form-level error, the draft's total wRVU, its
// number of procedures and the Save button.
import { Button } from '@/components/ui/button';
import { formatWrvu } from '@/lib/format';

export function SaveBar({
  formErrors,
  total,
  count,
  saving,
}: {
  formErrors: string[] | undefined;
  total: number;
  count: number;
  saving: boolean;
}) {
  return (
    // The error sits inside the sticky bar, so it is never hidden behind it (or off screen).
    <div className="sticky bottom-16 z-10 rounded-xl border border-slate-200 bg-white/95 p-3 shadow-lg backdrop-blur lg:bottom-4">
      <div aria-live="assertive">
        {formErrors && (
          <p className="mb-2 rounded-lg bg-red-50 px-3 py-2 text-sm text-red-700" data-testid="log-error">
            {formErrors.join(' ')}
          </p>
        )}
      </div>
      <div className="flex items-center justify-between gap-3">
        <p className="text-sm text-slate-600">
          <span className="tabular text-lg font-semibold text-slate-900" data-testid="draft-total">
            {formatWrvu(total)}
          </span>{' '}
          wRVU · {count} procedure{count === 1 ? '' : 's'}
        </p>
        <Button type="submit" size="lg" disabled={!count || saving}>
          {saving ? 'Saving…' : 'Save'}
        </Button>
      </div>
    </div>
  );
}
