import type { Metadata } from 'next';
import { FirstRunWizard } from '@/components/first-run/first-run-wizard';
import { SPECIALTIES } from '@/lib/benchmarks/specialties';
import { requireUser } from '@/lib/session';
import { listBenchmarkChoices } from '@/lib/users/first-run';
import { getProfile } from '@/lib/users/queries';

export const metadata: Metadata = { title: 'Welcome' };

// Where sign-up lands: four short steps (specialty, FTE, benchmark, first log) instead of the whole
// settings page. Each step saves on its own; everything stays editable in Settings.
export default async function WelcomePage() {
  const actor = await requireUser('/welcome');
  const profile = await getProfile({ actor });
  const choices = await listBenchmarkChoices({ actor, specialty: profile.specialty });
  return (
    <div className="mx-auto max-w-lg">
      <FirstRunWizard
        name={profile.name}
        specialties={SPECIALTIES.map((s) => s.name)}
        initial={{
          specialty: profile.specialty ?? '',
          careerStage: profile.careerStage ?? '',
          clinicalFte: profile.clinicalFte.toString(),
          benchmarkSourceId: profile.benchmarkSourceId ?? '',
        }}
        initialChoices={choices}
      />
    </div>
  );
}
