// The group summary export for organisation admins: the group view's own numbers (lib/dashboard/
// group.ts), authorised exactly like the group view. An organisation the actor does not administer
// is NOT_FOUND, the same answer as one that does not exist.
import 'server-only';
import { getGroupView } from '@/lib/dashboard/group';
import type { Actor } from '@/lib/session';
import type { GroupSummary } from './types';

export async function getGroupSummary({
  actor,
  organizationId,
  asOf,
}: {
  actor: Actor;
  organizationId: string;
  asOf?: string;
}): Promise<GroupSummary> {
  const view = await getGroupView({ actor, organizationId, sort: 'name', dir: 'asc', asOf });
  return {
    organization: { id: view.organization.id, name: view.organization.name, slug: view.organization.name },
    asOf: view.asOf,
    members: view.members.map((m) => ({
      name: m.name,
      email: m.email,
      role: m.role,
      specialty: m.specialty,
      clinicalFte: m.clinicalFte,
      fiscalYearLabel: m.fiscalYearLabel,
      ytdWrvu: m.ytdWrvu,
      pace: m.pace,
      percentileRank: m.rankLabel,
      benchmark: m.benchmark ? `${m.benchmark.citation}, ${m.benchmark.dataYear}` : null,
      entries: m.entries,
    })),
    totals: view.totals,
  };
}
