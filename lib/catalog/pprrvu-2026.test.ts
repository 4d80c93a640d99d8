// The CY2026 layout (fixtures in __fixtures__/cy2026, built from real CMS rows): a 32nd column PRIC
// IND, a nonQPP and a QPP file per release, one more indicator digit in the fixed-width TXT.
// Values cited from CMS RVU26A (January 2026): 27447 work RVU 19.11; 43239 2.33 with ENDO BASE
// 43235; 71046-26 0.21; J2820 status E; conversion factor 33.4009 (non-QP) and 33.5675 (QP).
import ExcelJS from 'exceljs';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseCatalogFile } from './parse';
import { parsePprrvuCsv } from './pprrvu';
import { mergeQppPair } from './pprrvu-qpp';
import { parsePprrvuTxt } from './pprrvu-txt';
import { csvCells, encode, fixture2026 } from './test-files';
import type { PprrvuFile } from './types';
import { parsePprrvuXlsx } from './xlsx';

const row = (file: PprrvuFile, key: string) => {
  const [code, modifier = ''] = key.split('-');
  return file.rows.find((r) => r.code === code && r.modifier === modifier);
};

function expectRvu26a(file: PprrvuFile) {
  expect(file.meta).toMatchObject({ id: 'RVU26A', year: 2026, quarter: 'A', effectiveFrom: '2026-01-01' });
  expect(row(file, '27447')).toMatchObject({ workRvu: 19.11, status: 'A', globalDays: '090', teamSurg: '0' });
  expect(row(file, '43239')).toMatchObject({ workRvu: 2.33, endoBase: '43235', multProc: '3' });
  expect(row(file, '71046-26')).toMatchObject({ workRvu: 0.21, pctcIndicator: '1' });
  expect(row(file, 'J2820')).toMatchObject({ status: 'E', workRvu: 0 });
}

describe('CY2026 PPRRVU files', () => {
  const nonQp = parsePprrvuCsv(fixture2026('PPRRVU2026_Jan_nonQPP.csv'), 'PPRRVU2026_Jan_nonQPP.csv');
  const qp = parsePprrvuCsv(fixture2026('PPRRVU2026_Jan_QPP.csv'), 'PPRRVU2026_Jan_QPP.csv');

  it('reads the nonQPP CSV by its header names, PRIC IND and all', () => {
    expectRvu26a(nonQp);
    expect(nonQp.meta.releasedOn).toBe('2025-12-29');
    expect(nonQp).toMatchObject({ qpp: 'nonQP', conversionFactor: 33.4009, conversionFactorQp: null });
    // ENDO BASE is read from its own column, not from PRIC IND beside it.
    expect(row(nonQp, '27447')!.endoBase).toBeNull();
  });

  it('reads the QPP CSV as the same release with the QP conversion factor', () => {
    expectRvu26a(qp);
    expect(qp).toMatchObject({ qpp: 'QP', conversionFactor: null, conversionFactorQp: 33.5675 });
    expect(qp.rows.some((r) => r.status === 'I')).toBe(false);
    expect(nonQp.rows.filter((r) => r.status === 'I').map((r) => r.code)).toEqual([
      '0001F',
      '0005F',
      'A0100',
    ]);
  });

  it('reads the fixed-width TXT with its extra indicator digit to the same records as the CSV', () => {
    const txt = parsePprrvuTxt(fixture2026('PPRRVU2026_Jan_nonQPP.txt'), 'PPRRVU2026_Jan_nonQPP.txt');
    expectRvu26a(txt);
    expect(txt.conversionFactor).toBe(33.4009);
    expect(txt.rows).toEqual(nonQp.rows);
  });

  it('reads an XLSX of the 2026 layout with numbers stored as numbers', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('PPRRVU2026_Jan_nonQPP');
    for (const cells of csvCells(fixture2026('PPRRVU2026_Jan_nonQPP.csv')))
      sheet.addRow(cells.map((c) => (/^\d+(\.\d+)?$/.test(c) ? Number(c) : c)));
    sheet.addRow(['\x1a']); // an end-of-file mark in the last row, as CMS workbooks have
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const xlsx = await parsePprrvuXlsx(bytes, 'PPRRVU2026_Jan_nonQPP.xlsx');
    expectRvu26a(xlsx);
    expect(xlsx.rows).toEqual(nonQp.rows);
  });

  it('merges the pair of a zip into one release with both factors, noting the files not read', async () => {
    const zip = zipSync({
      'PPRRVU2026_Jan_nonQPP.csv': fixture2026('PPRRVU2026_Jan_nonQPP.csv'),
      'PPRRVU2026_Jan_QPP.csv': fixture2026('PPRRVU2026_Jan_QPP.csv'),
      'PPRRVU2026_Jan_nonQPP.txt': fixture2026('PPRRVU2026_Jan_nonQPP.txt'),
      'GPCI2026.csv': encode('Medicare Administrative Contractor,State\r\n'),
    });
    const parsed = await parseCatalogFile(zip, 'rvu26a-updated-12-29-2025.zip');
    expect(parsed.kind).toBe('PPRRVU');
    if (parsed.kind !== 'PPRRVU') return;
    expectRvu26a(parsed.file);
    expect(parsed.file).toMatchObject({
      qpp: 'both',
      conversionFactor: 33.4009,
      conversionFactorQp: 33.5675,
    });
    expect(parsed.file.rows).toHaveLength(nonQp.rows.length);
    expect(parsed.skipped?.sort()).toEqual(['GPCI2026.csv', 'PPRRVU2026_Jan_nonQPP.txt']);
  });

  it('refuses a pair whose RVUs differ, naming the first differing row', () => {
    const changed = { ...qp, rows: qp.rows.map((r) => (r.code === '27447' ? { ...r, workRvu: 19.6 } : r)) };
    expect(() => mergeQppPair(nonQp, changed)).toThrow(
      /27447 differs: workRvu is 19\.6 in PPRRVU2026_Jan_QPP\.csv but 19\.11 in PPRRVU2026_Jan_nonQPP\.csv/,
    );
  });

  it('reads the April release (RVU26B) from its title line', () => {
    const april = parsePprrvuCsv(fixture2026('PPRRVU2026_Apr_nonQPP.csv'), 'PPRRVU2026_Apr_nonQPP.csv');
    expect(april.meta).toMatchObject({ id: 'RVU26B', effectiveFrom: '2026-04-01', releasedOn: '2026-03-10' });
    expect(row(april, '27447')).toMatchObject({ workRvu: 19.11, description: '' });
  });
});
