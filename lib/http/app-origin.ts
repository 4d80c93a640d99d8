// The origin to put in links the app hands out (mailed password-reset links, redirects): the
// explicit NEXTAUTH_URL when set, otherwise the address this request came to, so a phone that
// reached the app on the machine's LAN address gets links it can open.
//
// Without NEXTAUTH_URL the origin comes from the Host header, which a client chooses: fine for a
// machine on a LAN, but an internet deployment that mails links must set NEXTAUTH_URL (README).
import { env } from '@/lib/env';

// A host name, IPv4 or bracketed IPv6 address, with an optional port: nothing else reaches a link.
const HOST =
  /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

export function appOrigin(headers: Pick<Headers, 'get'>): string {
  if (env.NEXTAUTH_URL) return new URL(env.NEXTAUTH_URL).origin;
  const host = (headers.get('x-forwarded-host') ?? headers.get('host') ?? '').split(',')[0].trim();
  const proto =
    (headers.get('x-forwarded-proto') ?? 'http').split(',')[0].trim() === 'https' ? 'https' : 'http';
  if (!HOST.test(host)) return 'http://localhost';
  return `${proto}://${host.toLowerCase()}`;
}
