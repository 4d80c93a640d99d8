'use client';
// Saving (PUT) and resetting to the CMS default (DELETE) go through /api/credit-policy, which
// re-prices the log under the per-user lock and streams the progress (NDJSON).
import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { toast } from 'sonner';
import { Button } from '@/components/ui/button';
import { Field, Input } from '@/components/ui/field';
import { requestReprice, type RepriceOutcome } from './reprice-request';

type Values = {
  multipleProcedureReduction: boolean;
  modifier22Factor: string;
  modifier52Factor: string;
  creditNotPaidByMedicare: boolean;
};

/** The CMS-adjusted default (lib/rvu/types DEFAULT_POLICY), as the form shows it after a reset. */
const CMS_DEFAULT: Values = {
  multipleProcedureReduction: true,
  modifier22Factor: '1',
  modifier52Factor: '0.5',
  creditNotPaidByMedicare: true,
};

export function CreditPolicyForm({
  initial,
  source,
}: {
  initial: Values;
  source: 'default' | 'personal' | 'organisation';
}) {
  const [v, setV] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const router = useRouter();
  const [pending, setPending] = useState(false);
  // Shown only when re-pricing takes more than a moment (a log of many thousands of entries).
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);

  async function run(init: RequestInit, saved: (repriced: number) => string): Promise<RepriceOutcome> {
    setPending(true);
    const started = Date.now();
    const outcome = await requestReprice(init, (p) => {
      if (Date.now() - started > 1_500) setProgress(p);
    });
    setPending(false);
    setProgress(null);
    if (outcome.ok) {
      setErrors({});
      toast.success(saved(outcome.repriced));
      router.refresh();
    } else {
      setErrors(outcome.fieldErrors ?? {});
      toast.error(outcome.error);
    }
    return outcome;
  }
  const entries = (n: number) => `${n} entr${n === 1 ? 'y' : 'ies'}`;

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    await run(
      { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify(v) },
      (n) => `Policy saved; ${entries(n)} re-priced`,
    );
  }

  async function reset() {
    const outcome = await run(
      { method: 'DELETE' },
      (n) => `Back to the CMS default; ${entries(n)} re-priced`,
    );
    if (outcome.ok) setV(CMS_DEFAULT);
  }

  return (
    <form onSubmit={submit} className="grid gap-4 sm:grid-cols-2" noValidate>
      <p className="text-sm text-slate-600 sm:col-span-2">
        {source === 'default' &&
          'You use the CMS-adjusted default, which follows the indicators in the CMS fee-schedule file as national surveys do.'}
        {source === 'organisation' && 'Your organisation sets this policy; saving here makes a personal one.'}
        {source === 'personal' && 'You use a personal policy.'} Saving re-prices your entries.
      </p>
      <label className="flex items-start gap-2 text-sm text-slate-700 sm:col-span-2">
        <input
          type="checkbox"
          className="mt-1"
          checked={v.multipleProcedureReduction}
          onChange={(e) => setV({ ...v, multipleProcedureReduction: e.target.checked })}
        />
        <span>
          Apply the multiple-procedure reduction (second and later procedures of an encounter at 50 %,
          endoscopy families by CMS rules)
        </span>
      </label>
      <label className="flex items-start gap-2 text-sm text-slate-700 sm:col-span-2">
        <input
          type="checkbox"
          className="mt-1"
          checked={v.creditNotPaidByMedicare}
          onChange={(e) => setV({ ...v, creditNotPaidByMedicare: e.target.checked })}
        />
        <span>
          Credit codes Medicare does not pay (status N or I) when CMS publishes a work RVU, e.g. preventive
          visits
        </span>
      </label>
      <Field
        label="Modifier 22 factor"
        htmlFor="m22"
        errors={errors.modifier22Factor}
        hint="Increased procedural services. 1.0 = no extra credit."
      >
        <Input
          id="m22"
          type="number"
          step="0.05"
          min={1}
          max={2}
          value={v.modifier22Factor}
          onChange={(e) => setV({ ...v, modifier22Factor: e.target.value })}
        />
      </Field>
      <Field
        label="Modifier 52 factor"
        htmlFor="m52"
        errors={errors.modifier52Factor}
        hint="Reduced services. 0.5 = half credit."
      >
        <Input
          id="m52"
          type="number"
          step="0.05"
          min={0}
          max={1}
          value={v.modifier52Factor}
          onChange={(e) => setV({ ...v, modifier52Factor: e.target.value })}
        />
      </Field>
      <div className="sm:col-span-2">
        {progress && (
          <p className="mb-2 text-sm text-slate-600" data-testid="reprice-progress" aria-live="polite">
            Re-pricing {progress.done.toLocaleString()} of {progress.total.toLocaleString()} entries…
            <progress
              className="mt-1 block h-2 w-full accent-brand-600"
              value={progress.done}
              max={progress.total}
            />
          </p>
        )}
        <div className="flex flex-wrap gap-2">
          <Button type="submit" variant="secondary" disabled={pending}>
            {pending ? 'Saving and re-pricing…' : 'Save policy'}
          </Button>
          {source !== 'default' && (
            <Button variant="ghost" onClick={reset} disabled={pending}>
              Reset to CMS default
            </Button>
          )}
        </div>
      </div>
    </form>
  );
}
