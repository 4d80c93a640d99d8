// Exact wRVU arithmetic for the writers: RVUs are Decimal(8,2), so sums run in integer hundredths
// (floats would drift), and a float read from SQL is snapped to its two decimals once.
import { roundWrvu } from '@/lib/rvu/rounding';

export const toHundredths = (wrvu: string | number): number => Math.round(Number(wrvu) * 100);
export const fromHundredths = (h: number): string => (h / 100).toFixed(2);
/** A float total from SQL (sum()::float8) as an exact two-decimal string. */
export const decimalString = (value: number): string => roundWrvu(value).toFixed(2);

export function sumWrvu(values: Iterable<string | number>): string {
  let h = 0;
  for (const v of values) h += toHundredths(v);
  return fromHundredths(h);
}
