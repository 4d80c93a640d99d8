// Reads of a user's procedure log. Every query is scoped to the actor (`userId: actor.id`);
// totals are SQL aggregates over the same filter as the list.
import 'server-only';
import { db, type Prisma } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { Actor } from '@/lib/session';
import type { LineResult } from '@/lib/rvu/types';
import type { EntryFilter } from './schemas';

export const PAGE_SIZE = 50;

export function where(actor: Actor, f: Partial<EntryFilter>): Prisma.LogEntryWhereInput {
  return {
    userId: actor.id,
    deletedAt: null,
    dateOfService:
      f.from || f.to
        ? {
            gte: f.from ? new Date(`${f.from}T00:00:00Z`) : undefined,
            lte: f.to ? new Date(`${f.to}T00:00:00Z`) : undefined,
          }
        : undefined,
    code: f.code ? { startsWith: f.code } : undefined,
    siteId: f.siteId || undefined,
  };
}

export async function listEntries({ actor, filter }: { actor: Actor; filter: EntryFilter }) {
  const w = where(actor, filter);
  const [rows, totals] = await Promise.all([
    db.logEntry.findMany({
      where: w,
      orderBy: [{ dateOfService: 'desc' }, { createdAt: 'desc' }],
      skip: (filter.page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: {
        id: true,
        dateOfService: true,
        code: true,
        modifiers: true,
        units: true,
        encounterKey: true,
        setting: true,
        role: true,
        note: true,
        creditedWrvu: true,
        baseWorkRvu: true,
        excluded: true,
        releaseId: true,
        releaseFit: true,
        status: true,
        site: { select: { id: true, name: true } },
      },
    }),
    db.logEntry.aggregate({ where: w, _sum: { creditedWrvu: true }, _count: { _all: true } }),
  ]);
  const codes = [...new Set(rows.map((r) => r.code))];
  const descriptions = new Map(
    (
      await db.code.findMany({
        where: { code: { in: codes } },
        select: { code: true, shortDescription: true },
      })
    ).map((c) => [c.code, c.shortDescription]),
  );
  return {
    rows: rows.map((r) => ({
      ...r,
      dateOfService: r.dateOfService.toISOString().slice(0, 10),
      creditedWrvu: r.creditedWrvu.toFixed(2),
      baseWorkRvu: r.baseWorkRvu.toFixed(2),
      description: descriptions.get(r.code) ?? '',
    })),
    total: { count: totals._count._all, wrvu: (totals._sum.creditedWrvu ?? 0).toString() },
    page: filter.page,
    pages: Math.max(1, Math.ceil(totals._count._all / PAGE_SIZE)),
  };
}

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

/** The actor's most recently logged distinct codes (for one-tap re-logging). */
export async function listRecentCodes({ actor, limit = 8 }: { actor: Actor; limit?: number }) {
  const rows = await db.$queryRaw<{ code: string; modifiers: string[] }[]>`
    select code, modifiers from (
      select distinct on (code, modifiers) code, modifiers, "createdAt" from "LogEntry"
      where "userId" = ${actor.id} and "deletedAt" is null
      order by code, modifiers, "createdAt" desc
    ) recent order by "createdAt" desc limit ${limit}`;
  return withDescriptions(rows);
}

export async function listFavorites({ actor }: { actor: Actor }) {
  const rows = await db.favorite.findMany({
    where: { userId: actor.id },
    orderBy: [{ position: 'asc' }, { createdAt: 'asc' }],
    select: { id: true, code: true, modifiers: true, label: true },
  });
  return withDescriptions(rows);
}

export async function listSites({ actor }: { actor: Actor }) {
  return db.site.findMany({
    where: { userId: actor.id },
    orderBy: { name: 'asc' },
    select: { id: true, name: true },
  });
}

async function withDescriptions<T extends { code: string }>(rows: T[]) {
  const codes = await db.code.findMany({
    where: { code: { in: rows.map((r) => r.code) } },
    select: { code: true, shortDescription: true },
  });
  const map = new Map(codes.map((c) => [c.code, c.shortDescription]));
  return rows.map((r) => ({ ...r, description: map.get(r.code) ?? '' }));
}
