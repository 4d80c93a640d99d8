// The quick log's recent codes come from the RecentCode rollup (triggers on "LogEntry"): they must
// follow every kind of write exactly as the old DISTINCT ON over the user's entries did.
// Codes priced under CMS PFS RVU25D (October 2025).
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { ensureCatalog } from '@/lib/testing/catalog';
import { createTestUser } from '@/lib/testing/factories';
import type { Actor } from '@/lib/session';
import { createEntries, deleteEntry, restoreEntry, updateEntry } from './mutations';
import { listRecentCodes } from './queries';
import type { CreateEntryInput } from './schemas';

beforeAll(async () => {
  await ensureCatalog('RVU25D');
}, 120_000);

const entry = (code: string, over: Partial<CreateEntryInput> = {}): CreateEntryInput => ({
  id: randomUUID(),
  dateOfService: '2025-10-15',
  code,
  modifiers: [],
  units: 1,
  setting: 'FACILITY',
  ...over,
});

/** Logs one entry per call, so each gets a later createdAt than the previous one. */
async function logInOrder(actor: Actor, entries: CreateEntryInput[]) {
  for (const e of entries) await createEntries({ actor, entries: [e] });
}

const recent = async (actor: Actor) =>
  (await listRecentCodes({ actor })).map((r) => [r.code, ...r.modifiers].join('-'));

describe('recent codes', () => {
  it('lists distinct codes and modifiers, newest first, with descriptions, at most 8', async () => {
    const actor = await createTestUser();
    const codes = ['99202', '99203', '99204', '99205', '99211', '99212', '99213', '99214', '99215'];
    await logInOrder(actor, [
      ...codes.map((c) => entry(c)),
      entry('99213'),
      entry('27447', { modifiers: ['RT'] }),
      entry('27447'),
    ]);
    expect(await recent(actor)).toEqual([
      '27447',
      '27447-RT',
      '99213',
      '99215',
      '99214',
      '99212',
      '99211',
      '99205',
    ]);
    const [first] = await listRecentCodes({ actor });
    expect(first.description).toMatch(/knee/i);
  });

  it('follows soft deletes, restores, edits of the code and hard deletes', async () => {
    const actor = await createTestUser();
    const a = entry('99213');
    const b = entry('20610');
    const c = entry('99214');
    await logInOrder(actor, [a, b, c]);
    expect(await recent(actor)).toEqual(['99214', '20610', '99213']);

    await deleteEntry({ actor, id: c.id });
    expect(await recent(actor)).toEqual(['20610', '99213']);
    await restoreEntry({ actor, id: c.id });
    expect(await recent(actor)).toEqual(['99214', '20610', '99213']);

    // Changing b's code: 20610 leaves (no live entry has it), 99215 takes b's time.
    await updateEntry({ actor, input: { id: b.id, code: '99215' } });
    expect(await recent(actor)).toEqual(['99214', '99215', '99213']);

    await db.logEntry.delete({ where: { id: a.id } });
    expect(await recent(actor)).toEqual(['99214', '99215']);
  });

  it("never lists another user's codes", async () => {
    const owner = await createTestUser();
    const other = await createTestUser();
    await logInOrder(owner, [entry('99213')]);
    expect(await recent(other)).toEqual([]);
    expect(await recent(owner)).toEqual(['99213']);
  });
});
