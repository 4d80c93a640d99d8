// The dashboard's data layer: SQL aggregates for one physician (the actor, or a member an
// organisation admin may view), turned into the cards and chart series by the pure benchmark math.
// Totals by day, week and month come from the "DailyWrvu" rollup (kept by triggers on LogEntry);
// only the breakdowns by code, category and site read "LogEntry" itself. Live entries only: not
// soft-deleted, not excluded; their creditedWrvu is the value summed.
//
// Each widget of the page calls its own function so it can stream in its own Suspense boundary;
// per request they share one cached context (the profile, then the benchmark and one statement of
// fiscal-year aggregates) and one cached statement of range aggregates, so a whole dashboard is
// four round trips whatever the number of widgets. getDashboard returns everything at once, for
// the benchmark script, the tests and any caller that wants it all.
import 'server-only';
import { cache } from 'react';
import { sql } from '@/lib/db';
import {
  addDays,
  countWorkedDays,
  daysBetween,
  toDayNumber,
  type DateRange,
  type IsoDate,
} from '@/lib/benchmarks/dates';
import {
  annualizedPace,
  estimateCompensation,
  fiscalYearBounds,
  formatPercentileRank,
  neededPerRemainingWeek,
  percentileRank,
  projectToFiscalYearEnd,
  type FiscalYear,
  type NeededPace,
  type Pace,
  type PercentileKey,
  type PercentileRank,
  type Projection,
} from '@/lib/benchmarks/metrics';
import { categoryLabel } from '@/lib/catalog/category';
import type { Actor } from '@/lib/session';
import { loadSubject, type Subject } from './access';
import { resolveBenchmark, type ResolvedBenchmark } from './benchmark';
import {
  monthsIn,
  proratePercentiles,
  resolveRange,
  todayIso,
  type DashboardRange,
  type ResolvedRange,
} from './range';
import { compareReleases, type ReleaseComparison } from './reprice';

export type DashboardOptions = {
  actor: Actor;
  range?: DashboardRange;
  /** Also re-price the range under this imported release (in memory) and report the difference. */
  releaseId?: string | null;
  /** A member's dashboard (read-only), for an admin of one of their organisations. */
  viewUserId?: string | null;
  /** "Today" for the metrics; defaults to the current UTC date (tests pin it). */
  asOf?: IsoDate;
};

/** What every read needs first: whose numbers, as of when, in which fiscal year. */
type Base = { subject: Subject; asOf: IsoDate; fiscalYear: FiscalYear };
/** What only the arithmetic after the aggregates needs: loaded while those run. */
type Extras = { timeOff: DateRange[]; benchmark: ResolvedBenchmark | null; hasEntries: boolean };
/** Fiscal-year aggregates read with the context (the cards and the cumulative chart need them). */
type YearAggregates = {
  ytd: { wrvu: number; entries: number };
  blocks: { block: number; wrvu: number; cumulative: number }[];
};

export type DashboardContext = Base & Extras;
type LoadedContext = DashboardContext & { yearAggregates: YearAggregates };

export type DashboardSummary = {
  ytdWrvu: number;
  ytdEntries: number;
  pace: Pace;
  /** The pace the rank is read from: by worked days once a work day has passed, else by calendar days. */
  rankedPace: number;
  rank: PercentileRank | null;
  rankLabel: string | null;
  projection: Projection;
  needed: NeededPace | null;
  compensation: { ytd: number; projected: number; basis: 'tiers' | 'rate' } | null;
  /** Weekdays marked as time off: so far this fiscal year, and in the whole year (planned included). */
  timeOffDays: { elapsed: number; year: number };
};

export type PercentileLines = Partial<Record<PercentileKey, number>>;
export type MonthPoint = {
  month: string;
  from: IsoDate;
  to: IsoDate;
  partial: boolean;
  wrvu: number;
  entries: number;
  lines: PercentileLines;
};
export type CumulativePoint = { date: IsoDate; wrvu: number; cumulative: number; bands: PercentileLines };
export type WeekPoint = {
  weekStart: IsoDate;
  from: IsoDate;
  to: IsoDate;
  partial: boolean;
  wrvu: number;
  entries: number;
  change: number | null;
};
export type CodeRow = {
  code: string;
  description: string;
  category: string;
  categoryLabel: string;
  wrvu: number;
  entries: number;
  units: number;
};
export type CategoryRow = { category: string; label: string; wrvu: number; entries: number };
export type SiteRow = { siteId: string | null; name: string; wrvu: number; entries: number };
export type Breakdowns = { topCodes: CodeRow[]; categories: CategoryRow[]; sites: SiteRow[]; total: number };

