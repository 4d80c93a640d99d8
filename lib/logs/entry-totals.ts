// Totals beside the entries list: the filter's entry count with its excluded lines named (the one
// definition of an entry count, see describeEntryCount), and per-day totals for the days a page
// shows, so a day split across two pages still prints its whole total. Scoped to the actor.
import 'server-only';
import { db } from '@/lib/db';
import type { Actor } from '@/lib/session';
import { where } from './queries';
import type { EntryFilter } from './schemas';

export type DayTotal = { entries: number; excluded: number; wrvu: number };

export async function getExcludedCount({ actor, filter }: { actor: Actor; filter: Partial<EntryFilter> }) {
  return db.logEntry.count({ where: { ...where(actor, filter), excluded: true } });
}

export async function listDayTotals({
  actor,
  filter,
  days,
}: {
  actor: Actor;
  filter: Partial<EntryFilter>;
  days: string[];
}): Promise<Map<string, DayTotal>> {
  if (!days.length) return new Map();
  const base = where(actor, filter);
  const dayFilter = { in: days.map((d) => new Date(`${d}T00:00:00Z`)) };
  const [all, excluded] = await Promise.all([
    db.logEntry.groupBy({
      by: ['dateOfService'],
      where: { ...base, dateOfService: dayFilter },
      _sum: { creditedWrvu: true },
      _count: { _all: true },
    }),
    db.logEntry.groupBy({
      by: ['dateOfService'],
      where: { ...base, dateOfService: dayFilter, excluded: true },
      _count: { _all: true },
    }),
  ]);
  const excludedByDay = new Map(
    excluded.map((r) => [r.dateOfService.toISOString().slice(0, 10), r._count._all]),
  );
  return new Map(
    all.map((r) => {
      const day = r.dateOfService.toISOString().slice(0, 10);
      return [
        day,
        {
          entries: r._count._all,
          excluded: excludedByDay.get(day) ?? 0,
          wrvu: Number(r._sum.creditedWrvu ?? 0),
        },
      ];
    }),
  );
}
