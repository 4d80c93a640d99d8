#!/usr/bin/env node
// npm run bench:pages — the heavy user's pages (issue 13). Starts the production app on a private
// database (scripts/with-db.mjs --fresh), creates a heavy user (30,000 entries over 5 years) and a
// light user (scripts/bench-pages-data.mjs), signs both in over HTTP and drives each page or API
// with autocannon on loopback at c=1 and c=10 for BENCH_SECONDS (default 3) each, printing req/s,
// p50/p95/p99 and body bytes next to the issue's targets. Then it times the dashboard's aggregates
// as hand-written SQL on the same data (ratio to the page), and the 5-year XLSX export alone and
// four at once, with the next-server process's peak RSS. Bounded: every run stops at its duration.
// BENCH_ONLY=<substring of a case name> runs only the matching cases.
import autocannon from 'autocannon';
import pg from 'pg';
import { createBenchUsers } from './bench-pages-data.mjs';
import { timeExports, timeHandWrittenSql } from './bench-pages-extra.mjs';
import { startApp } from './fault-db-restart.mjs';
import { findNextServer } from './server-rss.mjs';

const seconds = Number(process.env.BENCH_SECONDS || 3);
const heavyEntries = Number(process.env.BENCH_ENTRIES || 30_000);
const only = process.env.BENCH_ONLY;
const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  console.error('DATABASE_URL is not set: run through `npm run bench:pages` (scripts/with-db.mjs).');
  process.exit(2);
}
const say = (m) => console.log(`[bench:pages] ${m}`);

