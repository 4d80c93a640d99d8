// A user's crediting policy (multiple-procedure reduction, modifier 22/52 factors, crediting of
// status N/I codes). Saving it re-prices all the user's entries, so every stored credit always
// matches the policy recorded with it.
import 'server-only';
import { db } from '@/lib/db';
import type { Actor } from '@/lib/session';
import { DEFAULT_POLICY } from '@/lib/rvu/types';
import { loadPolicy } from './pricing';
import { repriceEncounters } from './mutations';
import type { CreditPolicyInput } from './schemas';

export async function getCreditPolicy({ actor }: { actor: Actor }) {
  const policy = await loadPolicy(db, actor.id);
  const own = await db.creditPolicy.findUnique({ where: { userId: actor.id }, select: { id: true } });
  return {
    ...policy,
    source: own ? 'personal' : policy.id === DEFAULT_POLICY.id ? 'default' : 'organisation',
  } as const;
}

export async function updateCreditPolicy({
  actor,
  input,
}: {
  actor: Actor;
  input: CreditPolicyInput;
}): Promise<{ repriced: number }> {
  return db.$transaction(
    async (tx) => {
      await tx.creditPolicy.upsert({
        where: { userId: actor.id },
        create: { userId: actor.id, ...input },
        update: input,
      });
      await tx.auditEvent.create({
        data: {
          actorId: actor.id,
          entityType: 'CreditPolicy',
          entityId: actor.id,
          action: 'policy.update',
          after: input,
        },
      });
      return { repriced: await repriceAll(tx, actor) };
    },
    { timeout: 300_000 },
  );
}

/**
 * Back to the CMS-adjusted default: the personal policy is removed; when an organisation policy
 * would then apply instead, a personal copy of the CMS default is kept so the result is the default.
 */
export async function resetCreditPolicy({ actor }: { actor: Actor }): Promise<{ repriced: number }> {
  return db.$transaction(
    async (tx) => {
      await tx.creditPolicy.deleteMany({ where: { userId: actor.id } });
      if ((await loadPolicy(tx, actor.id)).id !== DEFAULT_POLICY.id) {
        const { id: _id, name: _name, ...values } = DEFAULT_POLICY;
        await tx.creditPolicy.create({ data: { userId: actor.id, ...values } });
      }
      await tx.auditEvent.create({
        data: { actorId: actor.id, entityType: 'CreditPolicy', entityId: actor.id, action: 'policy.reset' },
      });
      return { repriced: await repriceAll(tx, actor) };
    },
    { timeout: 300_000 },
  );
}

type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];

/** Re-prices every encounter of the user under the policy now stored (encounters are the pricing unit). */
async function repriceAll(tx: Tx, actor: Actor): Promise<number> {
  const encounters = await tx.logEntry.findMany({
    where: { userId: actor.id, deletedAt: null },
    distinct: ['dateOfService', 'encounterKey'],
    select: { dateOfService: true, encounterKey: true },
  });
  for (let i = 0; i < encounters.length; i += 500)
    await repriceEncounters(
      tx,
      encounters.slice(i, i + 500).map((e) => ({ userId: actor.id, ...e })),
    );
  return encounters.length;
}
