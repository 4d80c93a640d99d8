// Writes to a user's procedure log: create (idempotent by client id), edit, soft delete, undo.
// Every write re-prices the whole encounter it touches (multiple-procedure ranking depends on the
// other lines) and records an audit row in the same transaction. Ownership is part of each query.
import 'server-only';
import { randomUUID } from 'node:crypto';
import { advisoryLockKey, db, sqlOf, sqlTransaction, type Prisma, type Sql } from '@/lib/db';
import { AppError, isUniqueViolation } from '@/lib/errors';
import type { Actor } from '@/lib/session';
import {
  catalogJsonSelect,
  loadPolicy,
  loadPricingCatalog,
  policyFrom,
  policyJsonSelect,
  priceWithCatalog,
  pricedEntryFields,
  pricingCatalogFromJson,
  updatePricesSql,
  type CatalogJson,
  type PolicyRecord,
} from './pricing';
import type { CreateEntryInput, UpdateEntryInput } from './schemas';
import { userLogLock } from './user-lock';

type Tx = Prisma.TransactionClient;
type EncounterRef = { userId: string; dateOfService: Date; encounterKey: string };

const iso = (d: Date) => d.toISOString().slice(0, 10);
const dateOf = (s: string) => new Date(`${s}T00:00:00Z`);
const AUDITED = {
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
  deletedAt: true,
} as const;

function snapshot(e: Prisma.LogEntryGetPayload<{ select: typeof AUDITED }>) {
  return {
    ...e,
    dateOfService: iso(e.dateOfService),
    creditedWrvu: e.creditedWrvu.toString(),
    deletedAt: e.deletedAt?.toISOString() ?? null,
  };
}

const encounterId = (r: { userId: string; dateOfService: Date | string; encounterKey: string }) =>
  `${r.userId}|${typeof r.dateOfService === 'string' ? r.dateOfService : iso(r.dateOfService)}|${r.encounterKey}`;

/**
 * Serialises writers of the same encounters until the transaction ends, so two concurrent writes to
 * one encounter never price it from stale lines (transaction-scoped advisory locks, taken in a
 * fixed order so two multi-encounter writes cannot deadlock).
 */
async function lockEncounters(sql: Sql, ids: string[], userIds: string[]): Promise<void> {
  if (!ids.length) return;
  // Same keys and order as sqlTransaction's `locks` (lib/db); the users' log locks shared first
  // (lib/logs/user-lock.ts), in the same round trip.
  const keys = [...new Set(ids.map(encounterLock).map(advisoryLockKey))].sort();
  const users = [...new Set(userIds.map((id) => advisoryLockKey(userLogLock(id))))].sort();
  await sql(
    `SELECT (SELECT count(pg_advisory_xact_lock_shared(u)) FROM unnest($2::bigint[]) AS u)::int AS s,
            (SELECT count(pg_advisory_xact_lock(k)) FROM unnest($1::bigint[]) AS k)::int AS n`,
    [keys, users],
  );
}
const encounterLock = (id: string) => `encounter|${id}`;

/** Re-prices every live line of the given encounters and stores the results. */
export async function repriceEncounters(tx: Tx, refs: EncounterRef[]): Promise<void> {
  const unique = [...new Map(refs.map((r) => [encounterId(r), r])).values()];
  if (!unique.length) return;
  await lockEncounters(
    sqlOf(tx),
    unique.map(encounterId),
    unique.map((r) => r.userId),
  );
  const entries = await tx.logEntry.findMany({
    where: {
      deletedAt: null,
      OR: unique.map((r) => ({
        userId: r.userId,
        dateOfService: r.dateOfService,
        encounterKey: r.encounterKey,
      })),
    },
    select: {
      id: true,
      userId: true,
      dateOfService: true,
      code: true,
      modifiers: true,
      units: true,
      encounterKey: true,
      creditedWrvu: true,
      baseWorkRvu: true,
      releaseId: true,
      status: true,
      excluded: true,
    },
    orderBy: { createdAt: 'asc' },
  });
  if (!entries.length) return;
  const lines = entries.map((e) => ({
    id: e.id,
    dateOfService: iso(e.dateOfService),
    code: e.code,
    modifiers: e.modifiers,
    units: e.units,
    encounterKey: e.encounterKey,
  }));
  const catalog = await loadPricingCatalog(tx, lines);
  const policies = new Map<string, Awaited<ReturnType<typeof loadPolicy>>>();
  for (const userId of new Set(entries.map((e) => e.userId)))
    policies.set(userId, await loadPolicy(tx, userId));
  // Encounters never span users, so pricing each user's lines separately is exact.
  for (const [userId, policy] of policies) {
    const mine = lines.filter((_, i) => entries[i].userId === userId);
    const results = priceWithCatalog(mine, catalog, policy);
    for (const r of results) {
      await tx.logEntry.update({
        where: { id: r.lineId },
        data: pricedEntryFields(r, policy),
      });
    }
  }
}

