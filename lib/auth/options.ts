// next-auth configuration: email + password (Credentials) with JWT sessions.
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { z } from 'zod';
import { authenticate } from '@/lib/users/authenticate';
import { clientIp } from '@/lib/auth/client-ip';
import { SignInLockedError } from '@/lib/auth/throttle';
import { revokeSessions, sessionVersionOf } from '@/lib/auth/sessions';
import { tokenSessionVersion } from '@/lib/auth/session-token';
import { env } from '@/lib/env';
import { safeRedirectPath } from '@/lib/http/safe-redirect';

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(320),
  password: z.string().min(1).max(256),
});

// Secure (and __Secure- prefixed) cookies whenever the app is served over https. The session
// cookie is always HttpOnly and SameSite=Lax (next-auth's defaults, asserted in tests).
export const useSecureCookies = (env.NEXTAUTH_URL ?? '').startsWith('https://');

export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

export const authOptions: NextAuthOptions = {
  useSecureCookies,
  secret: env.NEXTAUTH_SECRET,
  session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: '/signin' },
  providers: [
    CredentialsProvider({
      name: 'Email and password',
      credentials: {
        email: { label: 'Email', type: 'email' },
        password: { label: 'Password', type: 'password' },
      },
      async authorize(credentials, req) {
        const parsed = credentialsSchema.safeParse(credentials);
        if (!parsed.success) return null;
        try {
          const user = await authenticate({ ...parsed.data, ip: clientIp(req?.headers) });
          return user
            ? { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion }
            : null;
        } catch (err) {
          // next-auth hands an Error's message to the sign-in form (res.error): only ever our own
          // wording, never a driver message.
          if (err instanceof SignInLockedError) throw new Error(err.message);
          console.error(err);
          throw new Error('Sign-in is unavailable right now. Please try again in a moment.');
        }
      },
    }),
  ],
  events: {
    // Signing out ends the session everywhere (the token itself cannot be destroyed: it is
    // stateless). Only a still-valid token may do so, so a stale copied cookie cannot sign its
    // owner out over and over.
    async signOut({ token }) {
      const userId = typeof token?.sub === 'string' ? token.sub : null;
      if (!userId) return;
      if ((await sessionVersionOf(userId)) === tokenSessionVersion(token)) await revokeSessions({ userId });
    },
  },
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        // The session version the token is valid under (lib/auth/sessions.ts).
        token.sv = (user as { sessionVersion?: number }).sessionVersion ?? 0;
      }
      return token;
    },
    // Every redirect next-auth makes from input (sign-in and sign-out callbackUrl) goes through the
    // one safe-redirect rule: same-origin path only, else the dashboard.
    async redirect({ url, baseUrl }) {
      return `${baseUrl}${safeRedirectPath(url, { origin: baseUrl })}`;
    },
    async session({ session, token }) {
      if (session.user && token.sub) (session.user as { id?: string }).id = token.sub;
      return session;
    },
  },
};
