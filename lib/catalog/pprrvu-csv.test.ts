import { describe, expect, it } from 'vitest';
import { CatalogFileError } from './parse-util';
import { parsePprrvuCsv } from './pprrvu';
import { CMS, cmsText, csvCells, encode, lineOf, readCms, toCsv } from './test-files';
import type { PprrvuFile, RvuRecord } from './types';

const find = (file: PprrvuFile, code: string, modifier = '') =>
  file.rows.find((r) => r.code === code && r.modifier === modifier);

function expectFileError(fn: () => unknown, line: number | null, reason: RegExp) {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(CatalogFileError);
    const e = err as CatalogFileError;
    expect(e.code).toBe('VALIDATION');
    expect(e.line).toBe(line);
    expect(e.reason).toMatch(reason);
    expect(e.message).toContain(e.file);
    return e;
  }
  throw new Error('expected a CatalogFileError');
}

describe('PPRRVU CSV: the real RVU25D file', () => {
  const file = parsePprrvuCsv(readCms(CMS.rvu25dCsv), 'PPRRVU2025_Oct.csv');

  it('reads every data row and the release from the title', () => {
    expect(file.rows).toHaveLength(19090);
    expect(file.meta).toEqual({
      id: 'RVU25D',
      year: 2025,
      quarter: 'D',
      effectiveFrom: '2025-10-01',
      releasedOn: '2025-09-11',
      title: '2025 National Physician Fee Schedule Relative Value File October Release',
    });
    expect(file.conversionFactor).toBe(32.3465);
  });

  it('maps every column of 27447 by name', () => {
    expect(find(file, '27447')).toEqual<RvuRecord>({
      code: '27447',
      modifier: '',
      description: 'Total knee arthroplasty',
      status: 'A',
      notUsedForMedicare: false,
      workRvu: 19.6,
      nonFacPeRvu: 15.3,
      nonFacNaIndicator: 'NA',
      facPeRvu: 15.3,
      facNaIndicator: null,
      mpRvu: 3.98,
      nonFacTotal: 38.88,
      facTotal: 38.88,
      pctcIndicator: '0',
      globalDays: '090',
      preOp: 0.1,
      intraOp: 0.69,
      postOp: 0.21,
      multProc: '2',
      bilatSurg: '1',
      asstSurg: '2',
      coSurg: '1',
      teamSurg: '0',
      endoBase: null,
      conversionFactor: 32.3465,
      physicianSupervision: '09',
      calculationFlag: '0',
      diagnosticImagingFamily: '99',
      oppsNonFacPeRvu: 0,
      oppsFacPeRvu: 0,
      oppsMpRvu: 0,
    });
  });

  it('keeps status, the not-used-for-Medicare flag, modifiers and endoscopic bases', () => {
    expect(find(file, 'J2820')).toMatchObject({
      status: 'E',
      workRvu: 0,
      description: 'Sargramostim injection',
    });
    expect(find(file, '99381')).toMatchObject({ status: 'N', notUsedForMedicare: true, workRvu: 1.5 });
    expect(find(file, '99213')).toMatchObject({ status: 'A', workRvu: 1.3 });
    expect(find(file, '71046', '26')).toMatchObject({ workRvu: 0.22, pctcIndicator: '1' });
    expect(find(file, '71046', 'TC')).toMatchObject({
      workRvu: 0,
      facNaIndicator: 'NA',
      oppsNonFacPeRvu: 2.68,
    });
    expect(find(file, '43239')).toMatchObject({ endoBase: '43235', multProc: '3', globalDays: '000' });
  });

  it('reads quoted descriptions that contain commas', () => {
    expect(find(file, '80161')?.description).toBe('Asy carbamazepin 10,11-epxid');
    expect(find(file, 'A2001')?.description).toBe('Innovamatrix ac, per sq cm');
  });
});

