#!/usr/bin/env node
// npm run bench:load — mixed traffic against the production app on loopback at a fixed rate:
//   70 % GET /dashboard (the HTML page, signed in, a realistic year of entries behind it)
//   20 % POST /api/entries (one new entry per request, priced, audited)
//   10 % GET /api/codes/search?q=… (typeahead)
// for BENCH_SECONDS (default 300) at BENCH_RATE requests/s overall (default 100). Bounded: the run
// stops at the duration; at most BENCH_MAX_INFLIGHT (200) requests are open at once.
// Two drivers (BENCH_DRIVER):
// - paced (default): a constant arrival rate, one request every 1/rate s over keep-alive
//   connections, latency measured from the scheduled start (no coordinated omission), like wrk2.
// - autocannon: autocannon's `overallRate` with BENCH_CONNECTIONS connections (default 20). Its rate
//   limit lets every connection fire its share at the start of each second, so the load arrives
//   in bursts of up to BENCH_CONNECTIONS requests and the latencies include that queueing.
// Prints throughput, p50/p95/p99, errors and the next-server process's resident memory (VmRSS from
// /proc/<pid>/status) after warm-up and at the end, with its growth.
// Targets (issue 7): 0 errors, p99 <= 250 ms at 100 requests/s, memory growth < 10 %.
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import autocannon from 'autocannon';
import pg from 'pg';
import { createSignedInUser, startApp } from './fault-db-restart.mjs';
import { findNextServer, rssKiB } from './server-rss.mjs';

const seconds = Number(process.env.BENCH_SECONDS || 300);
const rate = Number(process.env.BENCH_RATE || 100);
const connections = Number(process.env.BENCH_CONNECTIONS || 20);
const driver = process.env.BENCH_DRIVER === 'autocannon' ? 'autocannon' : 'paced';
const maxInflight = Number(process.env.BENCH_MAX_INFLIGHT || 200);
const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  console.error('DATABASE_URL is not set: run through `npm run bench:load` (scripts/with-db.mjs).');
  process.exit(2);
}
const say = (m) => console.log(`[bench:load] ${m}`);

const CODES = [
  ['99213', 30],
  ['99214', 24],
  ['99212', 6],
  ['99203', 6],
  ['99204', 5],
  ['99232', 6],
  ['99233', 3],
  ['20610', 6],
  ['27447', 2],
  ['29881', 2],
  ['93000', 5],
  ['99215', 5],
];
const pickCode = (i) => {
  const total = CODES.reduce((s, [, w]) => s + w, 0);
  let r = (i * 7919) % total;
  for (const [code, w] of CODES) if ((r -= w) < 0) return code;
  return '99213';
};
const SEARCHES = [
  'knee',
  '99213',
  'office visit',
  'arthroplasty',
  'injection',
  'colonoscopy',
  'echo',
  'J2820',
  'hip',
  'ekg',
  'new patient',
  'hospital care',
];

async function seedYear(base, cookie) {
  // About 4,500 entries over the last 365 days (weekdays, 15-22 a day), created through the API.
  const entries = [];
  const today = new Date();
  for (let d = 365; d >= 1; d--) {
    const day = new Date(today.getTime() - d * 86_400_000);
    if (day.getUTCDay() === 0 || day.getUTCDay() === 6) continue;
    const iso = day.toISOString().slice(0, 10);
    const count = 15 + (d % 8);
    for (let i = 0; i < count; i++)
      entries.push({
        id: randomUUID(),
        dateOfService: iso,
        code: pickCode(entries.length),
        modifiers: [],
        units: 1,
        encounterKey: `${iso}-${Math.floor(i / 2)}`,
        setting: i % 3 ? 'NON_FACILITY' : 'FACILITY',
      });
  }
  for (let i = 0; i < entries.length; i += 50) {
    const res = await fetch(`${base}/api/entries`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ entries: entries.slice(i, i + 50) }),
    });
    if (!res.ok) throw new Error(`seeding failed: ${res.status} ${await res.text()}`);
  }
  return entries.length;
}

