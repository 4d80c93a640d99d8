import { encode } from 'next-auth/jwt';
import { describe, expect, it, vi } from 'vitest';
import { decodeSessionToken } from './session-token';

const secret = 'a test secret that is long enough';

describe('decodeSessionToken', () => {
  it('decodes a next-auth token and returns the same payload from the memo', async () => {
    const token = await encode({ token: { sub: 'user-1' }, secret, maxAge: 60 });
    const first = await decodeSessionToken({ token, secret });
    expect(first?.sub).toBe('user-1');
    expect(await decodeSessionToken({ token, secret })).toBe(first);
  });

  it('refuses a token encrypted with another secret and a tampered token', async () => {
    const other = await encode({
      token: { sub: 'user-2' },
      secret: 'another secret, also long enough',
      maxAge: 60,
    });
    await expect(decodeSessionToken({ token: other, secret })).rejects.toThrow();
    const good = await encode({ token: { sub: 'user-3' }, secret, maxAge: 60 });
    const tampered = good.slice(0, -4) + (good.endsWith('AAAA') ? 'BBBB' : 'AAAA');
    await expect(decodeSessionToken({ token: tampered, secret })).rejects.toThrow();
  });

  it('does not serve a memoised token after its expiry', async () => {
    const token = await encode({ token: { sub: 'user-4' }, secret, maxAge: 60 });
    expect((await decodeSessionToken({ token, secret }))?.sub).toBe('user-4'); // now memoised
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(Date.now() + 120_000); // past exp and next-auth's 15 s clock tolerance
      await expect(decodeSessionToken({ token, secret })).rejects.toThrow();
    } finally {
      vi.useRealTimers();
    }
  });
});
