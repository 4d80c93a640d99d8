// One uploaded report from bytes to checked lines: read the file, find the header row, choose the
// mapping (the user's edit, else the one saved for these headers, else the recognised one), pick
// the provider, parse. Used by the preview and by the confirmed save, which therefore agree.
import { headerKey, mappingProblems, recogniseMapping, type ColumnMapping } from './fields';
import { locateHeaderRow, parseReport, providersOf, type ParsedReport } from './parse';
import { readReportFile } from './read-file';
import { AppError } from '@/lib/errors';

export type MappingSource = 'yours' | 'saved' | 'recognised';
export type PreparedReport = {
  format: 'csv' | 'xlsx';
  headers: string[];
  headerKey: string;
  mapping: ColumnMapping;
  mappingSource: MappingSource;
  /** Why the mapping cannot be used yet ([] when it can). */
  problems: string[];
  providers: string[];
  provider: string | null;
  parsed: ParsedReport | null;
};

export async function prepareReport(input: {
  bytes: Uint8Array;
  mapping?: ColumnMapping;
  provider?: string;
  savedMapping?: (key: string) => Promise<ColumnMapping | null>;
}): Promise<PreparedReport> {
  const { format, rows } = await readReportFile(input.bytes);
  const headerIndex = locateHeaderRow(rows);
  if (headerIndex === null)
    throw new AppError(
      'VALIDATION',
      'No column of the report looks like a code or a date (headers such as "CPT", "Procedure code", "Service date" or "DOS"). Check that the first rows hold the column headers.',
    );
  const headers = rows[headerIndex].map((h, i) => String(h).trim() || `Column ${i + 1}`);
  const key = headerKey(headers);
  let mapping = input.mapping;
  let mappingSource: MappingSource = 'yours';
  if (!mapping) {
    const saved = await input.savedMapping?.(key);
    mapping = saved ?? recogniseMapping(headers);
    mappingSource = saved ? 'saved' : 'recognised';
  }
  const problems = mappingProblems(mapping, headers.length);
  const providers = problems.length ? [] : providersOf(rows, headerIndex, mapping);
  let provider: string | null = null;
  if (providers.length === 1) provider = providers[0];
  else if (providers.length > 1) {
    if (input.provider && providers.includes(input.provider)) provider = input.provider;
    else problems.push('The report lists several providers: choose yours.');
  }
  const parsed = problems.length
    ? null
    : parseReport(rows, headerIndex, mapping, { provider: provider ?? undefined });
  if (parsed && !parsed.lines.length && !parsed.errorCount)
    problems.push('With this mapping the report has no procedure lines.');
  return { format, headers, headerKey: key, mapping, mappingSource, problems, providers, provider, parsed };
}
