// Reads a user's entries for an export in keyset-paginated batches (date of service, id), so an
// export of 100,000 entries holds at most two batches in memory and never uses OFFSET. The owner
// is always the actor: no caller can name another user. Soft-deleted entries are left out;
// excluded entries stay in the list (credited 0.00, Excluded = Yes) so the log is complete.
import 'server-only';
import { db, sql } from '@/lib/db';
import { categorize, categoryLabel } from '@/lib/catalog/category';
import type { Actor } from '@/lib/session';
import type { ReportEntry } from './types';

export const EXPORT_BATCH_SIZE = 2_000;

export type IterateEntriesOptions = { actor: Actor; from: string; to: string; batchSize?: number };

type EntryRecord = {
  id: string;
  day: string;
  code: string;
  modifiers: string[];
  units: number;
  description: string | null;
  category: string | null;
  site: string | null;
  setting: 'FACILITY' | 'NON_FACILITY';
  role: string | null;
  note: string | null;
  baseWorkRvu: string;
  creditedWrvu: string;
  excluded: boolean;
  releaseId: string | null;
  releaseFit: ReportEntry['releaseFit'];
};

function toEntry(r: EntryRecord): ReportEntry {
  return {
    id: r.id,
    dateOfService: r.day,
    code: r.code,
    modifiers: r.modifiers,
    units: r.units,
    description: r.description ?? '',
    categoryLabel: r.category ? categoryLabel(r.category) : categorize(r.code).label,
    site: r.site,
    setting: r.setting,
    role: r.role,
    note: r.note,
    baseWorkRvu: r.baseWorkRvu,
    creditedWrvu: r.creditedWrvu,
    excluded: r.excluded,
    releaseId: r.releaseId,
    releaseFit: r.releaseFit,
  };
}

const BATCH_SQL = (after: boolean) => `
  select e.id, to_char(e."dateOfService", 'YYYY-MM-DD') as day, e.code, e.modifiers, e.units,
         c."shortDescription" as description, c.category, s.name as site, e.setting::text as setting,
         e.role, e.note, e."baseWorkRvu"::text as "baseWorkRvu", e."creditedWrvu"::text as "creditedWrvu",
         e.excluded, e."releaseId", e."releaseFit"::text as "releaseFit"
  from "LogEntry" e
  left join "Code" c on c.code = e.code
  left join "Site" s on s.id = e."siteId"
  where e."userId" = $1 and e."deletedAt" is null
    and e."dateOfService" between $2::date and $3::date
    ${after ? `and (e."dateOfService", e.id) > ($5::date, $6)` : ''}
  order by e."dateOfService", e.id
  limit $4`;
const FIRST_BATCH = BATCH_SQL(false);
const NEXT_BATCH = BATCH_SQL(true);

/**
 * Batches of the actor's live entries in [from, to], oldest first (date, then id). The next batch
 * is read while the caller writes the current one (at most two batches in memory), so the database
 * and the file writer work side by side.
 */
export async function* iterateEntries({
  actor,
  from,
  to,
  batchSize = EXPORT_BATCH_SIZE,
}: IterateEntriesOptions): AsyncGenerator<ReportEntry[]> {
  // Dates are bound and read as 'YYYY-MM-DD' text and decimals read as text: exact values, no
  // float or time-zone round trip. Prepared statements on the shared pool (lib/db `sql`).
  const read = (after: EntryRecord | null) =>
    after
      ? sql<EntryRecord>(NEXT_BATCH, [actor.id, from, to, batchSize, after.day, after.id])
      : sql<EntryRecord>(FIRST_BATCH, [actor.id, from, to, batchSize]);
  let pending: Promise<EntryRecord[]> | null = read(null);
  try {
    while (pending) {
      const rows: EntryRecord[] = await pending;
      pending = rows.length === batchSize ? read(rows[rows.length - 1]) : null;
      if (rows.length) yield rows.map(toEntry);
    }
  } finally {
    // An abandoned download: let a read in flight finish quietly.
    pending?.catch(() => {});
  }
}

/** Count and exact wRVU sum of the same rows the iterator yields (for the PDF's page count). */
export async function countEntries({
  actor,
  from,
  to,
}: Omit<IterateEntriesOptions, 'batchSize'>): Promise<{ entries: number; wrvu: string }> {
  const [row] = await db.$queryRaw<{ entries: number; wrvu: string }[]>`
    select count(*)::int as entries, coalesce(sum("creditedWrvu"), 0)::text as wrvu
    from "LogEntry"
    where "userId" = ${actor.id} and "deletedAt" is null
      and "dateOfService" between ${from}::date and ${to}::date`;
  return row;
}
