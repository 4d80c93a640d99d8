// Productivity metrics for the dashboard: fiscal year, year-to-date wRVUs, annualized pace,
// projection to year end and the weekly pace a target percentile needs. Pure functions over
// calendar dates ('YYYY-MM-DD', UTC days); percentile ranks and compensation are re-exported so
// callers import one module.
//
// Worked-day rule: Monday-Friday are work days; Saturdays and Sundays never are, and days inside a
// marked time-off range are not either (mark public holidays as time off). wRVUs logged on a weekend
// still count towards the total: only the day count ignores weekends. The worked-day pace is
// "wRVUs per worked day so far x worked days in the whole fiscal year", where the year's worked days
// subtract all marked time off, past and planned, so planned leave lowers the projection honestly.
import {
  addDays,
  countWorkedDays,
  daysBetween,
  firstOfMonth,
  toDayNumber,
  type DateRange,
  type IsoDate,
} from './dates';
import { valueAtPercentile, type PercentileTable } from './percentile';

export * from './percentile';
export * from './compensation';
export { countWorkedDays, type DateRange, type IsoDate } from './dates';

/** A fiscal year, labelled by the calendar year in which it ends (July 2025-June 2026 = FY2026). */
export type FiscalYear = { start: IsoDate; end: IsoDate; label: number; days: number };

export type DailyTotal = { date: IsoDate; wrvu: number };

export type PaceInput = {
  ytdWrvu: number;
  asOf: IsoDate;
  fiscalYearStartMonth: number;
  clinicalFte: number;
  timeOff?: readonly DateRange[];
};

export type Pace = {
  fiscalYear: FiscalYear;
  calendarDaysElapsed: number;
  workedDaysElapsed: number;
  workedDaysInYear: number;
  /** Annual wRVUs per 1.0 clinical FTE at the calendar-day rate so far. */
  byCalendarDays: number;
  /** Annual wRVUs per 1.0 clinical FTE at the worked-day rate; null until a work day has passed. */
  byWorkedDays: number | null;
};

export type Projection = { byCalendarDays: number; byWorkedDays: number | null };

export type NeededPace = {
  targetPercentile: number;
  /** Target for this physician's FTE: the table's per-FTE value x clinical FTE. */
  targetWrvu: number;
  remainingWrvu: number;
  /** Remaining worked days after `asOf` / 5. */
  remainingWeeks: number;
  /** 0 once the target is met; null when it is not met and no work days remain. */
  perWeek: number | null;
};

export function fiscalYearBounds(date: IsoDate, startMonth: number): FiscalYear {
  if (!Number.isInteger(startMonth) || startMonth < 1 || startMonth > 12) {
    throw new RangeError('fiscal year start month must be 1-12');
  }
  toDayNumber(date); // throws on a malformed date before we read its parts
  const [year, month] = date.split('-').map(Number);
  const startYear = month >= startMonth ? year : year - 1;
  const start = firstOfMonth(startYear, startMonth);
  const end = addDays(firstOfMonth(startYear, startMonth + 12), -1);
  return { start, end, label: Number(end.slice(0, 4)), days: daysBetween(start, end) + 1 };
}

/**
 * wRVUs from the fiscal year's first day through `asOf` inclusive. Summed in hundredths: the
 * inputs are Decimal(8,2) values, so integer cents add exactly where floats would drift.
 */
export function fiscalYearToDate(daily: readonly DailyTotal[], asOf: IsoDate, startMonth: number): number {
  const fy = fiscalYearBounds(asOf, startMonth);
  const [from, to] = [toDayNumber(fy.start), toDayNumber(asOf)];
  let hundredths = 0;
  for (const { date, wrvu } of daily) {
    const day = toDayNumber(date);
    if (day >= from && day <= to) hundredths += Math.round(wrvu * 100);
  }
  return hundredths / 100;
}

function assertFte(clinicalFte: number): void {
  // A zero FTE would divide by zero; the profile form enforces 0.05-1.5.
  if (!(clinicalFte > 0)) throw new RangeError('clinical FTE must be greater than 0');
}

/** Annualized pace, normalized to 1.0 clinical FTE (wRVUs / FTE). */
export function annualizedPace({
  ytdWrvu,
  asOf,
  fiscalYearStartMonth,
  clinicalFte,
  timeOff = [],
}: PaceInput): Pace {
  assertFte(clinicalFte);
  const fiscalYear = fiscalYearBounds(asOf, fiscalYearStartMonth);
  const calendarDaysElapsed = daysBetween(fiscalYear.start, asOf) + 1;
  const workedDaysElapsed = countWorkedDays(fiscalYear.start, asOf, timeOff);
  const workedDaysInYear = countWorkedDays(fiscalYear.start, fiscalYear.end, timeOff);
  const byCalendarDays = ((ytdWrvu / calendarDaysElapsed) * fiscalYear.days) / clinicalFte;
  const byWorkedDays =
    workedDaysElapsed > 0 ? ((ytdWrvu / workedDaysElapsed) * workedDaysInYear) / clinicalFte : null;
  return {
    fiscalYear,
    calendarDaysElapsed,
    workedDaysElapsed,
    workedDaysInYear,
    byCalendarDays,
    byWorkedDays,
  };
}

/**
 * Actual wRVUs expected by fiscal year end (not FTE-normalized): year-to-date plus the current
 * daily rate x the days left, by calendar days and by worked days.
 */
export function projectToFiscalYearEnd(input: Omit<PaceInput, 'clinicalFte'>): Projection {
  const pace = annualizedPace({ ...input, clinicalFte: 1 });
  const calendarRemaining = pace.fiscalYear.days - pace.calendarDaysElapsed;
  const workedRemaining = pace.workedDaysInYear - pace.workedDaysElapsed;
  return {
    byCalendarDays: input.ytdWrvu + (input.ytdWrvu / pace.calendarDaysElapsed) * calendarRemaining,
    byWorkedDays:
      pace.workedDaysElapsed > 0
        ? input.ytdWrvu + (input.ytdWrvu / pace.workedDaysElapsed) * workedRemaining
        : null,
  };
}

/**
 * wRVUs per remaining working week (5 worked days) needed to end the fiscal year at the target
 * percentile, prorated to the physician's FTE. Null when the table does not reach that percentile.
 */
export function neededPerRemainingWeek(
  input: PaceInput & { table: PercentileTable; targetPercentile: number },
): NeededPace | null {
  const { ytdWrvu, asOf, fiscalYearStartMonth, clinicalFte, timeOff = [], table, targetPercentile } = input;
  assertFte(clinicalFte);
  const perFte = valueAtPercentile(table, targetPercentile);
  if (perFte === null) return null;
  const fy = fiscalYearBounds(asOf, fiscalYearStartMonth);
  const targetWrvu = perFte * clinicalFte;
  const remainingWrvu = Math.max(0, targetWrvu - ytdWrvu);
  const remainingWeeks = countWorkedDays(addDays(asOf, 1), fy.end, timeOff) / 5;
  const perWeek = remainingWrvu === 0 ? 0 : remainingWeeks > 0 ? remainingWrvu / remainingWeeks : null;
  return { targetPercentile, targetWrvu, remainingWrvu, remainingWeeks, perWeek };
}
