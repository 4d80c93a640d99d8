// "Forgot password": single-use, expiring reset links. The token is 32 random bytes (base64url) sent
// only in the mail; the database keeps its SHA-256, so a copy of the table opens no account. A link
// lasts RESET_TTL_MINUTES, works once, and a successful reset also voids every other open link of
// the account. Asking for a link answers the same whether or not the email has an account (the
// caller does not even wait for the lookup: see requestPasswordResetAction).
import 'server-only';
import { forgetSessionTokens } from '@/lib/auth/session-token';
import { createHash, randomBytes } from 'node:crypto';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { hashPassword } from '@/lib/auth/password';
import { recordSignInSuccess } from '@/lib/auth/throttle';
import { sendMail } from '@/lib/mail/mailer';
import { passwordResetMail } from '@/lib/mail/templates/password-reset';

export const RESET_TTL_MINUTES = 30;
/** At most this many links per account in one TTL window: a form cannot be used to flood a mailbox. */
export const RESET_MAILS_PER_WINDOW = 3;

export const hashResetToken = (token: string) => createHash('sha256').update(token).digest('hex');

export type ResetTokenState = 'valid' | 'used' | 'expired' | 'invalid';

export const RESET_TOKEN_MESSAGES: Record<Exclude<ResetTokenState, 'valid'>, string> = {
  used: 'This reset link has already been used. Each link works once: ask for a new one if you still need it.',
  expired: `This reset link has expired (links last ${RESET_TTL_MINUTES} minutes). Ask for a new one.`,
  invalid:
    'This reset link is not valid. Check that you opened the whole link from the email, or ask for a new one.',
};

/**
 * Creates a reset link for the account with this email, or nothing (null) when there is none or the
 * account already got RESET_MAILS_PER_WINDOW links in the last RESET_TTL_MINUTES.
 */
export async function createPasswordResetToken({ email }: { email: string }) {
  const user = await db.user.findUnique({
    where: { email: email.trim().toLowerCase() },
    select: { id: true, email: true, name: true },
  });
  if (!user) return null;
  const windowStart = new Date(Date.now() - RESET_TTL_MINUTES * 60_000);
  const recent = await db.passwordResetToken.count({
    where: { userId: user.id, createdAt: { gt: windowStart } },
  });
  if (recent >= RESET_MAILS_PER_WINDOW) return null;
  const token = randomBytes(32).toString('base64url');
  await db.passwordResetToken.create({
    data: {
      userId: user.id,
      tokenHash: hashResetToken(token),
      expiresAt: new Date(Date.now() + RESET_TTL_MINUTES * 60_000),
    },
  });
  return { user, token };
}

/** Creates a link (when the account exists) and mails it; `origin` is where the link points. */
export async function requestPasswordReset({ email, origin }: { email: string; origin: string }) {
  const created = await createPasswordResetToken({ email });
  if (!created) return { sent: false };
  const link = `${origin}/reset-password?token=${encodeURIComponent(created.token)}`;
  await sendMail(
    passwordResetMail({ to: created.user.email, name: created.user.name, link, minutes: RESET_TTL_MINUTES }),
  );
  return { sent: true };
}

/** What a link is worth right now, without using it (the reset page shows the form or why not). */
export async function checkResetToken({ token }: { token: string }): Promise<ResetTokenState> {
  const row = await db.passwordResetToken.findUnique({
    where: { tokenHash: hashResetToken(token) },
    select: { usedAt: true, expiresAt: true },
  });
  if (!row) return 'invalid';
  if (row.usedAt) return 'used';
  return row.expiresAt.getTime() <= Date.now() ? 'expired' : 'valid';
}

/**
 * Sets a new password through a link: all or nothing, in one transaction. The link is claimed with
 * a conditional update, so two concurrent submissions of the same link cannot both succeed. Also
 * voids the account's other open links, clears its sign-in lockout (the mailbox proved ownership)
 * and writes an audit event.
 */
export async function resetPassword({ token, newPassword }: { token: string; newPassword: string }) {
  const state = await checkResetToken({ token });
  if (state !== 'valid')
    throw new AppError('VALIDATION', RESET_TOKEN_MESSAGES[state], { token: [RESET_TOKEN_MESSAGES[state]] });
  const passwordHash = await hashPassword(newPassword);
  const tokenHash = hashResetToken(token);
  const user = await db.$transaction(async (tx) => {
    const now = new Date();
    const claimed = await tx.passwordResetToken.updateMany({
      where: { tokenHash, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (claimed.count !== 1) {
      // Used (or expired) between the check above and now, e.g. a second tab submitting the link.
      const raced = await tx.passwordResetToken.findUnique({
        where: { tokenHash },
        select: { usedAt: true },
      });
      const why = raced?.usedAt ? 'used' : 'expired';
      throw new AppError('VALIDATION', RESET_TOKEN_MESSAGES[why], { token: [RESET_TOKEN_MESSAGES[why]] });
    }
    const { userId } = await tx.passwordResetToken.findUniqueOrThrow({
      where: { tokenHash },
      select: { userId: true },
    });
    const updated = await tx.user.update({
      where: { id: userId },
      // A reset ends every existing session (lib/auth/sessions.ts): a stolen cookie dies with it.
      data: { passwordHash, sessionVersion: { increment: 1 } },
      select: { id: true, email: true, sessionVersion: true },
    });
    await tx.passwordResetToken.updateMany({ where: { userId, usedAt: null }, data: { usedAt: now } });
    await tx.auditEvent.create({
      data: { actorId: userId, entityType: 'User', entityId: userId, action: 'password.reset' },
    });
    return updated;
  });
  forgetSessionTokens(user.id, user.sessionVersion);
  await recordSignInSuccess({ email: user.email });
  return { email: user.email };
}
