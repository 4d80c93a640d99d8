// Revocable sessions. Sessions are stateless JWTs (next-auth), so each user has a session version
// ("User"."sessionVersion"): a token carries the version it was issued under (claim `sv`) and the
// session accessor (lib/session.ts -> actorForToken) accepts it only while it matches the stored
// version. revokeSessions() bumps the version, which ends every session of the user at once, on
// every instance, on their next request. Sign-out, a password change, "Sign out everywhere" and
// account deletion call it; so should any future flow that must end sessions (password reset, SSO).
import 'server-only';
import type { JWT } from 'next-auth/jwt';
import { sql, type Sql } from '@/lib/db';
import { forgetSessionTokens, tokenSessionVersion } from '@/lib/auth/session-token';
import type { Actor } from '@/lib/session';

/** Ends every session of the user. Returns the new version (for re-issuing the caller's cookie). */
export async function revokeSessions({ userId }: { userId: string }, run: Sql = sql): Promise<number | null> {
  const [row] = await run<{ sessionVersion: number }>(
    'UPDATE "User" SET "sessionVersion" = "sessionVersion" + 1 WHERE id = $1 RETURNING "sessionVersion"',
    [userId],
  );
  forgetSessionTokens(userId, row?.sessionVersion);
  return row?.sessionVersion ?? null;
}

/** The stored session version, or null when the account does not exist. */
export async function sessionVersionOf(userId: string): Promise<number | null> {
  const [row] = await sql<{ sessionVersion: number }>('SELECT "sessionVersion" FROM "User" WHERE id = $1', [
    userId,
  ]);
  return row?.sessionVersion ?? null;
}

/**
 * The actor a decoded session token stands for, or null: no subject, the account is gone (deleted
 * users), or its sessions were revoked after the token was issued.
 */
export async function actorForToken(token: JWT | null | undefined): Promise<Actor | null> {
  const id = typeof token?.sub === 'string' ? token.sub : null;
  if (!id) return null;
  const [user] = await sql<Actor & { sessionVersion: number }>(
    'SELECT id, email, name, role::text AS role, "sessionVersion" FROM "User" WHERE id = $1',
    [id],
  );
  if (!user || user.sessionVersion !== tokenSessionVersion(token)) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}
