// Modifier factors with real CMS PFS RVU25D (October 2025) values, priced through the engine:
// 50 by BILAT SURG, 62 / 66 / 80-82 / AS by CO-, TEAM and ASST SURG, 54-56 shares, 22 / 52, 78.
import { describe, expect, it } from 'vitest';
import { catalogFor, line } from './__fixtures__/rvu25d';
import { priceLines } from './engine';
import { DEFAULT_POLICY, type CreditPolicy, type LineResult, type ProcedureLine } from './types';

function price(
  lines: ProcedureLine[],
  policy: CreditPolicy = DEFAULT_POLICY,
  isAspDrug?: (l: ProcedureLine) => string | null,
) {
  return priceLines({ lines, catalogFor, policy, isAspDrug });
}
function one(
  code: string,
  modifiers = '',
  overrides: Partial<ProcedureLine> = {},
  policy?: CreditPolicy,
): LineResult {
  return price([line(code, modifiers, overrides)], policy)[0];
}
const factor = (r: LineResult, code: string) => r.factors.find((f) => f.code === code);

describe('modifier 50 (bilateral) by BILAT SURG', () => {
  it('BILAT 1: 27447-50 = 19.60 x 1.5 = 29.40', () => {
    const r = one('27447', '50');
    expect(r.creditedWrvu).toBe(29.4);
    expect(factor(r, 'bilateral')).toMatchObject({ factor: 1.5, label: 'bilateral' });
    expect(r.warnings).toEqual([]);
  });

  it('BILAT 3: 73000-50 = 0.16 x 2 = 0.32', () => {
    expect(one('73000', '50').creditedWrvu).toBe(0.32);
  });

  it('BILAT 2: 77067-50 stays 0.76 (already valued as bilateral), no warning', () => {
    const r = one('77067', '50');
    expect(r.creditedWrvu).toBe(0.76);
    expect(factor(r, 'bilateral')?.reason).toMatch(/already valued as bilateral/);
    expect(r.warnings).toEqual([]);
  });

  it('BILAT 0 and 9: x1 with a warning saying why', () => {
    const zero = one('99213', '50');
    expect(zero.creditedWrvu).toBe(1.3);
    expect(zero.warnings.join()).toMatch(/unilateral by anatomy or definition/);
    const nine = one('11300', '50');
    expect(nine.creditedWrvu).toBe(0.6);
    expect(nine.warnings.join()).toMatch(/bilateral concept does not apply/);
  });

  it('LT and RT on one line count as bilateral', () => {
    expect(one('27447', 'LT RT').creditedWrvu).toBe(29.4);
    expect(one('27447', 'LT').creditedWrvu).toBe(19.6);
  });

  it('warns that 2 units of a BILAT 1 code are a bilateral procedure', () => {
    const r = one('27447', '', { units: 2 });
    expect(r.warnings.join()).toMatch(/log it once with modifier 50/);
    expect(r.creditedWrvu).toBe(29.4); // each unit ranks as a procedure: 100 % + 50 %
  });
});

