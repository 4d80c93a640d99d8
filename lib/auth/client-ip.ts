// The client address that sign-in rate limits count failures against.
//
// Next.js route handlers never see the socket. What they get is X-Forwarded-For, which Next.js
// fills with the TCP peer address only when the request does not carry one already
// (next/dist/server/base-server.js: `x-forwarded-for ??= socket.remoteAddress`). So:
// - TRUST_PROXY=N (N reverse proxies that each append the address they saw): the N-th entry from
//   the right, i.e. the address your outermost proxy saw. Entries further left were written by the
//   client and are ignored.
// - TRUST_PROXY unset: a single entry is the peer address Next.js recorded. A directly connected
//   client can still pre-fill the header with one made-up address; that only moves its failures to
//   another IP bucket (the per-account limit does not depend on the address). A list of several
//   entries cannot come from Next.js and is treated as 'unknown'.
// - Nothing usable: 'unknown' (one shared bucket).
import { isIP } from 'node:net';
import { env } from '@/lib/env';

export type HeaderBag = Headers | Record<string, string | string[] | undefined> | undefined;

function header(headers: HeaderBag, name: string): string | undefined {
  if (!headers) return undefined;
  if (typeof (headers as Headers).get === 'function') return (headers as Headers).get(name) ?? undefined;
  const v = (headers as Record<string, string | string[] | undefined>)[name];
  return Array.isArray(v) ? v.join(',') : v;
}

function normalise(raw: string | undefined): string {
  let ip = (raw ?? '').trim();
  if (ip.startsWith('[') && ip.includes(']'))
    ip = ip.slice(1, ip.indexOf(']')); // [v6]:port
  else if (/^\d+\.\d+\.\d+\.\d+:\d+$/.test(ip)) ip = ip.slice(0, ip.lastIndexOf(':')); // v4:port
  if (ip.toLowerCase().startsWith('::ffff:') && isIP(ip.slice(7)) === 4) ip = ip.slice(7);
  return isIP(ip) ? ip.toLowerCase() : 'unknown';
}

export function clientIp(headers: HeaderBag, trustProxy: number = env.TRUST_PROXY): string {
  const hops = (header(headers, 'x-forwarded-for') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (!hops.length) return 'unknown';
  if (trustProxy > 0)
    return hops.length >= trustProxy ? normalise(hops[hops.length - trustProxy]) : 'unknown';
  return hops.length === 1 ? normalise(hops[0]) : 'unknown';
}