export type Dashboard = DashboardContext & {
  range: ResolvedRange;
  summary: DashboardSummary;
  monthly: MonthPoint[];
  cumulative: CumulativePoint[];
  weekly: WeekPoint[];
  breakdowns: Breakdowns;
  releaseComparison: ReleaseComparison | null;
};

export const TOP_CODES = 10;
export const TREND_WEEKS = 12;

const day = (s: IsoDate) => s; // parameters are bound as text and cast with ::date in SQL

// ─── Context ─────────────────────────────────────────────────────────────────

async function loadBase(actor: Actor, viewUserId: string | null, asOf: IsoDate): Promise<Base> {
  const subject = await loadSubject(actor, viewUserId);
  return { subject, asOf, fiscalYear: fiscalYearBounds(asOf, subject.fiscalYearStartMonth) };
}

// Everything of the context that depends on the subject only, in one statement: the whole fiscal
// year's time off (planned included: the worked-day pace subtracts it all), whether any entry
// exists, the year-to-date total and the cumulative 7-day blocks from the fiscal year's first day.
const YEAR_SQL = `SELECT
  (SELECT coalesce(json_agg(t ORDER BY t.start, t.id), '[]'::json) FROM (
     SELECT id, "startDate"::text AS start, "endDate"::text AS "end" FROM "TimeOff"
     WHERE "userId" = $1 AND "startDate" <= $4::date AND "endDate" >= $2::date) t) AS "timeOff",
  -- A scalar subquery in index order: EXISTS let the planner pick a sequential scan that reads the
  -- whole table when the user's rows are physically last (measured: 5 ms against 0.07 ms).
  (SELECT "dateOfService" FROM "LogEntry" WHERE "userId" = $1 AND "deletedAt" IS NULL
   ORDER BY "userId", "dateOfService" DESC LIMIT 1) IS NOT NULL AS "hasEntries",
  (SELECT json_build_object('wrvu', coalesce(sum(wrvu), 0)::float8, 'entries', coalesce(sum(entries), 0)::int)
     FROM "DailyWrvu" WHERE "userId" = $1 AND day >= $2::date AND day <= $3::date) AS ytd,
  (SELECT coalesce(json_agg(b ORDER BY b.block), '[]'::json) FROM (
     SELECT block, wrvu::float8 AS wrvu, (sum(wrvu) OVER (ORDER BY block))::float8 AS cumulative
     FROM (
       SELECT (day - $2::date) / 7 AS block, sum(wrvu) AS wrvu FROM "DailyWrvu"
       WHERE "userId" = $1 AND day >= $2::date AND day <= $3::date GROUP BY 1
     ) blocks) b) AS blocks`;

async function loadExtras({
  subject,
  fiscalYear,
  asOf,
}: Base): Promise<Extras & { yearAggregates: YearAggregates }> {
  const [benchmark, [year]] = await Promise.all([
    resolveBenchmark(subject),
    sql<{ timeOff: { start: string; end: string }[]; hasEntries: boolean } & YearAggregates>(YEAR_SQL, [
      subject.id,
      day(fiscalYear.start),
      day(asOf),
      day(fiscalYear.end),
    ]),
  ]);
  return {
    timeOff: year.timeOff.map((t) => ({ start: t.start, end: t.end })),
    benchmark,
    hasEntries: year.hasEntries,
    yearAggregates: { ytd: year.ytd, blocks: year.blocks },
  };
}

async function buildContext(actor: Actor, viewUserId: string | null, asOf: IsoDate): Promise<LoadedContext> {
  const base = await loadBase(actor, viewUserId, asOf);
  return { ...base, ...(await loadExtras(base)) };
}

// One load per request however many widgets ask (React cache is keyed on the arguments).
const cachedContext = cache(buildContext);

function loadedContext({
  actor,
  viewUserId = null,
  asOf = todayIso(),
}: Omit<DashboardOptions, 'range' | 'releaseId'>): Promise<LoadedContext> {
  return cachedContext(actor, viewUserId ?? null, asOf);
}

const publicContext = ({ yearAggregates: _omitted, ...ctx }: LoadedContext): DashboardContext => ctx;

export async function getDashboardContext(
  opts: Omit<DashboardOptions, 'range' | 'releaseId'>,
): Promise<DashboardContext> {
  return publicContext(await loadedContext(opts));
}

// ─── Summary cards ───────────────────────────────────────────────────────────

