// What the Reports page shows before a download: the period as resolved and its totals, read
// through the dashboard's data layer (so the page, the dashboard and the files agree), plus the
// profile defaults (case-log layout for residents and fellows) and the groups the actor administers.
import 'server-only';
import { getPeriodTotals } from '@/lib/dashboard/period';
import { getBreakdowns } from '@/lib/dashboard/queries';
import { listAdministeredOrganizations } from '@/lib/dashboard/group';
import type { DashboardRange } from '@/lib/dashboard/range';
import type { Actor } from '@/lib/session';
import { getProfile } from '@/lib/users/queries';
import { decimalString } from './breakdowns';
import type { ReportLayout } from './schemas';

export type ReportPreview = {
  period: { kind: string; from: string; to: string; label: string };
  /** Every entry of the period, excluded lines included (at 0 wRVU), as everywhere else. */
  entries: number;
  excluded: number;
  wrvu: string;
  defaultLayout: ReportLayout;
  careerStage: string | null;
  groups: { id: string; name: string }[];
};

export async function getReportPreview({
  actor,
  range,
}: {
  actor: Actor;
  range: DashboardRange;
}): Promise<ReportPreview> {
  const [profile, { range: period, breakdowns }, groups, totals] = await Promise.all([
    getProfile({ actor }),
    getBreakdowns({ actor, range }),
    listAdministeredOrganizations(actor),
    getPeriodTotals({ actor, range }),
  ]);
  const trainee = profile.careerStage === 'RESIDENT' || profile.careerStage === 'FELLOW';
  return {
    period,
    entries: totals.entries,
    excluded: totals.excluded,
    wrvu: decimalString(breakdowns.total),
    defaultLayout: trainee ? 'case-log' : 'standard',
    careerStage: profile.careerStage,
    groups,
  };
}
