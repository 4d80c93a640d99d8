// Re-checking the current password of a signed-in user (change password, delete account). A wrong
// password counts as a failed sign-in for the account and the address (lib/auth/throttle.ts), so a
// stolen session cannot guess the password here any faster than on the sign-in form.
import 'server-only';
import { AppError } from '@/lib/errors';
import { verifyPassword } from '@/lib/auth/password';
import { assertSignInAllowed, recordSignInFailure, SignInLockedError } from '@/lib/auth/throttle';

export async function assertCurrentPassword(input: {
  email: string;
  passwordHash: string;
  password: string;
  ip: string;
  field: string;
  wrongMessage: string;
}): Promise<void> {
  const { email, ip } = input;
  try {
    await assertSignInAllowed({ email, ip });
  } catch (err) {
    if (err instanceof SignInLockedError) throw new AppError('RATE_LIMITED', err.message);
    throw err;
  }
  if (await verifyPassword(input.passwordHash, input.password)) return;
  const locked = await recordSignInFailure({ email, ip });
  if (locked > 0) throw new AppError('RATE_LIMITED', new SignInLockedError(locked).message);
  throw new AppError('VALIDATION', input.wrongMessage, { [input.field]: ['Not correct.'] });
}
