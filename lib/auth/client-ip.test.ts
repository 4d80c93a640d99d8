// Which address the sign-in limits count against, with and without trusted proxies.
import { describe, expect, it } from 'vitest';
import { clientIp } from './client-ip';

const h = (xff?: string) => new Headers(xff === undefined ? {} : { 'x-forwarded-for': xff });

describe('client address', () => {
  it('without TRUST_PROXY: the single peer address Next.js recorded', () => {
    expect(clientIp(h('203.0.113.7'), 0)).toBe('203.0.113.7');
    expect(clientIp(h('::ffff:127.0.0.1'), 0)).toBe('127.0.0.1');
    expect(clientIp(h('::1'), 0)).toBe('::1');
    expect(clientIp({ 'x-forwarded-for': '198.51.100.2' }, 0)).toBe('198.51.100.2');
  });

  it('without TRUST_PROXY: a list (which Next.js never writes) or garbage is unknown', () => {
    expect(clientIp(h('1.2.3.4, 5.6.7.8'), 0)).toBe('unknown');
    expect(clientIp(h('not-an-ip'), 0)).toBe('unknown');
    expect(clientIp(h(''), 0)).toBe('unknown');
    expect(clientIp(h(), 0)).toBe('unknown');
    expect(clientIp(undefined, 0)).toBe('unknown');
  });

  it('with TRUST_PROXY=N: the N-th entry from the right; client-supplied entries to its left are ignored', () => {
    expect(clientIp(h('6.6.6.6, 203.0.113.7'), 1)).toBe('203.0.113.7');
    expect(clientIp(h('203.0.113.7'), 1)).toBe('203.0.113.7');
    expect(clientIp(h('6.6.6.6, 203.0.113.7, 10.0.0.2'), 2)).toBe('203.0.113.7');
    expect(clientIp(h('10.0.0.2'), 2)).toBe('unknown');
    expect(clientIp(h('[2001:db8::1]:4711'), 1)).toBe('2001:db8::1');
    expect(clientIp(h('192.0.2.1:4711'), 1)).toBe('192.0.2.1');
  });
});
