// Revocable sessions against real PostgreSQL: a copied session token stops working after sign-out,
// a password change, "sign out everywhere" and account deletion, and the memoised decode of the
// token never answers for a revoked session.
import { encode } from 'next-auth/jwt';
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { createTestUser, TEST_PASSWORD } from '@/lib/testing/factories';
import { deleteAccount } from '@/lib/users/account';
import { changePassword, signOutEverywhere } from '@/lib/users/mutations';
import { authOptions } from './options';
import { decodeSessionToken } from './session-token';
import { actorForToken, revokeSessions, sessionVersionOf } from './sessions';

const secret = 'a test secret that is long enough';

/** What a browser's session cookie holds after signing in (next-auth's jwt callback ran). */
async function signedInToken(user: { id: string; email: string; name: string }) {
  const token = await authOptions.callbacks!.jwt!({
    token: { sub: user.id, name: user.name, email: user.email },
    user: { ...user, sessionVersion: (await sessionVersionOf(user.id)) ?? 0 } as never,
    account: null,
  } as never);
  return encode({ token, secret, maxAge: 3600 });
}
const resolve = async (cookie: string) => actorForToken(await decodeSessionToken({ token: cookie, secret }));

describe('revocable sessions', () => {
  it('a token works until the sessions are revoked, then never again (memo included)', async () => {
    const user = await createTestUser();
    const cookie = await signedInToken(user);
    expect((await resolve(cookie))?.id).toBe(user.id);
    expect((await resolve(cookie))?.id).toBe(user.id); // served from the memo the second time
    await revokeSessions({ userId: user.id });
    // The memoised decode itself refuses the revoked token (the proxy has no database to ask)...
    expect(await decodeSessionToken({ token: cookie, secret })).toBeNull();
    // ...and the database check refuses it in any other process that still had it memoised.
    expect(await actorForToken({ sub: user.id, sv: 0 })).toBeNull();
    // A new sign-in gets a token under the new version.
    expect((await resolve(await signedInToken(user)))?.id).toBe(user.id);
  });

  it('sign-out (next-auth signOut event) ends the session everywhere; a stale token cannot sign out again', async () => {
    const user = await createTestUser();
    const laptop = await signedInToken(user);
    const phone = await signedInToken(user);
    const decoded = await decodeSessionToken({ token: laptop, secret });
    await authOptions.events!.signOut!({ token: decoded!, session: null as never });
    expect(await resolve(laptop)).toBeNull();
    expect(await resolve(phone)).toBeNull();
    const version = await sessionVersionOf(user.id);
    await authOptions.events!.signOut!({ token: decoded!, session: null as never });
    expect(await sessionVersionOf(user.id)).toBe(version);
  });

  it('a password change and "sign out everywhere" end every existing session', async () => {
    const user = await createTestUser();
    const before = await signedInToken(user);
    const { sessionVersion } = await changePassword({
      actor: user,
      input: {
        currentPassword: TEST_PASSWORD,
        newPassword: 'another long new password',
        confirmPassword: 'another long new password',
      },
      ip: '198.51.100.20',
    });
    expect(sessionVersion).toBe(1);
    expect(await resolve(before)).toBeNull();
    const after = await signedInToken(user);
    expect((await resolve(after))?.id).toBe(user.id);
    await signOutEverywhere({ actor: user });
    expect(await resolve(after)).toBeNull();
    expect(await db.auditEvent.count({ where: { actorId: user.id, action: 'sessions.revoke' } })).toBe(1);
  });

  it('account deletion ends its sessions', async () => {
    const user = await createTestUser();
    const cookie = await signedInToken(user);
    expect((await resolve(cookie))?.id).toBe(user.id);
    await deleteAccount({ actor: user, password: TEST_PASSWORD, ip: '198.51.100.21' });
    expect(await resolve(cookie)).toBeNull();
  });

  it('the change-password check of the current password is throttled like sign-in', async () => {
    const user = await createTestUser();
    const input = { currentPassword: 'not it', newPassword: 'x'.repeat(14) + 'yz!', confirmPassword: '' };
    input.confirmPassword = input.newPassword;
    const codes: string[] = [];
    for (let i = 0; i < 8; i++) {
      try {
        await changePassword({ actor: user, input, ip: '198.51.100.22' });
      } catch (err) {
        codes.push((err as { code: string }).code);
      }
    }
    expect(codes.slice(0, 4)).toEqual(Array(4).fill('VALIDATION'));
    expect(codes).toContain('RATE_LIMITED');
    // Throttled means refused even with the right password until the wait is over.
    await expect(
      changePassword({
        actor: user,
        input: { ...input, currentPassword: TEST_PASSWORD },
        ip: '198.51.100.22',
      }),
    ).rejects.toMatchObject({ code: 'RATE_LIMITED' });
  });
});
