// The crediting policy is stored per user (and organisation) and re-prices the user's entries.
// CMS PFS RVU25D: 27447 work 19.60 and 20610 work 0.79, both MULT PROC 2.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { ensureCatalog } from '@/lib/testing/catalog';
import { createTestUser } from '@/lib/testing/factories';
import { createEntries } from './mutations';
import { getCreditPolicy, resetCreditPolicy, updateCreditPolicy } from './policy';

beforeAll(async () => {
  await ensureCatalog('RVU25D');
}, 120_000);

describe('crediting policy', () => {
  it('defaults to CMS-adjusted, and turning the reduction off re-prices only my entries', async () => {
    const me = await createTestUser();
    const other = await createTestUser();
    const mk = (encounterKey: string, code: string) => ({
      id: randomUUID(),
      dateOfService: '2025-10-15',
      code,
      modifiers: [],
      units: 1,
      setting: 'FACILITY' as const,
      encounterKey,
    });
    const mine = [mk('a', '27447'), mk('a', '20610')];
    const theirs = [mk('b', '27447'), mk('b', '20610')];
    await createEntries({ actor: me, entries: mine });
    await createEntries({ actor: other, entries: theirs });
    expect(await getCreditPolicy({ actor: me })).toMatchObject({ id: 'cms-adjusted', source: 'default' });

    const { repriced } = await updateCreditPolicy({
      actor: me,
      input: {
        multipleProcedureReduction: false,
        modifier22Factor: 1.2,
        modifier52Factor: 0.5,
        creditNotPaidByMedicare: true,
      },
    });
    expect(repriced).toBe(2); // both of my entries, none of theirs
    const wrvu = async (id: string) =>
      (await db.logEntry.findUniqueOrThrow({ where: { id } })).creditedWrvu.toFixed(2);
    expect(await wrvu(mine[1].id)).toBe('0.79');
    expect(await wrvu(theirs[1].id)).toBe('0.40');
    expect(await getCreditPolicy({ actor: me })).toMatchObject({
      source: 'personal',
      multipleProcedureReduction: false,
      modifier22Factor: 1.2,
    });
    const stored = await db.logEntry.findUniqueOrThrow({ where: { id: mine[1].id } });
    expect((stored.policy as { name: string }).name).toBe('Personal policy');

    // Reset to CMS default: the personal policy goes, my entries are re-priced with the reduction again.
    expect(await resetCreditPolicy({ actor: me })).toEqual({ repriced: 2 }); // both of my entries
    expect(await getCreditPolicy({ actor: me })).toMatchObject({ id: 'cms-adjusted', source: 'default' });
    expect(await wrvu(mine[1].id)).toBe('0.40');
    expect(await wrvu(theirs[1].id)).toBe('0.40');
  });

  it('a reset gives the CMS default even when an organisation policy would apply', async () => {
    const me = await createTestUser();
    const org = await db.organization.create({ data: { name: 'Reset Clinic', slug: `reset-${me.id}` } });
    await db.membership.create({ data: { userId: me.id, organizationId: org.id } });
    await db.creditPolicy.create({
      data: {
        organizationId: org.id,
        multipleProcedureReduction: false,
        modifier22Factor: 1,
        modifier52Factor: 0.5,
        creditNotPaidByMedicare: true,
      },
    });
    expect(await getCreditPolicy({ actor: me })).toMatchObject({ source: 'organisation' });
    await resetCreditPolicy({ actor: me });
    expect(await getCreditPolicy({ actor: me })).toMatchObject({
      multipleProcedureReduction: true,
      modifier22Factor: 1,
      modifier52Factor: 0.5,
      creditNotPaidByMedicare: true,
    });
  });
});
