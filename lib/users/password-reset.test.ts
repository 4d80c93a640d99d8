// Password reset against the real test database: hashed single-use tokens, expiry, no enumeration.
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db';
import { createTestUser, TEST_PASSWORD } from '@/lib/testing/factories';
import { authenticate } from './authenticate';
import {
  checkResetToken,
  createPasswordResetToken,
  hashResetToken,
  requestPasswordReset,
  resetPassword,
  RESET_MAILS_PER_WINDOW,
  RESET_TOKEN_MESSAGES,
} from './password-reset';

const NEW_PASSWORD = 'a brand new passphrase';

afterEach(() => vi.restoreAllMocks());

describe('password reset', () => {
  it('mails a link (printed on the console without SMTP_URL) whose token is stored only as a hash', async () => {
    const user = await createTestUser({ name: 'Dr. Reset Console' });
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    expect(
      await requestPasswordReset({ email: user.email.toUpperCase(), origin: 'http://10.0.0.7:3000' }),
    ).toEqual({
      sent: true,
    });
    const printed = log.mock.calls.map((c) => String(c[0])).join('\n');
    expect(printed).toContain(`to:      ${user.email}`);
    const token = printed.match(/http:\/\/10\.0\.0\.7:3000\/reset-password\?token=([A-Za-z0-9_-]{43})/)?.[1];
    expect(token).toBeDefined();
    const rows = await db.passwordResetToken.findMany({ where: { userId: user.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0].tokenHash).toBe(hashResetToken(token!));
    expect(rows[0].tokenHash).not.toContain(token!);
    const minutes = (rows[0].expiresAt.getTime() - rows[0].createdAt.getTime()) / 60_000;
    expect(minutes).toBeCloseTo(30, 0);
  });

  it('sends nothing and stores nothing for an unknown email', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    const before = await db.passwordResetToken.count();
    expect(
      await requestPasswordReset({ email: `nobody-${randomUUID()}@x.test`, origin: 'http://x' }),
    ).toEqual({
      sent: false,
    });
    expect(log).not.toHaveBeenCalled();
    expect(await db.passwordResetToken.count()).toBe(before);
  });

  it('sets the new password once: the link is then used, the old password and other links stop working', async () => {
    const user = await createTestUser();
    const first = (await createPasswordResetToken({ email: user.email }))!;
    const second = (await createPasswordResetToken({ email: user.email }))!;
    expect(await checkResetToken({ token: first.token })).toBe('valid');

    expect(await resetPassword({ token: first.token, newPassword: NEW_PASSWORD })).toEqual({
      email: user.email,
    });
    expect(await authenticate({ email: user.email, password: NEW_PASSWORD, ip: 't' })).toMatchObject({
      id: user.id,
    });
    expect(await authenticate({ email: user.email, password: TEST_PASSWORD, ip: 't' })).toBeNull();

    expect(await checkResetToken({ token: first.token })).toBe('used');
    await expect(
      resetPassword({ token: first.token, newPassword: 'yet another passphrase' }),
    ).rejects.toMatchObject({
      code: 'VALIDATION',
      message: RESET_TOKEN_MESSAGES.used,
    });
    expect(await checkResetToken({ token: second.token })).toBe('used');
    expect(await db.auditEvent.count({ where: { entityId: user.id, action: 'password.reset' } })).toBe(1);
  });

  it('refuses an expired link and a made-up one with their own messages, changing nothing', async () => {
    const user = await createTestUser();
    const { token } = (await createPasswordResetToken({ email: user.email }))!;
    await db.passwordResetToken.update({
      where: { tokenHash: hashResetToken(token) },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const hashBefore = (await db.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash;
    expect(await checkResetToken({ token })).toBe('expired');
    await expect(resetPassword({ token, newPassword: NEW_PASSWORD })).rejects.toMatchObject({
      message: RESET_TOKEN_MESSAGES.expired,
    });
    await expect(resetPassword({ token: 'x'.repeat(43), newPassword: NEW_PASSWORD })).rejects.toMatchObject({
      message: RESET_TOKEN_MESSAGES.invalid,
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash).toBe(hashBefore);
  });

  it('two submissions of one link at once: exactly one succeeds', async () => {
    const user = await createTestUser();
    const { token } = (await createPasswordResetToken({ email: user.email }))!;
    const results = await Promise.allSettled([
      resetPassword({ token, newPassword: 'first racing passphrase' }),
      resetPassword({ token, newPassword: 'second racing passphrase' }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
  });

  it(`creates at most ${RESET_MAILS_PER_WINDOW} links per account in 30 minutes`, async () => {
    const user = await createTestUser();
    const made = [];
    for (let i = 0; i < RESET_MAILS_PER_WINDOW + 2; i++)
      made.push(await createPasswordResetToken({ email: user.email }));
    expect(made.filter(Boolean)).toHaveLength(RESET_MAILS_PER_WINDOW);
    expect(await db.passwordResetToken.count({ where: { userId: user.id } })).toBe(RESET_MAILS_PER_WINDOW);
  });

  it('clears the sign-in lockout of the account it resets', async () => {
    const user = await createTestUser();
    await db.authThrottle.create({
      data: {
        key: `account:${user.email}`,
        failures: 10,
        windowStart: new Date(),
        lockedUntil: new Date(Date.now() + 9e5),
      },
    });
    const { token } = (await createPasswordResetToken({ email: user.email }))!;
    await resetPassword({ token, newPassword: NEW_PASSWORD });
    expect(await db.authThrottle.count({ where: { key: `account:${user.email}` } })).toBe(0);
  });
});
