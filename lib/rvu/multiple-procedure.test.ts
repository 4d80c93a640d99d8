// Encounter rules with real CMS PFS RVU25D (October 2025) values: MULT PROC 2 ranking, add-ons,
// MULT PROC 0 and 4-7, the endoscopy family rule (MULT PROC 3 / ENDO BASE) and the policy switch.
import { describe, expect, it } from 'vitest';
import { catalogFor, line } from './__fixtures__/rvu25d';
import { priceLines } from './engine';
import { DEFAULT_POLICY, type CreditPolicy, type LineResult, type ProcedureLine } from './types';

function price(lines: ProcedureLine[], policy: CreditPolicy = DEFAULT_POLICY): LineResult[] {
  return priceLines({ lines, catalogFor, policy });
}
const credits = (results: LineResult[]) => results.map((r) => r.creditedWrvu);
const mpr = (r: LineResult) => r.factors.find((f) => f.code === 'multiple-procedure');
const endo = (r: LineResult) => r.factors.find((f) => f.code === 'endoscopy-family');
const total = (results: LineResult[]) =>
  Math.round(results.reduce((s, r) => s + r.creditedWrvu, 0) * 100) / 100;

describe('MULT PROC 2: standard multiple-procedure reduction', () => {
  it('22612 (23.53) + 27447 (19.60): the TKA ranks second and counts 50 % = 9.80', () => {
    const [fusion, tka] = price([line('22612'), line('27447')]);
    expect(fusion.creditedWrvu).toBe(23.53);
    expect(mpr(fusion)).toMatchObject({
      factor: 1,
      reason: 'highest-ranked procedure in this encounter, counted in full',
    });
    expect(tka.creditedWrvu).toBe(9.8);
    expect(mpr(tka)).toMatchObject({
      factor: 0.5,
      label: 'multiple procedure',
      reason: 'second-ranked procedure in this encounter',
    });
  });

  it('ranks by the bilateral-adjusted value: 27447-50 (29.40) outranks 22612 (23.53 -> 11.765 -> 11.77)', () => {
    expect(credits(price([line('22612'), line('27447', '50')]))).toEqual([11.77, 29.4]);
  });

  it('third and later procedures also count 50 % (47562 10.47 -> 5.235 -> 5.24)', () => {
    const results = price([line('47562'), line('27447'), line('22612')]);
    expect(credits(results)).toEqual([5.24, 9.8, 23.53]);
    expect(mpr(results[0])?.reason).toBe('third-ranked procedure in this encounter');
  });

  it('does not need a typed 51, and a typed 51 changes nothing', () => {
    expect(credits(price([line('22612'), line('27447', '51')]))).toEqual([23.53, 9.8]);
    expect(price([line('27447', '51')])[0].creditedWrvu).toBe(19.6);
  });

  it('only reduces within one encounter: another encounter key or date is separate', () => {
    expect(credits(price([line('22612'), line('27447', '', { encounterKey: 'e2' })]))).toEqual([23.53, 19.6]);
    expect(credits(price([line('22612'), line('27447', '', { dateOfService: '2025-10-16' })]))).toEqual([
      23.53, 19.6,
    ]);
  });

  it('ranks each unit as a procedure: 11300 x3 = 0.60 + 0.30 + 0.30 = 1.20', () => {
    const [r] = price([line('11300', '', { units: 3 })]);
    expect(r.creditedWrvu).toBe(1.2);
    expect(mpr(r)?.reason).toMatch(/first is the highest-ranked .* other 2 count 50 % each/);
  });

  it('gives ties to a stable order, not input order (27447 and 27130 both 19.60)', () => {
    const a = line('27447');
    const b = line('27130');
    const forward = price([a, b]);
    const backward = price([b, a]);
    expect(credits(forward)).toEqual([9.8, 19.6]);
    expect(credits(backward)).toEqual([19.6, 9.8]);
  });

  it('applies surgical-role modifiers after ranking (22612-62 + 27447-62)', () => {
    // 23.53 x 0.625 = 14.70625; 19.60 x 0.5 x 0.625 = 6.125
    expect(credits(price([line('22612', '62'), line('27447', '62')]))).toEqual([14.71, 6.13]);
  });

  it('skips lines that earn nothing (J2820, 64721-80) when ranking', () => {
    expect(credits(price([line('J2820'), line('64721', '80'), line('27447')]))).toEqual([0, 0, 19.6]);
  });
});

