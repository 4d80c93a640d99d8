// Assembles what a physician's report shows for a period. Headline figures, the monthly series
// and the category and site breakdowns come straight from the dashboard's data layer
// (getDashboard), so an export carries the dashboard's numbers to the decimal; only the full list
// of codes (the dashboard shows the top 10) is read here, in SQL, with the same filter and order.
import 'server-only';
import { getPeriodTotals } from '@/lib/dashboard/period';
import { getDashboard } from '@/lib/dashboard/queries';
import { getReleaseFitSummary } from '@/lib/dashboard/release-fit';
import { formatMonth, type DashboardRange } from '@/lib/dashboard/range';
import { PERCENTILE_KEYS } from '@/lib/benchmarks/percentile';
import type { Actor } from '@/lib/session';
import { getProfile } from '@/lib/users/queries';
import { decimalString } from './breakdowns';
import { listCodeTotals } from './summary';
import { releaseFitNotes } from './release-fit-notes';
import type { ReportData } from './types';

export type GetReportDataOptions = { actor: Actor; range: DashboardRange; asOf?: string; now?: Date };

export async function getReportData({
  actor,
  range,
  asOf,
  now = new Date(),
}: GetReportDataOptions): Promise<ReportData> {
  // The actor's own dashboard: no viewUserId, so nobody else's numbers can be asked for here.
  const [profile, dashboard, period] = await Promise.all([
    getProfile({ actor }),
    getDashboard({ actor, range, asOf }),
    getPeriodTotals({ actor, range, asOf }),
  ]);
  const { from, to } = dashboard.range;
  const [byCode, fit] = await Promise.all([
    listCodeTotals({ actor, from, to }),
    getReleaseFitSummary({ actor, asOf, from, to }),
  ]);
  const { summary, benchmark } = dashboard;
  return {
    profile: {
      name: profile.name,
      specialty: profile.specialty,
      careerStage: profile.careerStage,
      pgyYear: profile.pgyYear,
      clinicalFte: profile.clinicalFte.toNumber(),
      fiscalYearStartMonth: profile.fiscalYearStartMonth,
    },
    period: dashboard.range,
    generatedAt: now,
    totals: {
      // One definition of an entry count everywhere: excluded lines count, at 0 wRVU, and are named.
      entries: period.entries,
      excluded: period.excluded,
      wrvu: decimalString(dashboard.breakdowns.total),
    },
    headline: {
      asOf: dashboard.asOf,
      fiscalYearLabel: String(dashboard.fiscalYear.label),
      ytdWrvu: summary.ytdWrvu,
      pace: summary.rankedPace,
      percentileRank: summary.rankLabel,
      projection: summary.projection.byWorkedDays ?? summary.projection.byCalendarDays,
    },
    breakdowns: {
      byMonth: dashboard.monthly.map((m) => ({
        key: m.month,
        label: formatMonth(m.month),
        entries: m.entries,
        wrvu: decimalString(m.wrvu),
      })),
      byCode,
      byCategory: dashboard.breakdowns.categories.map((c) => ({
        key: c.category,
        label: c.label,
        entries: c.entries,
        wrvu: decimalString(c.wrvu),
      })),
      bySite: dashboard.breakdowns.sites.map((s) => ({
        key: s.siteId ?? '',
        label: s.name,
        entries: s.entries,
        wrvu: decimalString(s.wrvu),
      })),
    },
    benchmark: benchmark
      ? {
          publisher: benchmark.publisher,
          survey: benchmark.survey,
          citation: benchmark.citation,
          dataYear: benchmark.dataYear,
          synthetic: benchmark.synthetic,
          kind: benchmark.kind,
          label: benchmark.label,
          caveat: benchmark.caveat,
          specialty: benchmark.specialty,
          segment: benchmark.segment,
          percentiles: PERCENTILE_KEYS.map((key) => ({ key, value: benchmark.table[key] ?? null })),
          pace: summary.rankedPace,
          rank: summary.rankLabel,
        }
      : null,
    benchmarkNote: benchmark
      ? benchmark.note
      : profile.specialty
        ? `No published benchmark for ${profile.specialty} in Benchline yet.`
        : 'Set your specialty in Settings to compare with a benchmark.',
    releaseFitNotes: releaseFitNotes(fit),
  };
}
