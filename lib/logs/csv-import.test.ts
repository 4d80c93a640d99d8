import { describe, expect, it } from 'vitest';
import { BENCHLINE_CSV_TEMPLATE, normaliseDate, parseProcedureCsv } from './csv-import';

describe('procedure CSV', () => {
  it('reads the documented template', () => {
    const parsed = parseProcedureCsv(BENCHLINE_CSV_TEMPLATE);
    expect(parsed.format).toBe('benchline');
    expect(parsed.errors).toEqual([]);
    expect(parsed.lines).toHaveLength(3);
    expect(parsed.lines[1]).toMatchObject({
      row: 3,
      code: '20610',
      modifiers: ['RT'],
      encounter: 'case-1',
      site: 'General Hospital',
      setting: 'FACILITY',
      role: 'PRIMARY',
    });
  });

  it('reports every bad row with its line number and reason', () => {
    const csv = [
      'date_of_service,code,modifiers,units,encounter',
      '2025-10-01,27447,,1,a',
      '2025-13-01,27447,,1,b',
      '2025-10-02,2744,,1,c',
      '2025-10-03,99213,ZZZ,1,d',
      '2025-10-04,99213,,0,e',
      '2099-01-01,99213,,1,f',
    ].join('\r\n');
    const parsed = parseProcedureCsv(csv);
    expect(parsed.lines.map((l) => l.row)).toEqual([2]);
    expect(parsed.errors.map((e) => e.row)).toEqual([3, 4, 5, 6, 7]);
    expect(parsed.errors[0].message).toMatch(/does not exist/);
    expect(parsed.errors[1].message).toMatch(/5 letters or digits/);
    expect(parsed.errors[2].message).toMatch(/not a modifier/);
    expect(parsed.errors[3].message).toMatch(/units/);
    expect(parsed.errors[4].message).toMatch(/future/);
  });

  it("reads RVU Wallet's export: one row per encounter, several codes", () => {
    const csv = [
      'Date,Encounter ID,Reference ID,Location,Codes,Total Work RVUs,Adjusted Work RVUs',
      '10/14/2025,ENC-1,R1,Main OR,"27447, 20610-RT",20.39,20.00',
      '10/15/2025,,R2,Clinic,99213,1.30,1.30',
    ].join('\n');
    const parsed = parseProcedureCsv(csv);
    expect(parsed.format).toBe('rvu-wallet');
    expect(parsed.errors).toEqual([]);
    expect(parsed.lines.map((l) => [l.dateOfService, l.code, l.modifiers, l.encounter, l.site])).toEqual([
      ['2025-10-14', '27447', [], 'ENC-1', 'Main OR'],
      ['2025-10-14', '20610', ['RT'], 'ENC-1', 'Main OR'],
      ['2025-10-15', '99213', [], 'R2', 'Clinic'],
    ]);
  });

  it('refuses an unknown header with a clear message', () => {
    const parsed = parseProcedureCsv('foo,bar\n1,2');
    expect(parsed.lines).toEqual([]);
    expect(parsed.errors[0]).toMatchObject({ row: 1, message: expect.stringMatching(/Unrecognised header/) });
  });

  it('normalises US and ISO dates only', () => {
    expect(normaliseDate('3/7/2025')).toBe('2025-03-07');
    expect(normaliseDate('03/07/25')).toBe('2025-03-07');
    expect(normaliseDate('2025-03-07')).toBe('2025-03-07');
    expect(normaliseDate('March 7')).toBeNull();
  });
});
