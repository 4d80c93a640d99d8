// Sign-in throttling against real PostgreSQL: progressive delays per account, per address and a
// global ceiling; a stranger cannot lock an owner out; spoofed addresses are not separate buckets
// (lib/auth/client-ip.test.ts); rows expire; counting is atomic under concurrency; unknown and
// wrong accounts behave (and cost) the same.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { createTestUser, TEST_PASSWORD } from '@/lib/testing/factories';
import { authenticate } from '@/lib/users/authenticate';
import {
  accountKey,
  deleteExpiredThrottles,
  delayAfter,
  GLOBAL_KEY,
  ipKey,
  lockedForSeconds,
  recordSignInFailure,
  SignInLockedError,
  THROTTLE,
} from './throttle';

const ip = () =>
  `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;

async function attempt(email: string, password: string, from: string) {
  try {
    return { user: await authenticate({ email, password, ip: from }) };
  } catch (err) {
    if (err instanceof SignInLockedError) return { locked: err.message };
    throw err;
  }
}

/** Lets the database clock "run": the key's wait is over and its last failure is `ago` seconds old. */
async function elapse(key: string, ago: number) {
  await db.$executeRaw`update "AuthThrottle" set "lockedUntil" = (now() at time zone 'UTC') - interval '1 second',
    "lastFailureAt" = (now() at time zone 'UTC') - ${ago}::int * interval '1 second' where key = ${key}`;
}

describe('progressive delay', () => {
  it('grows 1 s, 2 s, 4 s ... after the free attempts, up to the cap', () => {
    const rule = THROTTLE.account;
    expect([...Array(rule.free)].map((_, i) => delayAfter(i, rule))).toEqual(Array(rule.free).fill(0));
    expect(delayAfter(rule.free, rule)).toBe(1);
    expect(delayAfter(rule.free + 1, rule)).toBe(2);
    expect(delayAfter(rule.free + 3, rule)).toBe(8);
    expect(delayAfter(rule.free + 50, rule)).toBe(rule.maxDelaySeconds);
  });

  it('delays an account after its free failures with a clear message; waiting attempts are not counted', async () => {
    const user = await createTestUser();
    const from = ip();
    for (let i = 1; i < THROTTLE.account.free; i++)
      expect(await attempt(user.email, 'wrong password!!', from)).toEqual({ user: null });
    expect((await attempt(user.email, 'wrong password!!', from)).locked).toMatch(
      /^Too many attempts\. Try again in 1 second\.$/,
    );
    // While it waits, even the right password is refused, and the refusal is not counted.
    expect((await attempt(user.email, TEST_PASSWORD, from)).locked).toMatch(/Try again in \d+ seconds?\./);
    const row = await db.authThrottle.findUniqueOrThrow({ where: { key: accountKey(user.email) } });
    expect(row.failures).toBe(THROTTLE.account.free);
    // After the wait the owner gets in, and the counter is cleared.
    await elapse(accountKey(user.email), 10);
    expect((await attempt(user.email, TEST_PASSWORD, from)).user?.id).toBe(user.id);
    expect(await db.authThrottle.findUnique({ where: { key: accountKey(user.email) } })).toBeNull();
  });

  it('a stranger hammering an account cannot lock the owner out: the owner, from a clean address, waits seconds', async () => {
    const victim = await createTestUser();
    // 200 failures from 40 addresses within the window.
    for (let i = 0; i < 200; i++)
      await recordSignInFailure({ email: victim.email, ip: `198.18.0.${i % 40}` });
    const account = await db.authThrottle.findUniqueOrThrow({ where: { key: accountKey(victim.email) } });
    expect(account.failures).toBe(200);
    // The account's own delay never exceeds the cap...
    const owner = ip();
    const wait = await lockedForSeconds({ email: victim.email, ip: owner });
    expect(wait).toBeLessThanOrEqual(THROTTLE.account.cleanAddressMaxDelaySeconds);
    // ...and once the short clean-address wait has passed since the last failure, the owner is in.
    await db.$executeRaw`update "AuthThrottle" set "lastFailureAt" = (now() at time zone 'UTC') - interval '6 seconds' where key = ${accountKey(victim.email)}`;
    expect((await attempt(victim.email, TEST_PASSWORD, owner)).user?.id).toBe(victim.id);
  });

  it('treats an unknown account exactly like a wrong password (null, then the same delay)', async () => {
    const email = `nobody-${randomUUID()}@test.benchline.local`;
    const user = await createTestUser();
    const [from1, from2] = [ip(), ip()];
    const unknown = [];
    const wrong = [];
    for (let i = 0; i < THROTTLE.account.free; i++) {
      unknown.push(await attempt(email, 'wrong password!!', from1));
      wrong.push(await attempt(user.email, 'wrong password!!', from2));
    }
    expect(unknown).toEqual(wrong);
    expect(unknown.at(-1)?.locked).toMatch(/Too many attempts/);
  });
});

describe('per-address limit', () => {
  it('an address that fails across many accounts waits longer and longer; other addresses are unaffected', async () => {
    const from = ip();
    // Counted directly (no argon2) to keep the test fast; authenticate() calls the same function.
    let wait = 0;
    for (let i = 0; i < THROTTLE.ip.free + 8; i++)
      wait = await recordSignInFailure({ email: `spray-${i}-${randomUUID()}@x.test`, ip: from });
    expect(wait).toBeGreaterThanOrEqual(2 ** 7);
    const user = await createTestUser();
    expect((await attempt(user.email, TEST_PASSWORD, from)).locked).toMatch(/Too many attempts/);
    expect((await attempt(user.email, TEST_PASSWORD, ip())).user?.id).toBe(user.id);
    // Success from elsewhere does not clear the address's counter.
    expect((await db.authThrottle.findUniqueOrThrow({ where: { key: ipKey(from) } })).failures).toBe(
      THROTTLE.ip.free + 8,
    );
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

describe('global ceiling and expiry', () => {
  it('above the global ceiling only clean addresses with clean accounts get through', async () => {
    const user = await createTestUser();
    const dirty = ip();
    await recordSignInFailure({ email: `x-${randomUUID()}@x.test`, ip: dirty });
    const before = await db.authThrottle.findUnique({ where: { key: GLOBAL_KEY } });
    try {
      await db.$executeRaw`update "AuthThrottle" set failures = ${THROTTLE.global.ceiling} where key = ${GLOBAL_KEY}`;
      expect((await attempt(user.email, TEST_PASSWORD, dirty)).locked).toMatch(/Too many attempts/);
      expect((await attempt(user.email, TEST_PASSWORD, ip())).user?.id).toBe(user.id);
    } finally {
      await db.$executeRaw`update "AuthThrottle" set failures = ${before?.failures ?? 1} where key = ${GLOBAL_KEY}`;
    }
  });

  it('rows expire and are deleted; an expired row no longer delays anyone', async () => {
    const from = ip();
    const email = `exp-${randomUUID()}@x.test`;
    for (let i = 0; i < THROTTLE.account.free + 3; i++) await recordSignInFailure({ email, ip: from });
    expect(await lockedForSeconds({ email, ip: from })).toBeGreaterThan(0);
    const row = await db.authThrottle.findUniqueOrThrow({ where: { key: accountKey(email) } });
    expect(row.expiresAt.getTime()).toBeGreaterThan(Date.now() - 60_000);
    await db.$executeRaw`update "AuthThrottle" set "expiresAt" = (now() at time zone 'UTC') - interval '1 second', "windowStart" = (now() at time zone 'UTC') - interval '16 minutes' where key in (${accountKey(email)}, ${ipKey(from)})`;
    expect(await lockedForSeconds({ email, ip: from })).toBe(0);
    expect(await deleteExpiredThrottles()).toBeGreaterThanOrEqual(2);
    expect(await db.authThrottle.findUnique({ where: { key: accountKey(email) } })).toBeNull();
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
    for (let i = 0; i < 3; i++) {
      wrong.push(await time(user.email));
      unknown.push(await time(`nobody-${randomUUID()}@test.benchline.local`));
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[1];
    const [a, b] = [median(wrong), median(unknown)];
    expect(Math.min(a, b) / Math.max(a, b)).toBeGreaterThan(0.4);
    expect(Math.min(a, b)).toBeGreaterThan(5); // both really verified a hash
  });
});
