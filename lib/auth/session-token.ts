// Decoding of the next-auth session cookie, memoised. next-auth's decode derives the key with HKDF
// and decrypts the JWE on every call; the same cookie comes with every request of a session (the
// proxy and the page each decode it), so decoded payloads are kept by their exact token string
// until the token's own expiry. The token is authenticated encryption, so an equal string is the
// same, already verified token; anything not in the memo goes through next-auth's decode.
//
// The memo only saves the decryption: whether the session is still valid (the user's session
// version, lib/auth/sessions.ts) is checked against the database by lib/session.ts on every
// request, and revokeSessions() also drops the user's memoised tokens here, so a revoked token is
// never answered from the memo in this process either.
import { decode, type JWT, type JWTDecodeParams } from 'next-auth/jwt';

const MAX_ENTRIES = 5_000;
const memo = new Map<string, { payload: JWT; expiresAt: number }>();
// Per user, the lowest session version still valid, as learnt from revocations in this process: a
// token below it decodes to null at once (also in the proxy, which has no database).
const validFrom = new Map<string, number>();

const revoked = (payload: JWT) =>
  typeof payload.sub === 'string' && tokenSessionVersion(payload) < (validFrom.get(payload.sub) ?? 0);

export async function decodeSessionToken(params: JWTDecodeParams): Promise<JWT | null> {
  const { token } = params;
  if (!token) return null;
  const hit = memo.get(token);
  if (hit && hit.expiresAt > Date.now() / 1000) return revoked(hit.payload) ? null : hit.payload;
  if (hit) memo.delete(token);
  const payload = await decode(params); // throws on a forged, tampered or expired token
  if (payload && revoked(payload)) return null;
  if (payload && typeof payload.exp === 'number') {
    if (memo.size >= MAX_ENTRIES) memo.delete(memo.keys().next().value as string); // oldest first
    memo.set(token, { payload, expiresAt: payload.exp });
  }
  return payload;
}

/**
 * Drops every memoised token of a user and, given the new session version, refuses older tokens of
 * theirs from now on in this process (called when their sessions are revoked or the account goes).
 */
export function forgetSessionTokens(userId: string, newVersion = Number.MAX_SAFE_INTEGER): number {
  if (validFrom.size >= MAX_ENTRIES && !validFrom.has(userId))
    validFrom.delete(validFrom.keys().next().value as string);
  validFrom.set(userId, Math.max(validFrom.get(userId) ?? 0, newVersion));
  let dropped = 0;
  for (const [token, { payload }] of memo) {
    if (payload.sub === userId) {
      memo.delete(token);
      dropped++;
    }
  }
  return dropped;
}

/** The session version a token was issued under (tokens from before versions existed: 0). */
export function tokenSessionVersion(token: JWT | null | undefined): number {
  const sv = (token as { sv?: unknown } | null | undefined)?.sv;
  return typeof sv === 'number' && Number.isInteger(sv) ? sv : 0;
}
