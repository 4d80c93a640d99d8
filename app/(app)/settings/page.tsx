import type { Metadata } from 'next';
import { PageHeader } from '@/components/shell/page-header';
import { Card, CardHeader } from '@/components/ui/card';
import { AccountData } from '@/components/settings/account-data';
import { ChangePasswordForm } from '@/components/settings/change-password-form';
import { CreditPolicyForm } from '@/components/settings/credit-policy-form';
import { SignOutEverywhere } from '@/components/settings/sign-out-everywhere';
import { getCreditPolicy } from '@/lib/logs/policy';
import { ProfileForm } from '@/components/settings/profile-form';
import { TimeOffList } from '@/components/settings/time-off-list';
import { listBenchmarkSources } from '@/lib/benchmarks/queries';
import { rateTiersSchema } from '@/lib/benchmarks/schemas';
import { SPECIALTIES } from '@/lib/benchmarks/specialties';
import { requireUser } from '@/lib/session';
import { getProfile, listTimeOff } from '@/lib/users/queries';

export const metadata: Metadata = { title: 'Settings' };

const SPECIALTY_SUGGESTIONS = [
  'Family Medicine',
  'Internal Medicine',
  'Cardiology',
  'Gastroenterology',
  'General Surgery',
  'Orthopedic Surgery',
  'Emergency Medicine',
  'Radiology',
  'Anesthesiology',
  'Obstetrics and Gynecology',
  'Urology',
  'Otolaryngology',
  'Ophthalmology',
  'Neurology',
  'Neurosurgery',
  'Dermatology',
  'Psychiatry',
  'Pediatrics',
  'Hematology/Oncology',
  'Pulmonology',
  'Nephrology',
  'Hospital Medicine',
];

export default async function SettingsPage() {
  const actor = await requireUser('/settings');
  const [profile, sources, timeOff, policy] = await Promise.all([
    getProfile({ actor }),
    listBenchmarkSources({ actor }),
    listTimeOff({ actor }),
    getCreditPolicy({ actor }),
  ]);
  const tiers = profile.rateTiers === null ? null : rateTiersSchema.safeParse(profile.rateTiers);
  return (
    <>
      <PageHeader title="Settings" description={profile.email} />
      <div className="space-y-6">
        <Card>
          <CardHeader title="Profile" description="Used for benchmarks, pace and reports." />
          <div className="p-5">
            <ProfileForm
              specialties={SPECIALTY_SUGGESTIONS}
              benchmarkSpecialties={SPECIALTIES.map((s) => s.name)}
              sources={sources
                .filter((src) => profile.demo || !src.synthetic)
                .map((src) => ({
                  id: src.id,
                  label: src.synthetic
                    ? `${src.citation} (demo only)`
                    : `${src.publisher}: ${src.survey} (${src.dataYear})${src.organization ? `, ${src.organization.name}` : ''}`,
                }))}
              initial={{
                name: profile.name,
                specialty: profile.specialty ?? '',
                careerStage: profile.careerStage ?? '',
                pgyYear: profile.pgyYear?.toString() ?? '',
                clinicalFte: profile.clinicalFte.toString(),
                fiscalYearStartMonth: String(profile.fiscalYearStartMonth),
                targetPercentile: String(profile.targetPercentile),
                ratePerWrvu: profile.ratePerWrvu?.toString() ?? '',
                benchmarkSourceId: profile.benchmarkSourceId ?? '',
                benchmarkSpecialty: profile.benchmarkSpecialty ?? '',
                rateTiers: tiers?.success
                  ? tiers.data.map((t) => ({
                      upTo: t.upTo === null ? '' : String(t.upTo),
                      rate: String(t.rate),
                    }))
                  : [],
              }}
            />
          </div>
        </Card>
        <Card>
          <CardHeader
            title="Time off"
            description="Weekdays you were (or will be) away: your worked-day pace and projection leave them out."
          />
          <div className="p-5">
            <TimeOffList items={timeOff} />
          </div>
        </Card>
        <Card>
          <CardHeader
            title="Crediting policy"
            description="How your wRVUs are credited from the CMS indicators."
          />
          <div className="p-5">
            <CreditPolicyForm
              source={policy.source}
              initial={{
                multipleProcedureReduction: policy.multipleProcedureReduction,
                modifier22Factor: String(policy.modifier22Factor),
                modifier52Factor: String(policy.modifier52Factor),
                creditNotPaidByMedicare: policy.creditNotPaidByMedicare,
              }}
            />
          </div>
        </Card>
        <Card>
          <CardHeader title="Password" />
          <div className="p-5">
            <ChangePasswordForm />
          </div>
        </Card>
        <Card>
          <CardHeader
            title="Sessions"
            description="Signing out, or changing your password, ends every session of your account."
          />
          <div className="p-5">
            <SignOutEverywhere />
          </div>
        </Card>
        <Card>
          <CardHeader
            title="Your data"
            description="Download everything Benchline holds about you, or delete your account."
          />
          <div className="p-5">
            <AccountData />
          </div>
        </Card>
      </div>
    </>
  );
}