describe('surgical roles', () => {
  it('62: 27447-62 = 19.60 x 0.625 = 12.25', () => {
    const r = one('27447', '62');
    expect(r.creditedWrvu).toBe(12.25);
    expect(factor(r, 'co-surgeon')?.factor).toBe(0.625);
    expect(r.warnings).toEqual([]);
  });

  it('62 warns when CO-SURG is 0 (64721) or 9 (77427) but still applies x0.625', () => {
    const zero = one('64721', '62');
    expect(zero.creditedWrvu).toBe(3.11); // 4.97 x 0.625 = 3.10625
    expect(zero.warnings.join()).toMatch(/co-surgeons are not permitted/);
    const nine = one('77427', '62');
    expect(nine.creditedWrvu).toBe(2.11); // 3.37 x 0.625 = 2.10625
    expect(nine.warnings.join()).toMatch(/co-surgeon concept does not apply/);
  });

  it('66: team surgery is noted without changing the credit (22818 TEAM 2 = 34.33)', () => {
    const r = one('22818', '66');
    expect(r.creditedWrvu).toBe(34.33);
    expect(factor(r, 'team-surgery')).toMatchObject({ factor: 1 });
    expect(factor(r, 'team-surgery')?.reason).toMatch(/by report/);
    expect(one('27447', '66').warnings.join()).toMatch(/team surgeons are not permitted/);
  });

  it.each([
    ['80', 3.14], // 19.60 x 0.16 = 3.136
    ['81', 3.14],
    ['82', 3.14],
    ['AS', 2.67], // 19.60 x 0.136 = 2.6656
  ])('27447-%s (ASST SURG 2) = %s', (mod, credited) => {
    const r = one('27447', mod);
    expect(r.creditedWrvu).toBe(credited);
    expect(r.warnings).toEqual([]);
  });

  it('ASST SURG 1 (64721 carpal tunnel): an assistant earns 0 with the reason', () => {
    const r = one('64721', '80');
    expect(r).toMatchObject({ excluded: true, creditedWrvu: 0, exactWrvu: 0 });
    expect(r.reason).toBe(
      'Medicare never pays an assistant at surgery for 64721 (ASST SURG 1: statutory restriction)',
    );
  });

  it('ASST SURG 0 (22836) and 9 (77427): credited with a warning', () => {
    const zero = one('22836', '80');
    expect(zero.creditedWrvu).toBe(5.12); // 32.00 x 0.16
    expect(zero.warnings.join()).toMatch(/documentation of medical necessity/);
    const nine = one('77427', '80');
    expect(nine.creditedWrvu).toBe(0.54); // 3.37 x 0.16 = 0.5392
    expect(nine.warnings.join()).toMatch(/concept does not apply/);
  });

  it('applies only one assistant modifier', () => {
    const r = one('27447', '80 AS');
    expect(r.creditedWrvu).toBe(3.14);
    expect(r.warnings.join()).toMatch(/Only one assistant modifier applies; 80 was used/);
  });
});

describe('54 / 55 / 56 and 22 / 52', () => {
  it.each([
    ['54', 13.52], // 19.60 x INTRA OP 0.69 = 13.524
    ['55', 4.12], // 19.60 x POST OP 0.21 = 4.116
    ['56', 1.96], // 19.60 x PRE OP 0.10
    ['54 55', 17.64], // 19.60 x 0.90
  ])('27447-%s = %s', (mods, credited) => {
    const r = one('27447', mods);
    expect(r.creditedWrvu).toBe(credited);
    expect(factor(r, 'split-care')?.reason).toMatch(/share/);
  });

  it('warns and credits in full when CMS publishes no split (59400, global MMM, shares 0)', () => {
    const r = one('59400', '54');
    expect(r.creditedWrvu).toBe(37);
    expect(r.warnings.join()).toMatch(/no pre\/intra\/post-operative split for 59400 \(global MMM\)/);
  });

  it('22 uses the policy factor: x1.0 by default, configurable', () => {
    const r = one('27447', '22');
    expect(r.creditedWrvu).toBe(19.6);
    expect(factor(r, 'modifier-22')?.factor).toBe(1);
    const generous = { ...DEFAULT_POLICY, id: 'p22', modifier22Factor: 1.2 };
    expect(one('27447', '22', {}, generous).creditedWrvu).toBe(23.52);
  });

  it('52 uses the policy factor: x0.5 by default, configurable', () => {
    expect(one('27447', '52').creditedWrvu).toBe(9.8);
    expect(one('27447', '52', {}, { ...DEFAULT_POLICY, modifier52Factor: 0.6 }).creditedWrvu).toBe(11.76);
  });

  it('warns that Medicare pays only the intra-operative share for 78', () => {
    const r = one('27447', '78');
    expect(r.creditedWrvu).toBe(19.6);
    expect(r.warnings.join()).toMatch(/only the intra-operative share \(0\.69\)/);
  });

  it('ignores unknown modifiers with a warning', () => {
    expect(one('99213', 'ZZ').warnings).toEqual(['Modifier ZZ is not one Benchline knows; it was ignored']);
  });

  it('rounds once at the end, half-up: 27447-50-62 = 29.40 x 0.625 = 18.375 -> 18.38', () => {
    const r = one('27447', '50 62');
    expect(r.exactWrvu).toBeCloseTo(18.375, 10);
    expect(r.creditedWrvu).toBe(18.38);
  });
});
