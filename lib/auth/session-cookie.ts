// Re-issues the caller's own session cookie under a new session version, so revoking "all
// sessions" after a password change keeps the person who changed it signed in on this device.
import 'server-only';
import { encode } from 'next-auth/jwt';
import { cookies } from 'next/headers';
import { SESSION_MAX_AGE_SECONDS, useSecureCookies } from '@/lib/auth/options';
import { env } from '@/lib/env';
import type { Actor } from '@/lib/session';

export const sessionCookieName = `${useSecureCookies ? '__Secure-' : ''}next-auth.session-token`;

export async function reissueSessionCookie(actor: Actor, sessionVersion: number): Promise<void> {
  const token = await encode({
    token: { sub: actor.id, name: actor.name, email: actor.email, sv: sessionVersion },
    secret: env.NEXTAUTH_SECRET ?? '',
    maxAge: SESSION_MAX_AGE_SECONDS,
  });
  (await cookies()).set(sessionCookieName, token, {
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    secure: useSecureCookies,
    maxAge: SESSION_MAX_AGE_SECONDS,
  });
}
