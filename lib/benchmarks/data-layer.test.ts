// Integration tests of the benchmark data layer against PostgreSQL:
//   node scripts/with-db.mjs --fresh -- npx vitest run lib/benchmarks
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { Actor } from '@/lib/session';
import { createTestUser } from '@/lib/testing/factories';
import { BUILTIN_SOURCES, SYNTHETIC_DEMO_KEY } from './builtin';
import { importBenchmarkCsv, importBenchmarkCsvAsOperator, seedBuiltinBenchmarks } from './mutations';
import { getBenchmarkTable, listBenchmarkSources } from './queries';

const HEADER = 'specialty,segment,metric,p10,p25,p50,p75,p90,mean,respondents';
const GOOD_CSV = `${HEADER}\nCardiology,all,,,6000,7500,9000,11000,,80\nUrology,academic,,,5000,6000,7000,8000,,`;
const source = (survey = `Test survey ${randomUUID()}`) => ({
  publisher: 'Test Publisher',
  survey,
  dataYear: 2024,
});

async function createOrg(admin: Actor, members: { actor: Actor; role: 'ADMIN' | 'MEMBER' }[] = []) {
  return db.organization.create({
    data: {
      name: 'Test group',
      slug: `org-${randomUUID()}`,
      memberships: {
        create: [
          { userId: admin.id, role: 'ADMIN' },
          ...members.map((m) => ({ userId: m.actor.id, role: m.role })),
        ],
      },
    },
  });
}

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  return err as AppError;
}

async function counts() {
  const [sources, rows, audits] = await Promise.all([
    db.benchmarkSource.count(),
    db.benchmarkRow.count(),
    db.auditEvent.count(),
  ]);
  return { sources, rows, audits };
}

beforeAll(async () => {
  await seedBuiltinBenchmarks();
});

describe('seedBuiltinBenchmarks', () => {
  it('is idempotent and restores edited built-in rows', async () => {
    const snapshot = () =>
      db.benchmarkSource.findMany({
        where: { builtIn: true },
        select: { id: true, key: true, rows: { select: { id: true, p50: true } } },
        orderBy: { key: 'asc' },
      });
    const before = await snapshot();
    const result = await seedBuiltinBenchmarks();
    expect(result).toEqual({
      sources: BUILTIN_SOURCES.length,
      rows: BUILTIN_SOURCES.flatMap((s) => s.rows).length,
      removedSources: 0,
    });
    expect(await snapshot()).toEqual(before);
    expect(before.flatMap((s) => s.rows)).toHaveLength(result.rows);

    const fm = await db.benchmarkSource.findUniqueOrThrow({
      where: { key: 'mgma-2014-family-medicine' },
      include: { rows: true },
    });
    await db.benchmarkRow.update({ where: { id: fm.rows[0].id }, data: { p50: 1 } });
    await seedBuiltinBenchmarks();
    expect((await db.benchmarkRow.findUniqueOrThrow({ where: { id: fm.rows[0].id } })).p50?.toNumber()).toBe(
      4763,
    );
  });
});

