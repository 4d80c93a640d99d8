// Calendar-date arithmetic for the benchmark metrics. Dates of service are calendar dates with no
// time zone ('YYYY-MM-DD'), so every computation runs on whole UTC days: no local clock, no DST.
// Internally a date is its day number (days since 1970-01-01), which makes ranges simple integers.

export type IsoDate = string;

/** An inclusive range of calendar dates, e.g. a period of time off. */
export type DateRange = { start: IsoDate; end: IsoDate };

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Day number of a 'YYYY-MM-DD' date. Throws on malformed or impossible dates (2025-02-30). */
export function toDayNumber(date: IsoDate): number {
  const m = ISO_DATE.exec(date);
  if (!m) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${date}`);
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(year, month - 1, day);
  // Date.UTC rolls 2025-02-30 over to March: a round trip catches impossible dates.
  const back = new Date(ms);
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) {
    throw new RangeError(`Not a calendar date: ${date}`);
  }
  return ms / MS_PER_DAY;
}

export function fromDayNumber(day: number): IsoDate {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** First day of a month; month is 1-12 and may overflow into later years (month 13 = next January). */
export function firstOfMonth(year: number, month: number): IsoDate {
  return fromDayNumber(Date.UTC(year, month - 1, 1) / MS_PER_DAY);
}

/** Saturday or Sunday. 1970-01-01 (day 0) was a Thursday. */
export function isWeekendDay(day: number): boolean {
  const weekday = (((day + 4) % 7) + 7) % 7; // 0 = Sunday
  return weekday === 0 || weekday === 6;
}

/**
 * Working days in [start, end] (inclusive): weekdays that no time-off range covers. Ranges may
 * overlap or extend past the window; each day counts once. Empty when end < start.
 */
export function countWorkedDays(start: IsoDate, end: IsoDate, timeOff: readonly DateRange[] = []): number {
  const first = toDayNumber(start);
  const last = toDayNumber(end);
  if (last < first) return 0;
  const off = new Set<number>();
  for (const range of timeOff) {
    const from = Math.max(first, toDayNumber(range.start));
    const to = Math.min(last, toDayNumber(range.end));
    for (let d = from; d <= to; d++) off.add(d);
  }
  let worked = 0;
  for (let d = first; d <= last; d++) if (!isWeekendDay(d) && !off.has(d)) worked++;
  return worked;
}
