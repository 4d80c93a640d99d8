// PPRRVU tables (rows of cell text, from a CSV or a worksheet) to a PprrvuFile: find the stacked
// header by content, map columns by name, read the release from the title and "RELEASED" lines,
// and turn each data row into a record. Unknown extra columns are ignored; a missing required column,
// a truncated or malformed row, or a duplicate (code, modifier) is an error naming the line.
import { isBlankRow, locateHeader } from './header';
import { CatalogFileError, readCsv } from './parse-util';
import {
  buildRvuRecord,
  isPprrvuAnchor,
  pprrvuFileFields,
  RVU_COLUMNS,
  type RvuField,
} from './pprrvu-columns';
import { releasedOnFromText, releaseMetaFromTitle, resolveReleaseMeta } from './release';
import type { PprrvuFile, RvuRecord } from './types';

export type PprrvuParseOptions = {
  releaseId?: string; // overrides what the file says (the --release option)
  containerName?: string; // the zip a file came in, a second source for the release id
};

type Table = {
  rows: string[][];
  lines: number[]; // source line (CSV) or row number (worksheet) of each row
  fileName: string;
  format: PprrvuFile['format'];
  checkWidth: boolean; // text formats: a row shorter than the header was cut off
};

export function parsePprrvuTable(table: Table, options: PprrvuParseOptions = {}): PprrvuFile {
  const { rows, lines, fileName } = table;
  const header = locateHeader(rows, RVU_COLUMNS, { isAnchor: isPprrvuAnchor, maxStack: 8, maxScan: 100 });
  if (!header) {
    throw new CatalogFileError(
      fileName,
      null,
      'no PPRRVU column header found (a line naming the HCPCS and DESCRIPTION columns) in the first 100 lines',
    );
  }
  if (header.missing.length > 0) {
    const names = header.missing.map((m) => m.label).join(', ');
    throw new CatalogFileError(
      fileName,
      lines[header.index],
      `required column${header.missing.length > 1 ? 's' : ''} missing from the header: ${names}`,
    );
  }

  let title: string | null = null;
  let releasedOn: string | null = null;
  for (const row of rows.slice(0, header.firstIndex)) {
    for (const cell of row) {
      const text = (cell ?? '').trim();
      if (!title && releaseMetaFromTitle(text) && /RELATIVE VALUE|FEE SCHEDULE|RVU/i.test(text)) title = text;
      releasedOn ??= releasedOnFromText(text);
    }
  }
  const meta = resolveReleaseMeta({
    releaseId: options.releaseId,
    title,
    releasedOn,
    fileNames: [fileName, options.containerName ?? ''].filter(Boolean),
  });
  if (!meta) {
    throw new CatalogFileError(
      fileName,
      null,
      'cannot tell which release this is (no title line such as "2025 ... Relative Value File October Release" and no release in the file name); give the release id, e.g. --release RVU25D',
    );
  }

  const records: RvuRecord[] = [];
  const seen = new Map<string, number>();
  for (let i = header.index + 1; i < rows.length; i++) {
    const row = rows[i];
    if (isBlankRow(row)) continue;
    const line = lines[i];
    if (table.checkWidth && row.length < header.width) {
      throw new CatalogFileError(
        fileName,
        line,
        `row has ${row.length} fields, the header has ${header.width} (truncated row?)`,
      );
    }
    const get = (field: RvuField) => {
      const c = header.columns.get(field);
      return c === undefined ? undefined : row[c];
    };
    const record = buildRvuRecord(get, fileName, line, table.format === 'xlsx');
    const key = `${record.code}|${record.modifier}`;
    const first = seen.get(key);
    if (first !== undefined) {
      throw new CatalogFileError(
        fileName,
        line,
        `duplicate row for ${record.code}${record.modifier ? `-${record.modifier}` : ''} (first on line ${first})`,
      );
    }
    seen.set(key, line);
    records.push(record);
  }
  if (records.length === 0)
    throw new CatalogFileError(fileName, null, 'the file has a header but no data rows');
  return {
    fileName,
    format: table.format,
    meta,
    ...pprrvuFileFields(fileName, records),
    rows: records,
  };
}

/** PPRRVU comma-separated file (PPRRVU2025_Oct.csv and its kin). */
export function parsePprrvuCsv(
  bytes: Uint8Array,
  fileName: string,
  options: PprrvuParseOptions = {},
): PprrvuFile {
  const { rows, lines } = readCsv(bytes, fileName);
  return parsePprrvuTable({ rows, lines, fileName, format: 'csv', checkWidth: true }, options);
}
