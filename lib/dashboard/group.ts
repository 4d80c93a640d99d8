// The group view: for an organisation ADMIN, every member of an organisation they administer with
// fiscal-year-to-date wRVUs, pace per 1.0 FTE, percentile rank and FTE, plus group totals. One SQL
// aggregate over the "DailyWrvu" rollup (each member's own fiscal year), one query for time off and
// two for benchmarks, whatever the size of the group. Access is the membership condition itself:
// organisations where the actor is not ADMIN are never read.
import 'server-only';
import { cache } from 'react';
import { db, sql } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { IsoDate } from '@/lib/benchmarks/dates';
import {
  annualizedPace,
  fiscalYearBounds,
  formatPercentileRank,
  percentileRank,
  type PercentileRank,
} from '@/lib/benchmarks/metrics';
import type { Actor } from '@/lib/session';
import { loadTimeOff, SUBJECT_SELECT, toSubject } from './access';
import { resolveBenchmarks } from './benchmark';
import { todayIso } from './range';

export const GROUP_SORTS = ['name', 'ytd', 'pace', 'percentile', 'fte'] as const;
export type GroupSort = (typeof GROUP_SORTS)[number];

export type GroupViewOptions = {
  actor: Actor;
  organizationId?: string;
  sort?: GroupSort;
  dir?: 'asc' | 'desc';
  asOf?: IsoDate;
};

export type GroupMember = {
  id: string;
  name: string;
  email: string;
  role: 'ADMIN' | 'MEMBER';
  specialty: string | null;
  clinicalFte: number;
  fiscalYearLabel: number;
  ytdWrvu: number;
  entries: number;
  /** Annualized wRVUs per 1.0 FTE (worked days once a work day has passed). */
  pace: number;
  rank: PercentileRank | null;
  rankLabel: string | null;
  benchmark: { citation: string; dataYear: number; synthetic: boolean } | null;
};

export type GroupView = {
  organizations: { id: string; name: string }[];
  organization: { id: string; name: string };
  asOf: IsoDate;
  sort: GroupSort;
  dir: 'asc' | 'desc';
  members: GroupMember[];
  totals: {
    members: number;
    clinicalFte: number;
    ytdWrvu: number;
    entries: number;
    pacePerFte: number | null;
  };
};

/** Organisations the actor administers (empty for everyone else); once per request (layout and page ask). */
export const listAdministeredOrganizations = cache(
  async (actor: Actor): Promise<{ id: string; name: string }[]> => {
    return sql<{ id: string; name: string }>(
      `SELECT o.id, o.name FROM "Membership" m JOIN "Organization" o ON o.id = m."organizationId"
     WHERE m."userId" = $1 AND m.role = 'ADMIN' ORDER BY o.name ASC, o.id ASC`,
      [actor.id],
    );
  },
);

// Sorting key of a rank: below the table < any percentile < above it; no benchmark sorts last.
function rankValue(rank: PercentileRank | null): number {
  if (!rank || rank.kind === 'unavailable') return -2;
  if (rank.kind === 'below') return -1;
  if (rank.kind === 'above') return 101;
  return rank.percentile;
}

