// Sign-up throttling, in the same PostgreSQL table as sign-in's (lib/auth/throttle.ts): every
// sign-up attempt that passes validation counts against the client address (socket address unless
// TRUST_PROXY, lib/auth/client-ip.ts) and against one global counter. Over either limit the
// attempt is refused before any password is hashed.
import 'server-only';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { bumpKey } from '@/lib/auth/throttle';

export const SIGNUP_LIMITS = {
  perAddress: { limit: 10, windowSeconds: 60 * 60 },
  global: { limit: 300, windowSeconds: 10 * 60 },
} as const;

export const signUpIpKey = (ip: string) => `signup-ip:${ip}`;
export const SIGNUP_GLOBAL_KEY = 'signup:global';

async function secondsLeft(key: string, windowSeconds: number): Promise<number> {
  const [row] = await db.$queryRaw<{ s: number }[]>`
    select greatest(1, ceil(extract(epoch from ("windowStart" + ${windowSeconds}::int * interval '1 second' - (now() at time zone 'UTC')))))::int as s
    from "AuthThrottle" where key = ${key}`;
  return row?.s ?? windowSeconds;
}

/** Counts this sign-up attempt; throws RATE_LIMITED (429) when the address or everyone is over. */
export async function assertSignUpAllowed({ ip }: { ip: string }): Promise<void> {
  const { perAddress, global } = SIGNUP_LIMITS;
  const [mine, all] = await Promise.all([
    bumpKey(signUpIpKey(ip), perAddress.windowSeconds),
    bumpKey(SIGNUP_GLOBAL_KEY, global.windowSeconds),
  ]);
  const over =
    mine > perAddress.limit
      ? await secondsLeft(signUpIpKey(ip), perAddress.windowSeconds)
      : all > global.limit
        ? await secondsLeft(SIGNUP_GLOBAL_KEY, global.windowSeconds)
        : 0;
  if (over > 0) {
    const minutes = Math.max(1, Math.ceil(over / 60));
    throw new AppError(
      'RATE_LIMITED',
      `Too many sign-ups right now. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
    );
  }
}
