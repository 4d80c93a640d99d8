import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { CatalogFileError } from './parse-util';
import { parsePprrvuCsv } from './pprrvu';
import { CMS, csvCells, readCms } from './test-files';
import { cellText, parsePprrvuXlsx } from './xlsx';

const SAMPLE = ['27447', 'J2820', '99381', '43239', '71046', '00100', '0001F'];

/** An XLSX holding the real CSV's preamble, header and a sample of rows, numbers stored as numbers. */
async function buildWorkbook(
  rows: string[][],
  opts: { notesSheetFirst?: boolean } = {},
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  if (opts.notesSheetFirst)
    workbook.addWorksheet('Read me').addRow(['Relative value file, see the next sheet']);
  const sheet = workbook.addWorksheet('PPRRVU25_OCT');
  // Spreadsheet cells hold numbers, so "090" becomes 90 and "00100" becomes 100, as in CMS workbooks.
  for (const row of rows) sheet.addRow(row.map((c) => (/^\d+(\.\d+)?$/.test(c) ? Number(c) : c)));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe('PPRRVU XLSX', () => {
  const cells = csvCells(readCms(CMS.rvu25dCsv));
  const csv = parsePprrvuCsv(readCms(CMS.rvu25dCsv), 'PPRRVU2025_Oct.csv');
  const sample = cells.slice(10).filter((r) => SAMPLE.includes(r[0]) || r[0] < '00110');
  const expected = csv.rows.filter((r) => SAMPLE.includes(r.code) || r.code < '00110');

  it('finds the stacked header over the sheet rows and gives the CSV values', async () => {
    const bytes = await buildWorkbook([...cells.slice(0, 10), ...sample]);
    const file = await parsePprrvuXlsx(bytes, 'PPRRVU2025_Oct.xlsx');
    expect(file.format).toBe('xlsx');
    expect(file.meta).toEqual(csv.meta);
    expect(file.rows).toEqual(expected);
    expect(file.rows.find((r) => r.code === '00100')).toMatchObject({
      code: '00100',
      globalDays: 'XXX',
      physicianSupervision: '09',
    });
    expect(file.rows.find((r) => r.code === '27447')).toMatchObject({ globalDays: '090', workRvu: 19.6 });
  });

  it('uses the sheet that has the header, not the first one', async () => {
    const bytes = await buildWorkbook([...cells.slice(0, 10), ...sample], { notesSheetFirst: true });
    expect((await parsePprrvuXlsx(bytes, 'PPRRVU2025_Oct.xlsx')).rows).toHaveLength(expected.length);
  });

  it('reports a non-numeric RVU with the sheet row number', async () => {
    const bad = sample.map((r) => (r[0] === '27447' ? r.map((c, i) => (i === 5 ? 'n/a' : c)) : r));
    const bytes = await buildWorkbook([...cells.slice(0, 10), ...bad]);
    const row = 11 + bad.findIndex((r) => r[0] === '27447');
    await expect(parsePprrvuXlsx(bytes, 'PPRRVU2025_Oct.xlsx')).rejects.toThrow(
      `PPRRVU2025_Oct.xlsx, line ${row}: WORK RVU is not a number: "n/a"`,
    );
  });

  it('rejects bytes that are not a workbook', async () => {
    await expect(parsePprrvuXlsx(new TextEncoder().encode('not a zip'), 'x.xlsx')).rejects.toBeInstanceOf(
      CatalogFileError,
    );
  });

  it('reads every kind of cell value as text', () => {
    expect(cellText(null)).toBe('');
    expect(cellText(19.6)).toBe('19.6');
    expect(cellText(new Date(Date.UTC(2025, 9, 1)))).toBe('2025-10-01');
    expect(cellText({ richText: [{ text: 'Total ' }, { text: 'knee' }] })).toBe('Total knee');
    expect(cellText({ formula: 'A1', result: 3.98 })).toBe('3.98');
    expect(cellText({ text: 'link', hyperlink: 'https://cms.gov' })).toBe('link');
  });
});
