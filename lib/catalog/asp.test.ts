import { describe, expect, it } from 'vitest';
import { aspQuarterFromId, aspQuarterFromText, parseAspCsv } from './asp';
import { CMS, cmsText, encode, lineOf, readCms } from './test-files';

describe('ASP pricing CSV: the real October 2025 file', () => {
  const file = parseAspCsv(readCms(CMS.asp), 'asp_pricing_oct2025.csv');

  it('finds the header after the preamble and reads every row', () => {
    expect(file.prices).toHaveLength(1012);
    expect(file).toMatchObject({ quarter: '2025Q4', effectiveFrom: '2025-10-01', effectiveTo: '2025-12-31' });
  });

  it('reads payment limits, dosage and descriptions', () => {
    expect(file.prices.find((p) => p.code === 'J2820')).toEqual({
      code: 'J2820',
      shortDescription: 'Sargramostim injection',
      dosage: '50 MCG',
      paymentLimit: 50.365,
      notes: null,
    });
    expect(file.prices.find((p) => p.code === 'Q9998')).toMatchObject({
      shortDescription: 'Inj ustekinumab-aekn, 1 mg',
      paymentLimit: 40.349,
    });
  });

  it('reads "N/A" as no payment limit, without an error', () => {
    const na = file.prices.filter((p) => p.paymentLimit === null);
    expect(na.map((p) => p.code)).toEqual(['A9606']);
    expect(na[0].notes).toContain('AWP');
  });
});

describe('ASP quarter', () => {
  const text = cmsText(CMS.asp);
  const noPreamble = text.replace('"Effective October 1, 2025 through December 31, 2025"', '');

  it('comes from an option, then the preamble, then the file name', () => {
    expect(parseAspCsv(readCms(CMS.asp), 'asp.csv', { quarter: '2026Q1' })).toMatchObject({
      quarter: '2026Q1',
      effectiveFrom: '2026-01-01',
      effectiveTo: '2026-03-31',
    });
    expect(parseAspCsv(readCms(CMS.asp), 'asp_pricing_jan2026.csv').quarter).toBe('2025Q4');
    expect(parseAspCsv(encode(noPreamble), 'asp_pricing_jul2025.csv')).toMatchObject({
      quarter: '2025Q3',
      effectiveFrom: '2025-07-01',
      effectiveTo: '2025-09-30',
    });
    expect(() => parseAspCsv(encode(noPreamble), 'prices.csv')).toThrow(/cannot tell the ASP quarter/);
  });

  it('parses quarter ids and text', () => {
    expect(aspQuarterFromId('2025Q4')?.quarter).toBe('2025Q4');
    expect(aspQuarterFromId('Q2 2026')).toMatchObject({
      quarter: '2026Q2',
      effectiveFrom: '2026-04-01',
      effectiveTo: '2026-06-30',
    });
    expect(aspQuarterFromId('RVU25D')?.quarter).toBe('2025Q4');
    expect(aspQuarterFromId('October')).toBeNull();
    expect(aspQuarterFromText('Effective April 1, 2025 through June 30, 2025')?.quarter).toBe('2025Q2');
    expect(aspQuarterFromText('asp_pricing_oct2025')?.quarter).toBe('2025Q4');
    expect(aspQuarterFromText('market 2025')).toBeNull();
  });
});

describe('ASP pricing CSV: malformed files', () => {
  const text = cmsText(CMS.asp);

  it('reports a non-numeric payment limit with its line', () => {
    const bad = text.replace(
      'J2820,Sargramostim injection,50 MCG,50.365',
      'J2820,Sargramostim injection,50 MCG,fifty',
    );
    expect(() => parseAspCsv(encode(bad), 'asp.csv')).toThrow(
      `asp.csv, line ${lineOf(text, 'J2820')}: Payment Limit is not a number: "fifty"`,
    );
  });

  it('names a missing required column', () => {
    expect(() => parseAspCsv(encode(text.replace(',Payment Limit,', ',Limit,')), 'asp.csv')).toThrow(
      /no ASP header found/,
    );
  });
});
