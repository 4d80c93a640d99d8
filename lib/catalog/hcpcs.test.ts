import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parseHcpcsXlsx } from './hcpcs';
import { CMS, readCms } from './test-files';

const HEADER = [
  'HCPC',
  'SEQNUM',
  'RECID',
  'LONG DESCRIPTION',
  'SHORT DESCRIPTION',
  'PRICE1',
  'ADD DT',
  'ACT EFF DT',
  'TERM DT',
  'ACTION CD',
];

async function workbook(rows: (string | number)[][], header = HEADER): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('HCPC');
  sheet.addRow(header);
  sheet.addRows(rows);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('HCPCS Level II ANWEB XLSX: the real October 2025 file', async () => {
  const file = await parseHcpcsXlsx(readCms(CMS.hcpcs), 'HCPC2025_OCT_ANWEB.xlsx');

  it('reads procedure codes and keeps modifiers apart', () => {
    expect(file.codes).toHaveLength(8463);
    expect(file.modifiers).toHaveLength(383);
    // 1,204 rows start with J: 1,188 J codes and 16 J modifiers (JA, JW, JZ...).
    expect(file.codes.filter((c) => c.code.startsWith('J'))).toHaveLength(1188);
    expect(file.modifiers.filter((m) => m.code.startsWith('J'))).toHaveLength(16);
    expect(file.modifiers.find((m) => m.code === 'AA')?.shortDescription).toBe('Anesthesia perf by anesgst');
  });

  it('keeps descriptions and dates', () => {
    expect(file.codes.find((c) => c.code === 'J2820')).toEqual({
      code: 'J2820',
      shortDescription: 'Sargramostim injection',
      longDescription: 'Injection, sargramostim (gm-csf), 50 mcg',
      addedOn: '1982-01-01',
      effectiveOn: '1998-01-01',
      terminatedOn: null,
      actionCode: 'N',
    });
    expect(file.codes.some((c) => c.terminatedOn !== null)).toBe(true);
  });
});

describe('HCPCS Level II: continuation rows and layout variants', () => {
  it('joins long descriptions continued over rows with the same HCPC and rising SEQNUM', async () => {
    const bytes = await workbook([
      [
        'A0021',
        '0010',
        '3',
        'Ambulance service, outside state per mile, transport',
        'Outside state ambulance serv',
        '00',
        '19950101',
        '19950101',
        '',
        'N',
      ],
      ['A0021', '0020', '4', '(medicaid only)', '', '', '', '', '', ''],
      [
        'J2820',
        '0010',
        '3',
        'Injection, sargramostim (gm-csf),',
        'Sargramostim injection',
        '51',
        19820101,
        19980101,
        '',
        'N',
      ],
      ['J2820', '0020', '3', '50 mcg', '', '', '', '', '', ''],
      [
        '   26',
        '0010',
        '7',
        'Professional component',
        'Professional component',
        '',
        '19900101',
        '19900101',
        '',
        'N',
      ],
      [
        'G0105',
        '0010',
        '3',
        'Colorectal cancer screening; colonoscopy on individual at high risk',
        'Colorectal scrn; hi risk ind',
        '',
        '19980101',
        '20250101',
        '20251231',
        'C',
      ],
    ]);
    const file = await parseHcpcsXlsx(bytes, 'HCPC.xlsx');
    expect(file.codes.map((c) => [c.code, c.longDescription])).toEqual([
      ['A0021', 'Ambulance service, outside state per mile, transport (medicaid only)'],
      ['J2820', 'Injection, sargramostim (gm-csf), 50 mcg'],
      ['G0105', 'Colorectal cancer screening; colonoscopy on individual at high risk'],
    ]);
    expect(file.codes[1]).toMatchObject({ addedOn: '1982-01-01', effectiveOn: '1998-01-01' });
    expect(file.codes[2]).toMatchObject({ terminatedOn: '2025-12-31', actionCode: 'C' });
    expect(file.modifiers.map((m) => m.code)).toEqual(['26']);
  });

  it('maps columns by name in any order and reports malformed rows by sheet row', async () => {
    const reordered = ['SHORT DESCRIPTION', 'LONG DESCRIPTION', 'HCPC', 'RECID', 'SEQNUM'];
    const ok = await parseHcpcsXlsx(
      await workbook(
        [['Sargramostim injection', 'Injection, sargramostim (gm-csf), 50 mcg', 'J2820', '3', '0010']],
        reordered,
      ),
      'x.xlsx',
    );
    expect(ok.codes[0]).toMatchObject({
      code: 'J2820',
      shortDescription: 'Sargramostim injection',
      addedOn: null,
    });

    const bad = await workbook([
      ['J2820', '0010', '3', 'x', 'x'],
      ['J28', '0010', '3', 'x', 'x'],
    ]);
    await expect(parseHcpcsXlsx(bad, 'x.xlsx')).rejects.toThrow(
      'x.xlsx, line 3: HCPC is not a 5-character code: "J28"',
    );
    const dup = await workbook([
      ['J2820', '0010', '3', 'x', 'x'],
      ['J2820', '0010', '3', 'y', 'y'],
    ]);
    await expect(parseHcpcsXlsx(dup, 'x.xlsx')).rejects.toThrow(/line 3: J2820 appears again/);
    const missing = await workbook([['J2820', 'x']], ['HCPC', 'LONG DESCRIPTION']);
    await expect(parseHcpcsXlsx(missing, 'x.xlsx')).rejects.toThrow(
      /line 1: required columns missing from the header: SHORT DESCRIPTION/,
    );
  });
});
