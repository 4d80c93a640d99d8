// One entry point for every download: validates nothing itself (the route parses the query with
// reportQuerySchema) but decides what goes in the file and streams it. Everything is read for the
// actor from the session: their own entries and dashboard, or a group they administer. Data that
// can fail (the group check, the dashboard figures) is loaded before the stream starts, so errors
// are proper 4xx/5xx answers; only the entry rows are read while the file streams.
import 'server-only';
import { AppError } from '@/lib/errors';
import type { Actor } from '@/lib/session';
import { getProfile } from '@/lib/users/queries';
import { csvChunks, toCsv } from './csv';
import { CASE_LOG_COLUMNS, STANDARD_ENTRY_COLUMNS } from './entry-columns';
import { countEntries, iterateEntries } from './entries';
import { getGroupSummary } from './group';
import { writePdf } from './pdf';
import { contentDisposition, csvContent, reportFileName, resolvePeriod, todayIso } from './period';
import { getReportData } from './report';
import type { ReportQuery } from './schemas';
import { nodeStream, textStream } from './stream';
import {
  BENCHMARK_COLUMNS,
  benchmarkLines,
  GROUP_COLUMNS,
  SUMMARY_COLUMNS,
  summaryLines,
  type BenchmarkLine,
} from './summary-columns';
import type { ReportData } from './types';
import { sheet, writeXlsx, type AnySheet } from './xlsx';

export type ReportExport = { fileName: string; contentType: string; body: ReadableStream<Uint8Array> };

export type CreateExportOptions = { actor: Actor; query: ReportQuery; asOf?: string; now?: Date };

const CONTENT_TYPE = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
} as const;

/** Response headers of a download: attachment, never cached (the data is personal). */
export function exportHeaders(file: Pick<ReportExport, 'fileName' | 'contentType'>): HeadersInit {
  return {
    'content-type': file.contentType,
    'content-disposition': contentDisposition(file.fileName),
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  };
}

function benchmarkRows(data: ReportData): BenchmarkLine[] {
  return data.benchmark
    ? benchmarkLines(data.benchmark)
    : [{ label: 'No benchmark', value: null, note: data.benchmarkNote ?? '' }];
}

async function groupExport(
  { actor, query, asOf }: CreateExportOptions,
  organizationId: string,
): Promise<ReportExport> {
  const group = await getGroupSummary({ actor, organizationId, asOf });
  if (query.format === 'pdf')
    throw new AppError('VALIDATION', 'The group summary exports as CSV or XLSX.', {
      format: ['Choose CSV or XLSX.'],
    });
  const fileName = reportFileName({
    period: { from: group.asOf, to: group.asOf },
    format: query.format,
    layout: 'standard',
    contents: query.contents,
    groupSlug: group.organization.slug,
  });
  const contentType = CONTENT_TYPE[query.format];
  if (query.format === 'csv') {
    return { fileName, contentType, body: textStream([toCsv(GROUP_COLUMNS, group.members)]) };
  }
  return {
    fileName,
    contentType,
    body: nodeStream((out) =>
      writeXlsx(out, [{ name: 'Group', columns: GROUP_COLUMNS, rows: group.members }], {
        title: `${group.organization.name}: fiscal year to date as of ${group.asOf}`,
      }),
    ),
  };
}

export async function createExport(options: CreateExportOptions): Promise<ReportExport> {
  const { actor, query, asOf, now } = options;
  if (query.scope.kind === 'group') return groupExport(options, query.scope.organizationId);

  const profile = await getProfile({ actor });
  const today = asOf ?? todayIso(now);
  const period = resolvePeriod({
    kind: query.range,
    from: query.from,
    to: query.to,
    fiscalYearStartMonth: profile.fiscalYearStartMonth,
    today,
  });
  const range =
    query.range === 'custom'
      ? { kind: 'custom' as const, from: period.from, to: period.to }
      : { kind: query.range };
  const { contents, layout, format } = query;
  const fileName = reportFileName({ period, format, layout, contents });
  const contentType = CONTENT_TYPE[format];
  const entryColumns = layout === 'case-log' ? CASE_LOG_COLUMNS : STANDARD_ENTRY_COLUMNS;
  const entries = () => iterateEntries({ actor, from: period.from, to: period.to });

  if (format === 'csv') {
    const content = csvContent(contents);
    if (content === 'entries')
      return { fileName, contentType, body: textStream(csvChunks(entryColumns, entries())) };
    const data = await getReportData({ actor, range, asOf: today, now });
    const csv =
      content === 'summary'
        ? toCsv(SUMMARY_COLUMNS, summaryLines(data.breakdowns, data.totals))
        : toCsv(BENCHMARK_COLUMNS, benchmarkRows(data));
    return { fileName, contentType, body: textStream([csv]) };
  }

  const needsData = format === 'pdf' || contents.includes('summary') || contents.includes('benchmarks');
  const data = needsData ? await getReportData({ actor, range, asOf: today, now }) : null;

  if (format === 'xlsx') {
    const sheets: AnySheet[] = [];
    if (contents.includes('entries'))
      sheets.push(
        sheet({
          name: layout === 'case-log' ? 'Case log' : 'Entries',
          columns: entryColumns,
          rows: entries(),
        }),
      );
    if (data && contents.includes('summary'))
      sheets.push(
        sheet({
          name: 'Summary',
          columns: SUMMARY_COLUMNS,
          rows: summaryLines(data.breakdowns, data.totals),
        }),
      );
    if (data && contents.includes('benchmarks'))
      sheets.push(sheet({ name: 'Benchmarks', columns: BENCHMARK_COLUMNS, rows: benchmarkRows(data) }));
    return {
      fileName,
      contentType,
      body: nodeStream((out) => writeXlsx(out, sheets, { title: `Benchline report: ${period.label}` })),
    };
  }

  // The PDF numbers its pages "X of Y" as it streams, so it needs the entry count up front.
  const list = contents.includes('entries')
    ? { count: (await countEntries({ actor, from: period.from, to: period.to })).entries, batches: entries() }
    : null;
  return {
    fileName,
    contentType,
    body: nodeStream((out) => writePdf(out, { data: data!, contents, entries: list })),
  };
}
