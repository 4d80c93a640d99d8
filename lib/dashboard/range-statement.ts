// The range statement: one SQL statement per request and date range that reads the monthly and
// weekly totals from the "DailyWrvu" rollup and the breakdowns from the "MonthlyCodeWrvu" rollup
// plus the entries of the partial months at the range's edges, so its cost does not grow with the
// range. Cached per request, so the widgets that need it share one result.
import 'server-only';
import { cache } from 'react';
import { sql } from '@/lib/db';
import { addDays, firstOfMonth, toDayNumber, type IsoDate } from '@/lib/benchmarks/dates';
import type { BreakdownRow } from './breakdowns';
import { day } from './context';
import type { ResolvedRange } from './range';
import { TREND_WEEKS, type LoadedContext } from './types';

/** The first day of the weekly trend: TREND_WEEKS whole Monday-Sunday weeks ending with range.to's, clipped to the range. */
export function weeklyFrom(range: ResolvedRange): IsoDate {
  const weekday = (((toDayNumber(range.to) + 3) % 7) + 7) % 7; // 0 = Monday (day 0 was a Thursday)
  const earliest = addDays(range.to, -weekday - 7 * (TREND_WEEKS - 1));
  return earliest > range.from ? earliest : range.from;
}

export type RangeAggregates = {
  monthly: { month: string; wrvu: number; entries: number }[];
  weekly: { week: string; wrvu: number; entries: number; change: number | null }[];
  breakdowns: BreakdownRow[];
};

// $1 user, $2 range start, $3 range end, $4 first day of the weekly trend, $5-$8 the month split
// (monthSplit). Months and weeks come from the DailyWrvu rollup; the breakdowns from the
// MonthlyCodeWrvu rollup for whole months plus the edge days' entries, grouped three ways.
const RANGE_SQL = `SELECT
  (SELECT coalesce(json_agg(m ORDER BY m.month), '[]'::json) FROM (
     SELECT to_char(day, 'YYYY-MM') AS month, sum(wrvu)::float8 AS wrvu, sum(entries)::int AS entries
     FROM "DailyWrvu" WHERE "userId" = $1 AND day >= $2::date AND day <= $3::date GROUP BY 1) m) AS monthly,
  (SELECT coalesce(json_agg(w ORDER BY w.week), '[]'::json) FROM (
     WITH weeks AS (
       SELECT generate_series(date_trunc('week', $4::date), date_trunc('week', $3::date), interval '1 week')::date AS week
     ), totals AS (
       SELECT date_trunc('week', day)::date AS week, sum(wrvu) AS wrvu, sum(entries) AS entries
       FROM "DailyWrvu" WHERE "userId" = $1 AND day >= $4::date AND day <= $3::date GROUP BY 1
     )
     SELECT to_char(w.week, 'YYYY-MM-DD') AS week, coalesce(t.wrvu, 0)::float8 AS wrvu, coalesce(t.entries, 0)::int AS entries,
            (coalesce(t.wrvu, 0) - lag(coalesce(t.wrvu, 0)) OVER (ORDER BY w.week))::float8 AS change
     FROM weeks w LEFT JOIN totals t ON t.week = w.week) w) AS weekly,
  (SELECT coalesce(json_agg(b), '[]'::json) FROM (
     -- Entries summed per (code, site) first, then the few groups joined and regrouped three ways.
     WITH per_code_site AS (
       SELECT code, "siteId", sum(wrvu) AS wrvu, sum(entries) AS entries, sum(units) AS units FROM (
         -- The whole months of the range from the monthly rollup ...
         SELECT code, nullif("siteKey", '') AS "siteId", wrvu, entries, units FROM "MonthlyCodeWrvu"
         WHERE "userId" = $1 AND month >= $5::date AND month < $6::date
         UNION ALL
         -- ... and the days before and after them (at most two partial months) from the entries.
         SELECT e.code, e."siteId", e."creditedWrvu", 1, e.units FROM "LogEntry" e
         WHERE e."userId" = $1 AND e."deletedAt" IS NULL AND NOT e.excluded
           AND ((e."dateOfService" >= $2::date AND e."dateOfService" < $7::date)
             OR (e."dateOfService" >= $8::date AND e."dateOfService" <= $3::date))
       ) x
       GROUP BY code, "siteId"
     )
     SELECT CASE WHEN grouping(a.code) = 0 THEN 'code' WHEN grouping(c.category) = 0 THEN 'category' ELSE 'site' END AS kind,
            a.code, max(c."shortDescription") AS description, c.category, max(c.category) AS "codeCategory",
            a."siteId", max(s.name) AS site,
            sum(a.wrvu)::float8 AS wrvu, sum(a.entries)::int AS entries, sum(a.units)::int AS units
     FROM per_code_site a
     LEFT JOIN "Code" c ON c.code = a.code
     LEFT JOIN "Site" s ON s.id = a."siteId"
     GROUP BY GROUPING SETS ((a.code), (c.category), (a."siteId"))) b) AS breakdowns`;

/**
 * The range cut into whole months [fullFrom, fullTo) read from the monthly rollup and edge days
 * [from, edgeBefore) and [edgeAfter, to] read from the entries: disjoint and covering the range,
 * with no whole month when the range has none (then the edges are the whole range).
 */
export function monthSplit(from: IsoDate, to: IsoDate) {
  const [y, m, d] = from.split('-').map(Number);
  const fullFrom = d === 1 ? from : firstOfMonth(y, m + 1);
  const next = addDays(to, 1);
  const [ny, nm] = next.split('-').map(Number);
  const fullTo = firstOfMonth(ny, nm);
  return {
    fullFrom,
    fullTo,
    edgeBefore: fullFrom < next ? fullFrom : next,
    edgeAfter: fullTo > fullFrom ? fullTo : fullFrom,
  };
}

// Once per request and range, however many widgets ask (React cache keys on the arguments).
const rangeAggregates = cache(
  async (userId: string, from: IsoDate, to: IsoDate, trendFrom: IsoDate): Promise<RangeAggregates> => {
    const split = monthSplit(from, to);
    const [row] = await sql<RangeAggregates>(RANGE_SQL, [
      userId,
      day(from),
      day(to),
      day(trendFrom),
      split.fullFrom,
      split.fullTo,
      split.edgeBefore,
      split.edgeAfter,
    ]);
    return row;
  },
);
export const aggregatesOf = (ctx: LoadedContext, range: ResolvedRange) =>
  rangeAggregates(ctx.subject.id, range.from, range.to, weeklyFrom(range));