/** One autocannon run; latencies of every response (complete body), p95 computed from them. */
async function drive({ base, path, cookie, connections, duration }) {
  const times = [];
  const result = await new Promise((resolve, reject) => {
    const instance = autocannon(
      { url: `${base}${path}`, connections, duration, headers: cookie ? { cookie } : {}, timeout: 30 },
      (err, res) => (err ? reject(err) : resolve(res)),
    );
    instance.on('response', (_c, _status, _bytes, ms) => times.push(ms));
  });
  times.sort((a, b) => a - b);
  const pct = (p) =>
    times.length ? times[Math.min(times.length - 1, Math.ceil((p / 100) * times.length) - 1)] : 0;
  return {
    rps: result.requests.total / duration,
    p50: pct(50),
    p95: pct(95),
    p99: pct(99),
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

async function bodyBytes(base, path, cookie) {
  const res = await fetch(`${base}${path}`, { headers: { cookie, 'accept-encoding': 'identity' } });
  if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
  return (await res.arrayBuffer()).byteLength;
}

const iso = (d) => d.toISOString().slice(0, 10);
const today = iso(new Date());
const fiveYearsAgo = (() => {
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() - 5);
  return iso(d);
})();

const app = await startApp({
  databaseUrl,
  log: process.env.BENCH_APP_LOG ? (m) => console.error(m) : () => {},
});
const db = new pg.Client({ connectionString: databaseUrl });
try {
  await db.connect();
  say(`Creating the heavy user (${heavyEntries} entries over 5 years) and a light user…`);
  const t0 = performance.now();
  const { heavy, light } = await createBenchUsers({ base: app.base, databaseUrl, db, heavyEntries });
  say(`${heavy.entries} + ${light.entries} entries in ${((performance.now() - t0) / 1000).toFixed(1)} s.`);

  const range5y = `range=custom&from=${fiveYearsAgo}&to=${today}`;
  const cases = [
    { name: 'GET /log (heavy)', path: '/log', user: heavy },
    { name: 'GET /log (light)', path: '/log', user: light },
    { name: 'search exact "colonoscopy"', path: '/api/codes/search?q=colonoscopy&limit=8' },
    { name: 'search typo "colonscopy"', path: '/api/codes/search?q=colonscopy&limit=8' },
    { name: 'search typo "arthroplsty"', path: '/api/codes/search?q=arthroplsty&limit=8' },
    { name: 'GET /dashboard fiscal YTD (heavy)', path: '/dashboard', user: heavy },
    { name: 'GET /dashboard 5 years (heavy)', path: `/dashboard?${range5y}`, user: heavy },
    { name: 'GET /dashboard fiscal YTD (light)', path: '/dashboard', user: light },
    { name: 'GET /entries page 1 (heavy)', path: '/entries', user: heavy },
    { name: 'GET /api/entries page 1 (heavy)', path: '/api/entries', user: heavy },
  ].filter((c) => !only || c.name.includes(only));

  const results = new Map();
  for (const c of cases) {
    const cookie = c.user?.cookie ?? '';
    const bytes = await bodyBytes(app.base, c.path, cookie);
    await drive({ base: app.base, path: c.path, cookie, connections: 2, duration: 1 }); // warm-up
    const c1 = await drive({ base: app.base, path: c.path, cookie, connections: 1, duration: seconds });
    const c10 = await drive({ base: app.base, path: c.path, cookie, connections: 10, duration: seconds });
    results.set(c.name, { bytes, c1, c10 });
    const f = (r) =>
      `${r.rps.toFixed(0).padStart(4)} req/s p50 ${r.p50.toFixed(0)} p95 ${r.p95.toFixed(0)} p99 ${r.p99.toFixed(0)} ms${r.errors ? ` ERRORS ${r.errors}` : ''}`;
    console.log(
      `${c.name.padEnd(36)} ${(bytes / 1024).toFixed(1).padStart(6)} KB | c=1 ${f(c1)} | c=10 ${f(c10)}`,
    );
  }

  const sqlMs =
    only && !only.includes('dashboard') ? null : await timeHandWrittenSql({ db, userId: heavy.id, today });
  const exports =
    only && !only.includes('export')
      ? null
      : await timeExports({
          base: app.base,
          cookie: heavy.cookie,
          path: `/api/reports/xlsx?${range5y}&contents=entries`,
          serverPid: findNextServer(app.pid),
        });

  // ─── Targets ───
  const met = (ok) => (ok ? 'met' : 'NOT met');
  const r = (name) => results.get(name);
  const lines = [];
  const log = r('GET /log (heavy)');
  if (log)
    lines.push(
      `/log heavy: c=1 p50 ${log.c1.p50.toFixed(0)} ms (<= 30: ${met(log.c1.p50 <= 30)}); c=10 ${log.c10.rps.toFixed(0)} req/s (>= 60: ${met(log.c10.rps >= 60)})`,
    );
  const exact = r('search exact "colonoscopy"');
  const typo = r('search typo "colonscopy"');
  if (exact && typo)
    lines.push(
      `typo search: c=1 p95 ${typo.c1.p95.toFixed(0)} ms (<= 15: ${met(typo.c1.p95 <= 15)}); c=10 ${typo.c10.rps.toFixed(0)} vs exact ${exact.c10.rps.toFixed(0)} req/s (>= half: ${met(typo.c10.rps >= exact.c10.rps / 2)})`,
    );
  for (const name of ['GET /dashboard fiscal YTD (heavy)', 'GET /dashboard 5 years (heavy)']) {
    const d = r(name);
    if (!d) continue;
    const ratio = sqlMs ? d.c1.p50 / sqlMs.total : null;
    lines.push(
      `${name.slice(4)}: c=10 ${d.c10.rps.toFixed(0)} req/s (>= 100: ${met(d.c10.rps >= 100)}), p95 ${d.c10.p95.toFixed(0)} ms (<= 150: ${met(d.c10.p95 <= 150)})` +
        (ratio === null
          ? ''
          : `; c=1 p50 ${d.c1.p50.toFixed(0)} ms = ${ratio.toFixed(1)}x the hand-written SQL's ${sqlMs.total.toFixed(1)} ms (<= 3x: ${met(ratio <= 3)})`),
    );
  }
  const entries = r('GET /entries page 1 (heavy)');
  if (entries)
    lines.push(
      `/entries page 1: ${(entries.bytes / 1024).toFixed(1)} KB (<= 60: ${met(entries.bytes <= 60 * 1024)}); c=1 p50 ${entries.c1.p50.toFixed(0)} ms (<= 25: ${met(entries.c1.p50 <= 25)})`,
    );
  if (exports)
    lines.push(
      `5-year XLSX export (${heavy.entries} lines, ${(exports.bytes / 1024 / 1024).toFixed(2)} MB): c=1 ${exports.single.toFixed(2)} s (<= 1: ${met(exports.single <= 1)}); 4 at once: ${exports.finished}/4 finished, slowest ${exports.concurrent.toFixed(2)} s (${met(exports.finished === 4)}); next-server peak RSS ${exports.peakMiB.toFixed(0)} MiB (idle ${exports.idleMiB.toFixed(0)} MiB)`,
    );
  if (sqlMs)
    lines.push(
      `hand-written SQL (median of 20, heavy user): YTD total ${sqlMs.ytd.toFixed(1)} ms, monthly totals over 5 years ${sqlMs.monthly.toFixed(1)} ms, top codes for a year ${sqlMs.topCodes.toFixed(1)} ms; total ${sqlMs.total.toFixed(1)} ms`,
    );
  console.log(
    `\n=== bench:pages targets (heavy user, ${seconds} s per run; machine shared, figures noisy) ===`,
  );
  for (const l of lines) console.log(l);
  console.log(
    `BENCH_PAGES_RESULT ${JSON.stringify({ seconds, cases: Object.fromEntries(results), sqlMs, exports })}`,
  );
} finally {
  await db.end().catch(() => {});
  await app.stop();
}
process.exit(0);
