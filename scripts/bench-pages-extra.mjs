// Parts of npm run bench:pages that are not autocannon runs: the dashboard's aggregates as
// hand-written SQL (the yardstick for the page), and the export timings with peak memory.
import { rssKiB } from './server-rss.mjs';

async function median(fn, runs = 20) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

/**
 * The dashboard's figures written straight against "LogEntry" for the user (live lines only): the
 * fiscal year-to-date total (January start), monthly totals over 5 years, the top codes of the last
 * year. Milliseconds, median of 20 runs each, on one warm connection.
 */
export async function timeHandWrittenSql({ db, userId, today }) {
  const live = `"userId" = $1 AND "deletedAt" IS NULL AND NOT excluded`;
  const queries = {
    ytd: [
      `SELECT sum("creditedWrvu"), count(*) FROM "LogEntry" WHERE ${live} AND "dateOfService" BETWEEN date_trunc('year', $2::date) AND $2::date`,
      [userId, today],
    ],
    monthly: [
      `SELECT date_trunc('month', "dateOfService") AS month, sum("creditedWrvu") FROM "LogEntry"
       WHERE ${live} AND "dateOfService" > $2::date - interval '5 years' AND "dateOfService" <= $2::date GROUP BY 1 ORDER BY 1`,
      [userId, today],
    ],
    topCodes: [
      `SELECT code, sum("creditedWrvu") AS wrvu, count(*) FROM "LogEntry"
       WHERE ${live} AND "dateOfService" > $2::date - interval '1 year' AND "dateOfService" <= $2::date
       GROUP BY code ORDER BY wrvu DESC LIMIT 10`,
      [userId, today],
    ],
  };
  const out = {};
  for (const [name, [text, values]] of Object.entries(queries)) {
    await db.query(text, values); // warm
    out[name] = await median(() => db.query(text, values));
  }
  out.total = out.ytd + out.monthly + out.topCodes;
  return out;
}

async function download(url, cookie, signal) {
  const t = performance.now();
  const res = await fetch(url, { headers: { cookie }, signal });
  if (!res.ok) throw new Error(`export: HTTP ${res.status}`);
  const bytes = (await res.arrayBuffer()).byteLength;
  return { seconds: (performance.now() - t) / 1000, bytes };
}

/**
 * The export alone (best of 3, after one warm-up) and four at once (each given 30 s), sampling the
 * next-server process's RSS every 20 ms throughout.
 */
export async function timeExports({ base, cookie, path, serverPid }) {
  const url = `${base}${path}`;
  const idleMiB = serverPid ? rssKiB(serverPid) / 1024 : NaN;
  let peak = 0;
  const sampler = setInterval(() => {
    try {
      if (serverPid) peak = Math.max(peak, rssKiB(serverPid));
    } catch {
      /* gone */
    }
  }, 20);
  try {
    const first = await download(url, cookie);
    let single = Infinity;
    for (let i = 0; i < 3; i++) single = Math.min(single, (await download(url, cookie)).seconds);
    const settled = await Promise.allSettled(
      [0, 1, 2, 3].map(() => download(url, cookie, AbortSignal.timeout(30_000))),
    );
    const ok = settled.filter((s) => s.status === 'fulfilled');
    return {
      bytes: first.bytes,
      single,
      finished: ok.length,
      concurrent: Math.max(0, ...ok.map((s) => s.value.seconds)),
      peakMiB: peak / 1024,
      idleMiB,
    };
  } finally {
    clearInterval(sampler);
  }
}
