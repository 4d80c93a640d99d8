// Runs before every request: sets the security headers (nonce-based CSP) and, as an optimistic
// gate only, sends signed-out visits to the app area to /signin and back afterwards. Every page,
// action and route still checks the session itself (lib/session.ts).
import { NextResponse, type NextRequest } from 'next/server';
import { getToken } from 'next-auth/jwt';
import { decodeSessionToken } from '@/lib/auth/session-token';
import { isSameOriginRequest, SERVER_ACTION_BODY_LIMIT } from '@/lib/http/origin';
import { securityHeaders } from '@/lib/http/security-headers';

const APP_AREA = [
  '/dashboard',
  '/log',
  '/entries',
  '/benchmarks',
  '/reports',
  '/settings',
  '/group',
  '/admin',
];

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  // Server actions: answer a foreign-origin or oversized action with a 4xx here; Next.js itself
  // would refuse both with a 500 ("Invalid Server Actions request" / body size limit).
  if (request.method === 'POST' && request.headers.has('next-action')) {
    if (!isSameOriginRequest(request.headers))
      return NextResponse.json({ error: 'Cross-site requests are not allowed.' }, { status: 403 });
    if (Number(request.headers.get('content-length') ?? 0) > SERVER_ACTION_BODY_LIMIT)
      return NextResponse.json({ error: 'The request is too large: the limit is 20 MB.' }, { status: 413 });
  }
  if (APP_AREA.some((p) => pathname === p || pathname.startsWith(`${p}/`))) {
    const token = await getToken({
      req: request,
      secret: process.env.NEXTAUTH_SECRET,
      decode: decodeSessionToken,
    });
    if (!token) {
      const url = request.nextUrl.clone();
      url.pathname = '/signin';
      url.search = `?callbackUrl=${encodeURIComponent(pathname + search)}`;
      return NextResponse.redirect(url);
    }
  }
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const headers = securityHeaders(nonce, {
    dev: process.env.NODE_ENV === 'development',
    production: process.env.NODE_ENV === 'production',
  });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('Content-Security-Policy', headers['Content-Security-Policy']);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [k, v] of Object.entries(headers)) response.headers.set(k, v);
  return response;
}

// JSON API routes (/api/...) skip the proxy: they check the session themselves, render no HTML (no
// nonce to share) and get the same security headers statically from next.config.js, which saves
// a proxy pass on the busiest endpoints (measured with npm run bench:log).
export const config = {
  matcher: [{ source: '/((?!api/|_next/static|_next/image|favicon.ico).*)' }],
};
