// Kill an import mid-way: SIGKILL the importing process after its transaction has started writing,
// then check that nothing of the partial import is in the database. Covers the CMS catalog CLI
// (scripts/catalog-import.ts on the real RVU25D PPRRVU file) and the entries CSV import
// (commitImport in a child process). PostgreSQL rolls back the open transaction when the client
// dies; these tests prove the importers never commit anything before the end.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '..');
const tsx = path.join(root, 'node_modules', '.bin', 'tsx');
const PPRRVU = path.resolve(root, '../shared/data/cms/pfs/RVU25D/PPRRVU2025_Oct.csv');
let sql: pg.Pool;
let tmp: string;

beforeAll(() => {
  sql = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2 });
  tmp = mkdtempSync(path.join(os.tmpdir(), 'benchline-kill-'));
});
afterAll(async () => {
  await sql.end();
  rmSync(tmp, { recursive: true, force: true });
});

const count = async (q: string, args: unknown[] = []) => Number((await sql.query(q, args)).rows[0].count);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Backends of this database (other than ours) inside a transaction that has written something. */
async function writingBackends(): Promise<number> {
  return count(
    `select count(*) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid() and backend_xid is not null`,
  );
}

function start(
  args: string[],
  env: Record<string, string> = {},
): {
  child: ChildProcess;
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
} {
  const child = spawn(tsx, ['--conditions=react-server', ...args], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let out = '';
  child.stdout?.on('data', (d) => (out += d));
  child.stderr?.on('data', (d) => (out += d));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  return { child, output: () => out, exited };
}

/** SIGKILL the whole process group (tsx runs the script in a child node process). */
function kill(child: ChildProcess) {
  try {
    process.kill(-child.pid!, 'SIGKILL');
  } catch {
    /* already gone */
  }
}

async function waitFor(cond: () => Promise<boolean>, ms: number, what: string) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await cond()) return;
    await sleep(25);
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('killing an import mid-way leaves nothing behind', () => {
  it('CMS catalog import (npm run catalog:import, RVU25D PPRRVU): no release, rows or history of the partial import', async () => {
    // Different bytes (one more line break) and a release id of its own, so the importer cannot
    // short-circuit as "already imported" whatever other tests loaded into this database.
    const file = path.join(tmp, 'PPRRVU2025_Oct.csv');
    writeFileSync(file, Buffer.concat([readFileSync(PPRRVU), Buffer.from('\n')]));
    const release = 'RVU98A';
    const before = {
      releases: await count('select count(*) from "RvuRelease"'),
      rows: await count('select count(*) from "RvuRow"'),
      imports: await count('select count(*) from "CatalogImport"'),
    };
    expect(await writingBackends()).toBe(0);
    const run = start(['scripts/catalog-import.ts', file, '--release', release, '--by', 'kill-test']);
    try {
      await waitFor(
        async () => {
          if (run.child.exitCode !== null) throw new Error(`the import exited early:\n${run.output()}`);
          return (await writingBackends()) > 0;
        },
        60_000,
        'the import to start writing',
      );
      await sleep(300); // let it write a good part of the 19k rows inside its transaction
      expect(await count('select count(*) from "RvuRelease" where id = $1', [release])).toBe(0); // not visible outside the transaction
      kill(run.child);
    } finally {
      kill(run.child);
    }
    const exit = await run.exited;
    expect(exit.signal, run.output()).toBe('SIGKILL');
    expect(run.output()).not.toContain('✔'); // it never reported a finished import
    // PostgreSQL notices the dead client and rolls the transaction back.
    await waitFor(async () => (await writingBackends()) === 0, 30_000, 'the killed transaction to end');
    expect(await count('select count(*) from "RvuRelease" where id = $1', [release])).toBe(0);
    expect(await count('select count(*) from "RvuRow" where "releaseId" = $1', [release])).toBe(0);
    expect({
      releases: await count('select count(*) from "RvuRelease"'),
      rows: await count('select count(*) from "RvuRow"'),
      imports: await count('select count(*) from "CatalogImport"'),
    }).toEqual(before);
  }, 120_000);

  it('entries CSV import (commitImport in a child process): no entries, sites, import record or audit rows', async () => {
    const userId = `kill_${randomUUID().replaceAll('-', '')}`;
    const email = `kill-${randomUUID()}@test.benchline.local`;
    await sql.query(
      `insert into "User" (id, email, name, "passwordHash", "updatedAt") values ($1,$2,'Kill Test','x',now())`,
      [userId, email],
    );
    // The codes must be in the catalog: use ones the starter/RVU25D catalog has, or import-time errors stop it early.
    const known = (
      await sql.query(
        `select code from "Code" where code in ('99213','99214','99203','99232','20610') order by code`,
      )
    ).rows.map((r) => r.code as string);
    if (known.length === 0)
      await sql.query(
        `insert into "Code" (code, kind, "shortDescription", category, synonyms, specialties, "updatedAt") values ('99213','CPT','Office visit','em','{}','{}',now()) on conflict do nothing`,
      );
    const codes = known.length ? known : ['99213'];
    const lines = ['date_of_service,code,modifiers,units,encounter,site'];
    for (let i = 0; i < 40_000; i++)
      lines.push(`2025-0${1 + (i % 9)}-1${i % 10},${codes[i % codes.length]},,1,enc-${i},Kill Site ${i % 3}`);
    const csvFile = path.join(tmp, 'entries.csv');
    writeFileSync(csvFile, lines.join('\n') + '\n');
    // tsx -e runs as CommonJS (no top-level await).
    const program = `
      import { readFileSync } from 'node:fs';
      import { commitImport } from '@/lib/logs/import';
      const text = readFileSync(process.env.KILL_CSV!, 'utf8');
      const actor = { id: process.env.KILL_USER!, email: process.env.KILL_EMAIL!, name: 'Kill Test', role: 'USER' as const };
      commitImport({ actor, text, fileName: 'entries.csv', onProgress: (done, total) => console.log('progress', done, total) }).then(
        () => { console.log('committed'); process.exit(0); },
        (err) => { console.error(err); process.exit(1); },
      );`;
    const run = start(['-e', program], { KILL_CSV: csvFile, KILL_USER: userId, KILL_EMAIL: email });
    try {
      await waitFor(
        async () => {
          if (run.child.exitCode !== null) throw new Error(`the import exited early:\n${run.output()}`);
          return /progress \d+ /.test(run.output());
        },
        90_000,
        'the first written chunk',
      );
      expect(await writingBackends()).toBeGreaterThan(0);
      kill(run.child);
    } finally {
      kill(run.child);
    }
    const exit = await run.exited;
    expect(exit.signal, run.output()).toBe('SIGKILL');
    expect(run.output()).not.toContain('committed');
    await waitFor(async () => (await writingBackends()) === 0, 30_000, 'the killed transaction to end');
    expect(await count('select count(*) from "LogEntry" where "userId" = $1', [userId])).toBe(0);
    expect(await count('select count(*) from "EntryImport" where "userId" = $1', [userId])).toBe(0);
    expect(await count('select count(*) from "Site" where "userId" = $1', [userId])).toBe(0);
    expect(await count('select count(*) from "DailyWrvu" where "userId" = $1', [userId])).toBe(0);
    expect(await count('select count(*) from "AuditEvent" where "actorId" = $1', [userId])).toBe(0);
  }, 150_000);
});
