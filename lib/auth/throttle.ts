// Sign-in throttling, shared by every app instance through PostgreSQL ("AuthThrottle"): failure
// counters per account (the email as typed, lower-cased, whether or not such an account exists), per
// client address (lib/auth/client-ip.ts) and one global counter, each in a 15-minute window.
//
// Progressive delay, not a hard lock: the first few failures are free, then each failure makes the
// key wait before its next attempt (1 s, 2 s, 4 s ... up to a cap). Attempts made while waiting are
// refused before any password is checked and are not counted, so a delay cannot be extended by
// hammering. The account's delay is capped at 30 s, and at 5 s for an address with no failures of
// its own: a stranger can slow an account down but never lock its owner out, and the owner (right
// password, clean address) gets in after a short wait. Addresses get a longer cap (15 minutes).
// Above the global ceiling (a credential-stuffing wave from many addresses), only attempts with a
// clean address and a clean account are let through until the window ends.
//
// A successful sign-in clears the account's counter, never the address's. Rows expire ("expiresAt")
// and expired rows are deleted as new windows begin. All times come from the database clock (UTC).
import 'server-only';
import { db, Prisma } from '@/lib/db';

export const THROTTLE = {
  windowSeconds: 15 * 60,
  account: { free: 5, maxDelaySeconds: 30, cleanAddressMaxDelaySeconds: 5 },
  ip: { free: 50, maxDelaySeconds: 15 * 60 },
  global: { ceiling: 2_000 },
} as const;

/** The wait a key has earned after `failures` failures in the window (0 while still free). */
export function delayAfter(failures: number, rule: { free: number; maxDelaySeconds: number }): number {
  if (failures < rule.free) return 0;
  return Math.min(rule.maxDelaySeconds, 2 ** Math.min(failures - rule.free, 20));
}

/** Thrown while a key must wait; its message is what the sign-in form shows. */
export class SignInLockedError extends Error {
  constructor(public readonly retryAfterSeconds: number) {
    const s = Math.max(1, Math.ceil(retryAfterSeconds));
    const wait = s < 90 ? `${s} second${s === 1 ? '' : 's'}` : `${Math.ceil(s / 60)} minutes`;
    super(`Too many attempts. Try again in ${wait}.`);
    this.name = 'SignInLockedError';
  }
}

export const accountKey = (email: string) => `account:${email.trim().toLowerCase()}`;
export const ipKey = (ip: string) => `ip:${ip}`;
export const GLOBAL_KEY = 'global:sign-in';

const NOW = Prisma.sql`(now() at time zone 'UTC')`;

type Row = {
  key: string;
  failures: number;
  waitSeconds: number;
  sinceLastFailure: number;
  sinceWindowStart: number;
};

/** The live (in-window) counters of the given keys, with the seconds each must still wait. */
async function readKeys(keys: string[]): Promise<Map<string, Row>> {
  const rows = await db.$queryRaw<Row[]>`
    select key, failures,
      greatest(0, extract(epoch from (coalesce("lockedUntil", ${NOW}) - ${NOW})))::float8 as "waitSeconds",
      extract(epoch from (${NOW} - coalesce("lastFailureAt", "windowStart")))::float8 as "sinceLastFailure",
      extract(epoch from (${NOW} - "windowStart"))::float8 as "sinceWindowStart"
    from "AuthThrottle"
    where key in (${Prisma.join(keys)}) and "expiresAt" > ${NOW}
      and "windowStart" > ${NOW} - ${THROTTLE.windowSeconds}::int * interval '1 second'`;
  return new Map(rows.map((r) => [r.key, r]));
}

