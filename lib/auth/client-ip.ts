// The client address that rate limits (sign-in, sign-up) count against.
//
// Next.js route handlers and server actions never see the socket, and Next.js fills
// X-Forwarded-For with the peer address only when the request does not carry one already, so the
// header alone can be made up by any client. The production server (scripts/server.mjs) therefore
// records the TCP peer address in `x-benchline-peer`, overwriting whatever a client sent.
// - TRUST_PROXY unset or 0 (the default: the app is reached directly): forwarding headers are
//   ignored; the address is the socket peer (`x-benchline-peer`), or 'unknown' without one.
// - TRUST_PROXY=N (N reverse proxies that each append the address they saw): the N-th
//   X-Forwarded-For entry from the right, i.e. the address your outermost proxy saw. Entries
//   further left were written by the client and are ignored. Too few entries: 'unknown'.
// 'unknown' is one shared bucket (the per-account and global limits still apply).
import { isIP } from 'node:net';
import { env } from '@/lib/env';

export type HeaderBag = Headers | Record<string, string | string[] | undefined> | undefined;
export const PEER_HEADER = 'x-benchline-peer';

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
  if (trustProxy <= 0) return normalise(header(headers, PEER_HEADER));
  const hops = (header(headers, 'x-forwarded-for') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return hops.length >= trustProxy ? normalise(hops[hops.length - trustProxy]) : 'unknown';
}
