// The entries list (page and JSON API): one page of the actor's live lines with their site and
// descriptor, and the totals of the same filter. Two prepared statements run side by side: the
// page (the (userId, dateOfService) index, newest first) and the totals, which the covering index
// ("userId", "deletedAt", "dateOfService", "creditedWrvu") answers without reading the rows.
// Explanations are not part of the list: getEntry reads one line's on demand.
import 'server-only';
import { sql } from '@/lib/db';
import type { Actor } from '@/lib/session';
import type { EntryFilter } from './schemas';

export const PAGE_SIZE = 50;

type Row = {
  id: string;
  dateOfService: string;
  code: string;
  modifiers: string[];
  units: number;
  encounterKey: string;
  setting: 'FACILITY' | 'NON_FACILITY';
  role: string | null;
  note: string | null;
  creditedWrvu: string;
  baseWorkRvu: string;
  excluded: boolean;
  releaseId: string | null;
  releaseFit: 'current' | 'older' | 'newer' | null;
  status: string | null;
  siteId: string | null;
  siteName: string | null;
  description: string | null;
};

/** The filter as SQL conditions on "LogEntry" e, with their values from $2 on ($1 is the actor). */
export function conditions(actor: Actor, f: Partial<EntryFilter>) {
  const values: unknown[] = [actor.id];
  const where = ['e."userId" = $1', 'e."deletedAt" IS NULL'];
  const add = (clause: (n: string) => string, value: unknown) => {
    values.push(value);
    where.push(clause(`$${values.length}`));
  };
  if (f.from) add((n) => `e."dateOfService" >= ${n}::date`, f.from);
  if (f.to) add((n) => `e."dateOfService" <= ${n}::date`, f.to);
  if (f.code) add((n) => `left(e.code, length(${n})) = ${n}`, f.code);
  if (f.siteId) add((n) => `e."siteId" = ${n}`, f.siteId);
  return { where: where.join(' AND '), values };
}

export async function listEntries({ actor, filter }: { actor: Actor; filter: EntryFilter }) {
  const { where, values } = conditions(actor, filter);
  const n = values.length;
  const [rows, [totals]] = await Promise.all([
    sql<Row>(
      `SELECT e.id, e."dateOfService"::text AS "dateOfService", e.code, e.modifiers, e.units, e."encounterKey",
         e.setting::text AS setting, e.role, e.note, e."creditedWrvu"::text AS "creditedWrvu",
         e."baseWorkRvu"::text AS "baseWorkRvu", e.excluded, e."releaseId", e."releaseFit"::text AS "releaseFit", e.status,
         s.id AS "siteId", s.name AS "siteName", c."shortDescription" AS description
       FROM "LogEntry" e
       LEFT JOIN "Site" s ON s.id = e."siteId"
       LEFT JOIN "Code" c ON c.code = e.code
       WHERE ${where}
       ORDER BY e."dateOfService" DESC, e."createdAt" DESC
       LIMIT $${n + 1} OFFSET $${n + 2}`,
      [...values, PAGE_SIZE, (filter.page - 1) * PAGE_SIZE],
    ),
    sql<{ count: number; wrvu: string }>(
      `SELECT count(*)::int AS count, coalesce(sum(e."creditedWrvu"), 0)::text AS wrvu FROM "LogEntry" e WHERE ${where}`,
      values,
    ),
  ]);
  return {
    rows: rows.map(({ siteId, siteName, description, ...r }) => ({
      ...r,
      site: siteId ? { id: siteId, name: siteName ?? '' } : null,
      description: description ?? '',
    })),
    total: { count: totals.count, wrvu: totals.wrvu },
    page: filter.page,
    pages: Math.max(1, Math.ceil(totals.count / PAGE_SIZE)),
  };
}
