// Curated content part A (E/M, medicine, radiology, pathology/lab, drugs and other HCPCS Level II):
// shape, uniqueness, search synonyms, and every code checked against the real CMS files in
// ../shared/data/cms (RVU25D PPRRVU, HCPCS Level II ANWEB, ASP pricing October 2025).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { drugCodes, hcpcsCodes } from './drugs';
import { emCodes } from './em';
import { curatedContent } from './index';
import { medicineCodes } from './medicine';
import { pathologyCodes } from './pathology';
import { radiologyCodes } from './radiology';
import type { CuratedCode } from './types';

const files: Record<string, CuratedCode[]> = {
  em: emCodes,
  medicine: medicineCodes,
  radiology: radiologyCodes,
  pathology: pathologyCodes,
  drugs: drugCodes,
  'drugs (other HCPCS)': hcpcsCodes,
};
const all = Object.values(files).flat();
const cmsDir = path.resolve(process.cwd(), '../shared/data/cms');

// Deleted codes this content replaced; they must not come back.
const REPLACED: Record<string, string> = {
  J2505: 'J2506',
  J1030: 'J1010',
  J1040: 'J1010',
  J1170: 'J1171',
  J0135: 'J0139',
  J1070: 'J1071',
  G2012: '98016',
};

type RvuRow = { status: string; global: string };
type HcpcsRow = { termDate: string };

function readCsv(file: string): string[][] {
  return Papa.parse<string[]>(readFileSync(file, 'latin1'), { skipEmptyLines: true }).data;
}

function readRvu25d(): Map<string, RvuRow> {
  const data = readCsv(path.join(cmsDir, 'pfs/RVU25D/PPRRVU2025_Oct.csv'));
  const header = data.findIndex((row) => row[0] === 'HCPCS');
  expect(header).toBeGreaterThanOrEqual(0);
  const byCode = new Map<string, RvuRow>();
  for (const row of data.slice(header + 1)) {
    const [code, modifier, , status] = row;
    // Rows with a modifier (26, TC, 53) are component rows; the global row has none.
    if (code && !modifier) byCode.set(code.trim(), { status: status.trim(), global: (row[14] ?? '').trim() });
  }
  return byCode;
}

function cellText(value: ExcelJS.CellValue): string {
  if (value == null) return '';
  if (typeof value === 'object' && 'richText' in value) return value.richText.map((t) => t.text).join('');
  return String(value);
}

async function readHcpcs(): Promise<Map<string, HcpcsRow>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path.join(cmsDir, 'hcpcs/HCPC2025_OCT_ANWEB.xlsx'));
  const sheet = workbook.worksheets[0];
  const header = (sheet.getRow(1).values as ExcelJS.CellValue[]).map((v) => cellText(v).trim().toUpperCase());
  const codeCol = header.indexOf('HCPC');
  const termCol = header.indexOf('TERM DT');
  expect(codeCol).toBeGreaterThan(0);
  expect(termCol).toBeGreaterThan(0);
  const byCode = new Map<string, HcpcsRow>();
  sheet.eachRow((row, index) => {
    if (index === 1) return;
    const code = cellText(row.getCell(codeCol).value).trim();
    // Long descriptions continue over several rows of the same code; the first row is enough here.
    if (code && !byCode.has(code))
      byCode.set(code, { termDate: cellText(row.getCell(termCol).value).trim() });
  });
  return byCode;
}

function readAspDosages(): Map<string, string> {
  const data = readCsv(path.join(cmsDir, 'asp/asp_pricing_oct2025.csv'));
  const header = data.findIndex((row) => row[0] === 'HCPCS Code');
  expect(header).toBeGreaterThanOrEqual(0);
  const dosageCol = data[header].indexOf('HCPCS Code Dosage');
  const byCode = new Map<string, string>();
  for (const row of data.slice(header + 1))
    if (row[0]) byCode.set(row[0].trim(), (row[dosageCol] ?? '').trim());
  return byCode;
}

const normalize = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();