const notYourSite = () =>
  new AppError('VALIDATION', 'Choose one of your own sites.', { siteId: ['Unknown site.'] });

/** Refuses codes missing from `known` (the catalog's codes among them). */
function assertAllKnown(codes: string[], known: readonly string[]) {
  const missing = [...new Set(codes)].filter((c) => !known.includes(c));
  if (missing.length) {
    throw new AppError(
      'VALIDATION',
      `Unknown code${missing.length > 1 ? 's' : ''}: ${missing.join(', ')}. Check the code or import the current CMS files.`,
      { code: [`Unknown code ${missing.join(', ')}.`] },
    );
  }
}

async function assertSiteOwned(tx: Tx, actor: Actor, siteId: string | null | undefined) {
  if (!siteId) return;
  const site = await tx.site.findFirst({ where: { id: siteId, userId: actor.id }, select: { id: true } });
  if (!site) throw notYourSite();
}

async function assertCodesKnown(tx: Tx, codes: string[]) {
  const known = await tx.code.findMany({
    where: { code: { in: [...new Set(codes)] } },
    select: { code: true },
  });
  assertAllKnown(
    codes,
    known.map((k) => k.code),
  );
}

export type CreateEntriesResult = { created: string[]; alreadyExisted: string[] };

/** Creates entries; ids the actor already created are reported, not duplicated (safe to retry). */
export async function createEntries(input: {
  actor: Actor;
  entries: CreateEntryInput[];
  importId?: string;
}): Promise<CreateEntriesResult> {
  try {
    return await createEntriesOnce(input);
  } catch (err) {
    // A concurrent retry of the same request inserted first: run again, which now finds the ids.
    if (isUniqueViolation(err)) return createEntriesOnce(input);
    throw err;
  }
}

type ExistingLine = {
  id: string;
  dateOfService: string;
  code: string;
  modifiers: string[] | null;
  units: number;
  encounterKey: string;
};

// The write of createEntries: the new lines (priced) and one audit row each in one statement; the
// second form also re-stores the prices of lines already in the encounters. Parameters: $1 new
// lines, $2 audit rows, $3 actor id, $4 audit action, ($5 re-priced existing lines).
const INSERT_CTES = `input AS (
    SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(id text, "userId" text, "dateOfService" date, code text, modifiers text[], units int,
      "encounterKey" text, "siteId" text, setting "Setting", role text, note text, "importId" text, "releaseId" text, "releaseFit" "ReleaseFit", status text,
      "baseWorkRvu" numeric, "creditedWrvu" numeric, excluded boolean, explanation jsonb, policy jsonb)
  ),
  inserted AS (
    INSERT INTO "LogEntry" (id, "userId", "dateOfService", code, modifiers, units, "encounterKey", "siteId", setting, role, note, "importId",
      "releaseId", "releaseFit", status, "baseWorkRvu", "creditedWrvu", excluded, explanation, policy, "createdAt", "updatedAt")
    SELECT id, "userId", "dateOfService", code, modifiers, units, "encounterKey", "siteId", setting, role, note, "importId",
      "releaseId", "releaseFit", status, "baseWorkRvu", "creditedWrvu", excluded, explanation, policy, now() AT TIME ZONE 'UTC', now() AT TIME ZONE 'UTC'
    FROM input
    RETURNING id
  ),
  audited AS (
    INSERT INTO "AuditEvent" (id, "actorId", "entityType", "entityId", action, after, "createdAt")
    SELECT a.id, $3, 'LogEntry', a."entityId", $4, a.after, now() AT TIME ZONE 'UTC' FROM jsonb_to_recordset($2::jsonb) AS a(id text, "entityId" text, after jsonb)
    RETURNING id
  )`;
const CREATE_SQL = `WITH ${INSERT_CTES} SELECT (SELECT count(*) FROM inserted)::int AS inserted, (SELECT count(*) FROM audited)::int AS audited`;
const CREATE_AND_REPRICE_SQL = `WITH ${INSERT_CTES},
  repriced AS (
    ${updatePricesSql('$5', ' AND e."userId" = $3')}
    RETURNING e.id
  )
  SELECT (SELECT count(*) FROM inserted)::int AS inserted, (SELECT count(*) FROM audited)::int AS audited, (SELECT count(*) FROM repriced)::int AS repriced`;

/**
 * The hot path of logging (quick log, the JSON API, bulk import): a handful of parameterised
 * statements on one connection instead of an ORM round trip per step. In one transaction: refuse
 * ids another user owns and report the actor's own (idempotent retry), check codes and sites, lock
 * the encounters, price the new lines together with the encounter's existing lines (multiple
 * procedure ranking), insert the new lines priced, re-store the existing lines' prices and write
 * one audit row per new entry.
 */
