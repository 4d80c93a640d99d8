// Re-prices a user's whole log (after a change of their crediting policy) inside the caller's
// transaction, under the user's exclusive log lock (lib/logs/user-lock.ts): the live lines are read
// once, ordered by encounter, then priced and stored in batches of whole encounters (one UPDATE per
// batch), so 100,000 entries take one lock, bounded memory and a few dozen statements.
import 'server-only';
import { sqlOf, type Prisma } from '@/lib/db';
import type { CreditPolicy, ProcedureLine } from '@/lib/rvu/types';
import { loadPricingCatalog, priceWithCatalog, pricedEntryFields, updatePricesSql } from './pricing';
import { lockUserLogExclusive } from './user-lock';

const BATCH = 5_000; // lines per UPDATE (a batch never splits an encounter)

type Row = {
  id: string;
  dateOfService: string;
  code: string;
  modifiers: string[] | null;
  units: number;
  encounterKey: string;
};

export async function repriceUserLog(
  tx: Prisma.TransactionClient,
  {
    userId,
    policy,
    onProgress,
  }: { userId: string; policy: CreditPolicy; onProgress?: (done: number, total: number) => void },
): Promise<number> {
  const sql = sqlOf(tx);
  await lockUserLogExclusive(sql, userId);
  const rows = await sql<Row>(
    `SELECT id, "dateOfService"::text AS "dateOfService", code, modifiers, units, "encounterKey"
     FROM "LogEntry" WHERE "userId" = $1 AND "deletedAt" IS NULL
     ORDER BY "dateOfService", "encounterKey", "createdAt", id`,
    [userId],
  );
  const lines: ProcedureLine[] = rows.map((r) => ({
    id: r.id,
    dateOfService: r.dateOfService,
    code: r.code,
    modifiers: r.modifiers ?? [],
    units: r.units,
    encounterKey: r.encounterKey,
  }));
  const catalog = await loadPricingCatalog(tx, lines);
  const total = lines.length;
  onProgress?.(0, total);
  for (let start = 0; start < total;) {
    let end = Math.min(start + BATCH, total);
    const same = (i: number) =>
      lines[i].dateOfService === lines[i - 1].dateOfService &&
      lines[i].encounterKey === lines[i - 1].encounterKey;
    while (end < total && same(end)) end++; // finish the encounter the batch ends in
    const batch = lines.slice(start, end);
    const priced = priceWithCatalog(batch, catalog, policy).map((r) => ({
      id: r.lineId,
      ...pricedEntryFields(r, policy),
    }));
    await sql(
      `WITH u AS (${updatePricesSql('$1', ' AND e."userId" = $2')} RETURNING e.id) SELECT count(*)::int AS n FROM u`,
      [JSON.stringify(priced), userId],
    );
    start = end;
    onProgress?.(start, total);
  }
  return total;
}
