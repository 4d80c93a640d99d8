// Procedure-log writes against real PostgreSQL and the real CMS RVU25D / HCPCS / ASP files.
// Values cited: CMS PFS RVU25D (October 2025): 27447 work 19.60 MULT PROC 2; 20610 work 0.79
// MULT PROC 2; 99213 work 1.30; J2820 status E (ASP Oct 2025: 50 MCG, $50.365).
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { db, sql } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { ensureCatalog } from '@/lib/testing/catalog';
import { createTestUser } from '@/lib/testing/factories';
import type { Actor } from '@/lib/session';
import { createSite } from './favorites';
import { createEntries, deleteEntry, NOTE_REMOVED, restoreEntry, updateEntry } from './mutations';
import { getEntry, listEntries } from './queries';
import { createEntriesSchema, updateEntrySchema, type CreateEntryInput } from './schemas';

beforeAll(async () => {
  await ensureCatalog('RVU25D', 'HCPCS', 'ASP');
}, 120_000);

const entry = (over: Partial<CreateEntryInput> = {}): CreateEntryInput => ({
  id: randomUUID(),
  dateOfService: '2025-10-15',
  code: '27447',
  modifiers: [],
  units: 1,
  setting: 'FACILITY',
  ...over,
});
const credited = async (id: string) =>
  (await db.logEntry.findUniqueOrThrow({ where: { id } })).creditedWrvu.toFixed(2);

describe('creating entries', () => {
  it('credits the work RVU of the release in effect and records it', async () => {
    const actor = await createTestUser();
    const e = entry();
    await createEntries({ actor, entries: [e] });
    const row = await db.logEntry.findUniqueOrThrow({ where: { id: e.id } });
    expect(row).toMatchObject({ releaseId: 'RVU25D', status: 'A', excluded: false, userId: actor.id });
    expect(row.creditedWrvu.toFixed(2)).toBe('19.60');
    expect((row.policy as { id: string }).id).toBe('cms-adjusted');
  });

  it('reduces the second procedure of an encounter by 50 % and says why', async () => {
    const actor = await createTestUser();
    const a = entry({ encounterKey: 'case-1' });
    const b = entry({ code: '20610', encounterKey: 'case-1' });
    await createEntries({ actor, entries: [a, b] });
    expect(await credited(a.id)).toBe('19.60');
    expect(await credited(b.id)).toBe('0.40'); // 0.79 x 0.5 = 0.395, half-up
    const detail = await getEntry({ actor, id: b.id });
    expect(detail.explanation?.factors.some((f) => f.code === 'multiple-procedure' && f.factor === 0.5)).toBe(
      true,
    );
  });

  it('re-prices the lines already in an encounter when a later create adds a bigger procedure', async () => {
    const actor = await createTestUser();
    const first = entry({ code: '20610', encounterKey: 'case-2' });
    await createEntries({ actor, entries: [first] });
    expect(await credited(first.id)).toBe('0.79');
    const second = entry({ code: '27447', encounterKey: 'case-2' });
    await createEntries({ actor, entries: [second] });
    expect(await credited(second.id)).toBe('19.60');
    expect(await credited(first.id)).toBe('0.40'); // now the second-ranked procedure: 0.79 x 0.5
  });

  it('prices concurrent creates into one encounter as one encounter (no stale ranking)', async () => {
    const actor = await createTestUser();
    // Open the pool's connections first so the creates really overlap.
    await Promise.all(Array.from({ length: 8 }, () => sql('SELECT pg_sleep(0.05)')));
    for (const round of [1, 2, 3]) {
      const lines = ['27447', '20610', '20610', '20610', '20610', '20610'].map((code) =>
        entry({ code, encounterKey: `case-3-${round}` }),
      );
      await Promise.all(lines.map((e) => createEntries({ actor, entries: [e] })));
      const values = await Promise.all(lines.map((e) => credited(e.id)));
      expect(values).toEqual(['19.60', '0.40', '0.40', '0.40', '0.40', '0.40']); // exactly one line at 100 %
    }
  });

  it('is idempotent: a retried create with the same ids adds nothing', async () => {
    const actor = await createTestUser();
    const e = entry();
    const first = await createEntries({ actor, entries: [e] });
    const again = await createEntries({ actor, entries: [e] });
    const concurrent = await Promise.all([
      createEntries({ actor, entries: [e] }),
      createEntries({ actor, entries: [e] }),
    ]);
    expect(first.created).toEqual([e.id]);
    expect(again).toEqual({ created: [], alreadyExisted: [e.id] });
    expect(concurrent.every((r) => r.created.length === 0)).toBe(true);
    expect(await db.logEntry.count({ where: { userId: actor.id } })).toBe(1);
    expect(await db.auditEvent.count({ where: { entityId: e.id, action: 'entry.create' } })).toBe(1);
  });

  it('logs an ASP drug with 0 wRVU and the reason, excluded from totals', async () => {
    const actor = await createTestUser();
    const e = entry({ code: 'J2820', dateOfService: '2025-11-03' });
    await createEntries({ actor, entries: [e, entry({ code: '99213', dateOfService: '2025-11-03' })] });
    const detail = await getEntry({ actor, id: e.id });
    expect(detail.creditedWrvu).toBe('0.00');
    expect(detail.excluded).toBe(true);
    expect(detail.explanation?.reason).toMatch(/Average Sales Price/);
    const list = await listEntries({ actor, filter: { page: 1 } });
    expect(Number(list.total.wrvu)).toBeCloseTo(1.3, 2);
  });

  it('rejects unknown codes and sites of other users, writing nothing', async () => {
    const actor = await createTestUser();
    const other = await createTestUser();
    const site = await createSite({ actor: other, name: 'Their hospital' });
    await expect(createEntries({ actor, entries: [entry({ code: 'ZZZZ9' })] })).rejects.toMatchObject({
      code: 'VALIDATION',
    });
    await expect(createEntries({ actor, entries: [entry({ siteId: site.id })] })).rejects.toMatchObject({
      code: 'VALIDATION',
    });
    expect(await db.logEntry.count({ where: { userId: actor.id } })).toBe(0);
  });
});

