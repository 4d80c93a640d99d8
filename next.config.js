// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Type errors are caught by `npm run typecheck` (part of npm test); the build does not repeat it.
  typescript: { ignoreBuildErrors: true },
  reactStrictMode: true,
  typedRoutes: false,
  serverExternalPackages: ['pdfkit', 'exceljs', '@node-rs/argon2'],
  experimental: { serverActions: { bodySizeLimit: '20mb' } },
};
module.exports = nextConfig;
