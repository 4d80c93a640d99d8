// The one session accessor. Every protected page, action and route calls requireUser() (or
// getCurrentUser()); the actor it returns is the only source of "who is asking".
import 'server-only';
import { cache } from 'react';
import { getToken } from 'next-auth/jwt';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { useSecureCookies } from '@/lib/auth/options';
import { decodeSessionToken } from '@/lib/auth/session-token';
import { actorForToken } from '@/lib/auth/sessions';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';

export type Actor = { id: string; email: string; name: string; role: 'USER' | 'ADMIN' };

export const getCurrentUser = cache(async (): Promise<Actor | null> => {
  // next-auth's own JWT decoding (signature, encryption and expiry checked) of the session cookie.
  // Only the cookie is consulted, never an Authorization header. Cheaper than getServerSession,
  // which runs the whole next-auth handler and re-encrypts a token a server render cannot set.
  const token = await getToken({
    req: { cookies: await cookies(), headers: {} } as never,
    secret: env.NEXTAUTH_SECRET,
    secureCookie: useSecureCookies,
    decode: decodeSessionToken,
  });
  // The token may outlive the account (deleted users) or a revocation (sign-out, password change,
  // "sign out everywhere"): both are checked against the database on every request.
  return actorForToken(token);
});

/** For pages: redirects to sign-in (and back afterwards) when signed out. */
export async function requireUser(callbackUrl?: string): Promise<Actor> {
  const user = await getCurrentUser();
  if (!user) redirect(`/signin${callbackUrl ? `?callbackUrl=${encodeURIComponent(callbackUrl)}` : ''}`);
  return user;
}

/** For actions and route handlers: throws a typed 401 instead of redirecting. */
export async function requireActor(): Promise<Actor> {
  const user = await getCurrentUser();
  if (!user) throw new AppError('UNAUTHENTICATED', 'Sign in to continue.');
  return user;
}