async function createEntriesOnce({
  actor,
  entries,
  importId,
}: {
  actor: Actor;
  entries: CreateEntryInput[];
  importId?: string;
}): Promise<CreateEntriesResult> {
  const rows = entries.map((e) => ({
    id: e.id,
    userId: actor.id,
    dateOfService: e.dateOfService,
    code: e.code,
    modifiers: e.modifiers,
    units: e.units,
    encounterKey: e.encounterKey ?? e.id,
    siteId: e.siteId ?? null,
    setting: e.setting,
    role: e.role ?? null,
    note: e.note ?? null,
    importId: importId ?? null,
  }));
  const encounters = [...new Map(rows.map((r) => [encounterId(r), r])).values()];
  const codes = [...new Set(rows.map((r) => r.code))];
  return sqlTransaction(
    async (sql) => {
      // Everything the write needs in one round trip (the encounters are locked already).
      const [read] = await sql<
        CatalogJson & {
          existing: { id: string; userId: string }[];
          known: string[];
          sites: string[];
          encounterLines: ExistingLine[];
          policyRecord: PolicyRecord | null;
        }
      >(
        `SELECT
          (SELECT coalesce(json_agg(json_build_object('id', id, 'userId', "userId")), '[]'::json) FROM "LogEntry" WHERE id = ANY($1::text[])) AS existing,
          (SELECT coalesce(json_agg(code), '[]'::json) FROM "Code" WHERE code = ANY($2::text[])) AS known,
          (SELECT coalesce(json_agg(id), '[]'::json) FROM "Site" WHERE id = ANY($3::text[]) AND "userId" = $4) AS sites,
          (SELECT coalesce(json_agg(x ORDER BY x."createdAt", x.id), '[]'::json) FROM (
             SELECT e.id, e."dateOfService"::text AS "dateOfService", e.code, e.modifiers, e.units, e."encounterKey", e."createdAt"
             FROM "LogEntry" e
             -- Dates and keys as plain ANY conditions keep either (userId, ...) index lookup exact
             -- whatever the statistics say; the pairs then match each encounter exactly (a join on
             -- unnest alone let the planner scan all the user's rows: 0.9 ms at 1,200 entries).
             WHERE e."userId" = $4 AND e."dateOfService" = ANY($5::date[]) AND e."encounterKey" = ANY($6::text[])
               AND e."deletedAt" IS NULL AND NOT e.id = ANY($1::text[])
               AND (e."dateOfService", e."encounterKey") IN (SELECT * FROM unnest($5::date[], $6::text[]))) x) AS "encounterLines",
          ${policyJsonSelect('$4')},
          ${catalogJsonSelect('$2')}`,
        [
          rows.map((r) => r.id),
          codes,
          [...new Set(rows.map((r) => r.siteId).filter((id): id is string => Boolean(id)))],
          actor.id,
          encounters.map((r) => r.dateOfService),
          encounters.map((r) => r.encounterKey),
        ],
      );
      if (read.existing.some((e) => e.userId !== actor.id))
        throw new AppError('CONFLICT', 'An entry id is already in use. Reload and try again.');
      const already = new Set(read.existing.map((e) => e.id));
      const fresh = rows.filter((r) => !already.has(r.id));
      if (!fresh.length) return { created: [], alreadyExisted: rows.map((r) => r.id) };
      assertAllKnown(
        fresh.map((e) => e.code),
        read.known,
      );
      if (fresh.some((e) => e.siteId && !read.sites.includes(e.siteId))) throw notYourSite();

      // Only encounters that gain a line are re-priced; their other live lines price with them.
      const touched = new Set(fresh.map(encounterId));
      const existing = read.encounterLines.filter((e) =>
        touched.has(encounterId({ ...e, userId: actor.id })),
      );
      const lines = [...existing, ...fresh].map((e) => ({
        id: e.id,
        dateOfService: e.dateOfService,
        code: e.code,
        modifiers: e.modifiers ?? [],
        units: e.units,
        encounterKey: e.encounterKey,
      }));
      // Lines already in the encounter may use codes the combined read did not cover.
      const catalog = existing.some((e) => !codes.includes(e.code))
        ? await loadPricingCatalog(sql, lines)
        : pricingCatalogFromJson(read, lines);
      const policy = policyFrom(read.policyRecord);
      const priced = new Map(
        priceWithCatalog(lines, catalog, policy).map((r) => [r.lineId, pricedEntryFields(r, policy)]),
      );

      await sql(existing.length ? CREATE_AND_REPRICE_SQL : CREATE_SQL, [
        JSON.stringify(fresh.map((r) => ({ ...r, ...priced.get(r.id) }))),
        JSON.stringify(fresh.map((r) => ({ id: randomUUID(), entityId: r.id, after: r }))),
        actor.id,
        importId ? 'entry.import' : 'entry.create',
        ...(existing.length
          ? [JSON.stringify(existing.map((e) => ({ id: e.id, ...priced.get(e.id) })))]
          : []),
      ]);
      return { created: fresh.map((e) => e.id), alreadyExisted: [...already] };
    },
    { locks: encounters.map((r) => encounterLock(encounterId(r))), sharedLocks: [userLogLock(actor.id)] },
  );
}

