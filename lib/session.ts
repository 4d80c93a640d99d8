// The one session accessor. Every protected page, action and route calls requireUser() (or
// getCurrentUser()); the actor it returns is the only source of "who is asking".
import 'server-only';
import { cache } from 'react';
import { getServerSession } from 'next-auth';
import { redirect } from 'next/navigation';
import { authOptions } from '@/lib/auth/options';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';

export type Actor = { id: string; email: string; name: string; role: 'USER' | 'ADMIN' };

export const getCurrentUser = cache(async (): Promise<Actor | null> => {
  const session = await getServerSession(authOptions);
  const id = (session?.user as { id?: string } | undefined)?.id;
  if (!id) return null;
  // The token may outlive the account (deleted users): confirm it still exists.
  const user = await db.user.findUnique({ where: { id }, select: { id: true, email: true, name: true, role: true } });
  return user;
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
