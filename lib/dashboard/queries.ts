// The dashboard's data layer: SQL aggregates for one physician (the actor, or a member an
// organisation admin may view), turned into the cards and chart series by the pure benchmark math.
// Totals by day, week and month come from the "DailyWrvu" rollup (kept by triggers on LogEntry);
// only the breakdowns by code, category and site read "LogEntry" itself. Live entries only: not
// soft-deleted, not excluded; their creditedWrvu is the value summed.
//
// Each widget of the page calls its own function so it can stream in its own Suspense boundary;
// they share one cached context (subject, benchmark, time off) per request. getDashboard runs
// them all, for the benchmark script, the tests and any caller that wants everything at once.
import 'server-only';
import { cache } from 'react';
import { db } from '@/lib/db';
import { addDays, countWorkedDays, daysBetween, toDayNumber, type DateRange, type IsoDate } from '@/lib/benchmarks/dates';
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
import { loadSubject, loadTimeOff, type Subject } from './access';
import { resolveBenchmark, type ResolvedBenchmark } from './benchmark';
import { monthsIn, proratePercentiles, resolveRange, todayIso, type DashboardRange, type ResolvedRange } from './range';
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

export type DashboardContext = Base & Extras;

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
export type MonthPoint = { month: string; from: IsoDate; to: IsoDate; partial: boolean; wrvu: number; entries: number; lines: PercentileLines };
export type CumulativePoint = { date: IsoDate; wrvu: number; cumulative: number; bands: PercentileLines };
export type WeekPoint = { weekStart: IsoDate; from: IsoDate; to: IsoDate; partial: boolean; wrvu: number; entries: number; change: number | null };
export type CodeRow = { code: string; description: string; category: string; categoryLabel: string; wrvu: number; entries: number; units: number };
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

async function loadExtras({ subject, fiscalYear }: Base): Promise<Extras> {
  const [timeOff, benchmark, anyEntry] = await Promise.all([
    // The whole fiscal year's time off, planned included: the worked-day pace subtracts it all.
    loadTimeOff([subject.id], fiscalYear.start, fiscalYear.end).then((m) => m.get(subject.id) ?? []),
    resolveBenchmark(subject),
    db.logEntry.findFirst({ where: { userId: subject.id, deletedAt: null }, select: { id: true } }),
  ]);
  return { timeOff, benchmark, hasEntries: anyEntry !== null };
}

async function buildContext(actor: Actor, viewUserId: string | null, asOf: IsoDate): Promise<DashboardContext> {
  const base = await loadBase(actor, viewUserId, asOf);
  return { ...base, ...(await loadExtras(base)) };
}

// One load per request however many widgets ask (React cache is keyed on the arguments).
const cachedContext = cache(buildContext);

export function getDashboardContext({ actor, viewUserId = null, asOf = todayIso() }: Omit<DashboardOptions, 'range' | 'releaseId'>): Promise<DashboardContext> {
  return cachedContext(actor, viewUserId ?? null, asOf);
}

// ─── Summary cards ───────────────────────────────────────────────────────────

// Each function below starts its query at once and only then waits for the extras, so in
// getDashboard the aggregates and the profile-dependent loads share one round trip.

async function summaryOf({ subject, fiscalYear, asOf }: Base, extras: Promise<Extras>): Promise<DashboardSummary> {
  const [[row], { timeOff, benchmark }] = await Promise.all([
    db.$queryRaw<{ wrvu: number; entries: number }[]>`
      select coalesce(sum(wrvu), 0)::float8 as wrvu, coalesce(sum(entries), 0)::int as entries
      from "DailyWrvu"
      where "userId" = ${subject.id} and day >= ${day(fiscalYear.start)}::date and day <= ${day(asOf)}::date`,
    extras,
  ]);
  const ytdWrvu = row.wrvu;
  const input = { ytdWrvu, asOf, fiscalYearStartMonth: subject.fiscalYearStartMonth, clinicalFte: subject.clinicalFte, timeOff };
  const pace = annualizedPace(input);
  const projection = projectToFiscalYearEnd(input);
  const rankedPace = pace.byWorkedDays ?? pace.byCalendarDays;
  const rank = benchmark ? percentileRank(rankedPace, benchmark.table) : null;
  const needed = benchmark ? neededPerRemainingWeek({ ...input, table: benchmark.table, targetPercentile: subject.targetPercentile }) : null;
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
      ytdPay === null || projectedPay === null ? null : { ytd: ytdPay, projected: projectedPay, basis: subject.rateTiers?.length ? 'tiers' : 'rate' },
    timeOffDays,
  };
}

