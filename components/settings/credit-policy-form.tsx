'use client';
// Saving goes through PUT /api/credit-policy, which streams the re-pricing progress (NDJSON).
import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { toast } from 'sonner';
import { Button } from '@/components/ui/button';
import { Field, Input } from '@/components/ui/field';
import { ndjson } from '@/lib/http/ndjson';

type Values = {
  multipleProcedureReduction: boolean;
  modifier22Factor: string;
  modifier52Factor: string;
  creditNotPaidByMedicare: boolean;
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

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setPending(true);
    const started = Date.now();
    let outcome:
      { ok: true; repriced: number } | { ok: false; error: string; fieldErrors?: Record<string, string[]> } =
      { ok: false, error: 'The policy was not saved: the server could not be reached.' };
    const res = await fetch('/api/credit-policy', {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(v),
    }).catch(() => null);
    if (res && !res.ok) {
      const body = (await res.json().catch(() => ({}))) as {
        error?: string;
        fieldErrors?: Record<string, string[]>;
      };
      outcome = {
        ok: false,
        error: body.error ?? 'The policy was not saved.',
        fieldErrors: body.fieldErrors,
      };
    } else if (res?.body) {
      for await (const msg of ndjson(res.body)) {
        if (msg.type === 'progress' && Date.now() - started > 1_500)
          setProgress({ done: Number(msg.done), total: Number(msg.total) });
        if (msg.type === 'done') outcome = { ok: true, repriced: Number(msg.repriced) };
        if (msg.type === 'error') outcome = { ok: false, error: String(msg.message) };
      }
    }
    setPending(false);
    setProgress(null);
    if (outcome.ok) {
      setErrors({});
      toast.success(
        `Policy saved; ${outcome.repriced} entr${outcome.repriced === 1 ? 'y' : 'ies'} re-priced`,
      );
      router.refresh();
    } else {
      setErrors(outcome.fieldErrors ?? {});
      toast.error(outcome.error);
    }
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
        <Button type="submit" variant="secondary" disabled={pending}>
          {pending ? 'Saving and re-pricing…' : 'Save policy'}
        </Button>
      </div>
    </form>
  );
}
