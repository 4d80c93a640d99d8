// The first-run steps against the real test database.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { seedBuiltinBenchmarks } from '@/lib/benchmarks/seed';
import { db } from '@/lib/db';
import { createTestUser } from '@/lib/testing/factories';
import { saveFirstRunStep } from './first-run';

describe('first run', () => {
  it('stores the specialty under its benchmark name and offers that specialty’s tables', async () => {
    await seedBuiltinBenchmarks(); // idempotent: the built-in tables every install has
    const actor = await createTestUser();
    const saved = await saveFirstRunStep({
      actor,
      input: { step: 'specialty', specialty: 'family practice', careerStage: 'ATTENDING' },
    });
    const user = await db.user.findUniqueOrThrow({ where: { id: actor.id } });
    expect(user.specialty).toBe('Family medicine');
    expect(user.careerStage).toBe('ATTENDING');
    expect(saved.choices?.length).toBeGreaterThan(0);
  });

  it("saves the FTE and refuses another organisation's benchmark table", async () => {
    const actor = await createTestUser();
    await saveFirstRunStep({ actor, input: { step: 'fte', clinicalFte: 0.6 } });
    const org = await db.organization.create({ data: { name: 'Other', slug: `other-${randomUUID()}` } });
    const source = await db.benchmarkSource.create({
      data: {
        key: `private-${randomUUID()}`,
        publisher: 'Private',
        survey: 'Private survey',
        dataYear: 2025,
        citation: 'Private',
        organizationId: org.id,
      },
    });
    await expect(
      saveFirstRunStep({ actor, input: { step: 'benchmark', benchmarkSourceId: source.id } }),
    ).rejects.toMatchObject({ code: 'VALIDATION' });
    const user = await db.user.findUniqueOrThrow({ where: { id: actor.id } });
    expect(user.clinicalFte.toString()).toBe('0.6');
    expect(user.benchmarkSourceId).toBeNull();
  });
});
