// The Prisma client (Rust-free, pg driver adapter). Created lazily: importing this module never
// connects, so `next build` needs no database. One instance per process (kept on globalThis in dev).
import 'server-only';
import { PrismaPg } from '@prisma/adapter-pg';
import { createHash } from 'node:crypto';
import pg from 'pg';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { env, requireDatabaseUrl } from '@/lib/env';

const globalForDb = globalThis as unknown as { benchlinePrisma?: PrismaClient; benchlinePool?: pg.Pool };

// Fail fast while the database is down or restarting (scripts/fault-db-restart.mjs): a request
// waits at most 2 s for a connection (a free pool slot or a new socket) and then answers 503;
// idle sockets are dropped after 10 s and TCP keep-alive notices a vanished server. Sockets the
// server closed (a restart) leave the pool (its error handler below), and the next query opens a fresh
// one, so the app recovers on its own as soon as PostgreSQL accepts connections again.
const POOL = { connectionTimeoutMillis: 2000, idleTimeoutMillis: 10_000, keepAlive: true } as const;

/** The one connection pool: Prisma's driver adapter and the hand-written SQL below share it. */
function getPool(): pg.Pool {
  if (!globalForDb.benchlinePool) {
    const pool = new pg.Pool({ connectionString: requireDatabaseUrl(), max: env.DB_POOL_MAX, ...POOL });
    pool.on('error', () => {}); // an idle socket the server closed: dropped, the next query reconnects
    globalForDb.benchlinePool = pool;
  }
  return globalForDb.benchlinePool;
}

function createClient(): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg(getPool()) });
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

/**
 * Parameterised SQL for the few hot paths where Prisma's per-query compilation dominates the cost
 * (creating entries, the session lookup, pricing reads): measured with `npm run bench:log`.
 * Values are always bound ($1, $2, ...), never interpolated. Cast numeric and date columns to text
 * in the query (`"workRvu"::text`) so results are identical whichever runner executes them.
 */
export type Sql = <R = Record<string, unknown>>(text: string, values?: readonly unknown[]) => Promise<R[]>;

// Named (prepared) statements: PostgreSQL parses and plans each distinct text once per connection
// instead of on every call (the hot paths run the same few texts thousands of times a minute).
const statementNames = new Map<string, string>();
function prepared(text: string, values: readonly unknown[]): pg.QueryConfig {
  let name = statementNames.get(text);
  if (!name) {
    name = `bl_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
    if (statementNames.size < 500) statementNames.set(text, name);
  }
  return { name, text, values: values as unknown[] };
}

export const sql: Sql = async <R>(text: string, values: readonly unknown[] = []) =>
  (await getPool().query(prepared(text, values))).rows as R[];

/**
 * A signed 64-bit key for a transaction-scoped advisory lock on a name (e.g. one encounter), the
 * same in every process: the first 8 bytes of the name's SHA-256.
 */
export function advisoryLockKey(name: string): string {
  return createHash('sha256').update(name).digest().readBigInt64BE(0).toString();
}

/**
 * Runs fn in one transaction on one pooled connection (rolled back when fn throws). `locks` names
 * advisory locks to hold until the transaction ends, taken in a fixed order (so two writers cannot
 * deadlock) in the same round trip as BEGIN.
 */
export async function sqlTransaction<T>(
  fn: (sql: Sql) => Promise<T>,
  { locks = [], sharedLocks = [] }: { locks?: readonly string[]; sharedLocks?: readonly string[] } = {},
): Promise<T> {
  const client = await getPool().connect();
  let broken: Error | undefined;
  try {
    // Keys are computed integers (never user text), so this one simple-protocol batch is safe.
    // Generic plans: the write paths' statements are index lookups by key whatever the values, and
    // planning them afresh on each call (PostgreSQL's default for the first executions and whenever
    // a custom plan looks cheaper) was a third of a create's database time (npm run bench:log).
    // Shared locks first (a user's whole log, lib/logs/user-lock.ts), then the exclusive ones.
    const shared = [...new Set(sharedLocks.map(advisoryLockKey))].sort();
    const keys = [...new Set(locks.map(advisoryLockKey))].sort();
    const calls = [
      ...shared.map((k) => `pg_advisory_xact_lock_shared(${BigInt(k)})`),
      ...keys.map((k) => `pg_advisory_xact_lock(${BigInt(k)})`),
    ];
    const lockSql = calls.length ? `; SELECT ${calls.join(', ')}` : '';
    await client.query(`BEGIN; SET LOCAL plan_cache_mode = force_generic_plan${lockSql}`);
    const run: Sql = async <R>(text: string, values: readonly unknown[] = []) =>
      (await client.query(prepared(text, values))).rows as R[];
    const result = await fn(run);
    await client.query('COMMIT');
    return result;
  } catch (err) {
    await client.query('ROLLBACK').catch((rollbackErr: Error) => {
      broken = rollbackErr; // the connection itself failed: do not return it to the pool
    });
    throw err;
  } finally {
    client.release(broken);
  }
}

/** The same Sql shape over a Prisma client or transaction, for code shared by both kinds of caller. */
export function sqlOf(client: {
  $queryRawUnsafe: <T = unknown>(query: string, ...values: unknown[]) => Promise<T>;
}): Sql {
  return <R>(text: string, values: readonly unknown[] = []) => client.$queryRawUnsafe<R[]>(text, ...values);
}

export { Prisma } from '@/lib/generated/prisma/client';
