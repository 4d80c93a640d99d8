// RFC 4180 CSV writer: comma-separated, CRLF line ends, UTF-8 with no byte-order mark, header row
// first. Fields are quoted (quotes doubled) when they hold a quote, CR, LF or any separator-like
// character (comma, semicolon, tab, pipe): a spreadsheet whose list separator is ";" must not split
// `x;=cmd|' /C calc'!A0` into a second cell that starts with "=". Text cells that a spreadsheet
// would read as a formula (=, +, -, @, tab, CR first, or right after a separator-like character) get
// a leading single quote; cells of numeric columns holding a real number are written as they are,
// so -1.25 stays a number.
// Streaming: csvChunks() turns an async iterable of row batches into string chunks, one per batch.
import { isNumeric, type Column } from './columns';

const FORMULA_START = /^[=+\-@\t\r]/;
const FORMULA_AFTER_SEPARATOR = /[,;\t|\r\n]\s*[=+\-@]/;
const NEEDS_QUOTES = /[",;\t|\r\n]/;

export function neutralise(text: string): string {
  return FORMULA_START.test(text) || FORMULA_AFTER_SEPARATOR.test(text) ? `'${text}` : text;
}

export function quote(field: string): string {
  return NEEDS_QUOTES.test(field) ? `"${field.replaceAll('"', '""')}"` : field;
}

export function csvCell(
  value: string | number | null | undefined,
  type: Column<unknown>['type'] = 'text',
): string {
  if (value === null || value === undefined) return '';
  if ((type === 'number' || type === 'integer') && isNumeric(value)) return String(value);
  if (type === 'date' && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  return quote(neutralise(String(value)));
}

export function csvRow(cells: readonly string[]): string {
  return `${cells.join(',')}\r\n`;
}

export function csvHeader<T>(columns: readonly Column<T>[]): string {
  return csvRow(columns.map((c) => csvCell(c.header)));
}

export function csvLine<T>(columns: readonly Column<T>[], row: T): string {
  return csvRow(columns.map((c) => csvCell(c.value(row), c.type)));
}

/** A whole table as one string (small tables: summaries, benchmarks, group members). */
export function toCsv<T>(columns: readonly Column<T>[], rows: Iterable<T>): string {
  let out = csvHeader(columns);
  for (const row of rows) out += csvLine(columns, row);
  return out;
}

/** The header, then one chunk per batch: memory holds one batch at a time, whatever the total. */
export async function* csvChunks<T>(
  columns: readonly Column<T>[],
  batches: AsyncIterable<readonly T[]>,
): AsyncGenerator<string> {
  yield csvHeader(columns);
  for await (const batch of batches) {
    let chunk = '';
    for (const row of batch) chunk += csvLine(columns, row);
    if (chunk) yield chunk;
  }
}
