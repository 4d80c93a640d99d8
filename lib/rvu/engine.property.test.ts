// Properties of the engine over random encounters built from the CMS PFS RVU25D (October 2025)
// fixture codes and the modifiers people type: credits are never negative, never exceed twice
// the base value, are rounded to 2 decimals once, and do not depend on the order of the lines.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalogFor, FIXTURE_CODES } from './__fixtures__/rvu25d';
import { priceLines } from './engine';
import { roundWrvu } from './rounding';
import { DEFAULT_POLICY, type CreditPolicy, type LineResult, type ProcedureLine } from './types';

const MODIFIER_POOL = [
  '50',
  '62',
  '66',
  '80',
  '82',
  'AS',
  '54',
  '55',
  '56',
  '22',
  '52',
  '26',
  'TC',
  '53',
  'LT',
  'RT',
  '51',
  '59',
  '78',
];

const lineShape = fc.record({
  code: fc.constantFrom(...FIXTURE_CODES, '99999'),
  modifiers: fc.subarray(MODIFIER_POOL, { maxLength: 3 }),
  units: fc.integer({ min: 1, max: 3 }),
  encounterKey: fc.constantFrom('a', 'b'),
  dateOfService: fc.constantFrom('2025-10-15', '2025-10-16'),
});

const linesArb = fc
  .array(lineShape, { minLength: 1, maxLength: 8 })
  .map((shapes): ProcedureLine[] => shapes.map((s, i) => ({ ...s, id: `p${i}` })));

const price = (lines: ProcedureLine[], policy: CreditPolicy = DEFAULT_POLICY) =>
  priceLines({ lines, catalogFor, policy });

function encounterTotals(lines: ProcedureLine[], results: LineResult[]): Map<string, number> {
  const byId = new Map(lines.map((l) => [l.id, l]));
  const totals = new Map<string, number>();
  for (const r of results) {
    const l = byId.get(r.lineId)!;
    const key = `${l.dateOfService}|${l.encounterKey}`;
    totals.set(key, roundWrvu((totals.get(key) ?? 0) + r.creditedWrvu));
  }
  return totals;
}

describe('engine properties', () => {
  it('credits are never negative and never exceed base x units x 2', () => {
    fc.assert(
      fc.property(linesArb, (lines) => {
        price(lines).forEach((r, i) => {
          expect(r.exactWrvu).toBeGreaterThanOrEqual(0);
          expect(r.creditedWrvu).toBeGreaterThanOrEqual(0);
          expect(r.exactWrvu).toBeLessThanOrEqual(r.baseWorkRvu * lines[i].units * 2 + 1e-9);
        });
      }),
      { numRuns: 500 },
    );
  });

  it('credits are the exact value rounded once to 2 decimals', () => {
    fc.assert(
      fc.property(linesArb, (lines) => {
        for (const r of price(lines)) {
          expect(r.creditedWrvu).toBe(roundWrvu(r.exactWrvu));
          expect(Math.abs(r.creditedWrvu * 100 - Math.round(r.creditedWrvu * 100))).toBeLessThan(1e-6);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("the order of lines changes neither per-encounter totals nor any line's result", () => {
    fc.assert(
      fc.property(
        linesArb.chain((lines) =>
          fc.tuple(
            fc.constant(lines),
            fc.shuffledSubarray(lines, { minLength: lines.length, maxLength: lines.length }),
          ),
        ),
        ([lines, shuffled]) => {
          const a = price(lines);
          const b = price(shuffled);
          expect(encounterTotals(shuffled, b)).toEqual(encounterTotals(lines, a));
          const byId = new Map(b.map((r) => [r.lineId, r]));
          for (const r of a) expect(byId.get(r.lineId)).toEqual(r);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('results come back in input order, one per line, with the policy recorded', () => {
    fc.assert(
      fc.property(linesArb, (lines) => {
        const results = price(lines);
        expect(results.map((r) => r.lineId)).toEqual(lines.map((l) => l.id));
        expect(results.every((r) => r.policyId === DEFAULT_POLICY.id)).toBe(true);
      }),
    );
  });

  it('excluded lines credit 0 and say why', () => {
    fc.assert(
      fc.property(linesArb, (lines) => {
        for (const r of price(lines).filter((x) => x.excluded)) {
          expect(r.creditedWrvu).toBe(0);
          expect(r.reason).toBeTruthy();
        }
      }),
    );
  });

  it('without multiple-procedure reduction, each line is priced as if alone', () => {
    const off = { ...DEFAULT_POLICY, id: 'off', multipleProcedureReduction: false };
    fc.assert(
      fc.property(linesArb, (lines) => {
        const together = price(lines, off);
        lines.forEach((l, i) => expect(price([l], off)[0].creditedWrvu).toBe(together[i].creditedWrvu));
      }),
    );
  });

  it('reductions only ever lower the credit: with them, each line earns at most what it earns without', () => {
    const off = { ...DEFAULT_POLICY, id: 'off', multipleProcedureReduction: false };
    fc.assert(
      fc.property(linesArb, (lines) => {
        const on = price(lines);
        price(lines, off).forEach((r, i) => expect(on[i].exactWrvu).toBeLessThanOrEqual(r.exactWrvu + 1e-9));
      }),
    );
  });

  it('adding an E/M visit (MULT PROC 0) to an encounter changes no other line', () => {
    fc.assert(
      fc.property(linesArb, (lines) => {
        const visit: ProcedureLine = {
          id: 'visit',
          code: '99213',
          modifiers: ['25'],
          units: 1,
          encounterKey: 'a',
          dateOfService: '2025-10-15',
        };
        const before = price(lines).map((r) => r.creditedWrvu);
        const after = price([...lines, visit])
          .slice(0, lines.length)
          .map((r) => r.creditedWrvu);
        expect(after).toEqual(before);
      }),
    );
  });
});
