// Small helpers shared by the catalog parsers: the one error type a malformed file raises (file, line
// and reason, surfaced as AppError VALIDATION), text decoding, CSV tokenising (papaparse) with the
// source line of every row, and the value conversions CMS files need.
import Papa from 'papaparse';
import { AppError } from '@/lib/errors';

export class CatalogFileError extends AppError {
  constructor(
    public readonly file: string,
    public readonly line: number | null,
    public readonly reason: string,
  ) {
    super('VALIDATION', line === null ? `${file}: ${reason}` : `${file}, line ${line}: ${reason}`);
    this.name = 'CatalogFileError';
  }
}

// Windows-1252 bytes 0x80-0x9F (Node's TextDecoder treats the label as Latin-1 and leaves them as
// C1 controls); undefined positions stay as they are.
const CP1252_HIGH =
  '\u20ac\x81\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\x8d\u017d\x8f\x90\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\x9d\u017e\u0178';

/**
 * Bytes to text. CMS files are mostly ASCII, but older ones are Windows-1252 (curly quotes in
 * descriptions), so a file that is not valid UTF-8 is read as Windows-1252 rather than garbled.
 */
export function decodeText(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('latin1')
      .decode(bytes)
      .replace(/[\x80-\x9f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]);
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** CRLF, LF and bare CR all become LF; a DOS end-of-file mark (Ctrl-Z) is dropped wherever it is. */
export function normaliseText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/\x1a/g, '');
}

/** Trimmed text, or null when empty. */
export function textOrNull(value: string | undefined): string | null {
  const t = (value ?? '').trim();
  return t === '' ? null : t;
}

const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)$/;

/**
 * A published number such as "19.60", ".10" or "1,234.50"; blank is null. Anything else is a
 * malformed file, reported with the column name so the user can find it.
 */
export function parseNumber(
  value: string | undefined,
  column: string,
  file: string,
  line: number,
): number | null {
  const t = (value ?? '').trim().replace(/,/g, '').replace(/^\$/, '');
  if (t === '') return null;
  if (!NUMBER.test(t))
    throw new CatalogFileError(file, line, `${column} is not a number: "${value?.trim()}"`);
  return Number(t);
}

/**
 * Codes and indicators that are digits with leading zeros ("090", "09", "00100") lose them when a
 * spreadsheet stores them as numbers; pad them back to the width CMS publishes.
 */
export function padDigits(value: string | null, width: number): string | null {
  if (value === null || !/^\d+$/.test(value) || value.length >= width) return value;
  return value.padStart(width, '0');
}

/** CMS dates come as YYYYMMDD, MM/DD/YYYY or (from a spreadsheet) a Date; all become YYYY-MM-DD. */
export function isoDate(value: string | Date | null | undefined): string | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  const t = (value ?? '').trim();
  let m = /^(\d{4})(\d{2})(\d{2})$/.exec(t);
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
  if (m) return `${m[3]}-${m[1].padStart(2, '0')}-${m[2].padStart(2, '0')}`;
  m = /^(\d{4})-(\d{2})-(\d{2})/.exec(t);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

/** Header text compared by words: case, runs of spaces and "CO- SURG" style breaks do not matter. */
export function normaliseHeader(value: string): string {
  return value
    .toUpperCase()
    .replace(/[\s_]+/g, ' ')
    .replace(/\s*-\s*/g, '-')
    .replace(/[.:]+$/g, '')
    .trim();
}

export type CsvTable = { rows: string[][]; lines: number[] };

/**
 * CSV rows with the source line of each. Line ends are normalised first (CRLF, LF and bare CR all
 * occur in CMS files), and a DOS end-of-file mark is dropped.
 */
export function readCsv(bytes: Uint8Array, fileName: string): CsvTable {
  const text = normaliseText(decodeText(bytes));
  const result = Papa.parse<string[]>(text, {
    delimiter: ',',
    newline: '\n',
    quoteChar: '"',
    skipEmptyLines: false,
  });
  // A quoted field may span lines, so each row's first line is counted from the newlines before it.
  const lines: number[] = [];
  let line = 1;
  for (const row of result.data) {
    lines.push(line);
    line += 1;
    for (const cell of row) {
      for (let i = cell.indexOf('\n'); i !== -1; i = cell.indexOf('\n', i + 1)) line += 1;
    }
  }
  const error = result.errors.find((e) => e.code === 'MissingQuotes' || e.code === 'InvalidQuotes');
  if (error) {
    const at = error.row !== undefined && error.row < lines.length ? lines[error.row] : null;
    const reason =
      error.code === 'MissingQuotes'
        ? 'a quoted field is never closed (truncated file?)'
        : 'a quote inside an unquoted field';
    throw new CatalogFileError(fileName, at, reason);
  }
  return { rows: result.data, lines };
}

/** The first lines of a buffer as text, for recognising a file's kind without parsing all of it. */
export function headText(bytes: Uint8Array, maxBytes = 64 * 1024): string {
  return normaliseText(decodeText(bytes.subarray(0, maxBytes)));
}