function summaryOf({
  subject,
  fiscalYear,
  asOf,
  timeOff,
  benchmark,
  yearAggregates,
}: LoadedContext): DashboardSummary {
  const row = yearAggregates.ytd;
  const ytdWrvu = row.wrvu;
  const input = {
    ytdWrvu,
    asOf,
    fiscalYearStartMonth: subject.fiscalYearStartMonth,
    clinicalFte: subject.clinicalFte,
    timeOff,
  };
  const pace = annualizedPace(input);
  const projection = projectToFiscalYearEnd(input);
  const rankedPace = pace.byWorkedDays ?? pace.byCalendarDays;
  const rank = benchmark ? percentileRank(rankedPace, benchmark.table) : null;
  const needed = benchmark
    ? neededPerRemainingWeek({ ...input, table: benchmark.table, targetPercentile: subject.targetPercentile })
    : null;
  const plan = { rate: subject.ratePerWrvu, tiers: subject.rateTiers };
  const projectedWrvu = projection.byWorkedDays ?? projection.byCalendarDays;
  const ytdPay = estimateCompensation(ytdWrvu, plan);
  const timeOffDays = {
    elapsed: countWorkedDays(fiscalYear.start, asOf) - pace.workedDaysElapsed,
    year: countWorkedDays(fiscalYear.start, fiscalYear.end) - pace.workedDaysInYear,
  };
  const projectedPay = estimateCompensation(projectedWrvu, plan);
  return {
    ytdWrvu,
    ytdEntries: row.entries,
    pace,
    rankedPace,
    rank,
    rankLabel: rank ? formatPercentileRank(rank) : null,
    projection,
    needed,
    compensation:
      ytdPay === null || projectedPay === null
        ? null
        : { ytd: ytdPay, projected: projectedPay, basis: subject.rateTiers?.length ? 'tiers' : 'rate' },
    timeOffDays,
  };
}

// ─── Series ──────────────────────────────────────────────────────────────────

function monthlyOf(
  { subject, benchmark }: LoadedContext,
  range: ResolvedRange,
  rows: RangeAggregates['monthly'],
): MonthPoint[] {
  const byMonth = new Map(rows.map((r) => [r.month, r]));
  return monthsIn(range.from, range.to).map((slot) => ({
    month: slot.month,
    from: slot.from,
    to: slot.to,
    partial: slot.days < slot.fullDays,
    wrvu: byMonth.get(slot.month)?.wrvu ?? 0,
    entries: byMonth.get(slot.month)?.entries ?? 0,
    // Prorated to the days the bar covers, so a month to date is compared with a month to date.
    lines: benchmark
      ? proratePercentiles(benchmark.table, {
          from: slot.from,
          days: slot.days,
          clinicalFte: subject.clinicalFte,
          fiscalYearStartMonth: subject.fiscalYearStartMonth,
        })
      : {},
  }));
}

/** Cumulative fiscal-year-to-date wRVUs at the end of each 7-day block from the year's first day. */
function cumulativeOf({
  subject,
  fiscalYear,
  asOf,
  benchmark,
  yearAggregates,
}: LoadedContext): CumulativePoint[] {
  const rows = yearAggregates.blocks;
  const byBlock = new Map(rows.map((r) => [r.block, r]));
  const blocks = Math.floor(daysBetween(fiscalYear.start, asOf) / 7) + 1;
  const out: CumulativePoint[] = [];
  let cumulative = 0;
  for (let block = 0; block < blocks; block++) {
    const end = addDays(fiscalYear.start, block * 7 + 6);
    const date = end > asOf ? asOf : end;
    const row = byBlock.get(block);
    if (row) cumulative = row.cumulative;
    out.push({
      date,
      wrvu: row?.wrvu ?? 0,
      cumulative,
      bands: benchmark
        ? proratePercentiles(benchmark.table, {
            from: fiscalYear.start,
            days: daysBetween(fiscalYear.start, date) + 1,
            clinicalFte: subject.clinicalFte,
            fiscalYearStartMonth: subject.fiscalYearStartMonth,
          })
        : {},
    });
  }
  return out;
}

/** Totals of the last TREND_WEEKS Monday-Sunday weeks of the range (clipped to its start), and each week's change. */
/** The first day of the weekly trend: TREND_WEEKS whole Monday-Sunday weeks ending with range.to's, clipped to the range. */
function weeklyFrom(range: ResolvedRange): IsoDate {
  const weekday = (((toDayNumber(range.to) + 3) % 7) + 7) % 7; // 0 = Monday (day 0 was a Thursday)
  const earliest = addDays(range.to, -weekday - 7 * (TREND_WEEKS - 1));
  return earliest > range.from ? earliest : range.from;
}