describe('curated content part A (E/M, medicine, radiology, pathology, drugs)', () => {
  let rvu: Map<string, RvuRow>;
  let hcpcs: Map<string, HcpcsRow>;
  let asp: Map<string, string>;

  beforeAll(async () => {
    rvu = readRvu25d();
    hcpcs = await readHcpcs();
    asp = readAspDosages();
  });

  it('covers at least 170 codes, each file non-empty', () => {
    expect(all.length).toBeGreaterThanOrEqual(170);
    for (const [name, codes] of Object.entries(files)) expect(codes.length, name).toBeGreaterThan(0);
  });

  it('has unique codes within part A and across all curated content, all merged into the index', () => {
    const dupes = (codes: string[]) => codes.filter((c, i) => codes.indexOf(c) !== i);
    expect(dupes(all.map((c) => c.code))).toEqual([]);
    expect(dupes(curatedContent.map((c) => c.code))).toEqual([]);
    for (const entry of all) expect(curatedContent).toContain(entry);
  });

  it('fills every field and keeps popularity within 1-100', () => {
    for (const c of all) {
      expect(c.code, c.code).toMatch(/^([0-9]{4}[0-9A-Z]|[A-Z][0-9]{4})$/);
      expect(c.plainLanguage.trim().length, c.code).toBeGreaterThan(20);
      expect(c.clinicalContext.trim().length, c.code).toBeGreaterThan(40);
      expect(c.billingNotes?.trim().length ?? 0, c.code).toBeGreaterThan(10);
      expect(c.specialties.length, c.code).toBeGreaterThan(0);
      for (const s of c.specialties) expect(s.trim(), c.code).not.toBe('');
      expect(Number.isInteger(c.popularity), c.code).toBe(true);
      expect(c.popularity, c.code).toBeGreaterThanOrEqual(1);
      expect(c.popularity, c.code).toBeLessThanOrEqual(100);
    }
  });

  it('lists lower-case, trimmed, distinct synonyms', () => {
    for (const c of all) {
      expect(c.synonyms.length, c.code).toBeGreaterThanOrEqual(2);
      for (const s of c.synonyms) {
        expect(s, c.code).toBe(s.toLowerCase());
        expect(s, c.code).toBe(s.trim());
        expect(s.length, c.code).toBeGreaterThan(1);
      }
      expect(new Set(c.synonyms).size, c.code).toBe(c.synonyms.length);
    }
  });

  it('carries the names and abbreviations clinicians type', () => {
    const expected: Record<string, string> = {
      'est pt level 3': '99213',
      'level 4 visit': '99214',
      'admission h&p': '99223',
      'progress note': '99232',
      awv: 'G0439',
      tcm: '99495',
      ccm: '99490',
      acp: '99497',
      'iv push': '96374',
      'im injection': '96372',
      ekg: '93000',
      tte: '93306',
      holter: '93224',
      psg: '95810',
      spirometry: '94010',
      'ther ex': '97110',
      cxr: '71046',
      'ct head': '70450',
      'mri knee': '73721',
      dexa: '77080',
      'screening mammogram': '77067',
      cmp: '80053',
      'cbc with differential': '85025',
      a1c: '83036',
      leukine: 'J2820',
      keytruda: 'J9271',
      neulasta: 'J2506',
      kenalog: 'J3301',
      toradol: 'J1885',
      rocephin: 'J0696',
      zofran: 'J2405',
      'depo-medrol': 'J1010',
      'solu-medrol': 'J2919',
      botox: 'J0585',
      eylea: 'J0178',
      synvisc: 'J7325',
      prolia: 'J0897',
      humira: 'J0139',
      'flu shot': '90686',
      tdap: '90715',
    };
    const missing = Object.entries(expected)
      .filter(([term, code]) => !all.find((c) => c.code === code)?.synonyms.includes(term))
      .map(([term, code]) => `${term} -> ${code}`);
    expect(missing).toEqual([]);
  });

  it('sets administration on drug and vaccine products only', () => {
    for (const c of drugCodes) expect(c.administration, c.code).toBeDefined();
    for (const c of [...emCodes, ...medicineCodes, ...radiologyCodes, ...pathologyCodes, ...hcpcsCodes]) {
      expect(c.administration, `${c.code}: administration is for drugs only`).toBeUndefined();
    }
  });

  it('includes every injection and infusion administration code 96365-96379 that exists', () => {
    const codes = new Set(all.map((c) => c.code));
    for (let n = 96365; n <= 96379; n++) {
      const code = String(n);
      if (rvu.has(code)) expect(codes.has(code), code).toBe(true);
    }
  });

  it('never states RVU figures (they come from the catalog)', () => {
    for (const c of all) {
      const text = [c.plainLanguage, c.clinicalContext, c.billingNotes ?? ''].join(' ');
      expect(text, c.code).not.toMatch(/\d\s*w?rvus?\b/i);
      expect(text, c.code).not.toMatch(/\bw?rvus?\s*(of|=|:)?\s*\d/i);
    }
  });

  it('describes add-on codes (global ZZZ) as add-ons', () => {
    for (const c of all) {
      if (rvu.get(c.code)?.global !== 'ZZZ') continue;
      expect(`${c.clinicalContext} ${c.billingNotes ?? ''}`, c.code).toMatch(/add-on/i);
    }
  });

  it('uses only codes present in RVU25D or the HCPCS Level II file, none of them deleted', () => {
    expect(rvu.size).toBeGreaterThan(10_000);
    expect(hcpcs.size).toBeGreaterThan(5_000);
    for (const c of all) {
      const inRvu = rvu.has(c.code);
      const inHcpcs = hcpcs.has(c.code);
      expect(inRvu || inHcpcs, `${c.code} is in neither RVU25D nor the HCPCS file`).toBe(true);
      // A Level II code must be current: no termination date on or before the file's quarter.
      const term = hcpcs.get(c.code)?.termDate ?? '';
      if (/^[A-Z]/.test(c.code)) {
        expect(inHcpcs, `${c.code} missing from HCPCS file`).toBe(true);
        expect(term === '' || term > '20251001', `${c.code} terminated ${term}`).toBe(true);
      }
    }
    for (const [deleted, replacement] of Object.entries(REPLACED)) {
      expect(
        all.some((c) => c.code === deleted),
        `${deleted} was replaced by ${replacement}`,
      ).toBe(false);
      expect(
        all.some((c) => c.code === replacement),
        replacement,
      ).toBe(true);
    }
  });

  it('quotes the ASP billing unit in the billing notes of every drug priced in the ASP file', () => {
    expect(asp.size).toBeGreaterThan(500);
    for (const c of drugCodes) {
      const dosage = asp.get(c.code);
      if (!dosage) continue;
      expect(normalize(c.billingNotes ?? ''), `${c.code} should mention ${dosage}`).toContain(
        normalize(dosage),
      );
    }
  });
});
