import { describe, expect, it } from 'vitest';
import { CatalogFileError } from './parse-util';
import { parsePprrvuCsv } from './pprrvu';
import { parsePprrvuTxt, PPRRVU_TXT_LAYOUT } from './pprrvu-txt';
import { CMS, cmsText, encode, lineOf, readCms } from './test-files';

const txt = cmsText(CMS.rvu25dTxt);

function errorOf(fn: () => unknown): CatalogFileError {
  try {
    fn();
  } catch (err) {
    if (err instanceof CatalogFileError) return err;
    throw err;
  }
  throw new Error('expected a CatalogFileError');
}

describe('PPRRVU fixed-width TXT layout', () => {
  it('has fields that do not overlap and match the CY2025 record layout', () => {
    const sorted = [...PPRRVU_TXT_LAYOUT].sort((a, b) => a.start - b.start);
    for (let i = 1; i < sorted.length; i++)
      expect(sorted[i].start, sorted[i].field).toBeGreaterThan(
        sorted[i - 1].start + sorted[i - 1].length - 1,
      );
    const at = (field: string) => PPRRVU_TXT_LAYOUT.find((f) => f.field === field)!;
    // Positions as printed in RVU25D-layout.txt ("Work RVU 60-65", "Conversion Factor 133-140", ...).
    expect(at('workRvu')).toMatchObject({ start: 60, length: 6 });
    expect(at('globalDays')).toMatchObject({ start: 104, length: 3 });
    expect(at('endoBase')).toMatchObject({ start: 128, length: 5 });
    expect(at('conversionFactor')).toMatchObject({ start: 133, length: 8 });
    expect(at('diagnosticImagingFamily')).toMatchObject({ start: 146, length: 2 });
  });
});

describe('PPRRVU fixed-width TXT: the real RVU25D file', () => {
  const file = parsePprrvuTxt(readCms(CMS.rvu25dTxt), 'PPRRVU2025_Oct.txt');

  it('reads every record, with the release from the file name', () => {
    expect(file.rows).toHaveLength(19090);
    expect(file.format).toBe('txt');
    expect(file.meta).toMatchObject({
      id: 'RVU25D',
      year: 2025,
      quarter: 'D',
      effectiveFrom: '2025-10-01',
      title: null,
    });
    expect(file.conversionFactor).toBe(32.3465);
  });

  it('gives the same values as the CSV for the reference codes', () => {
    const at = (code: string) => file.rows.find((r) => r.code === code && r.modifier === '');
    expect(at('27447')).toMatchObject({
      workRvu: 19.6,
      preOp: 0.1,
      intraOp: 0.69,
      postOp: 0.21,
      bilatSurg: '1',
      asstSurg: '2',
      coSurg: '1',
      multProc: '2',
      globalDays: '090',
      nonFacNaIndicator: 'NA',
    });
    expect(at('J2820')).toMatchObject({ status: 'E', workRvu: 0 });
    expect(at('99381')).toMatchObject({ status: 'N', notUsedForMedicare: true, workRvu: 1.5 });
  });

  it('gives exactly the CSV rows for every record', () => {
    const csv = parsePprrvuCsv(readCms(CMS.rvu25dCsv), 'PPRRVU2025_Oct.csv');
    expect(file.rows).toEqual(csv.rows);
  });

  it('takes the release from --release or the bundle name when the file name lacks it', () => {
    expect(parsePprrvuTxt(readCms(CMS.rvu25dTxt), 'PPRRVU.txt', { releaseId: 'RVU25D' }).meta.id).toBe(
      'RVU25D',
    );
    expect(
      parsePprrvuTxt(readCms(CMS.rvu25dTxt), 'PPRRVU.txt', { containerName: 'RVU25D.zip' }).meta.id,
    ).toBe('RVU25D');
    expect(parsePprrvuTxt(readCms(CMS.rvu25dTxt), 'PPRRVU25_JAN.txt').meta.id).toBe('RVU25A');
    expect(errorOf(() => parsePprrvuTxt(readCms(CMS.rvu25dTxt), 'PPRRVU.txt')).reason).toMatch(/--release/);
  });

  it('accepts LF and bare-CR line ends', () => {
    expect(parsePprrvuTxt(encode(txt.replace(/\r\n/g, '\n')), 'PPRRVU2025_Oct.txt').rows).toEqual(file.rows);
    expect(parsePprrvuTxt(encode(txt.replace(/\r\n/g, '\r')), 'PPRRVU2025_Oct.txt').rows).toEqual(file.rows);
  });
});

describe('PPRRVU fixed-width TXT: malformed files', () => {
  const line27447 = lineOf(txt, '27447');

  it('reports a truncated record with its line', () => {
    const cut = txt.slice(0, txt.indexOf('27447  Total knee') + 90);
    const e = errorOf(() => parsePprrvuTxt(encode(cut), 'PPRRVU2025_Oct.txt'));
    expect(e.line).toBe(line27447);
    expect(e.reason).toMatch(/truncated/);
    expect(e.code).toBe('VALIDATION');
  });

  it('reports a non-numeric RVU with its line', () => {
    const bad = txt.replace(
      '27447  Total knee arthroplasty                           A  19.60',
      '27447  Total knee arthroplasty                           A  19.6O',
    );
    const e = errorOf(() => parsePprrvuTxt(encode(bad), 'PPRRVU2025_Oct.txt'));
    expect(e.message).toBe(`PPRRVU2025_Oct.txt, line ${line27447}: WORK RVU is not a number: "19.6O"`);
  });

  it('refuses records longer than the known layout rather than misreading them', () => {
    const longer = txt.replace(/^(27447.{119})/m, '$1X');
    const e = errorOf(() => parsePprrvuTxt(encode(longer), 'PPRRVU2025_Oct.txt'));
    expect(e.line).toBe(line27447);
    expect(e.reason).toMatch(/longer than the known/);
  });
});
