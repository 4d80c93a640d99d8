// Sign-in throttling: failure counters per account (the email as typed, lower-cased, whether or
// not such an account exists) and per client address, kept in PostgreSQL ("AuthThrottle") so every
// app instance shares them. A counter counts failures in a fixed 15-minute window; reaching the
// limit locks the key for 15 minutes. While locked, attempts are refused before any password is
// checked and are not counted (so a lock cannot be extended forever). A successful sign-in clears
// the account's counter, never the address's (one valid account must not reset an attacker's IP).
// All times come from the database clock (UTC), so instances with skewed clocks still agree.
import 'server-only';
import { db, Prisma } from '@/lib/db';

export const THROTTLE = {
  account: { limit: 10, windowSeconds: 15 * 60, lockSeconds: 15 * 60 },
  ip: { limit: 50, windowSeconds: 15 * 60, lockSeconds: 15 * 60 },
} as const;

/** Thrown while a key is locked; its message is what the sign-in form shows. */
export class SignInLockedError extends Error {
  constructor(public readonly retryAfterSeconds: number) {
    const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
    super(`Too many attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`);
    this.name = 'SignInLockedError';
  }
}

export const accountKey = (email: string) => `account:${email.trim().toLowerCase()}`;
export const ipKey = (ip: string) => `ip:${ip}`;

const NOW = Prisma.sql`(now() at time zone 'UTC')`;
// Whole seconds left of a lock, at least 1 while it lasts. Rounded, not ceiled: "lockedUntil" is
// stored to the millisecond, so a fresh 15-minute lock is 900.0004 s away and must say 15 minutes.
const SECONDS_LEFT = Prisma.sql`(case when "AuthThrottle"."lockedUntil" > ${NOW} then greatest(1, round(extract(epoch from ("AuthThrottle"."lockedUntil" - ${NOW})))) else 0 end)::int`;

/** Seconds until the later of the two locks ends, or 0 when neither is locked. */
export async function lockedForSeconds({ email, ip }: { email: string; ip: string }): Promise<number> {
  const rows = await db.$queryRaw<{ seconds: number }[]>`
    select ${SECONDS_LEFT} as seconds
    from "AuthThrottle" where key in (${accountKey(email)}, ${ipKey(ip)}) and "lockedUntil" > ${NOW}`;
  return rows.reduce((max, r) => Math.max(max, r.seconds), 0);
}

export async function assertSignInAllowed(input: { email: string; ip: string }): Promise<void> {
  const seconds = await lockedForSeconds(input);
  if (seconds > 0) throw new SignInLockedError(seconds);
}

async function bump(key: string, rule: { limit: number; windowSeconds: number; lockSeconds: number }) {
  const expired = Prisma.sql`"AuthThrottle"."windowStart" <= ${NOW} - ${rule.windowSeconds}::int * interval '1 second'`;
  const next = Prisma.sql`(case when ${expired} then 1 else "AuthThrottle".failures + 1 end)`;
  const lockUntil = Prisma.sql`${NOW} + ${rule.lockSeconds}::int * interval '1 second'`;
  const [row] = await db.$queryRaw<{ failures: number; seconds: number }[]>`
    insert into "AuthThrottle" (key, failures, "windowStart", "lockedUntil")
    values (${key}, 1, ${NOW}, case when 1 >= ${rule.limit}::int then ${lockUntil} else null end)
    on conflict (key) do update set
      failures = ${next},
      "windowStart" = case when ${expired} then ${NOW} else "AuthThrottle"."windowStart" end,
      "lockedUntil" = case when ${next} >= ${rule.limit}::int then ${lockUntil} else "AuthThrottle"."lockedUntil" end
    returning failures, ${SECONDS_LEFT} as seconds`;
  return { failures: row.failures, lockedSeconds: row.seconds };
}

/**
 * Counts a failed sign-in against the account and the address. Returns the seconds of a lock this
 * failure started (0 when not locked), so the caller can say so at once.
 */
export async function recordSignInFailure({ email, ip }: { email: string; ip: string }): Promise<number> {
  const [account, address] = await Promise.all([
    bump(accountKey(email), THROTTLE.account),
    bump(ipKey(ip), THROTTLE.ip),
  ]);
  // A new window began: a good moment to forget keys idle for a day (keeps the table small).
  if (account.failures === 1 || address.failures === 1) {
    await db.$executeRaw`delete from "AuthThrottle" where "windowStart" < ${NOW} - interval '1 day' and ("lockedUntil" is null or "lockedUntil" < ${NOW})`;
  }
  return Math.max(account.lockedSeconds, address.lockedSeconds);
}

export async function recordSignInSuccess({ email }: { email: string }): Promise<void> {
  await db.authThrottle.deleteMany({ where: { key: accountKey(email) } });
}
