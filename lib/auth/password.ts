// Password hashing (argon2id), behind a small semaphore: at most HASH_CONCURRENCY hashes or
// verifications run at once (the rest queue), so a flood of sign-ups or sign-ins can never take
// every CPU core and libuv thread from page requests. The policy lives in password-policy.ts.
import { availableParallelism } from 'node:os';
import { hash, verify } from '@node-rs/argon2';

export { passwordSchema, weakPasswordReason } from './password-policy';

// OWASP's recommended minimums (19 MiB, 2 iterations).
// The library's default algorithm is argon2id.
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };

/** Half the cores, at least one: 1 on this project's 2-core machines. */
export const HASH_CONCURRENCY = Math.max(1, Math.floor(availableParallelism() / 2));
let active = 0;
const waiting: (() => void)[] = [];

/** Runs fn holding one of the HASH_CONCURRENCY hashing slots (first come, first served). */
export async function withHashingSlot<T>(fn: () => Promise<T>): Promise<T> {
  if (active < HASH_CONCURRENCY) active++;
  else await new Promise<void>((resolve) => waiting.push(resolve)); // the slot is handed over
  try {
    return await fn();
  } finally {
    const next = waiting.shift();
    if (next) next();
    else active--;
  }
}

export function hashPassword(password: string): Promise<string> {
  return withHashingSlot(() => hash(password, OPTIONS));
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await withHashingSlot(() => verify(passwordHash, password));
  } catch {
    return false;
  }
}

// Verified when an account does not exist so that unknown and wrong accounts take the same time.
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword('benchline-timing-equaliser');
  return dummyHash;
}
