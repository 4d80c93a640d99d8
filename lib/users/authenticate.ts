// Checks an email + password. Unknown accounts cost the same argon2 verification as wrong
// passwords, and both return null, so a failed sign-in reveals nothing about the account.
import 'server-only';
import { db } from '@/lib/db';
import { dummyPasswordHash, verifyPassword } from '@/lib/auth/password';

export type AuthenticateInput = { email: string; password: string; ip: string };

export async function authenticate({ email, password }: AuthenticateInput) {
  const user = await db.user.findUnique({
    where: { email: email.toLowerCase() },
    select: { id: true, email: true, name: true, passwordHash: true },
  });
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
  if (!user || !ok) return null;
  return { id: user.id, email: user.email, name: user.name };
}