/** Totals of the last TREND_WEEKS Monday-Sunday weeks of the range (clipped to its start), and each week's change. */
function weeklyOf(range: ResolvedRange, rows: RangeAggregates['weekly']): WeekPoint[] {
  const from = weeklyFrom(range);
  return rows.map((r) => {
    const weekEnd = addDays(r.week, 6);
    const clippedFrom = r.week < from ? from : r.week;
    const clippedTo = weekEnd > range.to ? range.to : weekEnd;
    return {
      weekStart: r.week,
      from: clippedFrom,
      to: clippedTo,
      partial: clippedFrom !== r.week || clippedTo !== weekEnd,
      wrvu: r.wrvu,
      entries: r.entries,
      change: r.change,
    };
  });
}

// ─── Breakdowns (code, category, site) ───────────────────────────────────────

type BreakdownRow = {
  kind: 'code' | 'category' | 'site';
  code: string | null;
  description: string | null;
  category: string | null;
  codeCategory: string | null;
  siteId: string | null;
  site: string | null;
  wrvu: number;
  entries: number;
  units: number;
};

/** One scan of the range's entries, grouped three ways at once (GROUPING SETS). */
function breakdownsOf(rows: BreakdownRow[]): Breakdowns {
  const byWrvu = <T extends { wrvu: number }>(a: T, b: T) => b.wrvu - a.wrvu;
  const label = (slug: string | null) => (slug ? categoryLabel(slug) : 'Not in the catalog');
  const codes = rows.filter((r) => r.kind === 'code');
  return {
    topCodes: codes
      .map((r) => ({
        code: r.code ?? '',
        description: r.description ?? '',
        category: r.codeCategory ?? 'unknown',
        categoryLabel: label(r.codeCategory),
        wrvu: r.wrvu,
        entries: r.entries,
        units: r.units,
      }))
      .sort((a, b) => byWrvu(a, b) || a.code.localeCompare(b.code))
      .slice(0, TOP_CODES),
    categories: rows
      .filter((r) => r.kind === 'category')
      .map((r) => ({
        category: r.category ?? 'unknown',
        label: label(r.category),
        wrvu: r.wrvu,
        entries: r.entries,
      }))
      .sort(byWrvu),
    sites: rows
      .filter((r) => r.kind === 'site')
      .map((r) => ({
        siteId: r.siteId,
        name: r.site ?? 'No site recorded',
        wrvu: r.wrvu,
        entries: r.entries,
      }))
      .sort(byWrvu),
    // Exact: summed in hundredths (the values are Decimal(8,2)).
    total: codes.reduce((sum, r) => sum + Math.round(r.wrvu * 100), 0) / 100,
  };
}

// ─── Range aggregates: one statement per range ───────────────────────────────

type RangeAggregates = {
  monthly: { month: string; wrvu: number; entries: number }[];
  weekly: { week: string; wrvu: number; entries: number; change: number | null }[];
  breakdowns: BreakdownRow[];
};

// $1 user, $2 range start, $3 range end, $4 first day of the weekly trend. Months and weeks come
// from the DailyWrvu rollup; the breakdowns scan the range's entries once, grouped three ways.
const RANGE_SQL = `SELECT
  (SELECT coalesce(json_agg(m ORDER BY m.month), '[]'::json) FROM (
     SELECT to_char(day, 'YYYY-MM') AS month, sum(wrvu)::float8 AS wrvu, sum(entries)::int AS entries
     FROM "DailyWrvu" WHERE "userId" = $1 AND day >= $2::date AND day <= $3::date GROUP BY 1) m) AS monthly,
  (SELECT coalesce(json_agg(w ORDER BY w.week), '[]'::json) FROM (
     WITH weeks AS (
       SELECT generate_series(date_trunc('week', $4::date), date_trunc('week', $3::date), interval '1 week')::date AS week
     ), totals AS (
       SELECT date_trunc('week', day)::date AS week, sum(wrvu) AS wrvu, sum(entries) AS entries
       FROM "DailyWrvu" WHERE "userId" = $1 AND day >= $4::date AND day <= $3::date GROUP BY 1
     )
     SELECT to_char(w.week, 'YYYY-MM-DD') AS week, coalesce(t.wrvu, 0)::float8 AS wrvu, coalesce(t.entries, 0)::int AS entries,
            (coalesce(t.wrvu, 0) - lag(coalesce(t.wrvu, 0)) OVER (ORDER BY w.week))::float8 AS change
     FROM weeks w LEFT JOIN totals t ON t.week = w.week) w) AS weekly,
  (SELECT coalesce(json_agg(b), '[]'::json) FROM (
     -- Entries summed per (code, site) first, then the few groups joined and regrouped three ways.
     WITH per_code_site AS (
       SELECT e.code, e."siteId", sum(e."creditedWrvu") AS wrvu, count(*) AS entries, sum(e.units) AS units
       FROM "LogEntry" e
       WHERE e."userId" = $1 AND e."dateOfService" >= $2::date AND e."dateOfService" <= $3::date
         AND e."deletedAt" IS NULL AND NOT e.excluded
       GROUP BY e.code, e."siteId"
     )
     SELECT CASE WHEN grouping(a.code) = 0 THEN 'code' WHEN grouping(c.category) = 0 THEN 'category' ELSE 'site' END AS kind,
            a.code, max(c."shortDescription") AS description, c.category, max(c.category) AS "codeCategory",
            a."siteId", max(s.name) AS site,
            sum(a.wrvu)::float8 AS wrvu, sum(a.entries)::int AS entries, sum(a.units)::int AS units
     FROM per_code_site a
     LEFT JOIN "Code" c ON c.code = a.code
     LEFT JOIN "Site" s ON s.id = a."siteId"
     GROUP BY GROUPING SETS ((a.code), (c.category), (a."siteId"))) b) AS breakdowns`;

