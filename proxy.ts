// Optimistic gate only: signed-out visits to the app area go to /signin and come back afterwards.
// Every page, action and route still checks the session itself (lib/session.ts).
import { withAuth } from 'next-auth/middleware';

export default withAuth({ pages: { signIn: '/signin' } });

export const config = {
  matcher: ['/dashboard/:path*', '/log/:path*', '/entries/:path*', '/benchmarks/:path*', '/reports/:path*', '/settings/:path*', '/group/:path*', '/admin/:path*'],
};
