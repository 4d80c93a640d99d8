// Who may see whose productivity. A physician always sees their own; an organisation ADMIN sees
// the members of the organisations they administer, read-only, and nothing of any other
// organisation. Every dashboard read goes through loadSubject, so the rule lives here only.
import 'server-only';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { DateRange } from '@/lib/benchmarks/dates';
import { rateTiersSchema } from '@/lib/benchmarks/schemas';
import type { RateTier } from '@/lib/benchmarks/compensation';
import type { Actor } from '@/lib/session';

/** True when `memberId` is the actor, or shares an organisation in which the actor is ADMIN. */
export async function canViewMember(actor: Actor, memberId: string): Promise<boolean> {
  if (memberId === actor.id) return true;
  const shared = await db.membership.findFirst({
    where: { userId: memberId, organization: { memberships: { some: { userId: actor.id, role: 'ADMIN' } } } },
    select: { id: true },
  });
  return shared !== null;
}

/** The physician whose numbers are shown, with what the metrics need from the profile. */
export type Subject = {
  id: string;
  name: string;
  specialty: string | null;
  clinicalFte: number;
  fiscalYearStartMonth: number;
  targetPercentile: number;
  ratePerWrvu: number | null;
  rateTiers: RateTier[] | null;
  benchmarkSourceId: string | null;
  /** True when an admin looks at a member: the screens hide every edit affordance. */
  readOnly: boolean;
};

export const SUBJECT_SELECT = {
  id: true,
  name: true,
  specialty: true,
  clinicalFte: true,
  fiscalYearStartMonth: true,
  targetPercentile: true,
  ratePerWrvu: true,
  rateTiers: true,
  benchmarkSourceId: true,
} as const;

type SubjectRecord = {
  id: string;
  name: string;
  specialty: string | null;
  clinicalFte: { toNumber(): number };
  fiscalYearStartMonth: number;
  targetPercentile: number;
  ratePerWrvu: { toNumber(): number } | null;
  rateTiers: unknown;
  benchmarkSourceId: string | null;
};

export function toSubject(u: SubjectRecord, readOnly: boolean): Subject {
  // Tiers were validated on save; a row edited by hand into something invalid is ignored, not fatal.
  const tiers = u.rateTiers === null ? null : rateTiersSchema.safeParse(u.rateTiers);
  return {
    id: u.id,
    name: u.name,
    specialty: u.specialty,
    clinicalFte: u.clinicalFte.toNumber(),
    fiscalYearStartMonth: u.fiscalYearStartMonth,
    targetPercentile: u.targetPercentile,
    ratePerWrvu: u.ratePerWrvu?.toNumber() ?? null,
    rateTiers: tiers?.success ? tiers.data : null,
    benchmarkSourceId: u.benchmarkSourceId,
    readOnly,
  };
}

/**
 * The subject of a dashboard read: the actor, or a member the actor may view. A member the actor
 * may not view is NOT_FOUND, exactly like one that does not exist.
 */
export async function loadSubject(actor: Actor, viewUserId?: string | null): Promise<Subject> {
  const id = viewUserId ?? actor.id;
  if (!(await canViewMember(actor, id))) throw new AppError('NOT_FOUND', 'That physician was not found.');
  const user = await db.user.findUnique({ where: { id }, select: SUBJECT_SELECT });
  if (!user) throw new AppError('NOT_FOUND', 'That physician was not found.');
  return toSubject(user, id !== actor.id);
}

const iso = (d: Date) => d.toISOString().slice(0, 10);

/** Time off of the given users overlapping [from, to], grouped by user. */
export async function loadTimeOff(userIds: string[], from: string, to: string): Promise<Map<string, DateRange[]>> {
  const rows = await db.timeOff.findMany({
    where: { userId: { in: userIds }, startDate: { lte: new Date(`${to}T00:00:00Z`) }, endDate: { gte: new Date(`${from}T00:00:00Z`) } },
    select: { userId: true, startDate: true, endDate: true },
    orderBy: { startDate: 'asc' },
  });
  const out = new Map<string, DateRange[]>(userIds.map((id) => [id, []]));
  for (const r of rows) out.get(r.userId)?.push({ start: iso(r.startDate), end: iso(r.endDate) });
  return out;
}
