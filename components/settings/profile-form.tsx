'use client';
import { useState } from 'react';
import { toast } from 'sonner';
import { Button } from '@/components/ui/button';
import { Field, Input, Select } from '@/components/ui/field';
import { updateProfileAction } from '@/lib/users/actions';

export type ProfileValues = {
  name: string;
  specialty: string;
  careerStage: string;
  pgyYear: string;
  clinicalFte: string;
  fiscalYearStartMonth: string;
  targetPercentile: string;
  ratePerWrvu: string;
  benchmarkSourceId: string;
  benchmarkSpecialty: string;
  rateTiers: { upTo: string; rate: string }[];
};

export type BenchmarkSourceOption = { id: string; label: string };

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const STAGES = [
  ['', 'Choose…'],
  ['STUDENT', 'Medical student'],
  ['RESIDENT', 'Resident'],
  ['FELLOW', 'Fellow'],
  ['ATTENDING', 'Attending physician'],
  ['APP', 'Advanced practice provider (NP/PA)'],
] as const;

export function ProfileForm({
  initial,
  specialties,
  benchmarkSpecialties,
  sources,
}: {
  initial: ProfileValues;
  specialties: string[];
  /** Specialties with a benchmark row somewhere: a related one may be chosen explicitly. */
  benchmarkSpecialties: string[];
  sources: BenchmarkSourceOption[];
}) {
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [pending, setPending] = useState(false);
  const set = (k: keyof ProfileValues) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) =>
    setValues((v) => ({ ...v, [k]: e.target.value }));

  const setTier = (i: number, key: 'upTo' | 'rate', value: string) =>
    setValues((v) => ({
      ...v,
      rateTiers: v.rateTiers.map((t, j) => (j === i ? { ...t, [key]: value } : t)),
    }));

  async function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    const blankRates = Object.fromEntries(
      values.rateTiers.flatMap((t, i) =>
        t.rate.trim() === '' ? [[`rateTiers.${i}.rate`, ['Enter a rate.']]] : [],
      ),
    );
    if (Object.keys(blankRates).length) {
      setErrors(blankRates);
      return;
    }
    setPending(true);
    const result = await updateProfileAction({
      ...values,
      rateTiers: values.rateTiers.length
        ? values.rateTiers.map((t) => ({
            upTo: t.upTo.trim() === '' ? null : Number(t.upTo),
            rate: Number(t.rate),
          }))
        : null,
    });
    setPending(false);
    if (result.ok) {
      setErrors({});
      toast.success('Profile saved');
    } else {
      setErrors(result.fieldErrors ?? {});
      toast.error(result.error);
    }
  }

  return (
    <form onSubmit={onSubmit} className="grid gap-4 sm:grid-cols-2" noValidate>
      <Field label="Name" htmlFor="name" errors={errors.name}>
        <Input id="name" value={values.name} onChange={set('name')} required />
      </Field>
      <Field label="Specialty" htmlFor="specialty" errors={errors.specialty}>
        <Input
          id="specialty"
          list="specialty-list"
          value={values.specialty}
          onChange={set('specialty')}
          placeholder="e.g. Orthopedic Surgery"
        />
        <datalist id="specialty-list">
          {specialties.map((s) => (
            <option key={s} value={s} />
          ))}
        </datalist>
      </Field>
      <Field label="Career stage" htmlFor="careerStage" errors={errors.careerStage}>
        <Select id="careerStage" value={values.careerStage} onChange={set('careerStage')}>
          {STAGES.map(([v, l]) => (
            <option key={v} value={v}>
              {l}
            </option>
          ))}
        </Select>
      </Field>
      {values.careerStage === 'RESIDENT' && (
        <Field label="PGY year" htmlFor="pgyYear" errors={errors.pgyYear}>
          <Input
            id="pgyYear"
            type="number"
            min={1}
            max={10}
            value={values.pgyYear}
            onChange={set('pgyYear')}
          />
        </Field>
      )}
      <Field
        label="Clinical FTE"
        htmlFor="clinicalFte"
        errors={errors.clinicalFte}
        hint="1.0 = full-time clinical. Pace is normalised to 1.0 FTE for benchmarking."
      >
        <Input
          id="clinicalFte"
          type="number"
          step="0.05"
          min={0.05}
          max={1.5}
          inputMode="decimal"
          value={values.clinicalFte}
          onChange={set('clinicalFte')}
        />
      </Field>
      <Field
        label="Fiscal year starts in"
        htmlFor="fiscalYearStartMonth"
        errors={errors.fiscalYearStartMonth}
      >
        <Select
          id="fiscalYearStartMonth"
          value={values.fiscalYearStartMonth}
          onChange={set('fiscalYearStartMonth')}
        >
          {MONTHS.map((m, i) => (
            <option key={m} value={String(i + 1)}>
              {m}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Target percentile" htmlFor="targetPercentile" errors={errors.targetPercentile}>
        <Select id="targetPercentile" value={values.targetPercentile} onChange={set('targetPercentile')}>
          {[25, 50, 75, 90].map((p) => (
            <option key={p} value={String(p)}>
              p{p}
            </option>
          ))}
        </Select>
      </Field>
      <Field
        label="Compensation rate ($ per wRVU)"
        htmlFor="ratePerWrvu"
        errors={errors.ratePerWrvu}
        hint="Optional. Used only for your own compensation estimate."
      >
        <Input
          id="ratePerWrvu"
          type="number"
          step="0.01"
          min={0}
          inputMode="decimal"
          value={values.ratePerWrvu}
          onChange={set('ratePerWrvu')}
        />
      </Field>
      <Field
        label="Benchmark source"
        htmlFor="benchmarkSourceId"
        errors={errors.benchmarkSourceId}
        hint="The survey your percentile rank is read from. Automatic picks the best published source for your specialty."
      >
        <Select id="benchmarkSourceId" value={values.benchmarkSourceId} onChange={set('benchmarkSourceId')}>
          <option value="">Automatic</option>
          {sources.map((s) => (
            <option key={s.id} value={s.id}>
              {s.label}
            </option>
          ))}
        </Select>
      </Field>
      <Field
        label="Compare with specialty"
        htmlFor="benchmarkSpecialty"
        errors={errors.benchmarkSpecialty}
        hint="Your own specialty unless you choose a related one whose published benchmark you accept as comparable."
      >
        <Select
          id="benchmarkSpecialty"
          value={values.benchmarkSpecialty}
          onChange={set('benchmarkSpecialty')}
        >
          <option value="">My specialty</option>
          {benchmarkSpecialties.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </Select>
      </Field>
      <fieldset className="space-y-2 sm:col-span-2">
        <legend className="text-sm font-medium text-slate-700">Rate tiers (optional)</legend>
        <p className="text-xs text-slate-500">
          For contracts that pay more per wRVU above a threshold: each rate applies to the wRVUs inside its
          tier. Leave the last "up to" blank for no ceiling. Tiers replace the flat rate.
        </p>
        {values.rateTiers.map((tier, i) => (
          <div key={i} className="grid grid-cols-[1fr_1fr_auto] items-start gap-2">
            <Field
              label={`Tier ${i + 1}: up to (wRVUs a year)`}
              htmlFor={`tier-${i}-upTo`}
              errors={errors[`rateTiers.${i}.upTo`]}
            >
              <Input
                id={`tier-${i}-upTo`}
                type="number"
                min={0}
                inputMode="decimal"
                placeholder="no ceiling"
                value={tier.upTo}
                onChange={(e) => setTier(i, 'upTo', e.target.value)}
              />
            </Field>
            <Field
              label={`Tier ${i + 1}: $ per wRVU`}
              htmlFor={`tier-${i}-rate`}
              errors={errors[`rateTiers.${i}.rate`]}
            >
              <Input
                id={`tier-${i}-rate`}
                type="number"
                min={0}
                step="0.01"
                inputMode="decimal"
                value={tier.rate}
                onChange={(e) => setTier(i, 'rate', e.target.value)}
              />
            </Field>
            <Button
              variant="ghost"
              className="mt-6"
              aria-label={`Remove tier ${i + 1}`}
              onClick={() => setValues((v) => ({ ...v, rateTiers: v.rateTiers.filter((_, j) => j !== i) }))}
            >
              Remove
            </Button>
          </div>
        ))}
        <p id="rateTiers-error" aria-live="polite" className="text-sm text-red-600">
          {errors.rateTiers?.join(' ')}
        </p>
        {values.rateTiers.length < 10 && (
          <Button
            variant="secondary"
            size="sm"
            onClick={() => setValues((v) => ({ ...v, rateTiers: [...v.rateTiers, { upTo: '', rate: '' }] }))}
          >
            Add a tier
          </Button>
        )}
      </fieldset>
      <div className="sm:col-span-2">
        <Button type="submit" disabled={pending}>
          {pending ? 'Saving…' : 'Save profile'}
        </Button>
      </div>
    </form>
  );
}
