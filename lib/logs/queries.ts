// Reads of a user's procedure log. Every query is scoped to the actor (`userId: actor.id`);
// the entries list and its totals are in ./list-entries.
import 'server-only';
import { db, sql } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { Actor } from '@/lib/session';
import type { LineResult } from '@/lib/rvu/types';

export { listEntries, PAGE_SIZE } from './list-entries';

/** One entry with the engine's stored explanation ("why this number"). */
export async function getEntry({ actor, id }: { actor: Actor; id: string }) {
  const entry = await db.logEntry.findFirst({
    where: { id, userId: actor.id },
    select: {
      id: true,
      dateOfService: true,
      code: true,
      modifiers: true,
      units: true,
      encounterKey: true,
      siteId: true,
      setting: true,
      role: true,
      note: true,
      creditedWrvu: true,
      baseWorkRvu: true,
      excluded: true,
      releaseId: true,
      releaseFit: true,
      status: true,
      explanation: true,
      policy: true,
      deletedAt: true,
      createdAt: true,
      updatedAt: true,
    },
  });
  if (!entry) throw new AppError('NOT_FOUND', 'That entry does not exist.');
  return {
    ...entry,
    dateOfService: entry.dateOfService.toISOString().slice(0, 10),
    creditedWrvu: entry.creditedWrvu.toFixed(2),
    baseWorkRvu: entry.baseWorkRvu.toFixed(2),
    explanation: entry.explanation as unknown as LineResult | null,
  };
}

export async function getEntryHistory({ actor, id }: { actor: Actor; id: string }) {
  await getEntry({ actor, id });
  return db.auditEvent.findMany({
    where: { entityType: 'LogEntry', entityId: id, actorId: actor.id },
    orderBy: { createdAt: 'asc' },
    select: { id: true, action: true, before: true, after: true, createdAt: true },
  });
}

/**
 * The actor's most recently logged distinct codes (for one-tap re-logging), from the RecentCode
 * rollup (newest first by its index): the cost does not grow with the user's history.
 */
export async function listRecentCodes({ actor, limit = 8 }: { actor: Actor; limit?: number }) {
  return sql<{ code: string; modifiers: string[]; description: string }>(
    `SELECT r.code, r.modifiers, coalesce(c."shortDescription", '') AS description
     FROM (SELECT code, modifiers, "lastUsedAt" FROM "RecentCode" WHERE "userId" = $1
           ORDER BY "lastUsedAt" DESC LIMIT $2) r
     LEFT JOIN "Code" c ON c.code = r.code
     ORDER BY r."lastUsedAt" DESC`,
    [actor.id, limit],
  );
}

export async function listFavorites({ actor }: { actor: Actor }) {
  return sql<{
    id: string;
    code: string;
    modifiers: string[];
    label: string | null;
    description: string;
  }>(
    `SELECT f.id, f.code, f.modifiers, f.label, coalesce(c."shortDescription", '') AS description
     FROM "Favorite" f LEFT JOIN "Code" c ON c.code = f.code
     WHERE f."userId" = $1 ORDER BY f.position, f."createdAt"`,
    [actor.id],
  );
}

export async function listSites({ actor }: { actor: Actor }) {
  return sql<{ id: string; name: string }>(`SELECT id, name FROM "Site" WHERE "userId" = $1 ORDER BY name`, [
    actor.id,
  ]);
}
