// Sign-in throttling against real PostgreSQL: per-account and per-address limits, locks that end,
// resets on success, atomic counting under concurrency, and the same behaviour (and cost) for
// unknown and wrong accounts.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { createTestUser, TEST_PASSWORD } from '@/lib/testing/factories';
import { authenticate } from '@/lib/users/authenticate';
import {
  accountKey,
  ipKey,
  lockedForSeconds,
  recordSignInFailure,
  SignInLockedError,
  THROTTLE,
} from './throttle';

const ip = () =>
  `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
const LOCK_MESSAGE = /^Too many attempts\. Try again in 15 minutes\.$/;

async function attempt(email: string, password: string, from: string) {
  try {
    return { user: await authenticate({ email, password, ip: from }) };
  } catch (err) {
    if (err instanceof SignInLockedError) return { locked: err.message };
    throw err;
  }
}

describe('per-account limit', () => {
  it('locks an account after 10 failures in 15 minutes, even for the right password, with a clear message', async () => {
    const user = await createTestUser();
    const from = ip();
    for (let i = 1; i < THROTTLE.account.limit; i++)
      expect(await attempt(user.email, 'wrong password!!', from)).toEqual({ user: null });
    const tenth = await attempt(user.email, 'wrong password!!', from);
    expect(tenth.locked).toMatch(LOCK_MESSAGE);
    // Locked: the right password does not get in, and from another address neither.
    expect((await attempt(user.email, TEST_PASSWORD, from)).locked).toMatch(LOCK_MESSAGE);
    expect((await attempt(user.email.toUpperCase(), TEST_PASSWORD, ip())).locked).toMatch(LOCK_MESSAGE);
    const row = await db.authThrottle.findUniqueOrThrow({ where: { key: accountKey(user.email) } });
    expect(row.failures).toBe(10); // attempts while locked are not counted
  });

  it('treats an unknown account exactly like a wrong password (null, then the same lock)', async () => {
    const email = `nobody-${randomUUID()}@test.benchline.local`;
    const from = ip();
    const results = [];
    for (let i = 0; i < THROTTLE.account.limit; i++)
      results.push(await attempt(email, 'wrong password!!', from));
    expect(results.slice(0, 9)).toEqual(Array(9).fill({ user: null }));
    expect(results[9].locked).toMatch(LOCK_MESSAGE);
  });

  it('unlocks when the lock ends, and starts a new window after 15 minutes', async () => {
    const user = await createTestUser();
    const from = ip();
    for (let i = 0; i < THROTTLE.account.limit; i++) await attempt(user.email, 'wrong password!!', from);
    expect(await lockedForSeconds({ email: user.email, ip: from })).toBeGreaterThan(14 * 60);
    // Let the clock run: the lock ended and the window began 16 minutes ago.
    await db.$executeRaw`update "AuthThrottle" set "lockedUntil" = (now() at time zone 'UTC') - interval '1 minute', "windowStart" = (now() at time zone 'UTC') - interval '16 minutes' where key = ${accountKey(user.email)}`;
    expect((await attempt(user.email, 'wrong password!!', from)).user).toBeNull();
    expect(
      (await db.authThrottle.findUniqueOrThrow({ where: { key: accountKey(user.email) } })).failures,
    ).toBe(1);
    expect((await attempt(user.email, TEST_PASSWORD, from)).user?.id).toBe(user.id);
  });

  it('a successful sign-in resets the account counter', async () => {
    const user = await createTestUser();
    const from = ip();
    for (let i = 0; i < 9; i++) await attempt(user.email, 'wrong password!!', from);
    expect((await attempt(user.email, TEST_PASSWORD, from)).user?.id).toBe(user.id);
    expect(await db.authThrottle.findUnique({ where: { key: accountKey(user.email) } })).toBeNull();
    for (let i = 0; i < 9; i++) expect((await attempt(user.email, 'wrong password!!', from)).user).toBeNull();
    expect((await attempt(user.email, TEST_PASSWORD, from)).user?.id).toBe(user.id);
  });
});

describe('per-address limit', () => {
  it('locks an address after 50 failures across accounts; other addresses and the success path of others are unaffected', async () => {
    const from = ip();
    // Counted directly (no argon2) to keep the test fast; authenticate() calls the same function.
    let locked = 0;
    for (let i = 0; i < THROTTLE.ip.limit; i++)
      locked = await recordSignInFailure({ email: `spray-${i}-${randomUUID()}@x.test`, ip: from });
    expect(locked).toBeGreaterThan(14 * 60);
    const user = await createTestUser();
    expect((await attempt(user.email, TEST_PASSWORD, from)).locked).toMatch(LOCK_MESSAGE);
    expect((await attempt(user.email, TEST_PASSWORD, ip())).user?.id).toBe(user.id);
    // Success from elsewhere does not clear the address's counter.
    expect((await db.authThrottle.findUniqueOrThrow({ where: { key: ipKey(from) } })).failures).toBe(50);
  });

  it('counts concurrent failures exactly (one shared counter for every app instance)', async () => {
    const from = ip();
    const email = `race-${randomUUID()}@x.test`;
    await Promise.all(Array.from({ length: 25 }, () => recordSignInFailure({ email, ip: from })));
    expect((await db.authThrottle.findUniqueOrThrow({ where: { key: ipKey(from) } })).failures).toBe(25);
    const account = await db.authThrottle.findUniqueOrThrow({ where: { key: accountKey(email) } });
    expect(account.failures).toBe(25);
    expect(account.lockedUntil).not.toBeNull();
  });
});

describe('response time', () => {
  it('an unknown account costs about as much as a wrong password (one argon2 verification each)', async () => {
    const user = await createTestUser();
    const time = async (email: string) => {
      const started = performance.now();
      await attempt(email, 'wrong password!!', ip());
      return performance.now() - started;
    };
    await time(user.email); // warm the dummy hash
    const wrong: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 5; i++) {
      wrong.push(await time(user.email));
      unknown.push(await time(`nobody-${randomUUID()}@test.benchline.local`));
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[2];
    const [a, b] = [median(wrong), median(unknown)];
    expect(Math.min(a, b) / Math.max(a, b)).toBeGreaterThan(0.4);
    expect(Math.min(a, b)).toBeGreaterThan(5); // both really verified a hash
  });
});
