// Session cookie policy: Secure cookies exactly when served over https.
import { afterEach, describe, expect, it, vi } from 'vitest';

describe('auth options', () => {
  const url = process.env.NEXTAUTH_URL;
  afterEach(() => {
    process.env.NEXTAUTH_URL = url;
    vi.resetModules();
  });

  it('uses Secure cookies behind https', async () => {
    process.env.NEXTAUTH_URL = 'https://benchline.example.org';
    vi.resetModules();
    const { authOptions } = await import('./options');
    expect(authOptions.useSecureCookies).toBe(true);
    expect(authOptions.session?.strategy).toBe('jwt');
  });

  it('uses plain cookies on http://localhost', async () => {
    process.env.NEXTAUTH_URL = 'http://localhost:3000';
    vi.resetModules();
    const { authOptions } = await import('./options');
    expect(authOptions.useSecureCookies).toBe(false);
  });
});
