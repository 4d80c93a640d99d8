// Number handling for RVUs: reading catalog values and the single rounding rule of the engine.
//
// ROUNDING RULE (the only one in Benchline's wRVU engine): every factor is applied to the
// unrounded value, and the credited wRVU is rounded once, at the end, to 2 decimals, half-up
// (a half rounds away from zero: 1.245 -> 1.25). CMS publishes RVUs with 2 decimals, and
// rounding once keeps a line's credit independent of the order in which factors are listed.
import type { RvuValue } from './types';

/** Rounds to 2 decimals, half-up. Binary noise (19.6 * 1.5 * 0.5 = 14.700000000000001) is removed first. */
export function roundWrvu(value: number): number {
  if (!Number.isFinite(value)) return 0;
  const sign = value < 0 ? -1 : 1;
  // toFixed(8) snaps 124.49999999999999 (1.245 * 100 in binary) back to the decimal 124.5.
  const hundredths = Number((Math.abs(value) * 100).toFixed(8));
  const rounded = (sign * Math.floor(hundredths + 0.5)) / 100;
  return rounded === 0 ? 0 : rounded; // no negative zero in results
}

/** Reads an RVU or share from the catalog; blanks and unreadable text become null. */
export function toRvu(value: RvuValue | undefined): number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  const text = value.trim();
  if (text === '') return null;
  const parsed = Number(text);
  return Number.isFinite(parsed) ? parsed : null;
}

/** Two-decimal display of an RVU value (rounded with the rule above). */
export function formatRvu(value: number): string {
  return roundWrvu(value).toFixed(2);
}

/** A factor as people read it: 0.5, 1.5, 0.625, 0.136; at most 4 decimals. */
export function formatFactor(factor: number): string {
  return String(Number(factor.toFixed(4)));
}
