// The Prisma client (Rust-free, pg driver adapter). Created lazily: importing this module never
// connects, so `next build` needs no database. One instance per process (kept on globalThis in dev).
import 'server-only';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { env, requireDatabaseUrl } from '@/lib/env';

const globalForDb = globalThis as unknown as { benchlinePrisma?: PrismaClient };

function createClient(): PrismaClient {
  const adapter = new PrismaPg(
    { connectionString: requireDatabaseUrl(), max: env.DB_POOL_MAX, connectionTimeoutMillis: 3000, idleTimeoutMillis: 10_000 },
    { onPoolError: () => {} },
  );
  return new PrismaClient({ adapter });
}

export function getDb(): PrismaClient {
  globalForDb.benchlinePrisma ??= createClient();
  return globalForDb.benchlinePrisma;
}

/** Proxy so callers can `import { db }` while the client is still only built on first use. */
export const db = new Proxy({} as PrismaClient, {
  get(_target, prop) {
    const client = getDb();
    const value = Reflect.get(client, prop, client);
    return typeof value === 'function' ? value.bind(client) : value;
  },
});

export { Prisma } from '@/lib/generated/prisma/client';
