// Re-prices logged entries after a fee-schedule release is imported (a new quarter, or a corrected
// file for a past quarter): every entry whose date of service now falls under that release is
// priced again with the engine, changed ones are stored with an audit row, and the change is
// reported (entries changed, wRVU before/after). One transaction per user keeps each log coherent.
import 'server-only';
import { randomUUID } from 'node:crypto';
import { db, sqlOf } from '@/lib/db';
import { formatCount, formatCountOf, formatDelta, formatWrvu } from '@/lib/format';
import { lockUserLogExclusive } from './user-lock';
import {
  loadPolicy,
  loadPricingCatalog,
  priceWithCatalog,
  pricedEntryFields,
  updatePricesSql,
} from './pricing';

const BATCH = 5_000; // changed entries per UPDATE / audit INSERT statement

export type RecomputeReport = {
  releaseId: string;
  entriesChecked: number;
  entriesChanged: number;
  usersAffected: number;
  wrvuBefore: number;
  wrvuAfter: number;
};

const iso = (d: Date) => d.toISOString().slice(0, 10);

export async function recomputeForRelease({ releaseId }: { releaseId: string }): Promise<RecomputeReport> {
  const releases = await db.rvuRelease.findMany({
    select: { id: true, effectiveFrom: true },
    orderBy: { effectiveFrom: 'asc' },
  });
  const release = releases.find((r) => r.id === releaseId);
  const report: RecomputeReport = {
    releaseId,
    entriesChecked: 0,
    entriesChanged: 0,
    usersAffected: 0,
    wrvuBefore: 0,
    wrvuAfter: 0,
  };
  if (!release) return report;
  const next = releases.find((r) => r.effectiveFrom > release.effectiveFrom);
  const earliest = !releases.some((r) => r.effectiveFrom < release.effectiveFrom);
  // Entries on or after its effective date (until the next release) are priced under it now; the
  // earliest release also prices every earlier date (releaseForDate: marked "newer").
  const window = {
    ...(earliest ? {} : { gte: release.effectiveFrom }),
    ...(next ? { lt: next.effectiveFrom } : {}),
  };
  const users = await db.logEntry.groupBy({
    by: ['userId'],
    where: { deletedAt: null, dateOfService: window },
  });

  for (const { userId } of users) {
    const changed = await db.$transaction(
      async (tx) => {
        // The whole log of the user is re-priced: no write of theirs runs meanwhile (user-lock.ts).
        await lockUserLogExclusive(sqlOf(tx), userId);
        // Whole encounters, so multiple-procedure ranking sees every line.
        const entries = await tx.logEntry.findMany({
          where: { userId, deletedAt: null, dateOfService: window },
          select: {
            id: true,
            dateOfService: true,
            code: true,
            modifiers: true,
            units: true,
            encounterKey: true,
            creditedWrvu: true,
            releaseId: true,
            releaseFit: true,
          },
        });
        const lines = entries.map((e) => ({
          id: e.id,
          dateOfService: iso(e.dateOfService),
          code: e.code,
          modifiers: e.modifiers,
          units: e.units,
          encounterKey: e.encounterKey,
        }));
        const catalog = await loadPricingCatalog(tx, lines, releases);
        const policy = await loadPolicy(tx, userId);
        const results = priceWithCatalog(lines, catalog, policy);
        const changed: {
          id: string;
          fields: ReturnType<typeof pricedEntryFields>;
          before: object;
          after: object;
        }[] = [];
        for (const [i, r] of results.entries()) {
          const before = entries[i];
          report.entriesChecked++;
          report.wrvuBefore += Number(before.creditedWrvu);
          report.wrvuAfter += r.creditedWrvu;
          const same =
            Number(before.creditedWrvu) === r.creditedWrvu &&
            before.releaseId === r.releaseId &&
            before.releaseFit === r.releaseFit;
          if (same) continue;
          changed.push({
            id: before.id,
            fields: pricedEntryFields(r, policy),
            before: { releaseId: before.releaseId, creditedWrvu: before.creditedWrvu.toString() },
            after: { releaseId: r.releaseId, creditedWrvu: String(r.creditedWrvu) },
          });
        }
        // A corrected release can change thousands of entries: stored and audited in batches.
        for (let i = 0; i < changed.length; i += BATCH) {
          const batch = changed.slice(i, i + BATCH);
          await tx.$executeRawUnsafe(
            updatePricesSql('$1'),
            JSON.stringify(batch.map((c) => ({ id: c.id, ...c.fields }))),
          );
          await tx.$executeRawUnsafe(
            `INSERT INTO "AuditEvent" (id, "actorId", "entityType", "entityId", action, before, after, "createdAt")
             SELECT a.id, NULL, 'LogEntry', a."entityId", 'entry.reprice', a.before, a.after, now() AT TIME ZONE 'UTC'
             FROM jsonb_to_recordset($1::jsonb) AS a(id text, "entityId" text, before jsonb, after jsonb)`,
            JSON.stringify(
              batch.map((c) => ({ id: randomUUID(), entityId: c.id, before: c.before, after: c.after })),
            ),
          );
        }
        const count = changed.length;
        return count;
      },
      { timeout: 300_000 },
    );
    report.entriesChanged += changed;
    if (changed) report.usersAffected++;
  }
  report.wrvuBefore = Math.round(report.wrvuBefore * 100) / 100;
  report.wrvuAfter = Math.round(report.wrvuAfter * 100) / 100;
  return report;
}

export function describeRecompute(r: RecomputeReport): string {
  if (!r.entriesChecked) return `No logged entries fall under ${r.releaseId}.`;
  const checked = `${r.releaseId}: re-priced ${formatCountOf(r.entriesChecked, 'entry', 'entries')}`;
  if (!r.entriesChanged) return `${checked}; none changed (total ${formatWrvu(r.wrvuAfter)} wRVU).`;
  const delta = Math.round((r.wrvuAfter - r.wrvuBefore) * 100) / 100;
  const users = formatCountOf(r.usersAffected, 'user', 'users');
  return `${checked}; ${formatCount(r.entriesChanged)} changed for ${users}, total ${formatWrvu(r.wrvuBefore)} -> ${formatWrvu(r.wrvuAfter)} wRVU (${formatDelta(delta)}).`;
}
