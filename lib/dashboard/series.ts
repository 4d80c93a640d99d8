// The chart series: monthly bars from the range statement (percentile lines prorated to the days a
// bar covers), the cumulative fiscal-year line from the context's 7-day blocks, and the weekly trend.
import { addDays, daysBetween } from '@/lib/benchmarks/dates';
import { monthsIn, proratePercentiles, type ResolvedRange } from './range';
import { weeklyFrom, type RangeAggregates } from './range-statement';
import type { CumulativePoint, LoadedContext, MonthPoint, WeekPoint } from './types';

export function monthlyOf(
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
export function cumulativeOf({
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
export function weeklyOf(range: ResolvedRange, rows: RangeAggregates['weekly']): WeekPoint[] {
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
