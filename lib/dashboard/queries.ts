// The dashboard's data layer: SQL aggregates for one physician (the actor, or a member an
// organisation admin may view), turned into the cards and chart series by the pure benchmark math.
// Totals by day, week and month come from the "DailyWrvu" rollup, the breakdowns by code, category
// and site from the "MonthlyCodeWrvu" rollup (both kept by triggers on LogEntry) plus the entries
// of a range's partial edge months: no statement grows with the range. Live entries only: not
// soft-deleted, not excluded; their creditedWrvu is the value summed.
//
// Each widget of the page calls its own function so it can stream in its own Suspense boundary;
// per request they share one cached context (the profile, then the benchmark and one statement of
// fiscal-year aggregates) and one cached statement of range aggregates, so a whole dashboard is
// four round trips whatever the number of widgets. getDashboard returns everything at once, for
// the benchmark script, the tests and any caller that wants it all.
//
// The pieces: types.ts (the shapes), context.ts (the context and its fiscal-year statement),
// range-statement.ts (the range statement), summary.ts, series.ts and breakdowns.ts (the arithmetic).
import 'server-only';
import { aggregatesOf } from './range-statement';
import { breakdownsOf } from './breakdowns';
import { loadedContext, publicContext } from './context';
import { resolveRange, type ResolvedRange } from './range';
import { compareReleases } from './reprice';
import { cumulativeOf, monthlyOf, weeklyOf } from './series';
import { summaryOf } from './summary';
import type { Dashboard, DashboardContext, DashboardOptions, DashboardSummary, LoadedContext } from './types';

export { TOP_CODES, TREND_WEEKS } from './types';
export type {
  Breakdowns,
  CategoryRow,
  CodeRow,
  CumulativePoint,
  Dashboard,
  DashboardContext,
  DashboardOptions,
  DashboardSummary,
  MonthPoint,
  PercentileLines,
  SiteRow,
  WeekPoint,
} from './types';

export async function getDashboardContext(
  opts: Omit<DashboardOptions, 'range' | 'releaseId'>,
): Promise<DashboardContext> {
  return publicContext(await loadedContext(opts));
}

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