export async function updateEntry({ actor, input }: { actor: Actor; input: UpdateEntryInput }) {
  return db.$transaction(async (tx) => {
    const before = await tx.logEntry.findFirst({
      where: { id: input.id, userId: actor.id, deletedAt: null },
      select: AUDITED,
    });
    if (!before) throw new AppError('NOT_FOUND', 'That entry does not exist or was deleted.');
    if (input.code) await assertCodesKnown(tx, [input.code]);
    await assertSiteOwned(tx, actor, input.siteId);
    const after = await tx.logEntry.update({
      where: { id: before.id },
      data: {
        dateOfService: input.dateOfService ? dateOf(input.dateOfService) : undefined,
        code: input.code,
        modifiers: input.modifiers,
        units: input.units,
        encounterKey: input.encounterKey,
        siteId: input.siteId === undefined ? undefined : input.siteId,
        setting: input.setting,
        role: input.role === undefined ? undefined : input.role,
        note: input.note === undefined ? undefined : (input.note ?? null),
      },
      select: AUDITED,
    });
    await repriceEncounters(tx, [
      { userId: actor.id, dateOfService: before.dateOfService, encounterKey: before.encounterKey },
      { userId: actor.id, dateOfService: after.dateOfService, encounterKey: after.encounterKey },
    ]);
    const priced = await tx.logEntry.findUniqueOrThrow({ where: { id: before.id }, select: AUDITED });
    // A changed or removed note may have held something typed in by mistake (an identifier): its
    // old text leaves the audit trail too. The trail keeps that the note changed, not what it said.
    const noteChanged = (before.note ?? null) !== (priced.note ?? null);
    if (noteChanged) await purgeAuditedNotes(tx, before.id);
    await tx.auditEvent.create({
      data: {
        actorId: actor.id,
        entityType: 'LogEntry',
        entityId: before.id,
        action: 'entry.update',
        before: noteChanged && before.note ? { ...snapshot(before), note: NOTE_REMOVED } : snapshot(before),
        after: snapshot(priced),
      },
    });
    return snapshot(priced);
  });
}

export const NOTE_REMOVED = '[note removed]';

/** Replaces every past text of an entry's note in its audit rows with NOTE_REMOVED. */
async function purgeAuditedNotes(tx: Tx, entryId: string) {
  await tx.$executeRaw`
    UPDATE "AuditEvent" SET
      before = CASE WHEN jsonb_typeof(before->'note') = 'string' THEN jsonb_set(before, '{note}', to_jsonb(${NOTE_REMOVED}::text)) ELSE before END,
      after = CASE WHEN jsonb_typeof(after->'note') = 'string' THEN jsonb_set(after, '{note}', to_jsonb(${NOTE_REMOVED}::text)) ELSE after END
    WHERE "entityType" = 'LogEntry' AND "entityId" = ${entryId}
      AND (jsonb_typeof(before->'note') = 'string' OR jsonb_typeof(after->'note') = 'string')`;
}

async function setDeleted({ actor, id, deleted }: { actor: Actor; id: string; deleted: boolean }) {
  return db.$transaction(async (tx) => {
    const before = await tx.logEntry.findFirst({
      where: { id, userId: actor.id, deletedAt: deleted ? null : { not: null } },
      select: AUDITED,
    });
    if (!before)
      throw new AppError(
        'NOT_FOUND',
        deleted ? 'That entry does not exist or was already deleted.' : 'There is nothing to restore.',
      );
    const after = await tx.logEntry.update({
      where: { id },
      data: { deletedAt: deleted ? new Date() : null },
      select: AUDITED,
    });
    await repriceEncounters(tx, [
      { userId: actor.id, dateOfService: before.dateOfService, encounterKey: before.encounterKey },
    ]);
    await tx.auditEvent.create({
      data: {
        actorId: actor.id,
        entityType: 'LogEntry',
        entityId: id,
        action: deleted ? 'entry.delete' : 'entry.restore',
        before: snapshot(before),
        after: snapshot(after),
      },
    });
    return { id };
  });
}

/** Soft delete: the entry leaves every total but can be restored (undo). */
export const deleteEntry = ({ actor, id }: { actor: Actor; id: string }) =>
  setDeleted({ actor, id, deleted: true });
export const restoreEntry = ({ actor, id }: { actor: Actor; id: string }) =>
  setDeleted({ actor, id, deleted: false });
