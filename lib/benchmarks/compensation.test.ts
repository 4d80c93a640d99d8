import { describe, expect, it } from 'vitest';
import { compensationAtRate, compensationByTiers, estimateCompensation } from './compensation';
import { rateTiersSchema } from './schemas';

const TIERS = [
  { upTo: 4000, rate: 40 },
  { upTo: 6000, rate: 50 },
  { upTo: null, rate: 60 },
];

describe('compensation', () => {
  it('multiplies a flat rate', () => {
    expect(compensationAtRate(5000, 50)).toBe(250_000);
    expect(compensationAtRate(-5, 50)).toBe(0);
    expect(() => compensationAtRate(10, -1)).toThrow(RangeError);
  });

  it('applies tiers marginally', () => {
    expect(compensationByTiers(3000, TIERS).total).toBe(120_000);
    expect(compensationByTiers(4000, TIERS).total).toBe(160_000);
    const result = compensationByTiers(7000, TIERS);
    expect(result.total).toBe(4000 * 40 + 2000 * 50 + 1000 * 60);
    expect(result.tiers.map((t) => t.wrvu)).toEqual([4000, 2000, 1000]);
    expect(result.tiers[1]).toMatchObject({ from: 4000, upTo: 6000, amount: 100_000 });
  });

  it('pays nothing beyond a capped last tier', () => {
    expect(compensationByTiers(6000, [{ upTo: 5000, rate: 50 }]).total).toBe(250_000);
  });

  it('rejects tiers that cannot be applied unambiguously', () => {
    expect(() => compensationByTiers(1, [])).toThrow(RangeError);
    expect(() =>
      compensationByTiers(1, [
        { upTo: null, rate: 1 },
        { upTo: 10, rate: 1 },
      ]),
    ).toThrow(/last tier/);
    expect(() =>
      compensationByTiers(1, [
        { upTo: 10, rate: 1 },
        { upTo: 10, rate: 2 },
      ]),
    ).toThrow(/greater/);
    expect(rateTiersSchema.safeParse(TIERS).success).toBe(true);
    expect(
      rateTiersSchema.safeParse([
        { upTo: 10, rate: 1 },
        { upTo: 5, rate: 1 },
      ]).success,
    ).toBe(false);
    expect(
      rateTiersSchema.safeParse([
        { upTo: null, rate: 1 },
        { upTo: 5, rate: 1 },
      ]).success,
    ).toBe(false);
  });

  it('estimates from the profile plan: tiers first, then the flat rate, else nothing', () => {
    expect(estimateCompensation(7000, { rate: 45, tiers: TIERS })).toBe(320_000);
    expect(estimateCompensation(7000, { rate: 45, tiers: [] })).toBe(315_000);
    expect(estimateCompensation(7000, { rate: null, tiers: null })).toBeNull();
  });
});
