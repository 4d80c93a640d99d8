// Who may see whose productivity. A physician always sees their own; an organisation ADMIN sees
// the members of the organisations they administer, read-only, and nothing of any other
// organisation. Every dashboard read goes through loadSubject, so the rule lives here only.
import 'server-only';
import { sql } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { DateRange } from '@/lib/benchmarks/dates';
import { rateTiersSchema } from '@/lib/benchmarks/schemas';
import type { RateTier } from '@/lib/benchmarks/compensation';
import type { Actor } from '@/lib/session';

// The rule, as SQL over a subject and an actor id: the subject is the actor, or a member of an
// organisation in which the actor is ADMIN. canViewMember and loadSubject both use it.
const mayView = (subject: string, actor: string) => `(${subject} = ${actor} OR EXISTS (
  SELECT 1 FROM "Membership" m JOIN "Membership" a ON a."organizationId" = m."organizationId"
  WHERE m."userId" = ${subject} AND a."userId" = ${actor} AND a.role = 'ADMIN'))`;

/** True when `memberId` is the actor, or shares an organisation in which the actor is ADMIN. */
export async function canViewMember(actor: Actor, memberId: string): Promise<boolean> {
  if (memberId === actor.id) return true;
  const [row] = await sql<{ allowed: boolean }>(`SELECT ${mayView('$1::text', '$2::text')} AS allowed`, [
    memberId,
    actor.id,
  ]);
  return row?.allowed === true;
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
  benchmarkSpecialty: string | null;
  /** The demo account or a seeded colleague: the only subjects the synthetic benchmark applies to. */
  demo: boolean;
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
  benchmarkSpecialty: true,
  demo: true,
} as const;

type Decimalish = number | string | { toNumber(): number };
type SubjectRecord = {
  id: string;
  name: string;
  specialty: string | null;
  clinicalFte: Decimalish;
  fiscalYearStartMonth: number;
  targetPercentile: number;
  ratePerWrvu: Decimalish | null;
  rateTiers: unknown;
  benchmarkSourceId: string | null;
  benchmarkSpecialty: string | null;
  demo: boolean;
};
const toNumber = (d: Decimalish) => (typeof d === 'object' ? d.toNumber() : Number(d));

export function toSubject(u: SubjectRecord, readOnly: boolean): Subject {
  // Tiers were validated on save; a row edited by hand into something invalid is ignored, not fatal.
  const tiers = u.rateTiers === null ? null : rateTiersSchema.safeParse(u.rateTiers);
  return {
    id: u.id,
    name: u.name,
    specialty: u.specialty,
    clinicalFte: toNumber(u.clinicalFte),
    fiscalYearStartMonth: u.fiscalYearStartMonth,
    targetPercentile: u.targetPercentile,
    ratePerWrvu: u.ratePerWrvu === null ? null : toNumber(u.ratePerWrvu),
    rateTiers: tiers?.success ? tiers.data : null,
    benchmarkSourceId: u.benchmarkSourceId,
    benchmarkSpecialty: u.benchmarkSpecialty,
    demo: u.demo,
    readOnly,
  };
}

/**
 * The subject of a dashboard read: the actor, or a member the actor may view. A member the actor
 * may not view is NOT_FOUND, exactly like one that does not exist.
 */
export async function loadSubject(actor: Actor, viewUserId?: string | null): Promise<Subject> {
  const id = viewUserId ?? actor.id;
  // The access rule and the profile in one round trip (every dashboard view).
  const [user] = await sql<SubjectRecord>(
    `SELECT u.id, u.name, u.specialty, u."clinicalFte"::text AS "clinicalFte", u."fiscalYearStartMonth", u."targetPercentile",
            u."ratePerWrvu"::text AS "ratePerWrvu", u."rateTiers", u."benchmarkSourceId", u."benchmarkSpecialty", u.demo
     FROM "User" u
     WHERE u.id = $1 AND ${mayView('u.id', '$2::text')}`,
    [id, actor.id],
  );
  if (!user) throw new AppError('NOT_FOUND', 'That physician was not found.');
  return toSubject(user, id !== actor.id);
}

/** Time off of the given users overlapping [from, to], grouped by user. */
export async function loadTimeOff(
  userIds: string[],
  from: string,
  to: string,
): Promise<Map<string, DateRange[]>> {
  const rows = await sql<{ userId: string; start: string; end: string }>(
    `SELECT "userId", "startDate"::text AS start, "endDate"::text AS "end" FROM "TimeOff"
     WHERE "userId" = ANY($1::text[]) AND "startDate" <= $3::date AND "endDate" >= $2::date ORDER BY "startDate" ASC, id ASC`,
    [userIds, from, to],
  );
  const out = new Map<string, DateRange[]>(userIds.map((id) => [id, []]));
  for (const r of rows) out.get(r.userId)?.push({ start: r.start, end: r.end });
  return out;
}