describe('PPRRVU CSV: other 2025 releases', () => {
  it('reads RVU25A (January)', () => {
    const a = parsePprrvuCsv(readCms(CMS.rvu25aCsv), 'PPRRVU25_JAN.csv');
    expect(a.rows).toHaveLength(18865);
    expect(a.meta).toMatchObject({
      id: 'RVU25A',
      quarter: 'A',
      effectiveFrom: '2025-01-01',
      releasedOn: '2024-12-23',
    });
  });

  it('reads RVU25B (April), which ends with a Ctrl-Z line', () => {
    expect(cmsText(CMS.rvu25bCsv)).toContain('\x1a');
    const b = parsePprrvuCsv(readCms(CMS.rvu25bCsv), 'PPRRVU25_APR.csv');
    expect(b.rows.length).toBeGreaterThan(18900);
    expect(b.rows.at(-1)?.code).toBe('99607');
    expect(b.meta).toMatchObject({ id: 'RVU25B', effectiveFrom: '2025-04-01', releasedOn: '2025-06-05' });
  });
});

describe('PPRRVU CSV: line ends and layout variants', () => {
  const text = cmsText(CMS.rvu25dCsv);
  const reference = parsePprrvuCsv(readCms(CMS.rvu25dCsv), 'PPRRVU2025_Oct.csv');

  it.each([
    ['LF', text.replace(/\r\n/g, '\n')],
    ['bare CR', text.replace(/\r\n/g, '\r')],
    [
      'mixed, with a trailing Ctrl-Z line',
      `${text.replace(/\r\n/g, (m, at: number) => (at % 3 === 0 ? '\n' : at % 3 === 1 ? '\r' : m))}\x1a`,
    ],
  ])('reads %s line ends identically', (_label, variant) => {
    const parsed = parsePprrvuCsv(encode(variant), 'PPRRVU2025_Oct.csv');
    expect(parsed.rows).toEqual(reference.rows);
    expect(parsed.meta).toEqual(reference.meta);
  });

  it('ignores an unknown extra column (the 2026 layout adds one between TEAM SURG and ENDO BASE)', () => {
    const cells = csvCells(readCms(CMS.rvu25dCsv));
    const team = cells[9].indexOf('SURG', 22); // bottom header line: TEAM above SURG
    expect(cells[8][team]).toBe('TEAM');
    const rows = cells.map((row, i) => {
      const copy = [...row];
      const extra = i === 8 ? 'EFFICIENCY' : i === 9 ? 'ADJUSTMENT' : i < 9 ? '' : 'Y';
      if (copy.length > team) copy.splice(team + 1, 0, extra);
      return copy;
    });
    const parsed = parsePprrvuCsv(toCsv(rows), 'PPRRVU26_JAN.csv', { releaseId: 'RVU25D' });
    expect(parsed.rows).toEqual(reference.rows);
  });

  it('maps columns by name whatever their order or header wording', () => {
    const cells = csvCells(readCms(CMS.rvu25dCsv)).slice(10, 200);
    // Wordings seen in other years' files and workbooks: NONFAC PE RVU, FAC TOTAL, PC/TC IND...
    const names = [
      'HCPCS',
      'MOD',
      'DESCRIPTION',
      'STATUS CODE',
      'NOT USED FOR MEDICARE PAYMENT',
      'WORK RVU',
      'NONFAC PE RVU',
      'NON-FACILITY NA INDICATOR',
      'FAC PE RVU',
      'FACILITY NA INDICATOR',
      'Malpractice RVU',
      'NON-FAC TOTAL',
      'FAC TOTAL',
      'PC/TC IND',
      'GLOBAL DAYS',
      'PRE-OP',
      'INTRA-OP',
      'POST-OP',
      'MULT PROC',
      'BILAT SURG',
      'ASST SURG',
      'CO-SURG',
      'TEAM SURG',
      'ENDO BASE',
      'CONV FACTOR',
      'PHYSICIAN SUPERVISION OF DIAGNOSTIC PROCEDURES',
      'CALCULATION FLAG',
      'DIAGNOSTIC IMAGING FAMILY INDICATOR',
      'NON-FACILITY PE USED FOR OPPS PAYMENT AMOUNT',
      'FACILITY PE USED FOR OPPS PAYMENT AMOUNT',
      'MP USED FOR OPPS PAYMENT AMOUNT',
    ];
    const order = names.map((_, i) => i).reverse();
    const rows = [
      ['2025 National Physician Fee Schedule Relative Value File October Release'],
      order.map((i) => names[i].toLowerCase()),
      ...cells.map((r) => order.map((i) => r[i])),
    ];
    const parsed = parsePprrvuCsv(toCsv(rows, '\n'), 'reordered.csv');
    expect(parsed.rows).toEqual(reference.rows.slice(0, 190));
    expect(parsed.meta.id).toBe('RVU25D');
  });
});

