// Display formatting shared by the dashboard, group and benchmark screens (pure, client-safe).
// Numbers are rounded only here, for display: wRVUs to 2 decimals half-up (lib/rvu/rounding's
// rule) or to whole wRVUs for annual figures, money to whole dollars.
import { roundWrvu } from '@/lib/rvu/rounding';

const whole = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const two = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const dollars = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  maximumFractionDigits: 0,
});

/** 1234.5 -> "1,234.50" */
export const formatWrvu = (value: number) => two.format(roundWrvu(value));
/** 8312.4 -> "8,312" (annual paces and targets) */
export const formatWhole = (value: number) => whole.format(Math.round(value));
export const formatMoney = (value: number) => dollars.format(Math.round(value));
/** A signed change: "+12.30" / "-4.00" / "0.00" */
export const formatDelta = (value: number) => {
  const r = roundWrvu(value);
  return `${r > 0 ? '+' : r < 0 ? '-' : ''}${two.format(Math.abs(r))}`;
};
export const formatPercent = (value: number) => `${value > 0 ? '+' : ''}${Math.round(value * 100)}%`;

/** Said under a source whose data is more than 5 years older than the current year. */
export function sourceAgeNote(dataYear: number, currentYear = new Date().getUTCFullYear()): string | null {
  const age = currentYear - dataYear;
  return age > 5
    ? `These data are from ${dataYear}, more than 5 years old: practice patterns may have moved.`
    : null;
}

/** "Source: <citation>, <data year>": printed under every comparison with a benchmark. */
export function sourceLine(b: { citation: string; dataYear: number }): string {
  return `Source: ${b.citation}, ${b.dataYear}`;
}
