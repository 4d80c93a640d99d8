// Spreadsheet input for the catalog parsers (exceljs): a workbook from bytes, and a worksheet as rows
// of cell text with their row numbers, so the XLSX parsers share the CSV parsers' table logic.
// Also the PPRRVU XLSX parser itself, which is that table logic over the sheet holding the header.
import ExcelJS from 'exceljs';
import { CatalogFileError, isoDate } from './parse-util';
import { locateHeader } from './header';
import { isPprrvuAnchor, RVU_COLUMNS } from './pprrvu-columns';
import { parsePprrvuTable, type PprrvuParseOptions } from './pprrvu';
import type { PprrvuFile } from './types';

export async function loadWorkbook(bytes: Uint8Array, fileName: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as Parameters<
        typeof workbook.xlsx.load
      >[0],
    );
  } catch (err) {
    throw new CatalogFileError(
      fileName,
      null,
      `not a readable XLSX workbook (${err instanceof Error ? err.message : String(err)})`,
    );
  }
  return workbook;
}

/** A cell's value as the text a CSV would hold. Numbers keep JS's shortest exact form. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return isoDate(value) ?? '';
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('text' in value && 'hyperlink' in value) return String(value.text);
  if ('result' in value) return value.result === undefined ? '' : cellText(value.result as ExcelJS.CellValue);
  return ''; // error values (#N/A...) read as empty
}

export type SheetTable = { rows: string[][]; lines: number[] };

/** Every row of a worksheet (blank rows included, so row numbers stay aligned) as cell text. */
export function sheetTable(sheet: ExcelJS.Worksheet, maxRows = Number.POSITIVE_INFINITY): SheetTable {
  const rows: string[][] = [];
  const lines: number[] = [];
  const last = Math.min(sheet.rowCount, maxRows);
  for (let r = 1; r <= last; r++) {
    const values = sheet.getRow(r).values as ExcelJS.CellValue[]; // 1-based: index 0 is unused
    const cells: string[] = [];
    for (let c = 1; c < values.length; c++) cells.push(cellText(values[c]));
    rows.push(cells);
    lines.push(r);
  }
  return { rows, lines };
}

/** Whether a sheet's first rows hold a PPRRVU header (used to tell PPRRVU from HCPCS workbooks). */
export function sheetHasPprrvuHeader(sheet: ExcelJS.Worksheet): boolean {
  return (
    locateHeader(sheetTable(sheet, 60).rows, RVU_COLUMNS, { isAnchor: isPprrvuAnchor, maxScan: 60 }) !== null
  );
}

/** PPRRVU workbook (the .xlsx in a CMS RVU bundle): the first sheet with a PPRRVU header. */
export function parsePprrvuWorkbook(
  workbook: ExcelJS.Workbook,
  fileName: string,
  options: PprrvuParseOptions = {},
): PprrvuFile {
  const sheet = workbook.worksheets.find(sheetHasPprrvuHeader);
  if (!sheet)
    throw new CatalogFileError(
      fileName,
      null,
      'no worksheet has a PPRRVU column header (HCPCS, DESCRIPTION, WORK RVU...)',
    );
  const { rows, lines } = sheetTable(sheet);
  // Spreadsheets drop trailing empty cells, so a short row is not a sign of truncation here.
  return parsePprrvuTable({ rows, lines, fileName, format: 'xlsx', checkWidth: false }, options);
}

export async function parsePprrvuXlsx(
  bytes: Uint8Array,
  fileName: string,
  options: PprrvuParseOptions = {},
): Promise<PprrvuFile> {
  return parsePprrvuWorkbook(await loadWorkbook(bytes, fileName), fileName, options);
}
