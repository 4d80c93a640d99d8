import { describe, expect, it } from 'vitest';
import {
  annualizedPace,
  fiscalYearBounds,
  fiscalYearToDate,
  neededPerRemainingWeek,
  projectToFiscalYearEnd,
} from './metrics';
import { countWorkedDays } from './dates';

// FY2026 with a July start runs 2025-07-01 (a Tuesday) to 2026-06-30: 365 days, 261 weekdays.
const JULY = 7;
const TABLE = { p25: 4000, p50: 5000, p75: 6000, p90: 8000 };

describe('fiscalYearBounds', () => {
  it('handles a July start on either side of the new year', () => {
    expect(fiscalYearBounds('2025-09-15', JULY)).toEqual({
      start: '2025-07-01',
      end: '2026-06-30',
      label: 2026,
      days: 365,
    });
    expect(fiscalYearBounds('2026-03-01', JULY).start).toBe('2025-07-01');
    expect(fiscalYearBounds('2025-06-30', JULY)).toEqual({
      start: '2024-07-01',
      end: '2025-06-30',
      label: 2025,
      days: 365,
    });
    expect(fiscalYearBounds('2025-07-01', JULY).label).toBe(2026);
  });

  it('equals the calendar year with a January start, leap years included', () => {
    expect(fiscalYearBounds('2024-05-05', 1)).toEqual({
      start: '2024-01-01',
      end: '2024-12-31',
      label: 2024,
      days: 366,
    });
    expect(fiscalYearBounds('2024-12-31', 1).label).toBe(2024);
  });

  it('handles a December start and rejects bad input', () => {
    expect(fiscalYearBounds('2025-01-10', 12)).toMatchObject({ start: '2024-12-01', end: '2025-11-30' });
    expect(() => fiscalYearBounds('2025-01-10', 0)).toThrow(RangeError);
    expect(() => fiscalYearBounds('2025-01-10', 13)).toThrow(RangeError);
    expect(() => fiscalYearBounds('2025-02-30', 1)).toThrow(RangeError);
    expect(() => fiscalYearBounds('2025-1-5', 1)).toThrow(RangeError);
  });
});

describe('fiscalYearToDate', () => {
  const daily = [
    { date: '2025-06-30', wrvu: 100 }, // previous fiscal year
    { date: '2025-07-01', wrvu: 0.1 },
    { date: '2025-07-02', wrvu: 0.2 },
    { date: '2025-08-01', wrvu: 10.25 },
    { date: '2025-08-02', wrvu: 50 }, // after asOf
  ];
  it('sums from the fiscal year start through asOf inclusive, exactly to the cent', () => {
    expect(fiscalYearToDate(daily, '2025-08-01', JULY)).toBe(10.55);
    expect(fiscalYearToDate(daily, '2025-07-02', JULY)).toBe(0.3);
  });
  it('with a January start, the July entries belong to the calendar year', () => {
    expect(fiscalYearToDate(daily, '2025-08-01', 1)).toBe(110.55);
  });
});

