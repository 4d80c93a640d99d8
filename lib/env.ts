// The one place that reads process.env: validated once, imported as `env` everywhere else.
import { z } from 'zod';

const emptyToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(emptyToUndefined, schema.optional());

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URL: optional(z.string().url()),
  NEXTAUTH_SECRET: optional(z.string().min(16)),
  // The app's public address. Unset: next-auth and mailed links use the address each request came to
  // (so a phone on the machine's LAN address lands on the app); set it for any internet deployment.
  NEXTAUTH_URL: optional(z.string().url()),
  // Outgoing mail (lib/mail): smtp://user:pass@host:587 or smtps://…:465. Unset: mail is printed on
  // the server console instead (the embedded default).
  SMTP_URL: optional(
    z
      .string()
      .url()
      .refine((u) => /^smtps?:\/\//.test(u), 'Use smtp://… or smtps://…'),
  ),
  MAIL_FROM: z.preprocess(
    emptyToUndefined,
    z.string().min(3).default('Benchline <no-reply@benchline.local>'),
  ),
  CMS_DATA_DIR: optional(z.string()),
  // Space-separated URLs of CMS files (RVU zip, HCPCS, ASP) to import on first start.
  CMS_IMPORT_URLS: optional(z.string()),
  // catalog:update: another base URL for the CMS PFS archives (a mirror), or a JSON file replacing
  // the table of archives and checksums (lib/catalog/pfs-archives.ts).
  CMS_PFS_ARCHIVE_BASE_URL: optional(z.string().url()),
  CMS_PFS_ARCHIVES: optional(z.string()),
  DB_POOL_MAX: z.preprocess(emptyToUndefined, z.coerce.number().int().positive().default(10)),
  // How many reverse proxies in front of the app append to X-Forwarded-For (lib/auth/client-ip.ts).
  // Unset or 0: none, the app is reached directly. 'true' means 1.
  TRUST_PROXY: z.preprocess((v) => {
    const s = typeof v === 'string' ? v.trim().toLowerCase() : v;
    if (s === '' || s === undefined || s === 'false' || s === 'no' || s === 'off') return 0;
    if (s === 'true' || s === 'yes' || s === 'on') return 1;
    return s;
  }, z.coerce.number().int().min(0).max(10)),
});

const parsed = schema.safeParse(process.env);
if (!parsed.success) {
  throw new Error(
    `Invalid environment: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
  );
}

export const env = parsed.data;

// next-auth computes every absolute URL it returns (sign-out and sign-in redirects) from
// NEXTAUTH_URL, or, with AUTH_TRUST_HOST, from the request's own Host. Without an explicit
// NEXTAUTH_URL its fallback is http://localhost:3000, which a phone on the LAN address cannot reach:
// take the origin from the request instead.
if (!env.NEXTAUTH_URL && process.env.AUTH_TRUST_HOST === undefined) process.env.AUTH_TRUST_HOST = 'true';

/** The database URL, or a clear error: pg would otherwise silently try localhost:5432. */
export function requireDatabaseUrl(): string {
  if (!env.DATABASE_URL) {
    throw new Error(
      'DATABASE_URL is not set. Start Benchline with `npm start` (embedded PostgreSQL) or set DATABASE_URL.',
    );
  }
  return env.DATABASE_URL;
}

// next-auth signs sessions with this secret; production must never run without one. `next build`
// (phase-production-build) does not need it, only the running server does.
if (
  env.NODE_ENV === 'production' &&
  !env.NEXTAUTH_SECRET &&
  process.env.NEXT_PHASE !== 'phase-production-build'
) {
  throw new Error(
    'NEXTAUTH_SECRET is required in production. `npm start` sets a generated one; set your own for a real deployment.',
  );
}
