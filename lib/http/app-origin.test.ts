// Links and redirects use the request's own address unless NEXTAUTH_URL is set explicitly.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const headers = (h: Record<string, string>) => new Headers(h);
const saved = process.env.NEXTAUTH_URL;

async function load(nextauthUrl?: string) {
  if (nextauthUrl === undefined) delete process.env.NEXTAUTH_URL;
  else process.env.NEXTAUTH_URL = nextauthUrl;
  vi.resetModules();
  return (await import('./app-origin')).appOrigin;
}

afterEach(() => {
  if (saved === undefined) delete process.env.NEXTAUTH_URL;
  else process.env.NEXTAUTH_URL = saved;
  vi.resetModules();
});

describe('appOrigin without NEXTAUTH_URL', () => {
  let appOrigin: Awaited<ReturnType<typeof load>>;
  beforeEach(async () => {
    appOrigin = await load();
  });

  it('uses the address the request came to', () => {
    expect(appOrigin(headers({ host: '192.168.1.20:3000' }))).toBe('http://192.168.1.20:3000');
    expect(appOrigin(headers({ host: 'localhost:3000' }))).toBe('http://localhost:3000');
    expect(appOrigin(headers({ host: '[::1]:3000' }))).toBe('http://[::1]:3000');
  });

  it('prefers the forwarded host and protocol a proxy wrote', () => {
    expect(
      appOrigin(
        headers({
          host: '127.0.0.1:3000',
          'x-forwarded-host': 'bench.example.org',
          'x-forwarded-proto': 'https',
        }),
      ),
    ).toBe('https://bench.example.org');
  });

  it('never puts anything but a host and port into a link', () => {
    for (const host of ['evil.example/path', 'a b', 'x@evil.example', 'host:port', '', 'ex"ample.org'])
      expect(appOrigin(headers({ host }))).toBe('http://localhost');
    expect(appOrigin(headers({ host: 'ok.example', 'x-forwarded-proto': 'javascript' }))).toBe(
      'http://ok.example',
    );
  });

  it('lets next-auth take its origin from the request too', async () => {
    expect(process.env.AUTH_TRUST_HOST).toBe('true');
  });
});

describe('appOrigin with an explicit NEXTAUTH_URL', () => {
  it('always uses NEXTAUTH_URL, whatever the Host header says', async () => {
    const appOrigin = await load('https://bench.example.org/some/path');
    expect(appOrigin(headers({ host: 'evil.example' }))).toBe('https://bench.example.org');
  });
});
