// Parser and validator for benchmark tables imported as CSV (admin page and CLI). Pure: it returns
// either every valid row or every error, each with the file line it came from, and never a mix, so
// the caller can write all rows or none. Field parsing is papaparse's; the rules are zod schemas.
import Papa from 'papaparse';
import { rowSchema, COLUMNS, type Column, type ParsedRow } from './csv-row';

export { SPECIALTIES, resolveSpecialty } from './specialties';
export { BENCHMARK_CSV_COLUMNS } from './csv-row';

export type BenchmarkCsvRow = ParsedRow & { line: number };
export type CsvError = { line: number; column?: string; message: string };
export type BenchmarkCsvResult = { ok: true; rows: BenchmarkCsvRow[] } | { ok: false; errors: CsvError[] };

export const MAX_BENCHMARK_ROWS = 5000;

export const BENCHMARK_CSV_TEMPLATE = `# Benchline benchmark table: one survey's percentiles of annual work RVUs per 1.0 clinical FTE.
# The source (publisher, survey, data year, RVU basis year, licence note, URL) is entered separately.
# Columns:
#   specialty    required: a standard specialty name or alias, any case (e.g. Family medicine, OB/GYN)
#   segment      optional population slice: all, academic, private, a region... (blank = all)
#   metric       optional: wrvu_per_fte, annual wRVUs per 1.0 clinical FTE (blank = wrvu_per_fte)
#   p10 ... p90  the percentiles the source publishes; leave the others blank. Do not estimate a
#                missing percentile: Benchline interpolates only between published values.
#   mean         optional published mean (shown for context, never used as a percentile)
#   respondents  optional number of physicians in the sample
# Rules: numbers are >= 0 with at most 2 decimals (4763 or "4,763"); percentiles must not decrease
# from p10 to p90; every row needs at least one statistic; one row per specialty + segment + metric.
# Lines starting with # are ignored. The two rows below are examples: replace them with your figures.
specialty,segment,metric,p10,p25,p50,p75,p90,mean,respondents
Family medicine,all,wrvu_per_fte,,4000,5000,6000,7000,,
Cardiology,academic,wrvu_per_fte,5000,6000,7500,9000,11000,7600,120
`;

/** Parse and validate; on any error, every error in the file is returned and no rows. */
export function parseBenchmarkCsv(text: string): BenchmarkCsvResult {
  // Comment lines are blanked rather than removed so that line numbers keep matching the file.
  const normalized = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/^#.*$/gm, '');
  const parsed = Papa.parse<string[]>(normalized, {
    delimiter: ',',
    newline: '\n',
    quoteChar: '"',
    skipEmptyLines: false,
  });
  const lines = recordLines(parsed.data);
  const errors: CsvError[] = parsed.errors.map((e) => ({
    line: lines[e.row ?? 0] ?? 1,
    message: `CSV syntax: ${e.message}`,
  }));
  const records = parsed.data
    .map((cells, i) => ({ cells, line: lines[i] }))
    .filter((r) => r.cells.some((c) => c.trim() !== ''));

  const headerRecord = records.shift();
  if (!headerRecord)
    return { ok: false, errors: [...errors, { line: 1, message: 'The file has no header row.' }] };
  const header = readHeader(headerRecord.cells, headerRecord.line, errors);
  if (!header) return { ok: false, errors };
  if (records.length === 0) errors.push({ line: headerRecord.line, message: 'The file has no data rows.' });
  if (records.length > MAX_BENCHMARK_ROWS) {
    errors.push({
      line: records[MAX_BENCHMARK_ROWS].line,
      message: `At most ${MAX_BENCHMARK_ROWS} rows per import.`,
    });
  }

  const rows: BenchmarkCsvRow[] = [];
  const seen = new Map<string, number>();
  for (const { cells, line } of records.slice(0, MAX_BENCHMARK_ROWS)) {
    // Spreadsheets often pad rows with empty trailing cells; only non-empty extras are an error.
    const extra = cells.slice(header.length);
    if (cells.length < header.length || extra.some((c) => c.trim() !== '')) {
      errors.push({ line, message: `Expected ${header.length} fields, found ${cells.length}.` });
      continue;
    }
    const raw = Object.fromEntries(COLUMNS.map((c) => [c, cells[header.indexOf(c)] ?? ''])) as Record<
      Column,
      string
    >;
    const result = rowSchema.safeParse(raw);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const column = typeof issue.path[0] === 'string' ? issue.path[0] : undefined;
        errors.push({ line, ...(column ? { column } : {}), message: issue.message });
      }
      continue;
    }
    const row = result.data;
    const key = [row.specialty, row.segment.toLowerCase(), row.metric].join('\u0000');
    const first = seen.get(key);
    if (first !== undefined) {
      errors.push({
        line,
        message: `Duplicate of line ${first}: ${row.specialty} / ${row.segment} / ${row.metric} appears twice.`,
      });
      continue;
    }
    seen.set(key, line);
    rows.push({ ...row, line });
  }
  if (errors.length > 0) return { ok: false, errors: errors.sort((a, b) => a.line - b.line) };
  return { ok: true, rows };
}

/** The file line on which each record starts: quoted cells may span lines, so count their newlines. */
function recordLines(records: string[][]): number[] {
  const lines: number[] = [];
  let line = 1;
  for (const cells of records) {
    lines.push(line);
    line += 1 + cells.reduce((n, c) => n + (c.match(/\n/g)?.length ?? 0), 0);
  }
  return lines;
}

function readHeader(cells: string[], line: number, errors: CsvError[]): Column[] | null {
  const names = cells.map((c) => c.trim().toLowerCase());
  const before = errors.length;
  names.forEach((name, i) => {
    if (!(COLUMNS as readonly string[]).includes(name)) {
      errors.push({
        line,
        column: name,
        message: `Unknown column "${cells[i].trim()}". Columns: ${COLUMNS.join(', ')}.`,
      });
    } else if (names.indexOf(name) !== i) {
      errors.push({ line, column: name, message: `Column "${name}" appears twice.` });
    }
  });
  if (!names.includes('specialty'))
    errors.push({ line, column: 'specialty', message: 'The header needs a "specialty" column.' });
  return errors.length === before ? (names as Column[]) : null;
}
