// Totals beside the entries list: the filter's entry count with its excluded lines named (the one
// definition of an entry count, see describeEntryCount), and per-day totals for the days a page
// shows, so a day split across two pages still prints its whole total. Scoped to the actor, with
// the same filter conditions as the list itself (./list-entries).
import 'server-only';
import { sql } from '@/lib/db';
import type { Actor } from '@/lib/session';
import { conditions } from './list-entries';
import type { EntryFilter } from './schemas';

export type DayTotal = { entries: number; excluded: number; wrvu: number };

export async function getExcludedCount({ actor, filter }: { actor: Actor; filter: Partial<EntryFilter> }) {
  const { where, values } = conditions(actor, filter);
  const [row] = await sql<{ count: number }>(
    `SELECT count(*)::int AS count FROM "LogEntry" e WHERE ${where} AND e.excluded`,
    values,
  );
  return row.count;
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
  const { where, values } = conditions(actor, filter);
  const rows = await sql<{ day: string; entries: number; excluded: number; wrvu: string }>(
    `SELECT e."dateOfService"::text AS day, count(*)::int AS entries,
       count(*) FILTER (WHERE e.excluded)::int AS excluded, coalesce(sum(e."creditedWrvu"), 0)::text AS wrvu
     FROM "LogEntry" e WHERE ${where} AND e."dateOfService" = ANY($${values.length + 1}::date[])
     GROUP BY e."dateOfService"`,
    [...values, days],
  );
  return new Map(
    rows.map((r) => [r.day, { entries: r.entries, excluded: r.excluded, wrvu: Number(r.wrvu) }]),
  );
}