/** Constant-arrival load: request i starts at t0 + i/rate; latency counts from that moment. */
async function paced({ base, seconds, rate, sequence }) {
  const url = new URL(base);
  const agent = new http.Agent({ keepAlive: true, maxSockets: maxInflight });
  const times = [];
  const statusCounts = new Map();
  let errors = 0;
  let timeouts = 0;
  let dropped = 0;
  let inflight = 0;
  let bytes = 0;
  const pending = new Set();
  const send = (spec, due) =>
    new Promise((resolve) => {
      const req = spec.setupRequest ? spec.setupRequest({ ...spec }) : spec;
      const r = http.request(
        {
          host: url.hostname,
          port: url.port,
          method: req.method,
          path: req.path,
          headers: { ...req.headers, ...(req.body ? { 'content-length': Buffer.byteLength(req.body) } : {}) },
          agent,
          timeout: 30_000,
        },
        (res) => {
          res.on('data', (d) => (bytes += d.length));
          res.on('end', () => {
            times.push(performance.now() - due);
            statusCounts.set(res.statusCode, (statusCounts.get(res.statusCode) ?? 0) + 1);
            resolve();
          });
        },
      );
      r.on('timeout', () => {
        timeouts++;
        r.destroy(new Error('timeout'));
      });
      r.on('error', () => {
        errors++;
        resolve();
      });
      r.end(req.body);
    });
  const interval = 1000 / rate;
  const t0 = performance.now();
  for (let i = 0; ; i++) {
    const due = t0 + i * interval;
    if (due - t0 >= seconds * 1000) break;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    if (inflight >= maxInflight) {
      dropped++;
      continue;
    }
    inflight++;
    const p = send(sequence[i % sequence.length], due).finally(() => {
      inflight--;
      pending.delete(p);
    });
    pending.add(p);
  }
  await Promise.all(pending);
  agent.destroy();
  const elapsed = (performance.now() - t0) / 1000;
  const total = times.length;
  const non2xx = [...statusCounts]
    .filter(([code]) => code < 200 || code >= 300)
    .reduce((n, [, c]) => n + c, 0);
  return {
    times,
    statusCounts,
    total,
    rps: total / elapsed,
    kibPerSecond: bytes / 1024 / elapsed,
    errors: errors + dropped,
    timeouts,
    non2xx,
    dropped,
  };
}

async function viaAutocannon({ base, seconds, rate, sequence }) {
  const statusCounts = new Map();
  const times = [];
  const result = await new Promise((resolve, reject) => {
    const instance = autocannon(
      { url: base, connections, overallRate: rate, duration: seconds, requests: sequence },
      (err, res) => (err ? reject(err) : resolve(res)),
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      statusCounts.set(statusCode, (statusCounts.get(statusCode) ?? 0) + 1);
      times.push(responseTime);
    });
  });
  return {
    times,
    statusCounts,
    total: result.requests.total,
    rps: result.requests.average,
    kibPerSecond: result.throughput.average / 1024,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    dropped: 0,
  };
}
const load = driver === 'paced' ? paced : viaAutocannon;

