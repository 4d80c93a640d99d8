// Date ranges for the dashboard (pure): the selector's choices (fiscal year to date, last 12
// months, custom), their resolution to calendar dates, and the month and percentile-proration
// helpers the charts share. Dates are 'YYYY-MM-DD' calendar dates, as in lib/benchmarks/dates.
import { z } from 'zod';
import { addDays, daysBetween, firstOfMonth, toDayNumber, type IsoDate } from '@/lib/benchmarks/dates';
import {
  fiscalYearBounds,
  PERCENTILE_KEYS,
  type PercentileKey,
  type PercentileTable,
} from '@/lib/benchmarks/metrics';

export const RANGE_KINDS = ['fytd', '12m', 'custom'] as const;
export type RangeKind = (typeof RANGE_KINDS)[number];

export type DashboardRange =
  { kind: 'fytd' } | { kind: '12m' } | { kind: 'custom'; from: IsoDate; to: IsoDate };

/** A resolved range: inclusive dates, never past `asOf` (nothing is logged in the future). */
export type ResolvedRange = { kind: RangeKind; from: IsoDate; to: IsoDate; label: string };

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((s) => {
    try {
      toDayNumber(s);
      return true;
    } catch {
      return false;
    }
  });

/** Search params of /dashboard (and a member's dashboard): anything invalid falls back to defaults. */
export const dashboardParamsSchema = z.object({
  range: z.enum(RANGE_KINDS).catch('fytd').default('fytd'),
  from: isoDate.optional().catch(undefined),
  to: isoDate.optional().catch(undefined),
  release: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9]{1,20}$/)
    .optional()
    .catch(undefined),
});
export type DashboardParams = z.infer<typeof dashboardParamsSchema>;

export function parseDashboardParams(raw: Record<string, string | string[] | undefined>): {
  range: DashboardRange;
  releaseId: string | null;
} {
  const flat = Object.fromEntries(
    Object.entries(raw)
      .map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])
      .filter(([, v]) => v),
  );
  const p = dashboardParamsSchema.parse(flat);
  const range: DashboardRange =
    p.range === 'custom' && p.from && p.to
      ? { kind: 'custom', from: p.from <= p.to ? p.from : p.to, to: p.from <= p.to ? p.to : p.from }
      : p.range === '12m'
        ? { kind: '12m' }
        : { kind: 'fytd' };
  return { range, releaseId: p.release ?? null };
}

/** Today's calendar date in UTC (the server's notion of "today" for dates of service). */
export function todayIso(now = new Date()): IsoDate {
  return now.toISOString().slice(0, 10);
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Jan 5, 2026" */
export function formatDay(date: IsoDate): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${MONTHS[m - 1]} ${d}, ${y}`;
}

/** "Jan 2026" for a 'YYYY-MM' or 'YYYY-MM-DD' value. */
export function formatMonth(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return `${MONTHS[m - 1]} ${y}`;
}

export function resolveRange(
  range: DashboardRange,
  asOf: IsoDate,
  fiscalYearStartMonth: number,
): ResolvedRange {
  if (range.kind === 'custom') {
    const to = range.to > asOf ? asOf : range.to;
    const from = range.from > to ? to : range.from;
    return { kind: 'custom', from, to, label: `${formatDay(from)} - ${formatDay(to)}` };
  }
  if (range.kind === '12m') {
    // The trailing 12 months ending today: from the day after the same date a year ago (so in
    // December it still reaches back into last December; its first month is a partial one).
    const [y, m, d] = asOf.split('-').map(Number);
    const yearAgo = addDays(firstOfMonth(y - 1, m), Math.min(d, daysInMonth(y - 1, m)) - 1);
    return { kind: '12m', from: addDays(yearAgo, 1), to: asOf, label: 'Last 12 months' };
  }
  const fy = fiscalYearBounds(asOf, fiscalYearStartMonth);
  return { kind: 'fytd', from: fy.start, to: asOf, label: `FY${fy.label} to date` };
}

const daysInMonth = (y: number, m: number) => daysBetween(firstOfMonth(y, m), firstOfMonth(y, m + 1));

/** A period's label with its dates, as printed beside every period: "Last 12 months (Dec 4, 2025 - Dec 3, 2026)". */
export function periodText(range: { kind: string; from: IsoDate; to: IsoDate; label: string }): string {
  return range.kind === 'custom'
    ? range.label
    : `${range.label} (${formatDay(range.from)} - ${formatDay(range.to)})`;
}

export type MonthSlot = { month: string; from: IsoDate; to: IsoDate; days: number; fullDays: number };

/** Calendar months overlapping [from, to], each clipped to the range (days) and whole (fullDays). */
export function monthsIn(from: IsoDate, to: IsoDate): MonthSlot[] {
  const out: MonthSlot[] = [];
  let [y, m] = from.split('-').map(Number);
  for (;;) {
    const start = firstOfMonth(y, m);
    if (start > to) break;
    const end = addDays(firstOfMonth(y, m + 1), -1);
    const clippedFrom = start < from ? from : start;
    const clippedTo = end > to ? to : end;
    out.push({
      month: start.slice(0, 7),
      from: clippedFrom,
      to: clippedTo,
      days: daysBetween(clippedFrom, clippedTo) + 1,
      fullDays: daysBetween(start, end) + 1,
    });
    m += 1;
    if (m > 12) [y, m] = [y + 1, 1];
  }
  return out;
}

/**
 * A published annual percentile (per 1.0 FTE) prorated to a stretch of calendar days and to the
 * physician's FTE: value x FTE x days / days in the fiscal year containing `from`.
 */
export function proratePercentiles(
  table: PercentileTable,
  opts: { from: IsoDate; days: number; clinicalFte: number; fiscalYearStartMonth: number },
): Partial<Record<PercentileKey, number>> {
  const fyDays = fiscalYearBounds(opts.from, opts.fiscalYearStartMonth).days;
  const out: Partial<Record<PercentileKey, number>> = {};
  for (const key of PERCENTILE_KEYS) {
    const value = table[key];
    if (value !== null && value !== undefined) out[key] = (value * opts.clinicalFte * opts.days) / fyDays;
  }
  return out;
}
