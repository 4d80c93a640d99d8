// Small tables: the summary breakdowns (long form for CSV), the benchmark comparison and the group
// member summary. Shared by the CSV and XLSX writers.
import { roundWrvu } from '@/lib/rvu/rounding';
import type { Column } from './columns';
import type { BreakdownRow, GroupMemberRow, ReportBenchmark, ReportBreakdowns } from './types';

export type SummaryLine = BreakdownRow & { section: 'Month' | 'Code' | 'Category' | 'Site' | 'Total' };

export const SUMMARY_COLUMNS: Column<SummaryLine>[] = [
  { header: 'Breakdown', type: 'text', value: (r) => r.section, width: 12 },
  // Internal keys (category slugs, site ids) stay out of the file: only a code is worth a column.
  { header: 'Code', type: 'text', value: (r) => (r.section === 'Code' ? r.key : ''), width: 10 },
  { header: 'Label', type: 'text', value: (r) => r.label, width: 44 },
  { header: 'Entries', type: 'integer', value: (r) => r.entries, width: 10 },
  { header: 'wRVUs', type: 'number', value: (r) => r.wrvu, width: 12 },
];

export type BenchmarkLine = { label: string; value: number | null; note: string };

/** The comparison as label/value lines, with the source cited on its own lines. */
export function benchmarkLines(b: ReportBenchmark): BenchmarkLine[] {
  const medicare = b.kind === 'MEDICARE_DERIVED';
  return [
    ...(b.label ? [{ label: 'Note', value: null, note: b.label }] : []),
    ...(medicare && b.caveat ? [{ label: 'Caveat', value: null, note: b.caveat }] : []),
    { label: 'Source', value: null, note: `${b.publisher}: ${b.survey}` },
    { label: 'Data year', value: null, note: String(b.dataYear) },
    { label: 'Citation', value: null, note: b.citation },
    {
      label: 'Specialty',
      value: null,
      note: b.segment === 'all' ? b.specialty : `${b.specialty} (${b.segment})`,
    },
    ...b.percentiles.map((p) => ({
      label: medicare ? `${p.key} (Medicare FFS wRVUs per provider)` : `${p.key} (wRVUs per 1.0 FTE)`,
      value: p.value,
      note: p.value === null ? 'not published' : '',
    })),
    {
      label: 'Your annualized pace (per 1.0 FTE)',
      value: b.pace === null ? null : Math.round(b.pace * 100) / 100,
      note: '',
    },
    { label: 'Your percentile rank', value: null, note: b.rank ?? 'not available' },
  ];
}

export const BENCHMARK_COLUMNS: Column<BenchmarkLine>[] = [
  { header: 'Item', type: 'text', value: (r) => r.label, width: 36 },
  { header: 'Value', type: 'number', value: (r) => r.value, width: 14 },
  { header: 'Note', type: 'text', value: (r) => r.note, width: 60 },
];

const round2 = (n: number | null) => (n === null ? null : roundWrvu(n));

export const GROUP_COLUMNS: Column<GroupMemberRow>[] = [
  { header: 'Member', type: 'text', value: (m) => m.name, width: 28 },
  { header: 'Email', type: 'text', value: (m) => m.email, width: 32 },
  { header: 'Group role', type: 'text', value: (m) => (m.role === 'ADMIN' ? 'Admin' : 'Member'), width: 11 },
  { header: 'Specialty', type: 'text', value: (m) => m.specialty, width: 24 },
  { header: 'Clinical FTE', type: 'number', value: (m) => m.clinicalFte, width: 12 },
  { header: 'Fiscal year', type: 'text', value: (m) => `FY${m.fiscalYearLabel}`, width: 11 },
  { header: 'YTD entries', type: 'integer', value: (m) => m.entries, width: 11 },
  { header: 'YTD wRVUs', type: 'number', value: (m) => round2(m.ytdWrvu), width: 12 },
  { header: 'Annualized pace (per 1.0 FTE)', type: 'number', value: (m) => round2(m.pace), width: 16 },
  { header: 'Percentile rank', type: 'text', value: (m) => m.percentileRank, width: 16 },
  { header: 'Benchmark source', type: 'text', value: (m) => m.benchmark, width: 48 },
];

/** The Summary sheet / CSV in long form: months, every code, categories, sites, then the total. */
export function summaryLines(b: ReportBreakdowns, totals: { entries: number; wrvu: string }): SummaryLine[] {
  return [
    ...b.byMonth.map((r) => ({ ...r, section: 'Month' as const })),
    ...b.byCode.map((r) => ({ ...r, section: 'Code' as const })),
    ...b.byCategory.map((r) => ({ ...r, section: 'Category' as const })),
    ...b.bySite.map((r) => ({ ...r, section: 'Site' as const })),
    {
      section: 'Total',
      key: '',
      label: 'All entries in the period (excluded lines at 0 wRVU)',
      entries: totals.entries,
      wrvu: totals.wrvu,
    },
  ];
}
