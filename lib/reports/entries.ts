// Reads a user's entries for an export in keyset-paginated batches (date of service, id), so an
// export of 100,000 entries holds one batch in memory at a time and never uses OFFSET. The owner
// is always the actor: no caller can name another user. Soft-deleted entries are left out;
// excluded entries stay in the list (credited 0.00, Excluded = Yes) so the log is complete.
import 'server-only';
import { db, Prisma } from '@/lib/db';
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

/** Batches of the actor's live entries in [from, to], oldest first (date, then id). */
export async function* iterateEntries({
  actor,
  from,
  to,
  batchSize = EXPORT_BATCH_SIZE,
}: IterateEntriesOptions): AsyncGenerator<ReportEntry[]> {
  let after: { day: string; id: string } | null = null;
  for (;;) {
    // Dates are bound and read as 'YYYY-MM-DD' text and decimals read as text: exact values, no
    // float or time-zone round trip.
    const rows: EntryRecord[] = await db.$queryRaw<EntryRecord[]>`
      select e.id, to_char(e."dateOfService", 'YYYY-MM-DD') as day, e.code, e.modifiers, e.units,
             c."shortDescription" as description, c.category, s.name as site, e.setting::text as setting,
             e.role, e.note, e."baseWorkRvu"::text as "baseWorkRvu", e."creditedWrvu"::text as "creditedWrvu",
             e.excluded, e."releaseId", e."releaseFit"::text as "releaseFit"
      from "LogEntry" e
      left join "Code" c on c.code = e.code
      left join "Site" s on s.id = e."siteId"
      where e."userId" = ${actor.id} and e."deletedAt" is null
        and e."dateOfService" between ${from}::date and ${to}::date
        ${after ? Prisma.sql`and (e."dateOfService", e.id) > (${after.day}::date, ${after.id})` : Prisma.empty}
      order by e."dateOfService", e.id
      limit ${batchSize}`;
    if (rows.length) yield rows.map(toEntry);
    if (rows.length < batchSize) return;
    const last = rows[rows.length - 1];
    after = { day: last.day, id: last.id };
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
