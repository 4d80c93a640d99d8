#!/usr/bin/env node
// Runs a command with DATABASE_URL set, using the one database selection of scripts/db.mjs.
//   node scripts/with-db.mjs [--migrate] [--fresh] -- <command> [args...]
// --migrate  applies committed migrations first (prisma migrate deploy)
// --fresh    gives the command a brand-new database, dropped afterwards: a private throw-away
//            embedded cluster, or a uniquely named database on the DATABASE_URL server (tests)
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { dataDir, dropDatabase, ensureDatabase, startEmbedded, withDatabase } from './db.mjs';
import { run, supervise } from './proc.mjs';

const argv = process.argv.slice(2);
const sep = argv.indexOf('--');
const flags = new Set(sep === -1 ? [] : argv.slice(0, sep));
const [cmd, ...args] = sep === -1 ? argv : argv.slice(sep + 1);
if (!cmd) {
  console.error('usage: node scripts/with-db.mjs [--migrate] [--fresh] -- <command> [args...]');
  process.exit(2);
}
const fresh = flags.has('--fresh');
const verbose = !!process.env.BENCHLINE_DB_LOG;
const log = (m) => verbose && console.error(`[db] ${m}`);

let embedded;
let url;
let dropAfter = false;
const external = process.env.DATABASE_URL?.trim();
if (external) {
  url = fresh
    ? withDatabase(external, `benchline_test_${Date.now()}_${randomBytes(3).toString('hex')}`)
    : external;
  await ensureDatabase(url);
  dropAfter = fresh;
} else if (fresh) {
  const clusterDir = path.join(dataDir, 'tmp', `test-${process.pid}-${randomBytes(3).toString('hex')}`);
  embedded = await startEmbedded({ clusterDir, log, persistent: false });
  url = embedded.url('benchline_test');
  await ensureDatabase(url);
} else {
  embedded = await startEmbedded({ log });
  url = embedded.url('benchline');
  await ensureDatabase(url);
}

const env = { ...process.env, DATABASE_URL: url, NEXT_TELEMETRY_DISABLED: '1', CHECKPOINT_DISABLE: '1' };
let code = 1;
try {
  if (flags.has('--migrate') || fresh) await run('prisma', ['migrate', 'deploy'], { env, quiet: true });
  code = await supervise(cmd, args, { env });
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
} finally {
  if (dropAfter) await dropDatabase(url).catch((e) => console.error(`could not drop ${url}: ${e.message}`));
  await embedded?.stop();
}
process.exit(code);
