// "Why this number" text for engine results (CMS PFS RVU25D (October 2025) values).
import { describe, expect, it } from 'vitest';
import { catalogFor, line } from './__fixtures__/rvu25d';
import { priceLines } from './engine';
import { explainResult, summarizeFactors } from './explain';
import { DEFAULT_POLICY, type ProcedureLine } from './types';

const price = (lines: ProcedureLine[], isAspDrug?: (l: ProcedureLine) => string | null) =>
  priceLines({ lines, catalogFor, policy: DEFAULT_POLICY, isAspDrug });

describe('explainResult', () => {
  it('explains the second procedure of an encounter (22612 + 27447)', () => {
    const [, tka] = price([line('22612'), line('27447')]);
    expect(explainResult(tka)).toEqual([
      'Base work RVU 19.60 (RVU25D, 27447)',
      'x 0.5 - multiple procedure: second-ranked procedure in this encounter',
      '= 9.80 wRVU',
    ]);
  });

  it('names the component row and lists factors in the order applied', () => {
    const [r] = price([line('27447', '50 62')]);
    const text = explainResult(r);
    expect(text[0]).toBe('Base work RVU 19.60 (RVU25D, 27447)');
    expect(text[1]).toMatch(/^x 1\.5 - bilateral: modifier 50; BILAT SURG 1/);
    expect(text[2]).toMatch(/^x 0\.625 - co-surgeon: modifier 62/);
    expect(text[3]).toBe('= 18.38 wRVU');
    expect(explainResult(price([line('71046', '26')])[0])[0]).toBe('Base work RVU 0.22 (RVU25D, 71046-26)');
  });

  it('explains an ASP drug at 0 with its reason', () => {
    const reason = 'J2820 is a drug paid by Average Sales Price; drugs carry no physician work RVU';
    const text = explainResult(price([line('J2820')], () => reason)[0]);
    expect(text).toContain(`Not credited: ${reason}`);
    expect(text).toContain('= 0.00 wRVU');
    expect(text.at(-1)).toMatch(/^Note: Log the drug administration/);
  });

  it('explains a status exclusion and a missing release', () => {
    expect(explainResult(price([line('J2820')])[0])).toEqual([
      'Base work RVU 0.00 (RVU25D, J2820)',
      'Not credited: J2820 earns no work RVU: CMS status E, excluded from the fee schedule by regulation',
      '= 0.00 wRVU',
    ]);
    expect(explainResult(price([line('99213', '', { dateOfService: '2019-01-02' })])[0])).toEqual([
      'Not credited: No CMS fee schedule release covers the date of service 2019-01-02',
      '= 0.00 wRVU',
    ]);
  });

  it('adds warnings as notes', () => {
    const text = explainResult(price([line('99381')])[0]);
    expect(text).toEqual([
      'Base work RVU 1.50 (RVU25D, 99381)',
      '= 1.50 wRVU',
      expect.stringMatching(/^Note: Not paid by Medicare/),
    ]);
  });
});

describe('summarizeFactors', () => {
  it('lists factors on one line', () => {
    const [, tka] = price([line('22612'), line('27447', '50')]);
    expect(summarizeFactors(tka)).toBe('bilateral x1.5; multiple procedure x1');
    expect(summarizeFactors(price([line('99213')])[0])).toBe('');
  });
});
