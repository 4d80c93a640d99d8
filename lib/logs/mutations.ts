// Writes to a user's procedure log: create (idempotent by client id), edit, soft delete, undo.
// Every write re-prices the whole encounter it touches (multiple-procedure ranking depends on the
// other lines) and records an audit row in the same transaction. Ownership is part of each query.
import 'server-only';
import { db, type Prisma } from '@/lib/db';
import { AppError, isUniqueViolation } from '@/lib/errors';
import type { Actor } from '@/lib/session';
import { loadPolicy, loadPricingCatalog, priceWithCatalog, pricedEntryFields } from './pricing';
import type { CreateEntryInput, UpdateEntryInput } from './schemas';

type Tx = Prisma.TransactionClient;
type EncounterRef = { userId: string; dateOfService: Date; encounterKey: string };

const iso = (d: Date) => d.toISOString().slice(0, 10);
const dateOf = (s: string) => new Date(`${s}T00:00:00Z`);
const AUDITED = { id: true, dateOfService: true, code: true, modifiers: true, units: true, encounterKey: true, siteId: true, setting: true, role: true, note: true, creditedWrvu: true, deletedAt: true } as const;

function snapshot(e: Prisma.LogEntryGetPayload<{ select: typeof AUDITED }>) {
  return { ...e, dateOfService: iso(e.dateOfService), creditedWrvu: e.creditedWrvu.toString(), deletedAt: e.deletedAt?.toISOString() ?? null };
}