// ─── Series ──────────────────────────────────────────────────────────────────

async function monthlyOf({ subject }: Base, extras: Promise<Extras>, range: ResolvedRange): Promise<MonthPoint[]> {
  const [rows, { benchmark }] = await Promise.all([
    db.$queryRaw<{ month: string; wrvu: number; entries: number }[]>`
      select to_char(day, 'YYYY-MM') as month, sum(wrvu)::float8 as wrvu, sum(entries)::int as entries
      from "DailyWrvu"
      where "userId" = ${subject.id} and day >= ${day(range.from)}::date and day <= ${day(range.to)}::date
      group by 1 order by 1`,
    extras,
  ]);
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
      ? proratePercentiles(benchmark.table, { from: slot.from, days: slot.days, clinicalFte: subject.clinicalFte, fiscalYearStartMonth: subject.fiscalYearStartMonth })
      : {},
  }));
}

/** Cumulative fiscal-year-to-date wRVUs at the end of each 7-day block from the year's first day. */
async function cumulativeOf({ subject, fiscalYear, asOf }: Base, extras: Promise<Extras>): Promise<CumulativePoint[]> {
  const [rows, { benchmark }] = await Promise.all([
    db.$queryRaw<{ block: number; wrvu: number; cumulative: number }[]>`
      select block, wrvu::float8 as wrvu, (sum(wrvu) over (order by block))::float8 as cumulative
      from (
        select (day - ${day(fiscalYear.start)}::date) / 7 as block, sum(wrvu) as wrvu
        from "DailyWrvu"
        where "userId" = ${subject.id} and day >= ${day(fiscalYear.start)}::date and day <= ${day(asOf)}::date
        group by 1
      ) blocks
      order by block`,
    extras,
  ]);
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
async function weeklyOf({ subject }: Base, range: ResolvedRange): Promise<WeekPoint[]> {
  // TREND_WEEKS whole Monday-Sunday weeks, the last one being the (partial) week of range.to.
  const weekday = (((toDayNumber(range.to) + 3) % 7) + 7) % 7; // 0 = Monday (day 0 was a Thursday)
  const earliest = addDays(range.to, -weekday - 7 * (TREND_WEEKS - 1));
  const from = earliest > range.from ? earliest : range.from;
  const rows = await db.$queryRaw<{ week: string; wrvu: number; entries: number; change: number | null }[]>`
    with weeks as (
      select generate_series(date_trunc('week', ${day(from)}::date), date_trunc('week', ${day(range.to)}::date), interval '1 week')::date as week
    ), totals as (
      select date_trunc('week', day)::date as week, sum(wrvu) as wrvu, sum(entries) as entries
      from "DailyWrvu"
      where "userId" = ${subject.id} and day >= ${day(from)}::date and day <= ${day(range.to)}::date
      group by 1
    )
    select to_char(w.week, 'YYYY-MM-DD') as week, coalesce(t.wrvu, 0)::float8 as wrvu, coalesce(t.entries, 0)::int as entries,
           (coalesce(t.wrvu, 0) - lag(coalesce(t.wrvu, 0)) over (order by w.week))::float8 as change
    from weeks w left join totals t on t.week = w.week
    order by w.week`;
  return rows.map((r) => {
    const weekEnd = addDays(r.week, 6);
    const clippedFrom = r.week < from ? from : r.week;
    const clippedTo = weekEnd > range.to ? range.to : weekEnd;
    return { weekStart: r.week, from: clippedFrom, to: clippedTo, partial: clippedFrom !== r.week || clippedTo !== weekEnd, wrvu: r.wrvu, entries: r.entries, change: r.change };
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
async function breakdownsOf({ subject }: Base, range: ResolvedRange): Promise<Breakdowns> {
  const rows = await db.$queryRaw<BreakdownRow[]>`
    select case when grouping(e.code) = 0 then 'code' when grouping(c.category) = 0 then 'category' else 'site' end as kind,
           e.code, max(c."shortDescription") as description, c.category, max(c.category) as "codeCategory",
           e."siteId", max(s.name) as site,
           sum(e."creditedWrvu")::float8 as wrvu, count(*)::int as entries, sum(e.units)::int as units
    from "LogEntry" e
    left join "Code" c on c.code = e.code
    left join "Site" s on s.id = e."siteId"
    where e."userId" = ${subject.id} and e."dateOfService" >= ${day(range.from)}::date and e."dateOfService" <= ${day(range.to)}::date
      and e."deletedAt" is null and not e.excluded
    group by grouping sets ((e.code), (c.category), (e."siteId"))`;
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
      .map((r) => ({ category: r.category ?? 'unknown', label: label(r.category), wrvu: r.wrvu, entries: r.entries }))
      .sort(byWrvu),
    sites: rows
      .filter((r) => r.kind === 'site')
      .map((r) => ({ siteId: r.siteId, name: r.site ?? 'No site recorded', wrvu: r.wrvu, entries: r.entries }))
      .sort(byWrvu),
    // Exact: summed in hundredths (the values are Decimal(8,2)).
    total: codes.reduce((sum, r) => sum + Math.round(r.wrvu * 100), 0) / 100,
  };
}

// ─── Public API ──────────────────────────────────────────────────────────────

/** The context and the resolved date range (no aggregate query). */
export async function getDashboardRange(opts: DashboardOptions): Promise<{ ctx: DashboardContext; range: ResolvedRange }> {
  const ctx = await getDashboardContext(opts);
  return { ctx, range: resolveRange(opts.range ?? { kind: 'fytd' }, ctx.asOf, ctx.subject.fiscalYearStartMonth) };
}

export async function getDashboardSummary(opts: DashboardOptions): Promise<{ ctx: DashboardContext; summary: DashboardSummary }> {
  const ctx = await getDashboardContext(opts);
  return { ctx, summary: await summaryOf(ctx, Promise.resolve(ctx)) };
}

export async function getMonthlySeries(opts: DashboardOptions) {
  const { ctx, range } = await getDashboardRange(opts);
  return { ctx, range, monthly: await monthlyOf(ctx, Promise.resolve(ctx), range) };
}

export async function getCumulativeSeries(opts: DashboardOptions) {
  const ctx = await getDashboardContext(opts);
  return { ctx, cumulative: await cumulativeOf(ctx, Promise.resolve(ctx)) };
}

export async function getWeeklyTrend(opts: DashboardOptions) {
  const { ctx, range } = await getDashboardRange(opts);
  return { ctx, range, weekly: await weeklyOf(ctx, range) };
}

/** Cached per request by the options object: the code, category and site widgets share one query. */
export const getBreakdowns = cache(async (opts: DashboardOptions) => {
  const { ctx, range } = await getDashboardRange(opts);
  return { ctx, range, breakdowns: await breakdownsOf(ctx, range) };
});

/** Everything the dashboard shows, in one call (independent queries run in parallel). */
export async function getDashboard(opts: DashboardOptions): Promise<Dashboard> {
  const base = await loadBase(opts.actor, opts.viewUserId ?? null, opts.asOf ?? todayIso());
  const range = resolveRange(opts.range ?? { kind: 'fytd' }, base.asOf, base.subject.fiscalYearStartMonth);
  const extras = loadExtras(base);
  const [ctxExtras, summary, monthly, cumulative, weekly, breakdowns, releaseComparison] = await Promise.all([
    extras,
    summaryOf(base, extras),
    monthlyOf(base, extras, range),
    cumulativeOf(base, extras),
    weeklyOf(base, range),
    breakdownsOf(base, range),
    opts.releaseId ? compareReleases({ actor: opts.actor, viewUserId: opts.viewUserId, releaseId: opts.releaseId, from: range.from, to: range.to }) : null,
  ]);
  return { ...base, ...ctxExtras, range, summary, monthly, cumulative, weekly, breakdowns, releaseComparison };
}
