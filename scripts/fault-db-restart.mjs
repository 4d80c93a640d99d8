#!/usr/bin/env node
// Fault test: restart PostgreSQL while the app is under write load, and prove that nothing hangs,
// nothing acknowledged is lost, and the app recovers by itself.
//
//   node scripts/fault-db-restart.mjs            (FAULT_SECONDS=30, RESTART_AT=8, DOWN_SECONDS=4)
//
// It starts a private embedded PostgreSQL in a temp folder (it must stop and start it, so never the
// shared database), starts the production app against it with `node scripts/run.mjs start`
// (migrate, seed, build when stale, next start), signs in a fresh user and runs WORKERS concurrent
// loops of POST /api/entries with client-generated ids. At RESTART_AT seconds PostgreSQL is stopped
// (fast shutdown: in-flight queries are cut off), kept down DOWN_SECONDS, and started again.
// Asserted:
//   1. every response arrives in < 5 s (a request still open after 10 s counts as a hang);
//   2. every failure is a 503 (never a 500, never a reset connection);
//   3. /api/health is 200 again within 5 s of PostgreSQL accepting connections, and writes succeed;
//   4. every create answered 2xx is in the database (checked by its client id).
// Prints a summary and one JSON line (prefix FAULT_RESULT); exits 1 when an assertion fails.
// Loopback only; every loop is bounded by FAULT_SECONDS.
import { randomUUID } from 'node:crypto';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { hash } from '@node-rs/argon2';
import pg from 'pg';
import { ensureDatabase, freePort, startEmbedded } from './db.mjs';
import { root } from './proc.mjs';
import { signInCookie } from './http-session.mjs';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Starts the production app (scripts/run.mjs start) on a free loopback port; returns { base, pid, stop }. */
export async function startApp({ databaseUrl, log = () => {}, extraEnv = {} }) {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const child = spawn('node', ['scripts/run.mjs', 'start'], {
    cwd: root,
    env: { ...process.env, ...extraEnv, DATABASE_URL: databaseUrl, PORT: String(port), NEXTAUTH_URL: base },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  const keep = (d) => {
    output = (output + d).slice(-20_000);
    log(String(d).trimEnd());
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let exited = false;
  child.on('exit', () => (exited = true));
  const stop = async () => {
    if (exited) return;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      return;
    }
    for (let i = 0; i < 100 && !exited; i++) await sleep(100);
    if (!exited) {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        /* gone */
      }
    }
  };
  const deadline = Date.now() + 600_000; // a first start may build (a minute or two on 2 cores)
  while (Date.now() < deadline) {
    if (exited) throw new Error(`the app exited during start:\n${output}`);
    try {
      if ((await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(3000) })).ok)
        return { base, pid: child.pid, stop, output: () => output };
    } catch {
      /* starting */
    }
    await sleep(500);
  }
  await stop();
  throw new Error(`the app did not become healthy:\n${output}`);
}

/** Creates a user straight in the database and signs in through next-auth; returns the cookie. */
export async function createSignedInUser({ base, databaseUrl }) {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  const email = `fault-${randomUUID()}@test.benchline.local`;
  const password = 'fault test password long enough';
  const id = `fault_${randomUUID().replaceAll('-', '')}`;
  try {
    await db.query(
      `insert into "User" (id, email, name, "passwordHash", "updatedAt") values ($1,$2,'Fault Test',$3,now())`,
      [id, email, await hash(password)],
    );
  } finally {
    await db.end();
  }
  return { id, email, cookie: await signInCookie(base, { email, password }) };
}

