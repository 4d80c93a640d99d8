// Report periods and file names. Pure: calendar dates ('YYYY-MM-DD', whole UTC days) in, dates and
// strings out. Periods are the dashboard's ranges (lib/dashboard/range.ts), resolved by its code.
import { resolveRange, type DashboardRange, type RangeKind, type ResolvedRange } from '@/lib/dashboard/range';
import type { ReportContent, ReportFormat, ReportLayout } from './schemas';

export { formatDay, formatMonth, todayIso } from '@/lib/dashboard/range';

export type ReportPeriod = ResolvedRange;

/**
 * The export period, resolved exactly as the dashboard resolves its range selector (same kinds,
 * same trailing "last 12 months" ending today, custom ranges clipped at today), so a report for a range
 * carries the dashboard's numbers for that range.
 */
export function resolvePeriod(input: {
  kind: RangeKind;
  from?: string;
  to?: string;
  fiscalYearStartMonth: number;
  today: string;
}): ReportPeriod {
  const { kind, from, to, today, fiscalYearStartMonth } = input;
  const range: DashboardRange = kind === 'custom' ? { kind, from: from ?? today, to: to ?? today } : { kind };
  return resolveRange(range, today, fiscalYearStartMonth);
}

/** '2025' when the period sits inside one calendar year, else '2024-2025'. */
export function periodSlug(period: Pick<ReportPeriod, 'from' | 'to'>): string {
  const [a, b] = [period.from.slice(0, 4), period.to.slice(0, 4)];
  return a === b ? a : `${a}-${b}`;
}

/** What a CSV holds: one table, so the first chosen content in entries, summary, benchmarks order. */
export function csvContent(contents: readonly ReportContent[]): ReportContent {
  return contents[0] ?? 'entries';
}

/** benchline-2025-entries.csv, benchline-2025-case-log.xlsx, benchline-2025-report.pdf, benchline-2025-group-acme.csv */
export function reportFileName(input: {
  period: Pick<ReportPeriod, 'from' | 'to'>;
  format: ReportFormat;
  layout: ReportLayout;
  contents: readonly ReportContent[];
  groupSlug?: string;
}): string {
  const { format, layout, contents, groupSlug } = input;
  const slug = periodSlug(input.period);
  const safeGroup = groupSlug
    ?.toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  let what: string;
  if (safeGroup !== undefined) what = `group-${safeGroup || 'summary'}`;
  else if (layout === 'case-log' && format !== 'pdf') what = 'case-log';
  else if (format === 'csv') what = csvContent(contents);
  else what = 'report';
  return `benchline-${slug}-${what}.${format}`;
}

/** A Content-Disposition header value; the name is ASCII-only by construction above. */
export function contentDisposition(fileName: string): string {
  return `attachment; filename="${fileName.replace(/[^A-Za-z0-9._-]/g, '_')}"`;
}
