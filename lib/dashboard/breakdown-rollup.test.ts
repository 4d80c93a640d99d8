// The dashboard's breakdowns read whole months from the "MonthlyCodeWrvu" rollup and the edge days
// from "LogEntry": for any range, after any kind of write, they must equal the same breakdown
// computed straight from the entries. Categories from CMS PFS RVU25D (PPRRVU2025_Oct.csv).
import { beforeAll, describe, expect, it } from 'vitest';
import { db, sql } from '@/lib/db';
import { ensureCatalog } from '@/lib/testing/catalog';
import { getDashboard } from './queries';
import { monthSplit } from './range-statement';
import { addEntries, createPhysician, createSiteFor, ensureBuiltinBenchmarks } from './test-helpers';

beforeAll(async () => {
  await Promise.all([ensureBuiltinBenchmarks(), ensureCatalog('RVU25D')]);
});

describe('monthSplit', () => {
  it('cuts a range into whole months and edge days that cover it exactly once', () => {
    expect(monthSplit('2025-01-15', '2025-04-10')).toEqual({
      fullFrom: '2025-02-01',
      fullTo: '2025-04-01',
      edgeBefore: '2025-02-01',
      edgeAfter: '2025-04-01',
    });
    expect(monthSplit('2025-01-01', '2025-12-31')).toMatchObject({
      fullFrom: '2025-01-01',
      fullTo: '2026-01-01',
    });
    // Inside one month: no whole month, the edges are the whole range.
    const inside = monthSplit('2025-03-05', '2025-03-20');
    expect(inside.fullFrom > inside.fullTo || inside.fullFrom === inside.fullTo).toBe(true);
    expect([inside.edgeBefore, inside.edgeAfter]).toEqual(['2025-03-21', '2025-04-01']);
  });
});

/** Top codes and sites straight from "LogEntry", the way the dashboard defines them. */
async function direct(userId: string, from: string, to: string) {
  const rows = await sql<{
    code: string;
    siteId: string | null;
    wrvu: string;
    entries: number;
    units: number;
  }>(
    `SELECT code, "siteId", sum("creditedWrvu")::text AS wrvu, count(*)::int AS entries, sum(units)::int AS units
     FROM "LogEntry" WHERE "userId" = $1 AND "deletedAt" IS NULL AND NOT excluded
       AND "dateOfService" BETWEEN $2::date AND $3::date GROUP BY 1, 2`,
    [userId, from, to],
  );
  const by = (key: (r: (typeof rows)[number]) => string) => {
    const out = new Map<string, { wrvu: number; entries: number }>();
    for (const r of rows) {
      const o = out.get(key(r)) ?? { wrvu: 0, entries: 0 };
      out.set(key(r), {
        wrvu: Math.round((o.wrvu + Number(r.wrvu)) * 100) / 100,
        entries: o.entries + r.entries,
      });
    }
    return Object.fromEntries([...out].sort());
  };
  return { codes: by((r) => r.code), sites: by((r) => r.siteId ?? '') };
}

async function viaDashboard(actor: { id: string }, from: string, to: string) {
  const d = await getDashboard({
    actor: actor as never,
    range: { kind: 'custom', from, to },
    asOf: '2026-03-31',
  });
  const round = (n: number) => Math.round(n * 100) / 100;
  return {
    codes: Object.fromEntries(
      d.breakdowns.topCodes.map((c) => [c.code, { wrvu: round(c.wrvu), entries: c.entries }]).sort(),
    ),
    sites: Object.fromEntries(
      d.breakdowns.sites.map((s) => [s.siteId ?? '', { wrvu: round(s.wrvu), entries: s.entries }]).sort(),
    ),
  };
}

describe('breakdowns from the monthly rollup', () => {
  it('match the entries for every range after inserts, edits, soft and hard deletes', async () => {
    const actor = await createPhysician({ specialty: 'Orthopedic Surgery' });
    const site = await createSiteFor(actor.id, 'Main clinic');
    const ids = await addEntries(actor.id, [
      { date: '2025-11-30', code: '99213', wrvu: 1.3, siteId: site },
      { date: '2025-12-01', code: '99214', wrvu: 1.92, siteId: site },
      { date: '2025-12-15', code: '27447', wrvu: 19.6 },
      { date: '2026-01-31', code: '99213', wrvu: 1.3 },
      { date: '2026-02-01', code: '20610', wrvu: 1.58, units: 2, siteId: site },
      { date: '2026-02-14', code: '99214', wrvu: 1.92, excluded: true },
      { date: '2026-03-03', code: '99213', wrvu: 1.3, siteId: site },
    ]);
    const ranges: [string, string][] = [
      ['2025-11-01', '2026-03-31'],
      ['2025-11-30', '2026-02-01'],
      ['2025-12-01', '2026-01-31'],
      ['2026-02-02', '2026-02-28'],
      ['2025-12-10', '2025-12-20'],
    ];
    const check = async () => {
      for (const [from, to] of ranges)
        expect(await viaDashboard(actor, from, to)).toEqual(await direct(actor.id, from, to));
    };
    await check();
    await db.logEntry.update({
      where: { id: ids[2] },
      data: { code: '27446', creditedWrvu: 17.14, siteId: site },
    });
    await db.logEntry.update({ where: { id: ids[5] }, data: { excluded: false } });
    await db.logEntry.update({ where: { id: ids[0] }, data: { deletedAt: new Date() } });
    await db.logEntry.update({
      where: { id: ids[3] },
      data: { dateOfService: new Date('2026-02-01T00:00:00Z') },
    });
    await db.logEntry.delete({ where: { id: ids[6] } });
    await check();
    expect((await viaDashboard(actor, '2025-11-01', '2026-03-31')).codes['27446']).toEqual({
      wrvu: 17.14,
      entries: 1,
    });
  });
});
