// Plain-language indicator meanings: every value CMS's RVU25D layout defines is explained, and a
// row's indicators read well for the public code page (CMS PFS RVU25D (October 2025) rows).
import { describe, expect, it } from 'vitest';
import { fixtureRow, RVU25D_ROWS } from './__fixtures__/rvu25d';
import {
  ASST_MEANINGS,
  BILAT_MEANINGS,
  CO_SURG_MEANINGS,
  explainIndicators,
  explainStatus,
  GLOBAL_DAYS_MEANINGS,
  IMAGING_FAMILY_MEANINGS,
  MULT_PROC_MEANINGS,
  NA_MEANINGS,
  PCTC_MEANINGS,
  STATUS_MEANINGS,
  SUPERVISION_MEANINGS,
  TEAM_SURG_MEANINGS,
} from './indicators';

const keys = (table: Readonly<Record<string, string>>) => Object.keys(table).sort();

describe('meaning tables cover every value in the RVU25D layout', () => {
  it.each([
    [
      'status',
      STATUS_MEANINGS,
      ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'M', 'N', 'P', 'R', 'T', 'X'],
    ],
    ['PC/TC', PCTC_MEANINGS, ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']],
    ['global days', GLOBAL_DAYS_MEANINGS, ['000', '010', '090', 'MMM', 'XXX', 'YYY', 'ZZZ']],
    ['multiple procedure', MULT_PROC_MEANINGS, ['0', '1', '2', '3', '4', '5', '6', '7', '9']],
    ['bilateral', BILAT_MEANINGS, ['0', '1', '2', '3', '9']],
    ['assistant', ASST_MEANINGS, ['0', '1', '2', '9']],
    ['co-surgeons', CO_SURG_MEANINGS, ['0', '1', '2', '9']],
    ['team surgery', TEAM_SURG_MEANINGS, ['0', '1', '2', '9']],
    ['NA indicator', NA_MEANINGS, ['NA']],
    [
      'supervision',
      SUPERVISION_MEANINGS,
      ['01', '02', '03', '04', '05', '06', '09', '21', '22', '66', '6A', '77', '7A'],
    ],
    [
      'imaging family',
      IMAGING_FAMILY_MEANINGS,
      ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '88', '99'],
    ],
  ])('%s', (_name, table, values) => {
    expect(keys(table)).toEqual([...values].sort());
    for (const meaning of Object.values(table)) expect(meaning.length).toBeGreaterThan(10);
  });
});

describe('explainStatus', () => {
  it('says E is excluded by regulation and N is not covered', () => {
    expect(explainStatus('E')).toBe('excluded from the fee schedule by regulation');
    expect(explainStatus('n')).toBe('not covered by Medicare');
  });

  it('is honest about values the layout does not describe', () => {
    expect(explainStatus('Q')).toBe('a value the CMS record layout does not describe');
    expect(explainStatus(null)).toBe('a value the CMS record layout does not describe');
  });
});

describe('explainIndicators', () => {
  it('explains 27447 (total knee arthroplasty) field by field', () => {
    const rows = explainIndicators(fixtureRow('27447'));
    const byLabel = Object.fromEntries(rows.map((r) => [r.label, r]));
    expect(byLabel['Status']).toEqual({ label: 'Status', value: 'A', meaning: STATUS_MEANINGS.A });
    expect(byLabel['Work RVU'].value).toBe('19.60');
    expect(byLabel['Global period']).toMatchObject({ value: '090', meaning: GLOBAL_DAYS_MEANINGS['090'] });
    expect(byLabel['Global package split'].value).toBe('10 % / 69 % / 21 %');
    expect(byLabel['Multiple procedures (51)'].value).toBe('2');
    expect(byLabel['Bilateral surgery (50)'].meaning).toMatch(/150 %/);
    expect(byLabel['Assistant at surgery (80, 81, 82, AS)'].meaning).toBe(
      'an assistant at surgery may be paid',
    );
    expect(byLabel['Co-surgeons (62)'].value).toBe('1');
    expect(byLabel['Team surgery (66)'].value).toBe('0');
    expect(byLabel['Endoscopic base code']).toBeUndefined();
  });

  it('shows the endoscopic base of 45380 and the "+" of 99381', () => {
    expect(
      explainIndicators(fixtureRow('45380')).find((r) => r.label === 'Endoscopic base code')?.value,
    ).toBe('45378');
    expect(explainIndicators(fixtureRow('99381')).find((r) => r.value === '+')?.label).toBe(
      'Not used for Medicare payment',
    );
  });

  it('explains NA, supervision and imaging family when the row has them', () => {
    const rows = explainIndicators({
      ...fixtureRow('74176', 'TC'),
      facNaIndicator: 'NA',
      physicianSupervision: '01',
      diagnosticImagingFamily: '88',
    });
    expect(rows.map((r) => r.label)).toEqual(
      expect.arrayContaining(['Facility NA indicator', 'Physician supervision', 'Diagnostic imaging family']),
    );
  });

  it('has a meaning for every indicator value in the fixture rows', () => {
    for (const row of RVU25D_ROWS) {
      for (const item of explainIndicators(row))
        expect(item.meaning, `${row.code} ${item.label}`).not.toMatch(/does not describe/);
    }
  });
});
