// The foot of the quick log: the form-level error, and the sticky bar with the draft's total wRVU,
// its number of procedures and the Save button.
import { Button } from '@/components/ui/button';

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
    <>
      {formErrors && (
        <p
          className="rounded-lg bg-red-50 px-3 py-2 text-sm text-red-700"
          aria-live="assertive"
          data-testid="log-error"
        >
          {formErrors.join(' ')}
        </p>
      )}
      <div className="sticky bottom-16 z-10 flex items-center justify-between gap-3 rounded-xl border border-slate-200 bg-white/95 p-3 shadow-lg backdrop-blur lg:bottom-4">
        <p className="text-sm text-slate-600">
          <span className="tabular text-lg font-semibold text-slate-900" data-testid="draft-total">
            {total.toFixed(2)}
          </span>{' '}
          wRVU · {count} procedure{count === 1 ? '' : 's'}
        </p>
        <Button type="submit" size="lg" disabled={!count || saving}>
          {saving ? 'Saving…' : 'Save'}
        </Button>
      </div>
    </>
  );
}
