#!/usr/bin/env node
// npm run bench:lighthouse — Lighthouse mobile performance of the signed-in /dashboard and /log for
// the demo account (a year of seeded entries), against the production build on loopback.
// Lighthouse 12.2.3 (npm) drives /usr/bin/chromium (CHROMIUM_PATH) through chrome-launcher with its
// default mobile settings (Moto G Power viewport, simulated slow 4G and 4x CPU slowdown). Each page
// runs BENCH_RUNS times (default 3) in a fresh browser; the median score is printed next to the
// target, with the median TBT, LCP and the JavaScript transferred. BENCH_PAGES="/dashboard /log /"
// picks other pages. Not part of npm test. Target (issue 12): >= 90 on /dashboard and /log.
import { existsSync } from 'node:fs';
import { hash } from '@node-rs/argon2';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import pg from 'pg';
import { startApp } from './fault-db-restart.mjs';
import { signInCookie } from './http-session.mjs';

const TARGET = 90;
const runs = Number(process.env.BENCH_RUNS || 3);
const pages = (process.env.BENCH_PAGES || '/dashboard /log').split(/\s+/).filter(Boolean);
const chromePath =
  process.env.CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  console.error('DATABASE_URL is not set: run through `npm run bench:lighthouse` (scripts/with-db.mjs).');
  process.exit(2);
}
const say = (m) => console.log(`[bench:lighthouse] ${m}`);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The demo account gets a known password (this is a throw-away database) and signs in over HTTP. */
async function demoCookie(base) {
  const password = 'lighthouse benchmark password';
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const { rowCount } = await db.query(
      `update "User" set "passwordHash" = $1 where email = 'demo@benchline.local'`,
      [await hash(password, { memoryCost: 19_456, timeCost: 2, parallelism: 1 })],
    );
    if (rowCount !== 1) throw new Error('the demo account is missing: the seed did not run');
  } finally {
    await db.end();
  }
  return signInCookie(base, { email: 'demo@benchline.local', password });
}

async function audit(url, cookie) {
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--no-first-run',
    ],
  });
  try {
    const result = await lighthouse(
      url,
      { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] },
      { extends: 'lighthouse:default', settings: { extraHeaders: { Cookie: cookie } } },
    );
    const lhr = result.lhr;
    if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.message}`);
    if (new URL(lhr.finalDisplayedUrl).pathname !== new URL(url).pathname)
      throw new Error(`${url} ended on ${lhr.finalDisplayedUrl} (not signed in?)`);
    const scripts = lhr.audits['resource-summary']?.details?.items?.find((i) => i.resourceType === 'script');
    return {
      score: Math.round((lhr.categories.performance.score ?? 0) * 100),
      tbt: lhr.audits['total-blocking-time'].numericValue,
      lcp: lhr.audits['largest-contentful-paint'].numericValue,
      jsKb: (scripts?.transferSize ?? 0) / 1024,
    };
  } finally {
    await chrome.kill();
  }
}

const app = await startApp({ databaseUrl });
let failed = false;
try {
  const cookie = await demoCookie(app.base);
  const rows = [];
  for (const path of pages) {
    const results = [];
    for (let i = 0; i < runs; i++) {
      const r = await audit(`${app.base}${path}`, cookie);
      say(
        `${path} run ${i + 1}/${runs}: ${r.score} (TBT ${Math.round(r.tbt)} ms, LCP ${Math.round(r.lcp)} ms)`,
      );
      results.push(r);
    }
    const score = median(results.map((r) => r.score));
    rows.push({
      path,
      score,
      runs: results.map((r) => r.score).join(' / '),
      tbt: Math.round(median(results.map((r) => r.tbt))),
      lcp: Math.round(median(results.map((r) => r.lcp))),
      js: median(results.map((r) => r.jsKb)).toFixed(0),
    });
  }
  console.log('\nLighthouse mobile performance (median of %d runs), target >= %d', runs, TARGET);
  console.log('page          score  runs           TBT ms  LCP ms  JS KiB  target');
  for (const r of rows) {
    const ok = r.score >= TARGET;
    if (!ok && (r.path === '/dashboard' || r.path === '/log')) failed = true;
    console.log(
      `${r.path.padEnd(13)} ${String(r.score).padStart(5)}  ${r.runs.padEnd(13)}  ${String(r.tbt).padStart(6)}  ${String(r.lcp).padStart(6)}  ${r.js.padStart(6)}  ${ok ? 'met' : 'NOT met'}`,
    );
  }
} finally {
  await app.stop();
}
process.exit(failed ? 1 : 0);
