// Checks an email + password. Unknown accounts cost the same argon2 verification as wrong
// passwords, and both return null, so a failed sign-in reveals nothing about the account. Failures
// are throttled per account and per client address (lib/auth/throttle.ts): a locked account or
// address gets SignInLockedError ("Too many attempts. Try again in N minutes.") before any password
// is checked, the same for accounts that exist and for those that do not.
import 'server-only';
import { db } from '@/lib/db';
import { dummyPasswordHash, verifyPassword } from '@/lib/auth/password';
import {
  assertSignInAllowed,
  recordSignInFailure,
  recordSignInSuccess,
  SignInLockedError,
} from '@/lib/auth/throttle';

export type AuthenticateInput = { email: string; password: string; ip: string };

export async function authenticate({ email, password, ip }: AuthenticateInput) {
  const key = email.trim().toLowerCase();
  await assertSignInAllowed({ email: key, ip });
  const user = await db.user.findUnique({
    where: { email: key },
    select: { id: true, email: true, name: true, passwordHash: true, sessionVersion: true },
  });
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
  if (!user || !ok) {
    const locked = await recordSignInFailure({ email: key, ip });
    if (locked > 0) throw new SignInLockedError(locked);
    return null;
  }
  await recordSignInSuccess({ email: key });
  return { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion };
}
