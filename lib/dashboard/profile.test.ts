// The profile fields the dashboard reads (benchmark source, $/wRVU tiers, time off), written
// through lib/users against PostgreSQL.
//   node scripts/with-db.mjs --fresh -- npx vitest run lib/dashboard
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { compensationByTiers } from '@/lib/benchmarks/compensation';
import { addTimeOff, removeTimeOff, updateProfile } from '@/lib/users/mutations';
import { listTimeOff } from '@/lib/users/queries';
import { profileSchema, timeOffSchema } from '@/lib/users/schemas';
import { getDashboard } from './queries';
import { addEntries, createOrganization, createPhysician, ensureBuiltinBenchmarks } from './test-helpers';

const BASE = {
  name: 'Dr. Profile',
  clinicalFte: 1,
  fiscalYearStartMonth: 1,
  targetPercentile: 50,
  specialty: 'Orthopedic Surgery',
};

beforeAll(async () => {
  await ensureBuiltinBenchmarks();
});

describe('profile: benchmark source and rate tiers', () => {
  it('saves tiers, uses them for the estimate, and clears them with null', async () => {
    const actor = await createPhysician();
    const tiers = [
      { upTo: 5000, rate: 45 },
      { upTo: null, rate: 55 },
    ];
    await updateProfile({
      actor,
      input: profileSchema.parse({ ...BASE, ratePerWrvu: 40, rateTiers: tiers }),
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: actor.id } })).rateTiers).toEqual(tiers);
    await addEntries(actor.id, [{ date: '2026-02-02', code: '27447', wrvu: 19.6 }]);
    const d = await getDashboard({ actor, asOf: '2026-03-15' });
    expect(d.summary.compensation).toMatchObject({
      basis: 'tiers',
      ytd: compensationByTiers(19.6, tiers).total,
    });

    // Leaving the field out keeps the tiers; null removes them and the flat rate applies again.
    await updateProfile({ actor, input: profileSchema.parse(BASE) });
    expect((await db.user.findUniqueOrThrow({ where: { id: actor.id } })).rateTiers).toEqual(tiers);
    await updateProfile({ actor, input: profileSchema.parse({ ...BASE, ratePerWrvu: 40, rateTiers: null }) });
    expect((await db.user.findUniqueOrThrow({ where: { id: actor.id } })).rateTiers).toBeNull();
    expect((await getDashboard({ actor, asOf: '2026-03-15' })).summary.compensation).toMatchObject({
      basis: 'rate',
      ytd: 19.6 * 40,
    });
  });

  it('rejects invalid tiers with field errors', () => {
    const bad = profileSchema.safeParse({
      ...BASE,
      rateTiers: [
        { upTo: null, rate: 40 },
        { upTo: 9000, rate: 50 },
      ],
    });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues.map((i) => i.path.join('.'))).toContain('rateTiers.0.upTo');
  });

  it("accepts visible sources only: built-in, or the actor's own organisation's", async () => {
    const actor = await createPhysician();
    const stranger = await createPhysician();
    const org = await createOrganization('Other org', [{ actor: stranger, role: 'ADMIN' }]);
    const hidden = await db.benchmarkSource.create({
      data: {
        key: `${org.id}:test-${randomUUID()}`,
        publisher: 'P',
        survey: 'S',
        dataYear: 2024,
        citation: 'P S 2024',
        organizationId: org.id,
      },
    });
    const builtin = await db.benchmarkSource.findFirstOrThrow({ where: { builtIn: true, synthetic: false } });
    // The synthetic demo set is for the demo account only.
    const synthetic = await db.benchmarkSource.findUniqueOrThrow({ where: { key: 'synthetic-demo' } });
    await expect(
      updateProfile({ actor, input: profileSchema.parse({ ...BASE, benchmarkSourceId: synthetic.id }) }),
    ).rejects.toMatchObject({ code: 'VALIDATION' });
    await updateProfile({ actor, input: profileSchema.parse({ ...BASE, benchmarkSourceId: builtin.id }) });
    expect((await db.user.findUniqueOrThrow({ where: { id: actor.id } })).benchmarkSourceId).toBe(builtin.id);
    await expect(
      updateProfile({ actor, input: profileSchema.parse({ ...BASE, benchmarkSourceId: hidden.id }) }),
    ).rejects.toMatchObject({
      code: 'VALIDATION',
      fieldErrors: { benchmarkSourceId: ['Unknown benchmark source.'] },
    });
    await updateProfile({ actor, input: profileSchema.parse({ ...BASE, benchmarkSourceId: '' }) });
    expect((await db.user.findUniqueOrThrow({ where: { id: actor.id } })).benchmarkSourceId).toBeNull();
  });
});

describe('profile: time off', () => {
  it("adds and removes only the actor's own ranges", async () => {
    const actor = await createPhysician();
    const other = await createPhysician();
    const { id } = await addTimeOff({
      actor,
      input: timeOffSchema.parse({ startDate: '2026-07-06', endDate: '2026-07-10', note: 'Beach' }),
    });
    expect(await listTimeOff({ actor })).toEqual([
      { id, startDate: '2026-07-06', endDate: '2026-07-10', note: 'Beach' },
    ]);
    expect(await listTimeOff({ actor: other })).toEqual([]);
    await expect(removeTimeOff({ actor: other, id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await removeTimeOff({ actor, id });
    expect(await listTimeOff({ actor })).toEqual([]);
  });

  it('validates the range', () => {
    expect(
      timeOffSchema.safeParse({ startDate: '2026-07-10', endDate: '2026-07-06' }).error?.issues[0],
    ).toMatchObject({ path: ['endDate'] });
    expect(timeOffSchema.safeParse({ startDate: '2026-02-30', endDate: '2026-03-01' }).success).toBe(false);
    expect(timeOffSchema.safeParse({ startDate: '2026-01-01', endDate: '2027-06-01' }).success).toBe(false);
  });
});