describe('annualizedPace', () => {
  it('annualizes by calendar days and normalizes to 1.0 FTE', () => {
    const pace = annualizedPace({
      ytdWrvu: 620,
      asOf: '2025-07-31',
      fiscalYearStartMonth: JULY,
      clinicalFte: 1,
    });
    expect(pace.calendarDaysElapsed).toBe(31);
    expect(pace.byCalendarDays).toBeCloseTo(7300, 6); // 20 a day x 365
    expect(pace.workedDaysElapsed).toBe(23);
    expect(pace.workedDaysInYear).toBe(261);
    expect(pace.byWorkedDays).toBeCloseTo((620 / 23) * 261, 6);
  });

  it('doubles the per-FTE pace at 0.5 FTE', () => {
    const pace = annualizedPace({
      ytdWrvu: 620,
      asOf: '2025-07-31',
      fiscalYearStartMonth: JULY,
      clinicalFte: 0.5,
    });
    expect(pace.byCalendarDays).toBeCloseTo(14600, 6);
    expect(pace.byWorkedDays).toBeCloseTo(((620 / 23) * 261) / 0.5, 6);
    expect(() =>
      annualizedPace({ ytdWrvu: 1, asOf: '2025-07-31', fiscalYearStartMonth: JULY, clinicalFte: 0 }),
    ).toThrow(RangeError);
  });

  it('removes time off from both the elapsed and the whole-year worked days', () => {
    const timeOff = [
      { start: '2025-07-14', end: '2025-07-18' }, // Mon-Fri: 5 days
      { start: '2025-07-16', end: '2025-07-20' }, // overlaps, adds only a weekend
      { start: '2025-12-22', end: '2026-01-02' }, // planned: 10 weekdays
      { start: '2025-06-01', end: '2025-07-01' }, // clipped to the fiscal year: 1 day
    ];
    const pace = annualizedPace({
      ytdWrvu: 620,
      asOf: '2025-07-31',
      fiscalYearStartMonth: JULY,
      clinicalFte: 1,
      timeOff,
    });
    expect(pace.workedDaysElapsed).toBe(23 - 5 - 1);
    expect(pace.workedDaysInYear).toBe(261 - 5 - 10 - 1);
    expect(pace.byWorkedDays).toBeCloseTo((620 / 17) * 245, 6);
    // The calendar pace does not know about time off.
    expect(pace.byCalendarDays).toBeCloseTo(7300, 6);
  });

  it('has no worked-day pace before the first work day', () => {
    // 2022-01-01 was a Saturday.
    const pace = annualizedPace({ ytdWrvu: 5, asOf: '2022-01-02', fiscalYearStartMonth: 1, clinicalFte: 1 });
    expect(pace.workedDaysElapsed).toBe(0);
    expect(pace.byWorkedDays).toBeNull();
    expect(pace.byCalendarDays).toBeCloseTo((5 / 2) * 365, 6);
  });

  it('counts weekdays only, and weekend wRVUs still count in the total', () => {
    expect(countWorkedDays('2025-07-05', '2025-07-06')).toBe(0); // Saturday, Sunday
    expect(countWorkedDays('2025-07-07', '2025-07-13')).toBe(5);
    expect(countWorkedDays('2025-07-13', '2025-07-07')).toBe(0);
    expect(fiscalYearToDate([{ date: '2025-07-05', wrvu: 3 }], '2025-07-06', JULY)).toBe(3);
  });
});

describe('projectToFiscalYearEnd', () => {
  it('adds the current daily rate x the days left (actual wRVUs, not per FTE)', () => {
    const p = projectToFiscalYearEnd({ ytdWrvu: 620, asOf: '2025-07-31', fiscalYearStartMonth: JULY });
    expect(p.byCalendarDays).toBeCloseTo(620 + 20 * 334, 6);
    expect(p.byWorkedDays).toBeCloseTo(620 + (620 / 23) * (261 - 23), 6);
  });
  it('equals the year-to-date total on the last day', () => {
    const p = projectToFiscalYearEnd({ ytdWrvu: 6000, asOf: '2026-06-30', fiscalYearStartMonth: JULY });
    expect(p.byCalendarDays).toBeCloseTo(6000, 6);
    expect(p.byWorkedDays).toBeCloseTo(6000, 6);
  });
});

describe('neededPerRemainingWeek', () => {
  const base = { ytdWrvu: 620, asOf: '2025-07-31', fiscalYearStartMonth: JULY, clinicalFte: 1, table: TABLE };

  it('spreads the shortfall to a published percentile over the remaining working weeks', () => {
    const n = neededPerRemainingWeek({ ...base, targetPercentile: 50 });
    expect(n).toMatchObject({ targetWrvu: 5000, remainingWrvu: 4380, remainingWeeks: (261 - 23) / 5 });
    expect(n?.perWeek).toBeCloseTo(4380 / 47.6, 6);
  });

  it('prorates the target to the FTE and accounts for planned time off', () => {
    const timeOff = [{ start: '2025-12-22', end: '2026-01-02' }];
    const n = neededPerRemainingWeek({ ...base, clinicalFte: 0.5, targetPercentile: 50, timeOff });
    expect(n).toMatchObject({ targetWrvu: 2500, remainingWrvu: 1880, remainingWeeks: (261 - 23 - 10) / 5 });
  });

  it('interpolates a target between published percentiles, and is null outside them', () => {
    expect(neededPerRemainingWeek({ ...base, targetPercentile: 60 })?.targetWrvu).toBeCloseTo(5400, 6);
    expect(neededPerRemainingWeek({ ...base, targetPercentile: 95 })).toBeNull();
    expect(neededPerRemainingWeek({ ...base, table: { p50: 5000 }, targetPercentile: 75 })).toBeNull();
    expect(neededPerRemainingWeek({ ...base, table: {}, targetPercentile: 50 })).toBeNull();
  });

  it('needs nothing once the target is met, and cannot be met with no days left', () => {
    expect(neededPerRemainingWeek({ ...base, ytdWrvu: 9000, targetPercentile: 90 })?.perWeek).toBe(0);
    const last = neededPerRemainingWeek({ ...base, asOf: '2026-06-30', ytdWrvu: 100, targetPercentile: 50 });
    expect(last).toMatchObject({ remainingWeeks: 0, perWeek: null });
  });
});
