// One advisory lock per user's log. Every write to a user's entries holds it shared (so writes of
// one user still run side by side, serialised per encounter by their own locks); re-pricing the
// whole log after a policy change holds it exclusively, so no entry can be written under the old
// policy while the log is re-priced, with one lock instead of one per encounter (at 20,000+
// encounters those exhausted PostgreSQL's shared lock table).
import 'server-only';
import { advisoryLockKey, type Sql } from '@/lib/db';

export const userLogLock = (userId: string) => `user-log|${userId}`;

export async function lockUserLogShared(sql: Sql, userIds: string[]): Promise<void> {
  const keys = [...new Set(userIds.map((id) => advisoryLockKey(userLogLock(id))))].sort();
  if (keys.length)
    await sql(`SELECT count(pg_advisory_xact_lock_shared(k))::int AS n FROM unnest($1::bigint[]) AS k`, [
      keys,
    ]);
}

export async function lockUserLogExclusive(sql: Sql, userId: string): Promise<void> {
  await sql(`SELECT pg_advisory_xact_lock($1::bigint)::text AS locked`, [
    advisoryLockKey(userLogLock(userId)),
  ]);
}
