// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  typedRoutes: false,
  serverExternalPackages: ['pdfkit', 'exceljs', '@node-rs/argon2'],
  experimental: { serverActions: { bodySizeLimit: '20mb' } },
};
module.exports = nextConfig;