export async function runFaultTest({
  seconds = Number(process.env.FAULT_SECONDS || 30),
  restartAt = Number(process.env.RESTART_AT || 8),
  downSeconds = Number(process.env.DOWN_SECONDS || 4),
  workers = Number(process.env.WORKERS || 8),
  log = (m) => console.log(m),
  appLog = () => {},
} = {}) {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'benchline-fault-'));
  const clusterDir = path.join(tmp, 'pg');
  let pgServer = await startEmbedded({ clusterDir, persistent: true });
  const url = pgServer.url('benchline');
  let app;
  try {
    await ensureDatabase(url);
    log('Starting the app against a private PostgreSQL (migrate, seed, build if stale)…');
    app = await startApp({ databaseUrl: url, log: appLog });
    const user = await createSignedInUser({ base: app.base, databaseUrl: url });
    const today = new Date().toISOString().slice(0, 10);
    const codes = ['99213', '99214', '99203', '99232'];
    const results = []; // { id, status, ms, at, error? }
    const t0 = Date.now();
    const until = t0 + seconds * 1000;
    let n = 0;

    async function worker() {
      while (Date.now() < until) {
        const id = randomUUID();
        const started = Date.now();
        const body = JSON.stringify({
          entries: [
            {
              id,
              dateOfService: today,
              code: codes[n++ % codes.length],
              modifiers: [],
              units: 1,
              setting: 'FACILITY',
            },
          ],
        });
        let status = 0;
        let error;
        try {
          const res = await fetch(`${app.base}/api/entries`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', cookie: user.cookie },
            body,
            signal: AbortSignal.timeout(10_000),
          });
          status = res.status;
          await res.arrayBuffer();
        } catch (err) {
          error = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
        }
        results.push({ id, status, ms: Date.now() - started, at: started - t0, error });
        await sleep(10);
      }
    }

    async function fault() {
      await sleep(restartAt * 1000);
      const down = Date.now() - t0;
      log(`t=${(down / 1000).toFixed(1)} s: stopping PostgreSQL`);
      await pgServer.stop();
      await sleep(downSeconds * 1000);
      pgServer = await startEmbedded({ clusterDir, persistent: true });
      if (pgServer.url('benchline') !== url)
        throw new Error('PostgreSQL came back on another port; cannot continue');
      const up = Date.now() - t0;
      log(`t=${(up / 1000).toFixed(1)} s: PostgreSQL accepts connections again`);
      let healthy = null;
      while (Date.now() - t0 < up + 30_000) {
        try {
          const res = await fetch(`${app.base}/api/health`, { signal: AbortSignal.timeout(3000) });
          if (res.ok) {
            healthy = Date.now() - t0;
            break;
          }
        } catch {
          /* not yet */
        }
        await sleep(100);
      }
      log(
        healthy === null
          ? 'the app did NOT report healthy within 30 s'
          : `t=${(healthy / 1000).toFixed(1)} s: /api/health is 200 again`,
      );
      return { down, up, healthy };
    }

    const [timeline] = await Promise.all([fault(), ...Array.from({ length: workers }, worker)]);

    // Verification straight in the database.
    const check = new pg.Client({ connectionString: url });
    await check.connect();
    const acknowledged = results.filter((r) => r.status >= 200 && r.status < 300).map((r) => r.id);
    const { rows } = await check.query(
      'select id from "LogEntry" where "userId" = $1 and id = any($2::text[])',
      [user.id, acknowledged],
    );
    const stored = new Set(rows.map((r) => r.id));
    const total = Number(
      (await check.query('select count(*) from "LogEntry" where "userId" = $1', [user.id])).rows[0].count,
    );
    await check.end();

    const lost = acknowledged.filter((id) => !stored.has(id));
    const failures = results.filter((r) => !(r.status >= 200 && r.status < 300));
    const byStatus = {};
    for (const r of results) {
      const k = r.error ? 'network-error' : String(r.status);
      byStatus[k] = (byStatus[k] ?? 0) + 1;
    }
    const maxMs = Math.max(0, ...results.map((r) => r.ms));
    const failureMs = failures.map((r) => r.ms).sort((a, b) => a - b);
    const okAfterRecovery =
      timeline.healthy !== null &&
      results.some((r) => r.at > timeline.healthy && r.status >= 200 && r.status < 300);
    const summary = {
      requests: results.length,
      byStatus,
      acknowledged: acknowledged.length,
      storedOfAcknowledged: stored.size,
      lost: lost.length,
      rowsForUser: total,
      maxResponseMs: maxMs,
      failureP50Ms: failureMs[Math.floor(failureMs.length * 0.5)] ?? 0,
      failureMaxMs: failureMs.at(-1) ?? 0,
      dbDownAtMs: timeline.down,
      dbUpAtMs: timeline.up,
      healthyAtMs: timeline.healthy,
      recoveryMs: timeline.healthy === null ? null : timeline.healthy - timeline.up,
      okAfterRecovery,
    };
    const problems = [];
    if (maxMs >= 5000) problems.push(`a response took ${maxMs} ms (limit 5000)`);
    if (failures.some((r) => r.status !== 503))
      problems.push(`failures other than 503: ${JSON.stringify(byStatus)}`);
    if (!failures.length) problems.push('no request failed: the restart was not exercised');
    if (summary.recoveryMs === null || summary.recoveryMs > 5000)
      problems.push(`recovery took ${summary.recoveryMs} ms (limit 5000)`);
    if (!okAfterRecovery) problems.push('no successful create after recovery');
    if (lost.length)
      problems.push(`${lost.length} acknowledged creates are missing: ${lost.slice(0, 5).join(', ')}`);
    // Extra rows are fine only as creates whose response was lost in flight; with 503s they must not exist.
    return { ok: problems.length === 0, problems, summary };
  } finally {
    await app?.stop();
    await pgServer.stop().catch(() => {});
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = await runFaultTest({
    appLog: process.env.FAULT_APP_LOG ? (m) => console.error(m) : () => {},
  });
  const s = result.summary;
  console.log('\n=== fault: PostgreSQL restart under POST /api/entries load ===');
  console.log(`requests      ${s.requests}  by status ${JSON.stringify(s.byStatus)}`);
  console.log(
    `timeline      db down at ${(s.dbDownAtMs / 1000).toFixed(1)} s, back at ${(s.dbUpAtMs / 1000).toFixed(1)} s, app healthy ${s.recoveryMs === null ? 'never' : `${s.recoveryMs} ms later`}`,
  );
  console.log(
    `latency       slowest response ${s.maxResponseMs} ms; failures p50 ${s.failureP50Ms} ms, max ${s.failureMaxMs} ms`,
  );
  console.log(
    `durability    ${s.acknowledged} creates answered 2xx, ${s.storedOfAcknowledged} found by client id, ${s.lost} lost (${s.rowsForUser} rows in total)`,
  );
  console.log(result.ok ? 'PASS' : `FAIL:\n  - ${result.problems.join('\n  - ')}`);
  console.log(`FAULT_RESULT ${JSON.stringify(result)}`);
  process.exit(result.ok ? 0 : 1);
}
