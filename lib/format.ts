// The one number formatter of Benchline (pure, client-safe): every page, export and chart prints
// numbers through it, so "2,640" reads the same on the entries list, the dashboard and the PDF.
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
const cents = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });
const compactFormat = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });

const num = (value: number | string) => (typeof value === 'string' ? Number(value) : value);

/** 1234.5 (or the string "1234.50" of a Decimal) -> "1,234.50" */
export const formatWrvu = (value: number | string) => two.format(roundWrvu(num(value)));
/** 8312.4 -> "8,312" (annual paces and targets) */
export const formatWhole = (value: number) => whole.format(Math.round(value));
/** A count: 2640 -> "2,640" */
export const formatCount = (value: number) => whole.format(value);
/** "2,640 entries" / "1 entry" */
export const formatCountOf = (value: number, one: string, many: string) =>
  `${formatCount(value)} ${value === 1 ? one : many}`;
export const formatMoney = (value: number) => dollars.format(Math.round(value));
/** A rate per wRVU keeps its cents: "$52.50". */
export const formatRate = (value: number) => cents.format(value);
/** Chart axes: 12,500 -> "12.5K" */
export const formatCompact = (value: number) => compactFormat.format(value);
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

const DAY = new Intl.DateTimeFormat('en-US', {
  weekday: 'short',
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  timeZone: 'UTC',
});
const SHORT_DATE = new Intl.DateTimeFormat('en-US', {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  timeZone: 'UTC',
});
/** "Tue, Dec 1, 2026" from a calendar date "2026-12-01". */
export const formatDay = (isoDate: string) => DAY.format(new Date(`${isoDate}T00:00:00Z`));
/** "Dec 1, 2026" from a calendar date "2026-12-01". */
export const formatDate = (isoDate: string) => SHORT_DATE.format(new Date(`${isoDate}T00:00:00Z`));
/** "Dec 1, 2025 – Nov 30, 2026": printed beside every period label. */
export const formatDateRange = (from: string, to: string) => `${formatDate(from)} – ${formatDate(to)}`;

/**
 * The one definition of an entry count, used by every page and export: every logged line counts;
 * lines the engine excluded (drugs, codes CMS does not pay) are counted and named, at 0 wRVU.
 * "26 entries (2 excluded lines, 0 wRVU)" / "24 entries".
 */
export function describeEntryCount({ entries, excluded }: { entries: number; excluded: number }): string {
  const head = formatCountOf(entries, 'entry', 'entries');
  return excluded > 0
    ? `${head} (${formatCountOf(excluded, 'excluded line', 'excluded lines')}, 0 wRVU)`
    : head;
}