describe('PPRRVU CSV: malformed files', () => {
  const text = cmsText(CMS.rvu25dCsv);

  it('names a missing required column', () => {
    const cells = csvCells(readCms(CMS.rvu25dCsv)).map((r) => r.filter((_, i) => i !== 5));
    expectFileError(
      () => parsePprrvuCsv(toCsv(cells), 'PPRRVU2025_Oct.csv'),
      10,
      /required column missing.*WORK RVU/,
    );
  });

  it('reports a truncated file at its last line', () => {
    const cut = text.slice(0, text.indexOf('27447,,Total knee') + 40);
    expectFileError(
      () => parsePprrvuCsv(encode(cut), 'PPRRVU2025_Oct.csv'),
      lineOf(text, '27447,,'),
      /truncated/,
    );
  });

  it('reports a non-numeric RVU with its line and column', () => {
    const bad = text.replace(
      '27447,,Total knee arthroplasty,A,,19.60',
      '27447,,Total knee arthroplasty,A,,19.6O',
    );
    const e = expectFileError(
      () => parsePprrvuCsv(encode(bad), 'PPRRVU2025_Oct.csv'),
      lineOf(text, '27447,,'),
      /WORK RVU is not a number: "19.6O"/,
    );
    expect(e.message).toBe(
      `PPRRVU2025_Oct.csv, line ${lineOf(text, '27447,,')}: WORK RVU is not a number: "19.6O"`,
    );
  });

  it('reports a bad code, a bad status and a duplicate row', () => {
    expectFileError(
      () => parsePprrvuCsv(encode(text.replace('27447,,Total', '2744,,Total')), 'x.csv'),
      lineOf(text, '27447,,'),
      /5-character code/,
    );
    expectFileError(
      () =>
        parsePprrvuCsv(
          encode(text.replace('27447,,Total knee arthroplasty,A', '27447,,Total knee arthroplasty,')),
          'x.csv',
        ),
      lineOf(text, '27447,,'),
      /STATUS CODE/,
    );
    const dup = text.replace('27446,,', '27447,,');
    expectFileError(
      () => parsePprrvuCsv(encode(dup), 'x.csv'),
      lineOf(text, '27447,,'),
      new RegExp(`duplicate row for 27447 \\(first on line ${lineOf(text, '27446,,')}\\)`),
    );
  });

  it('counts lines inside multi-line quoted fields', () => {
    const bad = text
      .replace('80161,,"Asy carbamazepin 10,11-epxid"', '80161,,"Asy carbamazepin\n10,11-epxid"')
      .replace(
        '81546,,"Onc thyr mrna 10,196 gen alg",X,,0.00',
        '81546,,"Onc thyr mrna 10,196 gen alg",X,,zero',
      );
    expectFileError(() => parsePprrvuCsv(encode(bad), 'x.csv'), lineOf(text, '81546,,') + 1, /not a number/);
  });

  it('rejects a file with no header, and a file whose release cannot be told', () => {
    expectFileError(() => parsePprrvuCsv(encode('a,b,c\n1,2,3\n'), 'x.csv'), null, /no PPRRVU column header/);
    const untitled = text.split('\r\n').slice(5).join('\r\n').replace('RELEASED', '');
    expectFileError(() => parsePprrvuCsv(encode(untitled), 'data.csv'), null, /cannot tell which release/);
    expect(parsePprrvuCsv(encode(untitled), 'data.csv', { releaseId: 'RVU25D' }).rows).toHaveLength(19090);
  });

  it('reads a Windows-1252 file', () => {
    const bytes = new Uint8Array(readCms(CMS.rvu25dCsv));
    const at = text.indexOf('Total knee arthroplasty') + 'Total knee'.length;
    bytes[at] = 0x92; // a right single quote in Windows-1252 where a space was
    expect(parsePprrvuCsv(bytes, 'x.csv').rows.find((r) => r.code === '27447')?.description).toBe(
      'Total knee\u2019arthroplasty',
    );
  });
});
