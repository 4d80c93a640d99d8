// Decoding of the next-auth session cookie, memoised. next-auth's decode derives the key with HKDF
// and decrypts the JWE on every call; the same cookie comes with every request of a session (the
// proxy and the page each decode it), so decoded payloads are kept by their exact token string
// until the token's own expiry. The token is authenticated encryption, so an equal string is the
// same, already verified token; anything not in the memo goes through next-auth's decode.
import { decode, type JWT, type JWTDecodeParams } from 'next-auth/jwt';

const MAX_ENTRIES = 5_000;
const memo = new Map<string, { payload: JWT; expiresAt: number }>();

export async function decodeSessionToken(params: JWTDecodeParams): Promise<JWT | null> {
  const { token } = params;
  if (!token) return null;
  const hit = memo.get(token);
  if (hit && hit.expiresAt > Date.now() / 1000) return hit.payload;
  if (hit) memo.delete(token);
  const payload = await decode(params); // throws on a forged, tampered or expired token
  if (payload && typeof payload.exp === 'number') {
    if (memo.size >= MAX_ENTRIES) memo.delete(memo.keys().next().value as string); // oldest first
    memo.set(token, { payload, expiresAt: payload.exp });
  }
  return payload;
}