const app = await startApp({
  databaseUrl,
  log: process.env.BENCH_APP_LOG ? (m) => console.error(m) : () => {},
});
let sampler;
try {
  const user = await createSignedInUser({ base: app.base, databaseUrl });
  say('Seeding a year of entries through the API…');
  const seeded = await seedYear(app.base, user.cookie);
  say(`${seeded} entries seeded.`);
  // Planner statistics for the bulk load, as autovacuum would gather within a minute or two: the
  // measured run should see a steady-state database, not one whose tables were never analysed.
  const admin = new pg.Client({ connectionString: databaseUrl });
  await admin.connect();
  await admin.query('ANALYZE');
  await admin.end();
  const serverPid = findNextServer(app.pid);
  if (!serverPid) throw new Error('could not find the next-server process');

  const today = new Date().toISOString().slice(0, 10);
  let posts = 0;
  let searches = 0;
  const dashboard = {
    method: 'GET',
    path: '/dashboard',
    headers: { cookie: user.cookie, accept: 'text/html' },
  };
  const post = {
    method: 'POST',
    path: '/api/entries',
    headers: { 'content-type': 'application/json', cookie: user.cookie },
    setupRequest: (req) => ({
      ...req,
      body: JSON.stringify({
        entries: [
          {
            id: randomUUID(),
            dateOfService: today,
            code: pickCode(posts++),
            modifiers: [],
            units: 1,
            setting: 'NON_FACILITY',
          },
        ],
      }),
    }),
  };
  const search = {
    method: 'GET',
    path: '/api/codes/search?q=knee',
    setupRequest: (req) => ({
      ...req,
      path: `/api/codes/search?q=${encodeURIComponent(SEARCHES[searches++ % SEARCHES.length])}&limit=8`,
    }),
  };
  // Each connection cycles through this sequence: 7 dashboard, 2 log, 1 search.
  const mix = [
    dashboard,
    post,
    dashboard,
    dashboard,
    search,
    dashboard,
    post,
    dashboard,
    dashboard,
    dashboard,
  ];
  // BENCH_ONLY=dashboard|post|search runs one kind alone (to find which one costs time or memory).
  // BENCH_ONLY=/some/page loads that signed-in page instead.
  const only = process.env.BENCH_ONLY?.startsWith('/')
    ? { ...dashboard, path: process.env.BENCH_ONLY }
    : { dashboard, post, search }[process.env.BENCH_ONLY ?? ''];
  const sequence = only ? [only] : mix;

  say('Warming up (15 s at the target rate, not measured)…');
  await load({ base: app.base, seconds: 15, rate, sequence });
  const rssStart = rssKiB(serverPid);
  let rssPeak = rssStart;
  sampler = setInterval(() => {
    try {
      rssPeak = Math.max(rssPeak, rssKiB(serverPid));
    } catch {
      /* gone */
    }
  }, 5000);
  const rowsBefore = Number(
    await (async () => {
      const c = new pg.Client({ connectionString: databaseUrl });
      await c.connect();
      try {
        return (await c.query('select count(*) from "LogEntry" where "userId" = $1', [user.id])).rows[0]
          .count;
      } finally {
        await c.end();
      }
    })(),
  );

  say(
    `Load (${driver}): ${rate} requests/s for ${seconds} s (70 % dashboard, 20 % POST /api/entries, 10 % search)…`,
  );
  const result = await load({ base: app.base, seconds, rate, sequence });
  const { times, statusCounts } = result;
  times.sort((a, b) => a - b);
  const pct = (p) =>
    times.length ? times[Math.min(times.length - 1, Math.ceil((p / 100) * times.length) - 1)] : 0;
  const lat = { p50: pct(50), p95: pct(95), p99: pct(99), max: times.at(-1) ?? 0 };
  clearInterval(sampler);
  let rssEnd;
  try {
    rssEnd = rssKiB(serverPid);
  } catch {
    throw new Error(
      `the next-server process (pid ${serverPid}) is gone: the app died under load. Its last output:\n${app.output().slice(-4000)}`,
    );
  }
  const c = new pg.Client({ connectionString: databaseUrl });
  await c.connect();
  const rowsAfter = Number(
    (await c.query('select count(*) from "LogEntry" where "userId" = $1', [user.id])).rows[0].count,
  );
  await c.end();

  const errors = result.errors + result.timeouts + result.non2xx;
  const growth = ((rssEnd - rssStart) / rssStart) * 100;
  const mb = (kib) => (kib / 1024).toFixed(1);
  console.log(
    '\n=== bench:load (70 % GET /dashboard, 20 % POST /api/entries, 10 % GET /api/codes/search) ===',
  );
  console.log(
    `duration      ${seconds} s at ${rate} requests/s target, driver ${driver}${driver === 'autocannon' ? ` (${connections} connections)` : ''}; ${seeded} entries seeded for the user`,
  );
  console.log(
    `requests      ${result.total}  (${result.rps.toFixed(1)} requests/s average, ${result.kibPerSecond.toFixed(0)} KiB/s)`,
  );
  console.log(
    `latency (ms)  p50 ${lat.p50.toFixed(1)}  p95 ${lat.p95.toFixed(1)}  p99 ${lat.p99.toFixed(1)}  max ${lat.max.toFixed(1)}  (every response, complete body)`,
  );
  console.log(
    `status        ${JSON.stringify(Object.fromEntries(statusCounts))}; errors ${result.errors} (of which not sent because ${maxInflight} were open: ${result.dropped}), timeouts ${result.timeouts}, non-2xx ${result.non2xx}`,
  );
  console.log(`creates       ${rowsAfter - rowsBefore} rows added during the measured run`);
  console.log(
    `memory (RSS)  next-server pid ${serverPid}: ${mb(rssStart)} MiB after warm-up, ${mb(rssEnd)} MiB at the end (peak ${mb(rssPeak)} MiB), growth ${growth.toFixed(1)} %`,
  );
  const met = (ok) => (ok ? 'met' : 'NOT met');
  console.log(
    `targets       0 errors: ${met(errors === 0)}; p99 <= 250 ms: ${met(lat.p99 <= 250)}; memory growth < 10 %: ${met(growth < 10)}; sustained ${rate}/s: ${met(result.rps >= rate * 0.95)}`,
  );
  console.log(
    `BENCH_LOAD_RESULT ${JSON.stringify({ driver, seconds, rate, requests: result.total, rps: result.rps, p50: lat.p50, p95: lat.p95, p99: lat.p99, max: lat.max, errors, rssStartKiB: rssStart, rssEndKiB: rssEnd, rssPeakKiB: rssPeak, growthPct: growth })}`,
  );
} finally {
  clearInterval(sampler);
  await app.stop();
}
process.exit(0);
