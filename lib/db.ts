// The Prisma client (Rust-free, pg driver adapter). Created lazily: importing this module never
// connects, so `next build` needs no database. One instance per process (kept on globalThis in dev).
import 'server-only';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { env, requireDatabaseUrl } from '@/lib/env';

const globalForDb = globalThis as unknown as { benchlinePrisma?: PrismaClient };

// Fail fast while the database is down or restarting (scripts/fault-db-restart.mjs): a request
// waits at most 2 s for a connection (a free pool slot or a new socket) and then answers 503;
// idle sockets are dropped after 10 s and TCP keep-alive notices a vanished server. Sockets the
// server closed (a restart) leave the pool through onPoolError, and the next query opens a fresh
// one, so the app recovers on its own as soon as PostgreSQL accepts connections again.
const POOL = { connectionTimeoutMillis: 2000, idleTimeoutMillis: 10_000, keepAlive: true } as const;

function createClient(): PrismaClient {
  const adapter = new PrismaPg({ connectionString: requireDatabaseUrl(), max: env.DB_POOL_MAX, ...POOL }, { onPoolError: () => {} });
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
