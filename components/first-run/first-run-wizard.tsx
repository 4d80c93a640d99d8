'use client';
// The first-run flow: one question per screen, "Step n of 4", each step saved before the next.
import { useRef, useState } from 'react';
import { toast } from 'sonner';
import { Button } from '@/components/ui/button';
import type { BenchmarkChoice } from '@/lib/users/first-run';
import { saveFirstRunStepAction } from '@/lib/users/first-run-actions';
import { BenchmarkStep, FirstLogStep, FteStep, SpecialtyStep, type FirstRunValues } from './first-run-steps';

const TITLES = ['Your specialty', 'Your clinical FTE', 'Your benchmark', 'Your first log'] as const;

export function FirstRunWizard({
  name,
  specialties,
  initial,
  initialChoices,
}: {
  name: string;
  specialties: string[];
  initial: FirstRunValues;
  initialChoices: BenchmarkChoice[];
}) {
  const [step, setStep] = useState(0);
  const [values, setValues] = useState(initial);
  const [choices, setChoices] = useState(initialChoices);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [pending, setPending] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const set = (patch: Partial<FirstRunValues>) => setValues((v) => ({ ...v, ...patch }));

  function go(next: number) {
    setErrors({});
    setStep(next);
    // Screen readers and keyboards start at the new question.
    requestAnimationFrame(() => heading.current?.focus());
  }

  async function onContinue(e: React.FormEvent) {
    e.preventDefault();
    const input =
      step === 0
        ? { step: 'specialty' as const, specialty: values.specialty, careerStage: values.careerStage }
        : step === 1
          ? { step: 'fte' as const, clinicalFte: values.clinicalFte }
          : { step: 'benchmark' as const, benchmarkSourceId: values.benchmarkSourceId };
    setPending(true);
    const result = await saveFirstRunStepAction(input);
    setPending(false);
    if (!result.ok) {
      setErrors(result.fieldErrors ?? {});
      toast.error(result.error);
      return;
    }
    if (result.data.choices) {
      setChoices(result.data.choices);
      // A previous choice without a table for the new specialty falls back to automatic.
      if (!result.data.choices.some((c) => c.id === values.benchmarkSourceId)) set({ benchmarkSourceId: '' });
    }
    go(step + 1);
  }

  return (
    <div data-testid="first-run">
      <p className="text-sm font-medium text-brand-700" data-testid="first-run-progress">
        Step {step + 1} of 4
      </p>
      <div className="mt-2 flex gap-1.5" aria-hidden>
        {TITLES.map((t, i) => (
          <span
            key={t}
            className={`h-1.5 flex-1 rounded-full ${i <= step ? 'bg-brand-600' : 'bg-slate-200'}`}
          />
        ))}
      </div>
      <h1 ref={heading} tabIndex={-1} className="mt-5 text-2xl font-semibold tracking-tight text-slate-900">
        {step === 0 ? `Welcome, ${name}` : TITLES[step]}
      </h1>
      {step < 3 ? (
        <form onSubmit={onContinue} noValidate className="mt-4 space-y-5">
          {step === 0 && (
            <SpecialtyStep values={values} set={set} errors={errors} specialties={specialties} />
          )}
          {step === 1 && <FteStep values={values} set={set} errors={errors} />}
          {step === 2 && <BenchmarkStep values={values} set={set} errors={errors} choices={choices} />}
          <div className="flex items-center justify-between gap-3 pt-2">
            {step > 0 ? (
              <Button variant="ghost" onClick={() => go(step - 1)}>
                Back
              </Button>
            ) : (
              <span />
            )}
            <Button type="submit" size="lg" disabled={pending}>
              {pending ? 'Saving…' : 'Continue'}
            </Button>
          </div>
        </form>
      ) : (
        <FirstLogStep onBack={() => go(2)} />
      )}
    </div>
  );
}
