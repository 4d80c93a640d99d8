#!/usr/bin/env node
// npm run bench:log — creates entries through the app's real HTTP path (POST /api/entries, session
// cookie, zod, pricing, transaction, audit) under load with autocannon on loopback, then checks that
// every 2xx create is in the database. Bounded: BENCH_SECONDS (default 20) at BENCH_CONNECTIONS (10).
// Targets (issue 4): >= 300 creates/s, p99 <= 100 ms, 0 errors.
import { randomUUID } from 'node:crypto';
import { spawn } from 'node:child_process';
import autocannon from 'autocannon';
import { hash } from '@node-rs/argon2';
import pg from 'pg';
import { freePort } from './db.mjs';
import { root } from './proc.mjs';
import { signInCookie } from './http-session.mjs';

const seconds = Number(process.env.BENCH_SECONDS || 20);
const connections = Number(process.env.BENCH_CONNECTIONS || 10);
const port = await freePort();
const base = `http://127.0.0.1:${port}`;

const server = spawn('node', ['scripts/run.mjs', 'start'], {
  cwd: root,
  env: { ...process.env, PORT: String(port), NEXTAUTH_URL: base },
  stdio: ['ignore', 'pipe', 'inherit'],
  detached: true,
});
server.stdout.on('data', () => {});
const stopServer = () => {
  try {
    process.kill(-server.pid, 'SIGTERM');
  } catch {
    /* already gone */
  }
};
process.on('exit', stopServer);

async function waitHealthy() {
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      /* starting */
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error('the app did not become healthy');
}

try {
  console.log('Starting the production app (builds if needed)…');
  await waitHealthy();
  const db = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2 });
  const email = `bench-${randomUUID()}@bench.benchline.local`;
  const password = 'bench password long enough';
  const userId = `bench_${randomUUID().replaceAll('-', '')}`;
  await db.query(
    `insert into "User" (id, email, name, "passwordHash", "updatedAt") values ($1,$2,'Bench User',$3,now())`,
    [userId, email, await hash(password)],
  );

  const cookie = await signInCookie(base, { email, password });

  const codes = ['99213', '99214', '20610', '27447', '29881', '99203'];
  const today = new Date().toISOString().slice(0, 10);
  let n = 0;
  const body = () => {
    n++;
    return JSON.stringify({
      entries: [
        {
          id: randomUUID(),
          dateOfService: today,
          code: codes[n % codes.length],
          modifiers: [],
          units: 1,
          encounterKey: `bench-${n}`,
          setting: 'FACILITY',
        },
      ],
    });
  };
  // Warm-up (JIT, pools), not measured.
  for (let i = 0; i < 50; i++)
    await fetch(`${base}/api/entries`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: body(),
    });
  const before = Number(
    (await db.query('select count(*) from "LogEntry" where "userId" = $1', [userId])).rows[0].count,
  );

  console.log(`Load: ${connections} connections for ${seconds} s, POST /api/entries…`);
  const result = await autocannon({
    url: base,
    connections,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        path: '/api/entries',
        headers: { 'content-type': 'application/json', cookie },
        setupRequest: (req) => ({ ...req, body: body() }),
      },
    ],
  });
  // Requests still in flight when the measurement window closed complete afterwards: let them land.
  await new Promise((r) => setTimeout(r, 2000));
  const after = Number(
    (await db.query('select count(*) from "LogEntry" where "userId" = $1', [userId])).rows[0].count,
  );
  const ok = result['2xx'];
  console.log('\n=== bench:log (POST /api/entries, one entry per request) ===');
  console.log(
    `requests      ${result.requests.total}  (${result.requests.average.toFixed(1)} creates/s average)`,
  );
  console.log(
    `latency (ms)  p50 ${result.latency.p50}  p90 ${result.latency.p90}  p99 ${result.latency.p99}  max ${result.latency.max}`,
  );
  console.log(`2xx ${ok}  non-2xx ${result.non2xx}  errors ${result.errors}  timeouts ${result.timeouts}`);
  // Every acknowledged create must be stored; up to one in-flight request per connection may land too.
  const stored = after - before;
  console.log(
    `rows created  ${stored}  (every 2xx stored: ${stored >= ok && stored - ok <= connections ? 'yes' : 'NO'}; ${stored - ok} finished after the window)`,
  );
  console.log(
    `targets       >= 300 creates/s: ${result.requests.average >= 300 ? 'met' : 'not met'}; p99 <= 100 ms: ${result.latency.p99 <= 100 ? 'met' : 'not met'}; 0 errors: ${result.errors + result.non2xx === 0 ? 'met' : 'not met'}`,
  );
  await db.end();
} finally {
  stopServer();
}
process.exit(0);
