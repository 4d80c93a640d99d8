// The summary cards: year-to-date total, pace, percentile rank, projection, the pace still needed
// and the compensation estimate, computed from the loaded context by the pure benchmark math.
import { countWorkedDays } from '@/lib/benchmarks/dates';
import {
  annualizedPace,
  estimateCompensation,
  formatPercentileRank,
  neededPerRemainingWeek,
  percentileRank,
  projectToFiscalYearEnd,
} from '@/lib/benchmarks/metrics';
import type { DashboardSummary, LoadedContext } from './types';

export function summaryOf({
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
