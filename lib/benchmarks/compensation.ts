// Compensation estimates from wRVUs: a flat $/wRVU rate, or marginal tiers like income-tax brackets
// (each tier's rate applies only to the wRVUs inside that tier). Money is not rounded here; the UI
// rounds to whole dollars for display.

/** A tier covers wRVUs above the previous tier's `upTo` up to its own; `upTo: null` = no ceiling. */
export type RateTier = { upTo: number | null; rate: number };

export type TierAmount = { from: number; upTo: number | null; rate: number; wrvu: number; amount: number };
export type TieredCompensation = { total: number; tiers: TierAmount[] };

export function compensationAtRate(wrvu: number, rate: number): number {
  if (!(rate >= 0)) throw new RangeError('rate must be >= 0');
  return Math.max(0, wrvu) * rate;
}

/** Throws on tiers that cannot be applied unambiguously: bounds must rise and only the last may be open. */
export function assertValidTiers(tiers: readonly RateTier[]): void {
  if (tiers.length === 0) throw new RangeError('at least one tier is required');
  let previous = 0;
  tiers.forEach((tier, i) => {
    if (!(tier.rate >= 0)) throw new RangeError(`tier ${i + 1}: rate must be >= 0`);
    if (tier.upTo === null) {
      if (i !== tiers.length - 1)
        throw new RangeError(`tier ${i + 1}: only the last tier may have no upper bound`);
      return;
    }
    if (!(tier.upTo > previous)) throw new RangeError(`tier ${i + 1}: upTo must be greater than ${previous}`);
    previous = tier.upTo;
  });
}

/**
 * Marginal tiers. If the last tier has a finite `upTo`, wRVUs beyond it earn nothing: that is how a
 * capped contract reads, and silently extending the last rate would overstate pay.
 */
export function compensationByTiers(wrvu: number, tiers: readonly RateTier[]): TieredCompensation {
  assertValidTiers(tiers);
  const produced = Math.max(0, wrvu);
  const out: TierAmount[] = [];
  let from = 0;
  for (const tier of tiers) {
    const ceiling = tier.upTo ?? Infinity;
    const inTier = Math.max(0, Math.min(produced, ceiling) - from);
    out.push({ from, upTo: tier.upTo, rate: tier.rate, wrvu: inTier, amount: inTier * tier.rate });
    from = ceiling;
  }
  return { total: out.reduce((sum, t) => sum + t.amount, 0), tiers: out };
}

/** The profile's plan: tiers win when present, else the flat rate; null when neither is set. */
export function estimateCompensation(
  wrvu: number,
  plan: { rate?: number | null; tiers?: readonly RateTier[] | null },
): number | null {
  if (plan.tiers && plan.tiers.length > 0) return compensationByTiers(wrvu, plan.tiers).total;
  if (plan.rate !== null && plan.rate !== undefined) return compensationAtRate(wrvu, plan.rate);
  return null;
}
