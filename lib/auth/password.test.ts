import { describe, expect, it } from 'vitest';
import { hashPassword, passwordSchema, verifyPassword } from './password';

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

  it('treats a malformed stored hash as a failed match, not a crash', async () => {
    expect(await verifyPassword('not-a-hash', 'whatever password')).toBe(false);
  });
});
