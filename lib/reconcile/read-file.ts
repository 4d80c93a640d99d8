// Turns an uploaded productivity report (CSV in UTF-8 or UTF-16, or an XLSX workbook) into rows of
// cell text, refusing what cannot be read with a message that says what to do. The rows live only
// in memory for the length of one request: parse.ts keeps the mapped columns and drops the rest.
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { cellText } from '@/lib/catalog/xlsx';
import { AppError } from '@/lib/errors';

/** Lines a report may have (a busy proceduralist's quarter is a few thousand). */
export const MAX_REPORT_LINES = 100_000;
export const MAX_REPORT_BYTES = 25 * 1024 * 1024;

export type ReportSheet = { format: 'csv' | 'xlsx'; rows: string[][] };

const tooMany = (n: number) =>
  new AppError(
    'VALIDATION',
    `The report has ${n.toLocaleString('en-US')} lines; reconciliation takes up to ${MAX_REPORT_LINES.toLocaleString('en-US')}. Export one month or quarter at a time.`,
  );

const startsWith = (bytes: Uint8Array, ...sig: number[]) => sig.every((b, i) => bytes[i] === b);

export function decodeText(bytes: Uint8Array): string {
  if (startsWith(bytes, 0xff, 0xfe)) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (startsWith(bytes, 0xfe, 0xff)) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new AppError(
      'VALIDATION',
      'The file is not UTF-8 text (it looks like another encoding, such as Windows-1252). In Excel choose "Save as > CSV UTF-8", or upload the XLSX file.',
    );
  }
  if (text.includes('\u0000'))
    throw new AppError('VALIDATION', 'The file is not a CSV text file. Upload the report as CSV or XLSX.');
  return text.replace(/^\uFEFF/, '');
}

function readCsv(bytes: Uint8Array): string[][] {
  const text = decodeText(bytes);
  let newlines = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) newlines++;
  if (newlines > MAX_REPORT_LINES + 50) throw tooMany(newlines);
  const rows = Papa.parse<string[]>(text, { skipEmptyLines: false }).data;
  // A final line break is not a blank line.
  if (rows.length && rows[rows.length - 1].every((c) => c === '')) rows.pop();
  return rows;
}

async function readXlsx(bytes: Uint8Array): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as Parameters<
        typeof workbook.xlsx.load
      >[0],
    );
  } catch {
    throw new AppError('VALIDATION', 'The file is not a readable XLSX workbook. Save it again from Excel.');
  }
  const sheet = workbook.worksheets.find((s) => s.rowCount > 0);
  if (!sheet) throw new AppError('VALIDATION', 'The workbook has no rows.');
  if (sheet.rowCount > MAX_REPORT_LINES + 50) throw tooMany(sheet.rowCount);
  const rows: string[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const values = sheet.getRow(r).values as ExcelJS.CellValue[]; // 1-based: index 0 is unused
    const cells: string[] = [];
    for (let c = 1; c < values.length; c++) cells.push(cellText(values[c]));
    rows.push(cells);
  }
  return rows;
}

export async function readReportFile(bytes: Uint8Array): Promise<ReportSheet> {
  if (bytes.byteLength === 0) throw new AppError('VALIDATION', 'The file is empty.');
  if (bytes.byteLength > MAX_REPORT_BYTES)
    throw new AppError('VALIDATION', 'Reports up to 25 MB. Export one month or quarter at a time.');
  if (startsWith(bytes, 0x25, 0x50, 0x44, 0x46))
    throw new AppError('VALIDATION', 'PDF reports cannot be read yet. Ask for the report as CSV or XLSX.');
  if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0))
    throw new AppError(
      'VALIDATION',
      'Old Excel (.xls) files cannot be read. Save the report as XLSX or CSV.',
    );
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04)) return { format: 'xlsx', rows: await readXlsx(bytes) };
  return { format: 'csv', rows: readCsv(bytes) };
}
