// The first-run flow after sign-up: specialty, clinical FTE and benchmark choice, one step at a
// time, each saved on its own (a user who stops half-way keeps what they chose). The actor comes
// from the session; a benchmark source must be one the actor may read.
import 'server-only';
import { db } from '@/lib/db';
import { listBenchmarkSources, type BenchmarkSourceSummary } from '@/lib/benchmarks/queries';
import { resolveSpecialty } from '@/lib/benchmarks/specialties';
import { AppError } from '@/lib/errors';
import type { Actor } from '@/lib/session';
import type { FirstRunStepInput } from './first-run-schemas';

export type BenchmarkChoice = { id: string; label: string; demo: boolean };

function choiceOf(src: BenchmarkSourceSummary): BenchmarkChoice {
  const label = src.synthetic
    ? `${src.citation} (demo only)`
    : `${src.publisher}: ${src.survey} (${src.dataYear})${src.organization ? `, ${src.organization.name}` : ''}`;
  return { id: src.id, label, demo: src.synthetic };
}

/** The sources with a table for this specialty (all visible ones when it is not set). */
export async function listBenchmarkChoices({ actor, specialty }: { actor: Actor; specialty: string | null }) {
  const sources = await listBenchmarkSources({ actor, specialty: specialty ?? undefined });
  return sources.map(choiceOf);
}

export async function saveFirstRunStep({ actor, input }: { actor: Actor; input: FirstRunStepInput }) {
  switch (input.step) {
    case 'specialty': {
      // Stored under the benchmark vocabulary's name when it is one, so tables and profile meet.
      const specialty = resolveSpecialty(input.specialty) ?? input.specialty;
      await db.user.update({
        where: { id: actor.id },
        data: { specialty, careerStage: input.careerStage || null },
        select: { id: true },
      });
      return { choices: await listBenchmarkChoices({ actor, specialty }) };
    }
    case 'fte':
      await db.user.update({
        where: { id: actor.id },
        data: { clinicalFte: input.clinicalFte },
        select: { id: true },
      });
      return { choices: null };
    case 'benchmark': {
      const id = input.benchmarkSourceId || null;
      if (id && !(await listBenchmarkSources({ actor })).some((s) => s.id === id)) {
        throw new AppError('VALIDATION', 'Choose one of the listed benchmark sources.', {
          benchmarkSourceId: ['Unknown benchmark source.'],
        });
      }
      await db.user.update({
        where: { id: actor.id },
        data: { benchmarkSourceId: id },
        select: { id: true },
      });
      return { choices: null };
    }
  }
}
