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
};
module.exports = nextConfig;
