import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { STANDARD_ENTRY_COLUMNS } from './entry-columns';
import type { ReportEntry } from './types';
import { writeXlsx } from './xlsx';

const entry = (over: Partial<ReportEntry> = {}): ReportEntry => ({
  id: 'e1',
  dateOfService: '2025-03-07',
  code: '27447',
  modifiers: ['RT'],
  units: 1,
  description: 'Total knee arthroplasty',
  categoryLabel: 'Surgery: Musculoskeletal System',
  site: 'Main OR',
  setting: 'FACILITY',
  role: 'PRIMARY',
  note: null,
  baseWorkRvu: '19.60',
  creditedWrvu: '19.60',
  excluded: false,
  releaseId: 'RVU25D',
  releaseFit: 'current',
  ...over,
});

async function roundTrip(write: (out: PassThrough) => Promise<void>): Promise<ExcelJS.Workbook> {
  const out = new PassThrough();
  const parts: Buffer[] = [];
  out.on('data', (d: Buffer) => parts.push(d));
  const ended = new Promise((resolve) => out.on('end', resolve));
  await write(out);
  await ended;
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.concat(parts) as unknown as ArrayBuffer);
  return workbook;
}

describe('xlsx writer', () => {
  it('writes typed cells, a bold frozen header and column widths, streaming batches', async () => {
    async function* batches() {
      yield [
        entry(),
        entry({
          id: 'e2',
          dateOfService: '2025-03-08',
          creditedWrvu: '0.40',
          note: '=HYPERLINK("http://x","y")',
        }),
      ];
      yield [entry({ id: 'e3', dateOfService: '2025-12-31', creditedWrvu: '-1.25' })];
    }
    const workbook = await roundTrip((out) =>
      writeXlsx(out, [
        { name: 'Entries', columns: STANDARD_ENTRY_COLUMNS, rows: batches() },
        { name: 'Summary', columns: STANDARD_ENTRY_COLUMNS.slice(0, 2), rows: [] },
      ]),
    );
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Entries', 'Summary']);
    const sheet = workbook.getWorksheet('Entries')!;
    expect(sheet.rowCount).toBe(4);
    expect(sheet.getRow(1).getCell(1).value).toBe('Date of service');
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getColumn(5).width).toBe(40);

    const credited = STANDARD_ENTRY_COLUMNS.findIndex((c) => c.header === 'Credited wRVU') + 1;
    const date = sheet.getRow(2).getCell(1);
    expect(date.value).toEqual(new Date('2025-03-07T00:00:00Z'));
    expect(date.numFmt).toBe('yyyy-mm-dd');
    expect(sheet.getRow(2).getCell(credited).value).toBe(19.6);
    expect(sheet.getRow(2).getCell(credited).numFmt).toBe('0.00');
    expect(sheet.getRow(4).getCell(credited).value).toBe(-1.25);
    const note = STANDARD_ENTRY_COLUMNS.findIndex((c) => c.header === 'Note') + 1;
    // A text cell, not a formula: Excel shows the text and runs nothing.
    expect(sheet.getRow(3).getCell(note).value).toBe('=HYPERLINK("http://x","y")');
    expect(sheet.getRow(3).getCell(note).type).toBe(ExcelJS.ValueType.String);
  });
});
