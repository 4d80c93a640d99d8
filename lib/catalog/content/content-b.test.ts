// Curated surgical/procedural content (part B): shape, uniqueness, search abbreviations, and every code
// checked against the real CMS file RVU25D (exists, active, add-on codes described as add-ons).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { curatedContent } from './index';
import { cardiovascularCodes } from './surgery-cardiovascular';
import { entEyeCodes } from './surgery-ent-eye';
import { generalSurgeryCodes } from './surgery-general';
import { giCodes } from './surgery-gi';
import { neuroPainCodes } from './surgery-neuro-pain';
import { orthoCodes } from './surgery-ortho';
import { otherSurgeryCodes } from './surgery-other';
import { urologyObgynCodes } from './surgery-urology-obgyn';
import type { CuratedCode } from './types';

const files: Record<string, CuratedCode[]> = {
  'surgery-ortho': orthoCodes,
  'surgery-general': generalSurgeryCodes,
  'surgery-gi': giCodes,
  'surgery-cardiovascular': cardiovascularCodes,
  'surgery-urology-obgyn': urologyObgynCodes,
  'surgery-ent-eye': entEyeCodes,
  'surgery-neuro-pain': neuroPainCodes,
  'surgery-other': otherSurgeryCodes,
};
const all = Object.values(files).flat();

// Codes kept on purpose although CMS does not list them as active (status A) in the fee schedule.
const NON_ACTIVE_ALLOWED: Record<string, string> = {
  '58300': 'N', // IUD insertion: non-covered by Medicare, paid by Medicaid and commercial plans
};

type CmsRow = { status: string; global: string; description: string };

function readRvu25d(): Map<string, CmsRow> {
  const file = path.resolve(process.cwd(), '../shared/data/cms/pfs/RVU25D/PPRRVU2025_Oct.csv');
  const { data } = Papa.parse<string[]>(readFileSync(file, 'latin1'), { skipEmptyLines: true });
  const header = data.findIndex((row) => row[0] === 'HCPCS');
  expect(header).toBeGreaterThanOrEqual(0);
  const byCode = new Map<string, CmsRow>();
  for (const row of data.slice(header + 1)) {
    const [code, modifier, description, status] = row;
    // Global days are in column 15 ("GLOB DAYS"); rows with a modifier are component rows.
    if (code && !modifier)
      byCode.set(code.trim(), { status: status.trim(), global: row[14].trim(), description });
  }
  return byCode;
}

describe('curated surgical content (part B)', () => {
  it('covers at least 150 codes, each file non-empty', () => {
    expect(all.length).toBeGreaterThanOrEqual(150);
    for (const [name, codes] of Object.entries(files)) expect(codes.length, name).toBeGreaterThan(0);
  });

  it('has unique codes within part B and across all curated content', () => {
    const dupes = (codes: string[]) => codes.filter((c, i) => codes.indexOf(c) !== i);
    expect(dupes(all.map((c) => c.code))).toEqual([]);
    expect(dupes(curatedContent.map((c) => c.code))).toEqual([]);
    for (const entry of all) expect(curatedContent).toContain(entry);
  });

  it('fills every field with text and keeps popularity within 1-100', () => {
    for (const c of all) {
      expect(c.code, c.code).toMatch(/^[0-9]{4}[0-9A-Z]$/);
      expect(c.plainLanguage.trim().length, c.code).toBeGreaterThan(20);
      expect(c.clinicalContext.trim().length, c.code).toBeGreaterThan(20);
      expect(c.billingNotes?.trim().length ?? 0, c.code).toBeGreaterThan(20);
      expect(c.specialties.length, c.code).toBeGreaterThan(0);
      for (const s of c.specialties) expect(s.trim(), c.code).not.toBe('');
      expect(Number.isInteger(c.popularity), c.code).toBe(true);
      expect(c.popularity, c.code).toBeGreaterThanOrEqual(1);
      expect(c.popularity, c.code).toBeLessThanOrEqual(100);
      expect(c.administration, `${c.code}: administration is for drugs only`).toBeUndefined();
    }
  });

  it('lists lower-case, trimmed, distinct synonyms', () => {
    for (const c of all) {
      expect(c.synonyms.length, c.code).toBeGreaterThanOrEqual(3);
      for (const s of c.synonyms) {
        expect(s, c.code).toBe(s.toLowerCase());
        expect(s, c.code).toBe(s.trim());
        expect(s.length, c.code).toBeGreaterThan(1);
      }
      expect(new Set(c.synonyms).size, c.code).toBe(c.synonyms.length);
    }
  });

  it('carries the abbreviations clinicians type', () => {
    const expected: Record<string, string> = {
      tka: '27447',
      tha: '27130',
      'lap chole': '47562',
      egd: '43235',
      cabg: '33533',
      acdf: '22551',
      tlif: '22630',
      'c-section': '59514',
      turp: '52601',
      fess: '31255',
      lp: '62270',
      'i&d': '10060',
      tavr: '33361',
      esi: '62323',
      rfa: '64635',
      'lap appy': '44970',
      apm: '29881',
      ctr: '64721',
      colonoscopy: '45378',
      phaco: '66984',
      cysto: '52000',
      't&a': '42820',
      'pe tubes': '69436',
      cpr: '92950',
    };
    for (const [abbreviation, code] of Object.entries(expected)) {
      expect(all.find((c) => c.code === code)?.synonyms, abbreviation).toContain(abbreviation);
    }
  });

  it('never states RVU figures (they come from the catalog)', () => {
    for (const c of all) {
      const text = [c.plainLanguage, c.clinicalContext, c.billingNotes ?? ''].join(' ');
      expect(text, c.code).not.toMatch(/\b\d+\.\d{2}\b/);
      expect(text, c.code).not.toMatch(/\bRVUs?\b/i);
    }
  });

  it('uses only codes present and active in the CMS RVU25D file, describing add-ons as add-ons', () => {
    const cms = readRvu25d();
    expect(cms.size).toBeGreaterThan(10_000);
    for (const c of all) {
      const row = cms.get(c.code);
      expect(row, `${c.code} missing from RVU25D`).toBeDefined();
      expect(row!.status, c.code).toBe(NON_ACTIVE_ALLOWED[c.code] ?? 'A');
      if (row!.global === 'ZZZ') expect(c.billingNotes, c.code).toMatch(/add-on/i);
      const stated = /(\d+)-day global/.exec(c.billingNotes ?? '');
      if (stated) expect(row!.global, c.code).toBe(stated[1].padStart(3, '0'));
    }
  });
});