describe('editing, deleting and undo', () => {
  it('re-prices the encounter on edit and keeps before/after in the audit trail', async () => {
    const actor = await createTestUser();
    const a = entry({ encounterKey: 'e1' });
    const b = entry({ code: '20610', encounterKey: 'e1' });
    await createEntries({ actor, entries: [a, b] });
    await updateEntry({ actor, input: { id: a.id, code: '99213' } });
    // 99213 has MULT PROC 0, so 20610 is no longer a second procedure.
    expect(await credited(a.id)).toBe('1.30');
    expect(await credited(b.id)).toBe('0.79');
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: a.id, action: 'entry.update' } });
    expect(audit.before).toMatchObject({ code: '27447', creditedWrvu: '19.6' });
    expect(audit.after).toMatchObject({ code: '99213', creditedWrvu: '1.3' });
  });

  it('a note edit or removal purges the old note text from every audit row (keeps that it changed)', async () => {
    const actor = await createTestUser();
    const a = entry({ note: 'typed MRN 12345678 by mistake' });
    await createEntries({ actor, entries: [a] });
    await updateEntry({ actor, input: { id: a.id, units: 2 } }); // an audited edit that keeps the note
    await updateEntry({ actor, input: { id: a.id, note: 'second thoughts 87654321' } });
    await updateEntry({ actor, input: updateEntrySchema.parse({ id: a.id, note: '' }) }); // "remove note"
    const rows = await db.auditEvent.findMany({ where: { entityId: a.id }, orderBy: { createdAt: 'asc' } });
    expect(rows.length).toBe(4);
    const text = JSON.stringify(rows.map((r) => [r.before, r.after]));
    expect(text).not.toContain('12345678');
    expect(text).not.toContain('87654321');
    expect(text).toContain(NOTE_REMOVED);
    expect(rows.at(-1)?.after).toMatchObject({ note: null });
    expect((await db.logEntry.findUniqueOrThrow({ where: { id: a.id } })).note).toBeNull();
  });

  it('refuses one id twice in one request with 400 naming the id', () => {
    const twice = entry();
    const parsed = createEntriesSchema.safeParse({ entries: [twice, { ...twice, code: '99213' }] });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0].message).toBe(`The entry id ${twice.id} appears twice.`);
  });

  it('soft-deletes with undo, re-pricing the rest of the encounter each time', async () => {
    const actor = await createTestUser();
    const a = entry({ encounterKey: 'e2' });
    const b = entry({ code: '20610', encounterKey: 'e2' });
    await createEntries({ actor, entries: [a, b] });
    await deleteEntry({ actor, id: a.id });
    expect(await credited(b.id)).toBe('0.79');
    expect((await listEntries({ actor, filter: { page: 1 } })).total.count).toBe(1);
    await restoreEntry({ actor, id: a.id });
    expect(await credited(b.id)).toBe('0.40');
    const actions = (
      await db.auditEvent.findMany({ where: { entityId: a.id }, orderBy: { createdAt: 'asc' } })
    ).map((x) => x.action);
    expect(actions).toEqual(['entry.create', 'entry.delete', 'entry.restore']);
  });
});

describe('authorisation', () => {
  it("user B can neither read, edit, delete, restore nor reuse the id of user A's entry", async () => {
    const a: Actor = await createTestUser();
    const b: Actor = await createTestUser();
    const e = entry();
    await createEntries({ actor: a, entries: [e] });
    const before = await db.logEntry.findUniqueOrThrow({ where: { id: e.id } });

    for (const attempt of [
      () => getEntry({ actor: b, id: e.id }),
      () => updateEntry({ actor: b, input: { id: e.id, units: 3 } }),
      () => deleteEntry({ actor: b, id: e.id }),
      () => restoreEntry({ actor: b, id: e.id }),
    ]) {
      await expect(attempt()).rejects.toSatisfy(
        (err: unknown) => err instanceof AppError && err.code === 'NOT_FOUND',
      );
    }
    await expect(createEntries({ actor: b, entries: [{ ...e, units: 5 }] })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    expect((await listEntries({ actor: b, filter: { page: 1 } })).total.count).toBe(0);
    const after = await db.logEntry.findUniqueOrThrow({ where: { id: e.id } });
    expect(after).toEqual(before);
  });
});