/** Seconds this attempt must still wait (0: go ahead). */
export async function lockedForSeconds({ email, ip }: { email: string; ip: string }): Promise<number> {
  const rows = await readKeys([accountKey(email), ipKey(ip), GLOBAL_KEY]);
  const account = rows.get(accountKey(email));
  const address = rows.get(ipKey(ip));
  const global = rows.get(GLOBAL_KEY);
  const cleanAddress = !address || address.failures === 0;
  let wait = address?.waitSeconds ?? 0;
  if (account) {
    const own = account.waitSeconds;
    // From a clean address the account's delay is short: counted from its last failure.
    const capped = cleanAddress
      ? Math.max(0, Math.min(own, THROTTLE.account.cleanAddressMaxDelaySeconds - account.sinceLastFailure))
      : own;
    wait = Math.max(wait, capped);
  }
  if (global && global.failures >= THROTTLE.global.ceiling && (!cleanAddress || account)) {
    wait = Math.max(wait, THROTTLE.windowSeconds - global.sinceWindowStart, 1);
  }
  return wait > 0 ? Math.max(1, Math.ceil(wait)) : 0;
}

export async function assertSignInAllowed(input: { email: string; ip: string }): Promise<void> {
  const seconds = await lockedForSeconds(input);
  if (seconds > 0) throw new SignInLockedError(seconds);
}

/** Counts one event against a key in its window; returns the count after it. */
export async function bumpKey(key: string, windowSeconds: number = THROTTLE.windowSeconds) {
  const expired = Prisma.sql`"AuthThrottle"."windowStart" <= ${NOW} - ${windowSeconds}::int * interval '1 second'`;
  const [row] = await db.$queryRaw<{ failures: number }[]>`
    insert into "AuthThrottle" (key, failures, "windowStart", "lastFailureAt", "expiresAt")
    values (${key}, 1, ${NOW}, ${NOW}, ${NOW} + ${windowSeconds}::int * interval '1 second')
    on conflict (key) do update set
      failures = case when ${expired} then 1 else "AuthThrottle".failures + 1 end,
      "windowStart" = case when ${expired} then ${NOW} else "AuthThrottle"."windowStart" end,
      "lockedUntil" = case when ${expired} then null else "AuthThrottle"."lockedUntil" end,
      "lastFailureAt" = ${NOW},
      "expiresAt" = greatest(case when ${expired} then ${NOW} else "AuthThrottle"."windowStart" end
        + ${windowSeconds}::int * interval '1 second', coalesce("AuthThrottle"."lockedUntil", ${NOW}))
    returning failures`;
  return row.failures;
}

async function delayKey(key: string, seconds: number) {
  if (seconds <= 0) return;
  await db.$executeRaw`
    update "AuthThrottle" set "lockedUntil" = ${NOW} + ${seconds}::int * interval '1 second',
      "expiresAt" = greatest("expiresAt", ${NOW} + ${seconds}::int * interval '1 second')
    where key = ${key}`;
}

/**
 * Counts a failed sign-in against the account, the address and the global counter. Returns the
 * seconds the next attempt must wait (0 when it may come at once), so the caller can say so.
 */
export async function recordSignInFailure({ email, ip }: { email: string; ip: string }): Promise<number> {
  const [account, address, global] = await Promise.all([
    bumpKey(accountKey(email)),
    bumpKey(ipKey(ip)),
    bumpKey(GLOBAL_KEY),
  ]);
  await Promise.all([
    delayKey(accountKey(email), delayAfter(account, THROTTLE.account)),
    delayKey(ipKey(ip), delayAfter(address, THROTTLE.ip)),
  ]);
  // A new window began somewhere: a good moment to delete expired rows (keeps the table small).
  if (account === 1 || address === 1 || global === 1) await deleteExpiredThrottles();
  return lockedForSeconds({ email, ip });
}

export async function deleteExpiredThrottles(): Promise<number> {
  return db.$executeRaw`delete from "AuthThrottle" where "expiresAt" <= ${NOW}`;
}

export async function recordSignInSuccess({ email }: { email: string }): Promise<void> {
  await db.authThrottle.deleteMany({ where: { key: accountKey(email) } });
}
