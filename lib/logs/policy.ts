// A user's crediting policy (multiple-procedure reduction, modifier 22/52 factors, crediting of
// status N/I codes). Saving it re-prices all the user's entries, so every stored credit always
// matches the policy recorded with it.
import 'server-only';
import { db } from '@/lib/db';
import type { Actor } from '@/lib/session';
import { DEFAULT_POLICY } from '@/lib/rvu/types';
import { loadPolicy } from './pricing';
import { repriceUserLog } from './reprice-log';
import type { CreditPolicyInput } from './schemas';

export async function getCreditPolicy({ actor }: { actor: Actor }) {
  const policy = await loadPolicy(db, actor.id);
  const own = await db.creditPolicy.findUnique({ where: { userId: actor.id }, select: { id: true } });
  return {
    ...policy,
    source: own ? 'personal' : policy.id === DEFAULT_POLICY.id ? 'default' : 'organisation',
  } as const;
}

/**
 * Saves the policy and re-prices the user's whole log with it, all in one transaction (every stored
 * credit always matches the policy recorded with it) under one per-user lock, in batches
 * (lib/logs/reprice-log.ts). onProgress reports lines re-priced so far.
 */
export async function updateCreditPolicy({
  actor,
  input,
  onProgress,
}: {
  actor: Actor;
  input: CreditPolicyInput;
  onProgress?: (done: number, total: number) => void;
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
      const policy = await loadPolicy(tx, actor.id);
      return { repriced: await repriceUserLog(tx, { userId: actor.id, policy, onProgress }) };
    },
    { timeout: 600_000, maxWait: 10_000 },
  );
}

/**
 * Back to the CMS-adjusted default: the personal policy is removed; when an organisation policy
 * would then apply instead, a personal copy of the CMS default is kept so the result is the default.
 * The log is re-priced the same way as on save (one transaction, the per-user lock, progress).
 */
export async function resetCreditPolicy({
  actor,
  onProgress,
}: {
  actor: Actor;
  onProgress?: (done: number, total: number) => void;
}): Promise<{ repriced: number }> {
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
      const policy = await loadPolicy(tx, actor.id);
      return { repriced: await repriceUserLog(tx, { userId: actor.id, policy, onProgress }) };
    },
    { timeout: 600_000, maxWait: 10_000 },
  );
}
