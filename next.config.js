// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  // A separate build folder lets several builds (e.g. parallel test runs) coexist.
  distDir: process.env.BENCHLINE_DIST_DIR || '.next',
  poweredByHeader: false,
  // Type errors are caught by `npm run typecheck` (part of npm test); the build does not repeat it.
  typescript: { ignoreBuildErrors: true },
  reactStrictMode: true,
  typedRoutes: false,
  serverExternalPackages: ['pdfkit', 'exceljs', '@node-rs/argon2'],
  experimental: { serverActions: { bodySizeLimit: '20mb' } },
  // JSON API responses skip proxy.ts (see its matcher) and carry these instead: the same headers
  // as pages (lib/http/security-headers.ts) with a CSP that allows nothing, since they are data.
  // e2e/security.spec.ts checks both.
  // Framework responses that skip the proxy too (/_next/* assets and their 404s, the favicon) get
  // the same set, so no response of the app goes out without them.
  async headers() {
    const production = process.env.NODE_ENV === 'production';
    return [
      { source: '/api/:path*', headers: apiSecurityHeaders(production) },
      { source: '/_next/:path*', headers: apiSecurityHeaders(production) },
      { source: '/favicon.ico', headers: apiSecurityHeaders(production) },
    ];
  },
};

/** @param {boolean} production */
function apiSecurityHeaders(production) {
  return [
    {
      key: 'Content-Security-Policy',
      value: "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
    },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'X-Frame-Options', value: 'DENY' },
    {
      key: 'Permissions-Policy',
      value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
    },
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
    ...(production
      ? [{ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' }]
      : []),
  ];
}
module.exports = nextConfig;
