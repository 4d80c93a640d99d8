// Which address the rate limits count against, with and without trusted proxies.
import { describe, expect, it } from 'vitest';
import { clientIp, PEER_HEADER } from './client-ip';

const h = (init: Record<string, string>) => new Headers(init);

describe('client address', () => {
  it('without TRUST_PROXY: the socket peer address the server recorded', () => {
    expect(clientIp(h({ [PEER_HEADER]: '203.0.113.7' }), 0)).toBe('203.0.113.7');
    expect(clientIp(h({ [PEER_HEADER]: '::ffff:127.0.0.1' }), 0)).toBe('127.0.0.1');
    expect(clientIp(h({ [PEER_HEADER]: '::1' }), 0)).toBe('::1');
    expect(clientIp({ [PEER_HEADER]: '198.51.100.2' }, 0)).toBe('198.51.100.2');
  });

  it('without TRUST_PROXY: X-Forwarded-For is ignored, so a spoofed value opens no new bucket', () => {
    const peer = '203.0.113.7';
    for (const spoof of ['1.2.3.4', '10.0.0.1, 1.2.3.4', `${peer}`, '::1'])
      expect(clientIp(h({ 'x-forwarded-for': spoof, [PEER_HEADER]: peer }), 0)).toBe(peer);
    expect(clientIp(h({ 'x-forwarded-for': '1.2.3.4' }), 0)).toBe('unknown'); // no peer recorded
    expect(clientIp(h({ [PEER_HEADER]: 'not-an-ip' }), 0)).toBe('unknown');
    expect(clientIp(h({}), 0)).toBe('unknown');
    expect(clientIp(undefined, 0)).toBe('unknown');
  });

  it('with TRUST_PROXY=N: the N-th entry from the right; client-supplied entries to its left are ignored', () => {
    const xff = (v: string) => h({ 'x-forwarded-for': v, [PEER_HEADER]: '10.0.0.9' });
    expect(clientIp(xff('6.6.6.6, 203.0.113.7'), 1)).toBe('203.0.113.7');
    expect(clientIp(xff('203.0.113.7'), 1)).toBe('203.0.113.7');
    expect(clientIp(xff('6.6.6.6, 203.0.113.7, 10.0.0.2'), 2)).toBe('203.0.113.7');
    expect(clientIp(xff('10.0.0.2'), 2)).toBe('unknown');
    expect(clientIp(xff('[2001:db8::1]:4711'), 1)).toBe('2001:db8::1');
    expect(clientIp(xff('192.0.2.1:4711'), 1)).toBe('192.0.2.1');
  });
});
