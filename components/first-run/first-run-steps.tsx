'use client';
// The screens of the first-run flow. Each is one question with large, thumb-sized choices.
import Link from 'next/link';
import { buttonClass, Button } from '@/components/ui/button';
import { Field, Input, Select } from '@/components/ui/field';
import { cn } from '@/lib/cn';
import type { BenchmarkChoice } from '@/lib/users/first-run';

export type FirstRunValues = {
  specialty: string;
  careerStage: string;
  clinicalFte: string;
  benchmarkSourceId: string;
};
type StepProps = {
  values: FirstRunValues;
  set: (patch: Partial<FirstRunValues>) => void;
  errors: Record<string, string[]>;
};

const STAGES = [
  ['', 'Choose…'],
  ['STUDENT', 'Medical student'],
  ['RESIDENT', 'Resident'],
  ['FELLOW', 'Fellow'],
  ['ATTENDING', 'Attending physician'],
  ['APP', 'Advanced practice provider (NP/PA)'],
] as const;
const FTE_PRESETS = ['1', '0.8', '0.6', '0.5'];

const optionClass = (selected: boolean) =>
  cn(
    'flex min-h-12 w-full cursor-pointer items-start gap-3 rounded-lg border px-4 py-3 text-left text-sm',
    selected ? 'border-brand-600 bg-brand-50 text-brand-900' : 'border-slate-300 bg-white text-slate-800',
  );

export function SpecialtyStep({ values, set, errors, specialties }: StepProps & { specialties: string[] }) {
  return (
    <>
      <p className="text-sm text-slate-600">
        Benchline compares your wRVUs with your specialty&apos;s survey percentiles, so start there.
      </p>
      <Field label="Specialty" htmlFor="specialty" errors={errors.specialty}>
        <Select
          id="specialty"
          value={values.specialty}
          onChange={(e) => set({ specialty: e.target.value })}
          aria-invalid={errors.specialty ? true : undefined}
          aria-describedby={errors.specialty ? 'specialty-error' : undefined}
        >
          <option value="">Choose your specialty…</option>
          {values.specialty && !specialties.includes(values.specialty) && (
            <option value={values.specialty}>{values.specialty}</option>
          )}
          {specialties.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Career stage" htmlFor="careerStage" errors={errors.careerStage}>
        <Select
          id="careerStage"
          value={values.careerStage}
          onChange={(e) => set({ careerStage: e.target.value })}
        >
          {STAGES.map(([v, l]) => (
            <option key={v} value={v}>
              {l}
            </option>
          ))}
        </Select>
      </Field>
    </>
  );
}

export function FteStep({ values, set, errors }: StepProps) {
  return (
    <>
      <p className="text-sm text-slate-600">
        The share of a full-time clinical schedule you work. Benchmarks and your pace are scaled by it.
      </p>
      <fieldset className="grid grid-cols-4 gap-2">
        <legend className="sr-only">Common values</legend>
        {FTE_PRESETS.map((v) => (
          <button
            key={v}
            type="button"
            aria-pressed={Number(values.clinicalFte) === Number(v)}
            onClick={() => set({ clinicalFte: v })}
            className={cn(
              optionClass(Number(values.clinicalFte) === Number(v)),
              'justify-center font-medium',
            )}
          >
            {Number(v).toFixed(1)}
          </button>
        ))}
      </fieldset>
      <Field
        label="Clinical FTE"
        htmlFor="clinicalFte"
        errors={errors.clinicalFte}
        hint="Between 0.05 and 1.5."
      >
        <Input
          id="clinicalFte"
          type="number"
          inputMode="decimal"
          step="0.05"
          min="0.05"
          max="1.5"
          value={values.clinicalFte}
          onChange={(e) => set({ clinicalFte: e.target.value })}
          aria-invalid={errors.clinicalFte ? true : undefined}
          aria-describedby={errors.clinicalFte ? 'clinicalFte-error' : undefined}
        />
      </Field>
    </>
  );
}

export function BenchmarkStep({ values, set, errors, choices }: StepProps & { choices: BenchmarkChoice[] }) {
  const options = [
    { id: '', label: 'Automatic (recommended): the best table for your specialty', demo: false },
    ...choices,
  ];
  return (
    <>
      <p className="text-sm text-slate-600">
        Which survey your percentiles come from. Every comparison names its source and year.
      </p>
      <fieldset className="space-y-2">
        <legend className="sr-only">Benchmark source</legend>
        {options.map((c) => (
          <label key={c.id || 'auto'} className={optionClass(values.benchmarkSourceId === c.id)}>
            <input
              type="radio"
              name="benchmarkSourceId"
              value={c.id}
              checked={values.benchmarkSourceId === c.id}
              onChange={() => set({ benchmarkSourceId: c.id })}
              className="mt-0.5 accent-brand-600"
            />
            <span>{c.label}</span>
          </label>
        ))}
      </fieldset>
      {choices.length === 0 && (
        <p className="text-sm text-slate-600">
          No table has your specialty yet: your group can import its licensed survey later.
        </p>
      )}
      <p id="benchmarkSourceId-error" aria-live="polite" className="text-sm text-red-600">
        {errors.benchmarkSourceId?.join(' ')}
      </p>
    </>
  );
}

export function FirstLogStep({ onBack }: { onBack: () => void }) {
  return (
    <div className="mt-4 space-y-5">
      <p className="text-sm text-slate-600">
        You are set up. Log a procedure you did today: search by code or words (&ldquo;knee scope&rdquo;,
        &ldquo;99214&rdquo;), and the wRVU shows before you save. Star the codes you use most for two-tap
        logging.
      </p>
      <div className="flex flex-col gap-3 sm:flex-row">
        <Link href="/log" className={buttonClass('primary', 'lg')} data-testid="first-log">
          Log your first procedure
        </Link>
        <Link href="/dashboard" className={buttonClass('secondary', 'lg')}>
          Go to the dashboard
        </Link>
      </div>
      <p className="text-sm text-slate-600">
        Everything you chose can be changed in{' '}
        <Link href="/settings" className="font-medium text-brand-700 hover:underline">
          Settings
        </Link>
        .
      </p>
      <Button variant="ghost" onClick={onBack}>
        Back
      </Button>
    </div>
  );
}
