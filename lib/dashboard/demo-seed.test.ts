// The demo year (lib/seed/demo-entries.ts) against PostgreSQL and the bundled starter catalog: it is
// priced by the real engine, looks like an orthopedic surgeon's year, feeds the dashboard and the
// group view, and is written once.
//   node scripts/with-db.mjs --fresh -- npx vitest run lib/dashboard
import { beforeAll, describe, expect, it } from 'vitest';
import { db, getDb } from '@/lib/db';
import { loadStarterCatalog } from '@/lib/catalog/starter';
import { DEMO_ORG_NAME, seedDemoEntries } from '@/lib/seed/demo-entries';
import { getGroupView } from './group';
import { getDashboard } from './queries';
import { createPhysician, ensureBuiltinBenchmarks } from './test-helpers';

const TODAY = '2026-11-27';

beforeAll(async () => {
  await Promise.all([loadStarterCatalog(getDb()), ensureBuiltinBenchmarks()]);
});

describe('seedDemoEntries', () => {
  it('gives the demo account a priced, realistic year and a live group, once', async () => {
    const demo = await createPhysician({
      demo: true,
      specialty: 'Orthopedic Surgery',
      clinicalFte: 1,
      fiscalYearStartMonth: 1,
    });
    const first = await seedDemoEntries({ userId: demo.id, today: TODAY });
    expect(first.demoEntries).toBeGreaterThan(2000);
    expect(first.colleagueEntries).toBeGreaterThan(10_000);

    const entries = await db.logEntry.findMany({
      where: { userId: demo.id },
      select: {
        dateOfService: true,
        code: true,
        modifiers: true,
        releaseId: true,
        status: true,
        excluded: true,
        siteId: true,
      },
    });
    const dates = entries.map((e) => e.dateOfService.toISOString().slice(0, 10)).sort();
    expect(dates[0] >= '2025-11-28').toBe(true);
    expect(dates.at(-1)! <= TODAY).toBe(true);
    expect(entries.every((e) => e.releaseId !== null && e.status !== null)).toBe(true);
    expect(entries.filter((e) => e.excluded)).toHaveLength(0);
    const codes = new Set(entries.map((e) => e.code));
    for (const code of [
      '99203',
      '99213',
      '99214',
      '20610',
      '27447',
      '27130',
      '29881',
      '29880',
      '29827',
      '25600',
    ])
      expect(codes).toContain(code);
    const modifiers = new Set(entries.flatMap((e) => e.modifiers));
    for (const m of ['25', '50', '80', '62']) expect(modifiers).toContain(m);
    expect(new Set(entries.map((e) => e.siteId)).size).toBe(3);
    // TKA and THA several times a month.
    const tka = entries.filter((e) => e.code === '27447' && e.modifiers.length === 0).length;
    expect(tka / 12).toBeGreaterThan(3);
    expect(await db.timeOff.count({ where: { userId: demo.id } })).toBeGreaterThanOrEqual(3);

    // FY2026 to date lands in a realistic band for a full-time orthopedic surgeon.
    const d = await getDashboard({ actor: demo, asOf: TODAY });
    expect(d.summary.ytdWrvu).toBeGreaterThan(6500);
    expect(d.summary.ytdWrvu).toBeLessThan(10_500);
    expect(d.benchmark?.synthetic).toBe(true);
    expect(d.summary.rank?.kind).toBe('at');

    const group = await getGroupView({ actor: demo, asOf: TODAY });
    expect(group.organization.name).toBe(DEMO_ORG_NAME);
    expect(group.members).toHaveLength(6);
    expect(group.members.every((m) => m.ytdWrvu > 0)).toBe(true);
    const colleague = await db.user.findUniqueOrThrow({
      where: { email: 'james.okafor@demo-ortho.benchline.local' },
      select: { passwordHash: true, clinicalFte: true },
    });
    expect(colleague.passwordHash).toMatch(/^\$argon2id\$/);
    expect(colleague.clinicalFte.toNumber()).toBe(0.5);

    const again = await seedDemoEntries({ userId: demo.id, today: TODAY });
    expect(again).toMatchObject({
      demoEntries: 0,
      colleagueEntries: 0,
      organizationId: first.organizationId,
    });
    expect(await db.logEntry.count({ where: { userId: demo.id } })).toBe(entries.length);
  });
});