describe('exempt lines', () => {
  it('never reduces an add-on code (ZZZ): 22612 + 22614 = 23.53 + 6.43', () => {
    const [, addOn] = price([line('22612'), line('22614')]);
    expect(addOn.creditedWrvu).toBe(6.43);
    expect(mpr(addOn)).toMatchObject({ factor: 1, reason: 'add-on code (global ZZZ): never reduced' });
  });

  it('11042 + 11045 x3: the add-on counts 3 x 0.50 = 1.50', () => {
    expect(credits(price([line('11042'), line('11045', '', { units: 3 })]))).toEqual([1.01, 1.5]);
  });

  it('never reduces MULT PROC 0 (99213 with 27447), and one ranked procedure is not reduced', () => {
    const [tka, visit] = price([line('27447'), line('99213', '25')]);
    expect(tka.creditedWrvu).toBe(19.6);
    expect(mpr(tka)).toBeUndefined();
    expect(visit.creditedWrvu).toBe(1.3);
    expect(mpr(visit)?.reason).toMatch(/^MULT PROC 0: no multiple-procedure reduction/);
  });

  it.each([
    ['4', ['74176', '26'], ['74177', '26'], [1.74, 1.82]],
    ['6', ['93306', '26'], ['93306', '26 76'], [1.46, 1.46]],
    ['7', ['76510', '26'], ['76510', '26 76'], [0.7, 0.7]],
    ['5', ['92507', ''], ['92507', '59'], [1.3, 1.3]],
  ] as const)(
    'MULT PROC %s reduces the PE or technical part only: work is not reduced',
    (mp, a, b, expected) => {
      const results = price([line(a[0], a[1]), line(b[0], b[1])]);
      expect(credits(results)).toEqual(expected);
      for (const r of results) {
        expect(mpr(r)).toMatchObject({ factor: 1 });
        expect(mpr(r)?.reason).toMatch(
          new RegExp(`^MULT PROC ${mp}: .*(physician work is not reduced|credits the work RVU in full)$`),
        );
      }
    },
  );
});

describe('MULT PROC 3: endoscopy families (ENDO BASE)', () => {
  it('43235 (EGD base 2.09) + 43239 (2.39): the base is not counted separately', () => {
    const [base, biopsy] = price([line('43235'), line('43239')]);
    expect(biopsy.creditedWrvu).toBe(2.39);
    expect(base.creditedWrvu).toBe(0);
    expect(endo(base)?.reason).toMatch(/43235 is the base endoscopy of its family/);
  });

  it('43239 + 43249 (base not logged): 2.67 + (2.39 - 2.09) = 2.97', () => {
    const results = price([line('43239'), line('43249')]);
    expect(credits(results)).toEqual([0.3, 2.67]);
    expect(endo(results[1])?.reason).toBe('highest-valued endoscopy in the 43235 family, counted in full');
    expect(endo(results[0])?.reason).toBe(
      'another endoscopy in the 43235 family: counts its 2.39 minus the base endoscopy 43235 (2.09, not logged; value from the release)',
    );
    // the family is the only ranked item: no multiple-procedure factor
    expect(results.every((r) => mpr(r) === undefined)).toBe(true);
  });

  it('43235 + 43239 + 43249 = 2.97 as well', () => {
    expect(total(price([line('43235'), line('43239'), line('43249')]))).toBe(2.97);
  });

  it('colonoscopy 45378 + 45380 + 45385 = 4.57 + (3.56 - 3.26) + 0 = 4.87', () => {
    const results = price([line('45378'), line('45380'), line('45385')]);
    expect(credits(results)).toEqual([0, 0.3, 4.57]);
  });

  it('knee arthroscopy 29880 + 29881, base 29870 (5.19) from the release: 7.39 + 1.84 = 9.23', () => {
    expect(credits(price([line('29880'), line('29881')]))).toEqual([7.39, 1.84]);
  });

  it('a lone endoscopy is not reduced by its base', () => {
    const [r] = price([line('45385')]);
    expect(r.creditedWrvu).toBe(4.57);
    expect(r.factors).toEqual([]);
  });

  it('a lone endoscopy ranks like any procedure (22612 + 45380 -> 3.56 x 0.5 = 1.78)', () => {
    expect(credits(price([line('22612'), line('45380')]))).toEqual([23.53, 1.78]);
  });

  it('two families rank as single procedures: colonoscopy family 4.87 beats EGD family 2.97', () => {
    const results = price([line('43239'), line('43249'), line('45380'), line('45385')]);
    // EGD family halved: 0.30 x 0.5 = 0.15, 2.67 x 0.5 = 1.335 -> 1.34
    expect(credits(results)).toEqual([0.15, 1.34, 0.3, 4.57]);
    expect(mpr(results[0])?.reason).toBe('the 43235 endoscopy family ranks second in this encounter');
    expect(mpr(results[3])?.reason).toBe(
      'the 45378 endoscopy family is the highest-ranked procedure in this encounter, counted in full',
    );
  });

  it('a family ranks against other procedures (47562 10.47 + EGD family 2.97)', () => {
    expect(credits(price([line('43239'), line('47562'), line('43249')]))).toEqual([0.15, 10.47, 1.34]);
  });
});

describe('policy without multiple-procedure reduction', () => {
  const off = { ...DEFAULT_POLICY, id: 'no-mpr', name: 'No reductions', multipleProcedureReduction: false };

  it('credits every procedure in full and says why', () => {
    const results = price([line('22612'), line('27447'), line('43239'), line('43249')], off);
    expect(credits(results)).toEqual([23.53, 19.6, 2.39, 2.67]);
    expect(mpr(results[1])?.reason).toBe(
      'policy "No reductions" does not apply multiple-procedure reductions',
    );
    expect(results.every((r) => r.policyId === 'no-mpr')).toBe(true);
  });
});