describe('importBenchmarkCsv', () => {
  it('writes nothing when one row is bad, and lists the bad row', async () => {
    const admin = await createTestUser();
    const org = await createOrg(admin);
    const before = await counts();
    const csv = `${GOOD_CSV}\nAstrology,all,,,1,2,3,4,,`;
    const result = await importBenchmarkCsv({
      actor: admin,
      organizationId: org.id,
      source: source(),
      csvText: csv,
    });
    expect(result).toEqual({
      ok: false,
      errors: [{ line: 4, column: 'specialty', message: expect.stringContaining('Astrology') }],
    });
    expect(await counts()).toEqual(before);
  });

  it('imports for an organisation its admin belongs to, audited, visible to its members only', async () => {
    const [adminX, memberX, adminY] = await Promise.all([
      createTestUser(),
      createTestUser(),
      createTestUser(),
    ]);
    const orgX = await createOrg(adminX, [{ actor: memberX, role: 'MEMBER' }]);
    await createOrg(adminY);
    const result = await importBenchmarkCsv({
      actor: adminX,
      organizationId: orgX.id,
      source: source(),
      csvText: GOOD_CSV,
    });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result).toMatchObject({ rowCount: 2, replaced: false });
    expect(
      await db.auditEvent.count({
        where: { entityId: result.sourceId, action: 'benchmark.import', actorId: adminX.id },
      }),
    ).toBe(1);

    const memberView = await getBenchmarkTable({
      actor: memberX,
      sourceId: result.sourceId,
      specialty: 'cardiology',
    });
    expect(memberView.row).toMatchObject({
      segment: 'all',
      table: { p10: null, p25: 6000, p50: 7500, p75: 9000, p90: 11000 },
      respondents: 80,
    });
    expect(memberView.source.organization?.id).toBe(orgX.id);
    expect((await listBenchmarkSources({ actor: memberX })).map((s) => s.id)).toContain(result.sourceId);

    expect((await listBenchmarkSources({ actor: adminY })).map((s) => s.id)).not.toContain(result.sourceId);
    const err = await rejection(
      getBenchmarkTable({ actor: adminY, sourceId: result.sourceId, specialty: 'Cardiology' }),
    );
    expect(err.code).toBe('NOT_FOUND');
  });

  it('refuses an admin of X importing into Y, a plain member, and a user without an organisation', async () => {
    const [adminX, adminY, memberY] = await Promise.all([
      createTestUser(),
      createTestUser(),
      createTestUser(),
    ]);
    await createOrg(adminX);
    const orgY = await createOrg(adminY, [{ actor: memberY, role: 'MEMBER' }]);
    const before = await counts();
    for (const [actor, organizationId] of [
      [adminX, orgY.id],
      [memberY, orgY.id],
      [adminX, null],
      [adminX, 'no-such-org'],
    ] as const) {
      const err = await rejection(
        importBenchmarkCsv({ actor, organizationId, source: source(), csvText: GOOD_CSV }),
      );
      expect(err.code).toBe('FORBIDDEN');
    }
    expect(await counts()).toEqual(before);
  });

  it('conflicts on re-import of the same survey unless replacing', async () => {
    const admin = await createTestUser();
    const org = await createOrg(admin);
    const src = source();
    const first = await importBenchmarkCsv({
      actor: admin,
      organizationId: org.id,
      source: src,
      csvText: GOOD_CSV,
    });
    expect(first.ok).toBe(true);
    const err = await rejection(
      importBenchmarkCsv({ actor: admin, organizationId: org.id, source: src, csvText: GOOD_CSV }),
    );
    expect(err.code).toBe('CONFLICT');
    const csv = `${HEADER}\nNeurology,all,,,,5000,,,,`;
    const second = await importBenchmarkCsv({
      actor: admin,
      organizationId: org.id,
      source: src,
      csvText: csv,
      replace: true,
    });
    expect(second).toMatchObject({ ok: true, replaced: true, rowCount: 1 });
    if (first.ok && second.ok) {
      expect(second.sourceId).toBe(first.sourceId);
      expect(
        await db.benchmarkRow.findMany({ where: { sourceId: first.sourceId }, select: { specialty: true } }),
      ).toEqual([{ specialty: 'Neurology' }]);
    }
  });

  it('rejects an invalid source block with field errors before touching the file', async () => {
    const admin = await createTestUser();
    const org = await createOrg(admin);
    const err = await rejection(
      importBenchmarkCsv({
        actor: admin,
        organizationId: org.id,
        source: { publisher: '', survey: 'x', dataYear: 'soon' },
        csvText: GOOD_CSV,
      }),
    );
    expect(err.code).toBe('VALIDATION');
    expect(Object.keys(err.fieldErrors ?? {}).sort()).toEqual(['dataYear', 'publisher']);
  });

  it('lets a site admin import an installation-wide table, and the operator import by organisation slug', async () => {
    const user = await createTestUser();
    await db.user.update({ where: { id: user.id }, data: { role: 'ADMIN' } });
    const siteAdmin: Actor = { ...user, role: 'ADMIN' };
    const wide = await importBenchmarkCsv({
      actor: siteAdmin,
      organizationId: null,
      source: source(),
      csvText: GOOD_CSV,
    });
    expect(wide.ok).toBe(true);
    const stranger = await createTestUser();
    if (wide.ok)
      expect((await listBenchmarkSources({ actor: stranger })).map((s) => s.id)).toContain(wide.sourceId);

    const org = await createOrg(user);
    const viaCli = await importBenchmarkCsvAsOperator({
      organizationSlug: org.slug,
      source: source(),
      csvText: GOOD_CSV,
    });
    expect(viaCli.ok && viaCli.key.startsWith(`${org.id}:`)).toBe(true);
    const err = await rejection(
      importBenchmarkCsvAsOperator({ organizationSlug: 'no-such-slug', source: source(), csvText: GOOD_CSV }),
    );
    expect(err.code).toBe('NOT_FOUND');
  });
});