// Once per request and range, however many widgets ask (React cache keys on the arguments).
const rangeAggregates = cache(
  async (userId: string, from: IsoDate, to: IsoDate, trendFrom: IsoDate): Promise<RangeAggregates> => {
    const [row] = await sql<RangeAggregates>(RANGE_SQL, [userId, day(from), day(to), day(trendFrom)]);
    return row;
  },
);
const aggregatesOf = (ctx: LoadedContext, range: ResolvedRange) =>
  rangeAggregates(ctx.subject.id, range.from, range.to, weeklyFrom(range));

// ─── Public API ──────────────────────────────────────────────────────────────

async function loadedRange(opts: DashboardOptions): Promise<{ ctx: LoadedContext; range: ResolvedRange }> {
  const ctx = await loadedContext(opts);
  return {
    ctx,
    range: resolveRange(opts.range ?? { kind: 'fytd' }, ctx.asOf, ctx.subject.fiscalYearStartMonth),
  };
}

/** The context and the resolved date range (no aggregate query beyond the context's). */
export async function getDashboardRange(
  opts: DashboardOptions,
): Promise<{ ctx: DashboardContext; range: ResolvedRange }> {
  const { ctx, range } = await loadedRange(opts);
  return { ctx: publicContext(ctx), range };
}

export async function getDashboardSummary(
  opts: DashboardOptions,
): Promise<{ ctx: DashboardContext; summary: DashboardSummary }> {
  const ctx = await loadedContext(opts);
  return { ctx: publicContext(ctx), summary: summaryOf(ctx) };
}

export async function getMonthlySeries(opts: DashboardOptions) {
  const { ctx, range } = await loadedRange(opts);
  return {
    ctx: publicContext(ctx),
    range,
    monthly: monthlyOf(ctx, range, (await aggregatesOf(ctx, range)).monthly),
  };
}

export async function getCumulativeSeries(opts: DashboardOptions) {
  const ctx = await loadedContext(opts);
  return { ctx: publicContext(ctx), cumulative: cumulativeOf(ctx) };
}

export async function getWeeklyTrend(opts: DashboardOptions) {
  const { ctx, range } = await loadedRange(opts);
  return { ctx: publicContext(ctx), range, weekly: weeklyOf(range, (await aggregatesOf(ctx, range)).weekly) };
}

/** The code, category and site widgets share one statement (and one cached result) per request. */
export async function getBreakdowns(opts: DashboardOptions) {
  const { ctx, range } = await loadedRange(opts);
  return {
    ctx: publicContext(ctx),
    range,
    breakdowns: breakdownsOf((await aggregatesOf(ctx, range)).breakdowns),
  };
}

/** Everything the dashboard shows, in one call: two statements after the profile (plus the benchmark). */
export async function getDashboard(opts: DashboardOptions): Promise<Dashboard> {
  const { ctx, range } = await loadedRange(opts);
  const [aggregates, releaseComparison] = await Promise.all([
    aggregatesOf(ctx, range),
    opts.releaseId
      ? compareReleases({
          actor: opts.actor,
          viewUserId: opts.viewUserId,
          releaseId: opts.releaseId,
          from: range.from,
          to: range.to,
        })
      : null,
  ]);
  return {
    ...publicContext(ctx),
    range,
    summary: summaryOf(ctx),
    monthly: monthlyOf(ctx, range, aggregates.monthly),
    cumulative: cumulativeOf(ctx),
    weekly: weeklyOf(range, aggregates.weekly),
    breakdowns: breakdownsOf(aggregates.breakdowns),
    releaseComparison,
  };
}
