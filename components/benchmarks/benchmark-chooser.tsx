'use client';
// The specialty / source chooser of the benchmarks page. The "no data for this specialty" note on
// each source follows the specialty as soon as it is picked (not only after Show): the page passes
// which specialties every source has rows for.
import { useState } from 'react';
import { buttonClass } from '@/components/ui/button';
import { Select } from '@/components/ui/field';

export function BenchmarkChooser({
  specialties,
  specialty: initialSpecialty,
  sources,
  sourceId,
  coverage,
}: {
  specialties: string[];
  specialty: string;
  sources: { id: string; label: string }[];
  sourceId: string | null;
  coverage: Record<string, string[]>;
}) {
  const [specialty, setSpecialty] = useState(initialSpecialty);
  return (
    <form
      method="get"
      className="mb-6 grid gap-3 rounded-xl border border-slate-200 bg-white p-4 sm:grid-cols-[1fr_2fr_auto]"
      aria-label="Choose a benchmark"
    >
      <label className="text-xs font-medium text-slate-600">
        Specialty
        <Select
          name="specialty"
          value={specialty}
          onChange={(e) => setSpecialty(e.target.value)}
          className="mt-1"
        >
          {specialties.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </Select>
      </label>
      <label className="text-xs font-medium text-slate-600">
        Source
        <Select name="source" defaultValue={sourceId ?? ''} className="mt-1" data-testid="benchmark-source">
          {sources.map((s) => (
            <option key={s.id} value={s.id}>
              {s.label}
              {coverage[s.id]?.includes(specialty) ? '' : ' - no data for this specialty'}
            </option>
          ))}
        </Select>
      </label>
      <div className="flex items-end">
        <button type="submit" className={buttonClass('secondary')}>
          Show
        </button>
      </div>
    </form>
  );
}
