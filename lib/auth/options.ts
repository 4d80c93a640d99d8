// next-auth configuration: email + password (Credentials) with JWT sessions.
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { z } from 'zod';
import { authenticate } from '@/lib/users/authenticate';
import { clientIp } from '@/lib/auth/client-ip';
import { SignInLockedError } from '@/lib/auth/throttle';
import { env } from '@/lib/env';

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(320),
  password: z.string().min(1).max(256),
});

// Secure (and __Secure- prefixed) cookies whenever the app is served over https. The session
// cookie is always HttpOnly and SameSite=Lax (next-auth's defaults, asserted in tests).
export const useSecureCookies = (env.NEXTAUTH_URL ?? '').startsWith('https://');

export const authOptions: NextAuthOptions = {
  useSecureCookies,
  secret: env.NEXTAUTH_SECRET,
  session: { strategy: 'jwt', maxAge: 30 * 24 * 60 * 60 },
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
          return user ? { id: user.id, email: user.email, name: user.name } : null;
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
  callbacks: {
    async jwt({ token, user }) {
      if (user) token.sub = user.id;
      return token;
    },
    async session({ session, token }) {
      if (session.user && token.sub) (session.user as { id?: string }).id = token.sub;
      return session;
    },
  },
};
