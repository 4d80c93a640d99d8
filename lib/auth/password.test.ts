import { describe, expect, it } from 'vitest';
import { HASH_CONCURRENCY, hashPassword, passwordSchema, verifyPassword, withHashingSlot } from './password';

describe('passwords', () => {
  it('hashes with argon2id and verifies', async () => {
    const hash = await hashPassword('twelve chars ok');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(hash, 'twelve chars ok')).toBe(true);
    expect(await verifyPassword(hash, 'twelve chars no')).toBe(false);
  });

  it('rejects passwords shorter than 12 characters', () => {
    expect(passwordSchema.safeParse('elevenchars').success).toBe(false);
    expect(passwordSchema.safeParse('twelve chars').success).toBe(true);
  });

  it.each([
    ' '.repeat(12),
    'aaaaaaaaaaaa',
    'abababababab',
    'password1234',
    'Password2024!',
    '!!iloveyou2025',
    '123456789012',
    'qwerty123456',
    '1234567890!!',
  ])('refuses the weak or common password %j with a helpful message', (weak) => {
    const parsed = passwordSchema.safeParse(weak);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0].message).toMatch(/common|varied|letters too/);
  });

  it('accepts long unrelated words and random strings', () => {
    for (const ok of ['correct horse battery staple', 'a long enough test password', 'k7#Qm2!xVp9z'])
      expect(passwordSchema.safeParse(ok).success).toBe(true);
  });

  it('treats a malformed stored hash as a failed match, not a crash', async () => {
    expect(await verifyPassword('not-a-hash', 'whatever password')).toBe(false);
  });

  it('never runs more than HASH_CONCURRENCY hashes at once; the rest queue and all finish', async () => {
    let running = 0;
    let peak = 0;
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        withHashingSlot(async () => {
          running++;
          peak = Math.max(peak, running);
          await new Promise((r) => setTimeout(r, 5));
          running--;
          return i;
        }),
      ),
    );
    expect(results).toEqual([...Array(12).keys()]);
    expect(peak).toBe(HASH_CONCURRENCY);
    // Real hashes go through the same slots.
    await Promise.all([hashPassword('first password x'), hashPassword('second password y')]);
  });
});
