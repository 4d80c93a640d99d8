// The chosen period's headline numbers (the dashboard's first row of tiles): total wRVUs, entries
// (one definition everywhere: every logged line, the excluded ones named at 0 wRVU) and the
// average per worked day (weekdays without time off, the pace's definition). Totals come from the
// same cached range statement as the charts; only the excluded lines are counted on their own.
import 'server-only';
import { countWorkedDays } from '@/lib/benchmarks/dates';
import { db } from '@/lib/db';
import { loadedContext } from './context';
import { resolveRange, type ResolvedRange } from './range';
import { aggregatesOf } from './range-statement';
import type { DashboardOptions } from './types';

export type PeriodTotals = {
  range: ResolvedRange;
  wrvu: number;
  /** Every live entry of the period, excluded lines included (they count at 0 wRVU). */
  entries: number;
  excluded: number;
  workedDays: number;
  perWorkedDay: number | null;
};

export async function getPeriodTotals(opts: DashboardOptions): Promise<PeriodTotals> {
  const ctx = await loadedContext(opts); // authorises the subject (the actor, or a member they may view)
  const range = resolveRange(opts.range ?? { kind: 'fytd' }, ctx.asOf, ctx.subject.fiscalYearStartMonth);
  const [{ monthly }, excluded] = await Promise.all([
    aggregatesOf(ctx, range),
    db.logEntry.count({
      where: {
        userId: ctx.subject.id,
        deletedAt: null,
        excluded: true,
        dateOfService: { gte: new Date(`${range.from}T00:00:00Z`), lte: new Date(`${range.to}T00:00:00Z`) },
      },
    }),
  ]);
  const wrvu = monthly.reduce((s, m) => s + Math.round(m.wrvu * 100), 0) / 100;
  const credited = monthly.reduce((s, m) => s + m.entries, 0);
  const workedDays = countWorkedDays(range.from, range.to, ctx.timeOff);
  return {
    range,
    wrvu,
    entries: credited + excluded,
    excluded,
    workedDays,
    perWorkedDay: workedDays > 0 ? wrvu / workedDays : null,
  };
}
