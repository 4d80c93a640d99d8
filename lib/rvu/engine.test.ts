// Engine rules with real CMS PFS RVU25D (October 2025) values: base row, release, status, units,
// ASP drugs. Modifier factors: line-factors.test.ts; encounter rules: multiple-procedure.test.ts.
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

describe('base work RVU and release', () => {
  it('credits 99213 its published work RVU 1.30 and records release, status and policy', () => {
    const r = one('99213');
    expect(r).toMatchObject({
      code: '99213',
      rowModifier: '',
      releaseId: 'RVU25D',
      status: 'A',
      baseWorkRvu: 1.3,
      creditedWrvu: 1.3,
      excluded: false,
      policyId: 'cms-adjusted',
    });
    expect(r.factors).toEqual([]);
    expect(r.warnings).toEqual([]);
  });

  it('multiplies by units and lists the units factor (99213 x2 = 2.60)', () => {
    const r = one('99213', '', { units: 2 });
    expect(r.creditedWrvu).toBe(2.6);
    expect(factor(r, 'units')?.factor).toBe(2);
  });

  it('accepts lower-case codes and modifiers', () => {
    expect(one('j2820').code).toBe('J2820');
    expect(one('71046', 'tc').rowModifier).toBe('TC');
    expect(one('27447', 'lt rt').creditedWrvu).toBe(29.4);
  });

  it('uses the 26 row for 71046-26 (work 0.22) and the TC row for 71046-TC (no physician work)', () => {
    expect(one('71046', '26')).toMatchObject({ rowModifier: '26', baseWorkRvu: 0.22, creditedWrvu: 0.22 });
    const tc = one('71046', 'TC');
    expect(tc).toMatchObject({ rowModifier: 'TC', baseWorkRvu: 0, creditedWrvu: 0, excluded: false });
    expect(tc.warnings.join()).toMatch(/no physician work/);
  });

  it('uses the 53 row where CMS prices one (45378-53 = 1.63)', () => {
    expect(one('45378', '53')).toMatchObject({ rowModifier: '53', baseWorkRvu: 1.63, creditedWrvu: 1.63 });
  });

  it("falls back to the code's own row with a warning when no 26/TC/53 row exists", () => {
    const em = one('99213', '26');
    expect(em).toMatchObject({ rowModifier: '', creditedWrvu: 1.3 });
    expect(em.warnings.join()).toMatch(/cannot be split into professional and technical/);
    const tka = one('27447', '53');
    expect(tka.creditedWrvu).toBe(19.6);
    expect(tka.warnings.join()).toMatch(/no separately priced 53 row/);
    expect(one('93010', '26').warnings.join()).toMatch(/already a professional-component-only code/);
  });

  it('uses the global row when both 26 and TC are typed', () => {
    const r = one('71046', '26 TC');
    expect(r).toMatchObject({ rowModifier: '', creditedWrvu: 0.22 });
    expect(r.warnings.join()).toMatch(/global service/);
  });

  it('credits 0 with the reason for a code not in the release', () => {
    expect(one('99999')).toMatchObject({
      excluded: true,
      creditedWrvu: 0,
      status: null,
      reason: '99999 is not in the CMS fee schedule release RVU25D',
    });
  });

  it('credits 0 when no release covers the date of service', () => {
    const r = one('99213', '', { dateOfService: '2019-06-01' });
    expect(r).toMatchObject({ excluded: true, creditedWrvu: 0, releaseId: null });
    expect(r.reason).toMatch(/No CMS fee schedule release covers the date of service 2019-06-01/);
  });

  it('rejects units that are not a positive whole number', () => {
    expect(one('99213', '', { units: 0 })).toMatchObject({ excluded: true, creditedWrvu: 0 });
    expect(one('99213', '', { units: 1.5 }).reason).toMatch(/whole number/);
  });
});

describe('status codes', () => {
  it('A, R and T are credited (R and T with a note)', () => {
    expect(one('99213').creditedWrvu).toBe(1.3);
    const r = one('11055');
    expect(r.creditedWrvu).toBe(0.35);
    expect(r.warnings.join()).toMatch(/Status R: restricted coverage/);
    const t = one('36598');
    expect(t.creditedWrvu).toBe(0.74);
    expect(t.warnings.join()).toMatch(/Status T: Medicare pays it only when no other fee-schedule service/);
  });

  it('credits 99381 (status N, "+", work 1.50) with the note "not paid by Medicare"', () => {
    const r = one('99381');
    expect(r).toMatchObject({ status: 'N', creditedWrvu: 1.5, excluded: false });
    expect(r.warnings[0]).toMatch(/^Not paid by Medicare \(status N: not covered by Medicare\)/);
  });

  it('credits 27215 (status I, work 10.45) the same way', () => {
    expect(one('27215')).toMatchObject({ status: 'I', creditedWrvu: 10.45 });
  });

  it('does not credit N or I codes when the policy says so', () => {
    const policy = {
      ...DEFAULT_POLICY,
      id: 'strict',
      name: 'Medicare-paid only',
      creditNotPaidByMedicare: false,
    };
    const r = one('99381', '', {}, policy);
    expect(r).toMatchObject({ excluded: true, creditedWrvu: 0, baseWorkRvu: 1.5, policyId: 'strict' });
    expect(r.reason).toMatch(/not paid by Medicare.*"Medicare-paid only"/);
  });

  it.each([
    ['J2820', 'E', 'excluded from the fee schedule by regulation'],
    ['20930', 'B', 'bundled'],
    ['0042T', 'C', 'priced by the local Medicare contractor'],
    ['0500F', 'M', 'measurement code'],
    ['A4211', 'P', 'no separate payment'],
    ['32850', 'X', 'statutory exclusion'],
    ['00100', 'J', 'anesthesia service'],
  ])('%s (status %s) earns 0 with the reason in plain words', (code, status, words) => {
    const r = one(code);
    expect(r).toMatchObject({ status, excluded: true, creditedWrvu: 0 });
    expect(r.reason).toContain(`${code} earns no work RVU: CMS status ${status}, `);
    expect(r.reason).toContain(words);
  });

  it("excludes an ASP-paid drug with the caller's reason and suggests the administration code", () => {
    const reason = 'J2820 is a drug paid by Average Sales Price; drugs carry no physician work RVU';
    const [r] = price([line('J2820')], DEFAULT_POLICY, (l) => (l.code === 'J2820' ? reason : null));
    expect(r).toMatchObject({ excluded: true, creditedWrvu: 0, reason, releaseId: 'RVU25D', status: 'E' });
    expect(r.warnings.join()).toMatch(/administration/);
  });
});

describe('results', () => {
  it('come back in input order with the line ids', () => {
    const lines = [line('J2820'), line('99213'), line('27447')];
    expect(price(lines).map((r) => r.lineId)).toEqual(lines.map((l) => l.id));
  });

  it('returns an empty list for no lines', () => {
    expect(price([])).toEqual([]);
  });
});