export async function getGroupView({
  actor,
  organizationId,
  sort = 'name',
  dir = 'asc',
  asOf = todayIso(),
}: GroupViewOptions): Promise<GroupView> {
  const organizations = await listAdministeredOrganizations(actor);
  // Not an admin anywhere, or asking for an organisation they do not administer: the same answer.
  const organization = organizationId ? organizations.find((o) => o.id === organizationId) : organizations[0];
  if (!organization) throw new AppError('NOT_FOUND', 'Group not found.');

  const [rows, users] = await Promise.all([
    // Each member's own fiscal year (start month from their profile) up to asOf.
    db.$queryRaw<{ userId: string; role: 'ADMIN' | 'MEMBER'; wrvu: number; entries: number }[]>`
      with m as (
        select mb."userId", mb.role::text as role,
               make_date(extract(year from ${asOf}::date)::int - case when extract(month from ${asOf}::date) >= u."fiscalYearStartMonth" then 0 else 1 end,
                         u."fiscalYearStartMonth", 1) as fy_start
        from "Membership" mb join "User" u on u.id = mb."userId"
        where mb."organizationId" = ${organization.id}
      )
      select m."userId", m.role, coalesce(sum(d.wrvu), 0)::float8 as wrvu, coalesce(sum(d.entries), 0)::int as entries
      from m left join "DailyWrvu" d on d."userId" = m."userId" and d.day >= m.fy_start and d.day <= ${asOf}::date
      group by m."userId", m.role`,
    db.user.findMany({
      where: { memberships: { some: { organizationId: organization.id } } },
      select: { ...SUBJECT_SELECT, email: true },
    }),
  ]);
  const byId = new Map(users.map((u) => [u.id, u]));
  const subjects = users.map((u) => toSubject(u, true));
  const subjectById = new Map(subjects.map((s) => [s.id, s]));
  const earliest = subjects.reduce((min, s) => {
    const start = fiscalYearBounds(asOf, s.fiscalYearStartMonth).start;
    return start < min ? start : min;
  }, asOf);
  const latest = subjects.reduce((max, s) => {
    const end = fiscalYearBounds(asOf, s.fiscalYearStartMonth).end;
    return end > max ? end : max;
  }, asOf);
  const [timeOff, benchmarks] = await Promise.all([
    loadTimeOff(
      subjects.map((s) => s.id),
      earliest,
      latest,
    ),
    resolveBenchmarks(subjects),
  ]);

  const members: GroupMember[] = [];
  for (const row of rows) {
    const user = byId.get(row.userId);
    const subject = subjectById.get(row.userId);
    if (!user || !subject) continue;
    const fy = fiscalYearBounds(asOf, subject.fiscalYearStartMonth);
    const pace = annualizedPace({
      ytdWrvu: row.wrvu,
      asOf,
      fiscalYearStartMonth: subject.fiscalYearStartMonth,
      clinicalFte: subject.clinicalFte,
      timeOff: (timeOff.get(subject.id) ?? []).filter((t) => t.end >= fy.start && t.start <= fy.end),
    });
    const paceValue = pace.byWorkedDays ?? pace.byCalendarDays;
    const benchmark = benchmarks.get(subject.id) ?? null;
    const rank = benchmark ? percentileRank(paceValue, benchmark.table) : null;
    members.push({
      id: subject.id,
      name: subject.name,
      email: user.email,
      role: row.role,
      specialty: subject.specialty,
      clinicalFte: subject.clinicalFte,
      fiscalYearLabel: fy.label,
      ytdWrvu: row.wrvu,
      entries: row.entries,
      pace: paceValue,
      rank,
      rankLabel: rank ? formatPercentileRank(rank) : null,
      benchmark: benchmark
        ? { citation: benchmark.citation, dataYear: benchmark.dataYear, synthetic: benchmark.synthetic }
        : null,
    });
  }

  const key: Record<GroupSort, (m: GroupMember) => number | string> = {
    name: (m) => m.name.toLowerCase(),
    ytd: (m) => m.ytdWrvu,
    pace: (m) => m.pace,
    percentile: (m) => rankValue(m.rank),
    fte: (m) => m.clinicalFte,
  };
  const sign = dir === 'asc' ? 1 : -1;
  members.sort((a, b) => {
    const [ka, kb] = [key[sort](a), key[sort](b)];
    const c = typeof ka === 'string' ? ka.localeCompare(kb as string) : ka - (kb as number);
    return c !== 0 ? sign * c : a.name.localeCompare(b.name);
  });

  const clinicalFte = members.reduce((s, m) => s + m.clinicalFte, 0);
  const ytdCents = members.reduce((s, m) => s + Math.round(m.ytdWrvu * 100), 0);
  return {
    organizations,
    organization,
    asOf,
    sort,
    dir,
    members,
    totals: {
      members: members.length,
      clinicalFte,
      ytdWrvu: ytdCents / 100,
      entries: members.reduce((s, m) => s + m.entries, 0),
      // FTE-weighted: the group's annualized wRVUs divided by its clinical FTE.
      pacePerFte:
        clinicalFte > 0 ? members.reduce((s, m) => s + m.pace * m.clinicalFte, 0) / clinicalFte : null,
    },
  };
}