describe('queries over built-in sources', () => {
  it('lists real built-ins with their citation notes, and the synthetic set last and labelled', async () => {
    const actor = await createTestUser();
    const sources = await listBenchmarkSources({ actor });
    const builtIns = sources.filter((s) => s.builtIn);
    expect(builtIns.length).toBe(BUILTIN_SOURCES.length);
    expect(sources.at(-1)).toMatchObject({
      key: SYNTHETIC_DEMO_KEY,
      synthetic: true,
      citation: 'Synthetic demo data - not survey data',
    });
    expect(builtIns.find((s) => s.key === 'mgma-2014-family-medicine')).toMatchObject({
      quality: 'B',
      dataYear: 2013,
    });
    expect((await listBenchmarkSources({ actor, includeSynthetic: false })).some((s) => s.synthetic)).toBe(
      false,
    );
    const gi = await listBenchmarkSources({ actor, specialty: 'GI', includeSynthetic: false });
    expect(gi.map((s) => s.key)).toEqual(['mgma-datadive-2016-gastroenterology']);
  });

  it('picks a segment, lists the choices, and says when a specialty has no data', async () => {
    const actor = await createTestUser();
    const id = async (key: string) => (await db.benchmarkSource.findUniqueOrThrow({ where: { key } })).id;
    const soh = await getBenchmarkTable({
      actor,
      sourceId: await id('shm-mgma-soh-2011'),
      specialty: 'hospitalist',
    });
    expect(soh).toMatchObject({
      specialty: 'Hospital medicine',
      segments: ['all', 'Southern region'],
      row: { segment: 'all', table: { p50: 4166 } },
    });
    const south = await getBenchmarkTable({
      actor,
      sourceId: await id('shm-mgma-soh-2011'),
      specialty: 'Hospital medicine',
      segment: 'southern REGION',
    });
    expect(south.row?.table.p50).toBe(4931);

    const fm = await getBenchmarkTable({
      actor,
      sourceId: await id('mgma-datadive-2019-family-medicine'),
      specialty: 'Family medicine',
    });
    expect(fm.row).toBeNull();
    expect(fm.segments).toHaveLength(2);

    const none = await getBenchmarkTable({
      actor,
      sourceId: await id('mgma-2014-family-medicine'),
      specialty: 'Dermatology',
    });
    expect(none).toMatchObject({ specialty: 'Dermatology', segments: [], row: null });
    expect(
      (
        await getBenchmarkTable({
          actor,
          sourceId: await id('mgma-2014-family-medicine'),
          specialty: 'Astrology',
        })
      ).specialty,
    ).toBeNull();
  });
});
