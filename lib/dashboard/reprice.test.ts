// "What CMS changed for me" and the DailyWrvu rollup, against PostgreSQL and the real CMS releases
// RVU25A (PPRRVU25_JAN.csv) and RVU25D (PPRRVU2025_Oct.csv), imported by lib/catalog:
//   node scripts/with-db.mjs --fresh -- npx vitest run lib/dashboard
// 61715 (MRgFUS stereotactic ablation) is the one code whose work RVU changed between the two:
// 18.95 with status A in RVU25A; in RVU25D the global row is status C (0.00) and only -26 carries it.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { createEntries, deleteEntry, restoreEntry, updateEntry } from '@/lib/logs/mutations';
import type { CreateEntryInput } from '@/lib/logs/schemas';
import type { Actor } from '@/lib/session';
import { ensureCatalog } from '@/lib/testing/catalog';
import { getDashboard } from './queries';
import { compareReleases, listReleases } from './reprice';
import { addEntries, createPhysician } from './test-helpers';

const entry = (date: string, code: string, extra: Partial<CreateEntryInput> = {}): CreateEntryInput => ({
  id: randomUUID(),
  dateOfService: date,
  code,
  modifiers: [],
  units: 1,
  setting: 'FACILITY',
  ...extra,
});

/** The rollup must always equal the aggregate of live entries. */
async function rollupMatches(userId: string) {
  const [rollup, truth] = await Promise.all([
    db.$queryRaw<{ day: string; wrvu: string; entries: number }[]>`
      select to_char(day, 'YYYY-MM-DD') as day, wrvu::text as wrvu, entries from "DailyWrvu" where "userId" = ${userId} order by day`,
    db.$queryRaw<{ day: string; wrvu: string; entries: number }[]>`
      select to_char("dateOfService", 'YYYY-MM-DD') as day, sum("creditedWrvu")::numeric(12,2)::text as wrvu, count(*)::int as entries
      from "LogEntry" where "userId" = ${userId} and "deletedAt" is null and not excluded group by 1 order by 1`,
  ]);
  expect(rollup).toEqual(truth);
  return rollup;
}

let actor: Actor;

beforeAll(async () => {
  await ensureCatalog('RVU25A', 'RVU25D');
  actor = await createPhysician({ specialty: 'Neurosurgery' });
  // Priced by the real engine through the logging module: Nov 2025 falls under RVU25D.
  await createEntries({
    actor,
    entries: [
      entry('2025-11-03', '61715'),
      entry('2025-11-03', '99213', { encounterKey: 'clinic-1' }),
      entry('2025-11-04', '99213'),
      entry('2025-11-05', '27447'),
    ],
  });
});

describe('compareReleases', () => {
  it('re-prices a period under another release, by code and in total, writing nothing', async () => {
    const before = await db.logEntry.findMany({ where: { userId: actor.id }, orderBy: { id: 'asc' } });
    expect(before.find((e) => e.code === '61715')).toMatchObject({ releaseId: 'RVU25D', excluded: true });

    const c = await compareReleases({ actor, releaseId: 'RVU25A', from: '2025-11-01', to: '2025-11-30' });
    expect(c).toMatchObject({ releaseId: 'RVU25A', baseReleaseId: null, entries: 4 });
    expect(c.total).toEqual({ base: 22.2, repriced: 41.15, difference: 18.95 }); // 1.30 x 2 + 19.60, plus 18.95
    expect(c.byCode[0]).toMatchObject({
      code: '61715',
      entries: 1,
      base: 0,
      repriced: 18.95,
      difference: 18.95,
      unpriced: 0,
    });
    expect(c.byCode.find((r) => r.code === '99213')).toMatchObject({
      entries: 2,
      base: 2.6,
      repriced: 2.6,
      difference: 0,
    });
    expect(c.byCode.find((r) => r.code === '27447')).toMatchObject({
      base: 19.6,
      repriced: 19.6,
      difference: 0,
    });

    // Release against release: RVU25D compared with RVU25A.
    const back = await compareReleases({
      actor,
      releaseId: 'RVU25D',
      baseReleaseId: 'RVU25A',
      from: '2025-11-01',
      to: '2025-11-30',
    });
    expect(back.total.difference).toBe(-18.95);

    expect(await db.logEntry.findMany({ where: { userId: actor.id }, orderBy: { id: 'asc' } })).toEqual(
      before,
    );
    await expect(
      compareReleases({ actor, releaseId: 'RVU99Z', from: '2025-11-01', to: '2025-11-30' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await listReleases()).map((r) => r.id)).toEqual(expect.arrayContaining(['RVU25A', 'RVU25D']));
  });

  it('is part of getDashboard when a release is selected', async () => {
    const d = await getDashboard({
      actor,
      asOf: '2025-11-30',
      range: { kind: 'custom', from: '2025-11-01', to: '2025-11-30' },
      releaseId: 'RVU25A',
    });
    expect(d.summary.ytdWrvu).toBe(22.2);
    expect(d.releaseComparison?.total.difference).toBe(18.95);
  });
});

describe('DailyWrvu rollup', () => {
  it('follows creates, edits, soft deletes, restores and hard deletes through the logging module', async () => {
    const user = await createPhysician();
    const [a, b] = [entry('2025-11-10', '99213'), entry('2025-11-10', '99214')];
    await createEntries({ actor: user, entries: [a, b] });
    expect(await rollupMatches(user.id)).toEqual([{ day: '2025-11-10', wrvu: '3.22', entries: 2 }]);

    await updateEntry({ actor: user, input: { id: b.id, dateOfService: '2025-11-12' } });
    expect(await rollupMatches(user.id)).toEqual([
      { day: '2025-11-10', wrvu: '1.30', entries: 1 },
      { day: '2025-11-12', wrvu: '1.92', entries: 1 },
    ]);
    await deleteEntry({ actor: user, id: a.id });
    expect(await rollupMatches(user.id)).toEqual([{ day: '2025-11-12', wrvu: '1.92', entries: 1 }]);
    await restoreEntry({ actor: user, id: a.id });
    expect(await rollupMatches(user.id)).toHaveLength(2);

    await db.logEntry.updateMany({ where: { userId: user.id }, data: { excluded: true } });
    expect(await rollupMatches(user.id)).toEqual([]);
    await db.logEntry.updateMany({ where: { userId: user.id }, data: { excluded: false } });
    await addEntries(user.id, [
      { date: '2025-11-12', code: '27447', wrvu: 19.6 },
      { date: '2025-11-13', code: '99213', wrvu: 1.3, deleted: true },
    ]);
    expect(await rollupMatches(user.id)).toEqual([
      { day: '2025-11-10', wrvu: '1.30', entries: 1 },
      { day: '2025-11-12', wrvu: '21.52', entries: 2 },
    ]);
    await db.logEntry.deleteMany({ where: { id: a.id } });
    expect(await rollupMatches(user.id)).toHaveLength(1);
    // Deleting the account cascades to its entries, and the rollup empties with them.
    await db.user.delete({ where: { id: user.id } });
    expect(await db.dailyWrvu.count({ where: { userId: user.id } })).toBe(0);
  });
});