/** Re-prices every live line of the given encounters and stores the results. */
export async function repriceEncounters(tx: Tx, refs: EncounterRef[]): Promise<void> {
  const unique = [...new Map(refs.map((r) => [`${r.userId}|${iso(r.dateOfService)}|${r.encounterKey}`, r])).values()];
  if (!unique.length) return;
  const entries = await tx.logEntry.findMany({
    where: { deletedAt: null, OR: unique.map((r) => ({ userId: r.userId, dateOfService: r.dateOfService, encounterKey: r.encounterKey })) },
    select: { id: true, userId: true, dateOfService: true, code: true, modifiers: true, units: true, encounterKey: true, creditedWrvu: true, baseWorkRvu: true, releaseId: true, status: true, excluded: true },
    orderBy: { createdAt: 'asc' },
  });
  if (!entries.length) return;
  const lines = entries.map((e) => ({ id: e.id, dateOfService: iso(e.dateOfService), code: e.code, modifiers: e.modifiers, units: e.units, encounterKey: e.encounterKey }));
  const catalog = await loadPricingCatalog(tx, lines);
  const policies = new Map<string, Awaited<ReturnType<typeof loadPolicy>>>();
  for (const userId of new Set(entries.map((e) => e.userId))) policies.set(userId, await loadPolicy(tx, userId));
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

async function assertSiteOwned(tx: Tx, actor: Actor, siteId: string | null | undefined) {
  if (!siteId) return;
  const site = await tx.site.findFirst({ where: { id: siteId, userId: actor.id }, select: { id: true } });
  if (!site) throw new AppError('VALIDATION', 'Choose one of your own sites.', { siteId: ['Unknown site.'] });
}

async function assertCodesKnown(tx: Tx, codes: string[]) {
  const unique = [...new Set(codes)];
  const known = await tx.code.findMany({ where: { code: { in: unique } }, select: { code: true } });
  const missing = unique.filter((c) => !known.some((k) => k.code === c));
  if (missing.length) {
    throw new AppError('VALIDATION', `Unknown code${missing.length > 1 ? 's' : ''}: ${missing.join(', ')}. Check the code or import the current CMS files.`, { code: [`Unknown code ${missing.join(', ')}.`] });
  }
}

export type CreateEntriesResult = { created: string[]; alreadyExisted: string[] };

/** Creates entries; ids the actor already created are reported, not duplicated (safe to retry). */
export async function createEntries(input: { actor: Actor; entries: CreateEntryInput[]; importId?: string }): Promise<CreateEntriesResult> {
  try {
    return await createEntriesOnce(input);
  } catch (err) {
    // A concurrent retry of the same request inserted first: run again, which now finds the ids.
    if (isUniqueViolation(err)) return createEntriesOnce(input);
    throw err;
  }
}

async function createEntriesOnce({ actor, entries, importId }: { actor: Actor; entries: CreateEntryInput[]; importId?: string }): Promise<CreateEntriesResult> {
  return db.$transaction(
    async (tx) => {
      const ids = entries.map((e) => e.id);
      const existing = await tx.logEntry.findMany({ where: { id: { in: ids } }, select: { id: true, userId: true } });
      if (existing.some((e) => e.userId !== actor.id)) throw new AppError('CONFLICT', 'An entry id is already in use. Reload and try again.');
      const already = new Set(existing.map((e) => e.id));
      const fresh = entries.filter((e) => !already.has(e.id));
      if (!fresh.length) return { created: [], alreadyExisted: ids };
      await assertCodesKnown(tx, fresh.map((e) => e.code));
      for (const siteId of new Set(fresh.map((e) => e.siteId).filter(Boolean))) await assertSiteOwned(tx, actor, siteId);
      const rows = fresh.map((e) => ({
        id: e.id,
        userId: actor.id,
        dateOfService: dateOf(e.dateOfService),
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
      await tx.logEntry.createMany({ data: rows });
      await repriceEncounters(tx, rows);
      await tx.auditEvent.createMany({
        data: rows.map((r) => ({ actorId: actor.id, entityType: 'LogEntry', entityId: r.id, action: importId ? 'entry.import' : 'entry.create', after: { ...r, dateOfService: iso(r.dateOfService) } })),
      });
      return { created: fresh.map((e) => e.id), alreadyExisted: [...already] };
    },
    { timeout: 60_000 },
  );
}

export async function updateEntry({ actor, input }: { actor: Actor; input: UpdateEntryInput }) {
  return db.$transaction(async (tx) => {
    const before = await tx.logEntry.findFirst({ where: { id: input.id, userId: actor.id, deletedAt: null }, select: AUDITED });
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
        note: input.note === undefined ? undefined : input.note ?? null,
      },
      select: AUDITED,
    });
    await repriceEncounters(tx, [
      { userId: actor.id, dateOfService: before.dateOfService, encounterKey: before.encounterKey },
      { userId: actor.id, dateOfService: after.dateOfService, encounterKey: after.encounterKey },
    ]);
    const priced = await tx.logEntry.findUniqueOrThrow({ where: { id: before.id }, select: AUDITED });
    await tx.auditEvent.create({ data: { actorId: actor.id, entityType: 'LogEntry', entityId: before.id, action: 'entry.update', before: snapshot(before), after: snapshot(priced) } });
    return snapshot(priced);
  });
}

async function setDeleted({ actor, id, deleted }: { actor: Actor; id: string; deleted: boolean }) {
  return db.$transaction(async (tx) => {
    const before = await tx.logEntry.findFirst({ where: { id, userId: actor.id, deletedAt: deleted ? null : { not: null } }, select: AUDITED });
    if (!before) throw new AppError('NOT_FOUND', deleted ? 'That entry does not exist or was already deleted.' : 'There is nothing to restore.');
    const after = await tx.logEntry.update({ where: { id }, data: { deletedAt: deleted ? new Date() : null }, select: AUDITED });
    await repriceEncounters(tx, [{ userId: actor.id, dateOfService: before.dateOfService, encounterKey: before.encounterKey }]);
    await tx.auditEvent.create({ data: { actorId: actor.id, entityType: 'LogEntry', entityId: id, action: deleted ? 'entry.delete' : 'entry.restore', before: snapshot(before), after: snapshot(after) } });
    return { id };
  });
}

/** Soft delete: the entry leaves every total but can be restored (undo). */
export const deleteEntry = ({ actor, id }: { actor: Actor; id: string }) => setDeleted({ actor, id, deleted: true });
export const restoreEntry = ({ actor, id }: { actor: Actor; id: string }) => setDeleted({ actor, id, deleted: false });
