// The same-origin rule for state changes, shared by route handlers (lib/http/route.ts) and the
// proxy's pre-check of server actions (proxy.ts). Pure: no server-only imports, runs in the proxy.

/** The host the browser addressed: Next.js sets x-forwarded-host from Host when no proxy did. */
export function requestHost(headers: Headers): string | null {
  return headers.get('x-forwarded-host')?.split(',')[0]?.trim() || headers.get('host');
}

/**
 * False for a cross-site state change: an Origin naming another host, an opaque Origin ("null"),
 * an unparseable one, or a browser's own Sec-Fetch-Site: cross-site. Requests without Origin
 * (curl, scripts) pass: they cannot carry a victim's cookies cross-site.
 */
export function isSameOriginRequest(headers: Headers): boolean {
  if (headers.get('sec-fetch-site') === 'cross-site') return false;
  const origin = headers.get('origin');
  if (origin === null) return true;
  let originHost: string | null = null;
  try {
    originHost = origin === 'null' ? null : new URL(origin).host;
  } catch {
    originHost = null;
  }
  const host = requestHost(headers);
  return Boolean(originHost && host && originHost === host);
}

/** next.config.js experimental.serverActions.bodySizeLimit, in bytes. */
export const SERVER_ACTION_BODY_LIMIT = 20 * 1024 * 1024;
