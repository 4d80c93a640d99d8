// Data for npm run bench:pages: a heavy user (BENCH_ENTRIES, default 30,000 entries over the last 5
// years: weekdays, realistic codes, encounters of 1-3 lines, 3 sites, favorites) and a light user
// (a few hundred entries). Every line is priced by the app: one template entry per code is created
// through POST /api/entries (zod, pricing engine, audit) for a template user, and the users' entries
// are bulk copies of those templates (same code, modifiers, setting, stored wRVU and explanation) on
// their own dates, in one INSERT ... SELECT per 5,000 rows. The daily rollup triggers run as for any
// write. VACUUM ANALYZE afterwards, as autovacuum would soon after a bulk load.
import { randomUUID } from 'node:crypto';
import { createSignedInUser } from './fault-db-restart.mjs';

// [code, weight, setting]: an orthopaedic/general practice mix of visits and procedures.
const CODES = [
  ['99213', 26, 'NON_FACILITY'],
  ['99214', 22, 'NON_FACILITY'],
  ['99215', 5, 'NON_FACILITY'],
  ['99203', 6, 'NON_FACILITY'],
  ['99204', 5, 'NON_FACILITY'],
  ['99232', 6, 'FACILITY'],
  ['99233', 3, 'FACILITY'],
  ['99223', 2, 'FACILITY'],
  ['20610', 6, 'NON_FACILITY'],
  ['20552', 2, 'NON_FACILITY'],
  ['27447', 2, 'FACILITY'],
  ['27130', 2, 'FACILITY'],
  ['29881', 2, 'FACILITY'],
  ['29827', 1, 'FACILITY'],
  ['93000', 4, 'NON_FACILITY'],
  ['45378', 2, 'FACILITY'],
  ['47562', 1, 'FACILITY'],
  ['43239', 1, 'FACILITY'],
  ['64483', 1, 'FACILITY'],
  ['11042', 1, 'FACILITY'],
  ['17000', 2, 'NON_FACILITY'],
  ['J2820', 1, 'NON_FACILITY'],
];
const TOTAL_WEIGHT = CODES.reduce((s, [, w]) => s + w, 0);
const SITES = ['Main Hospital', 'North Clinic', 'Surgery Center'];
const FAVORITES = ['99213', '99214', '20610', '27447', '29881', '93000'];

// A small deterministic generator, so two runs bench the same data.
function rng(seed) {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

function pick(r) {
  let x = r() * TOTAL_WEIGHT;
  for (let i = 0; i < CODES.length; i++) if ((x -= CODES[i][1]) < 0) return i;
  return 0;
}

const iso = (d) => d.toISOString().slice(0, 10);

/** Weekdays from `years` years ago up to yesterday. */
function weekdays(years) {
  const out = [];
  const today = new Date(`${iso(new Date())}T00:00:00Z`);
  const start = new Date(today);
  start.setUTCFullYear(start.getUTCFullYear() - years);
  for (let d = start; d < today; d = new Date(d.getTime() + 86_400_000))
    if (d.getUTCDay() !== 0 && d.getUTCDay() !== 6) out.push(iso(d));
  return out;
}

async function createTemplates({ base, databaseUrl }) {
  const user = await createSignedInUser({ base, databaseUrl });
  const dateOfService = iso(new Date(Date.now() - 86_400_000));
  const entries = CODES.map(([code, , setting], i) => ({
    id: randomUUID(),
    dateOfService,
    code,
    modifiers: [],
    units: 1,
    encounterKey: `template-${i}`,
    setting,
  }));
  const res = await fetch(`${base}/api/entries`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: user.cookie, origin: base },
    body: JSON.stringify({ entries }),
  });
  if (!res.ok) throw new Error(`template entries failed: ${res.status} ${await res.text()}`);
  return entries.map((e) => e.id);
}

async function fillUser(db, { userId, templateIds, count, years, seed }) {
  const siteIds = [];
  for (const name of SITES) {
    const { rows } = await db.query(
      `insert into "Site" (id, "userId", name) values ($1, $2, $3) returning id`,
      [`site_${randomUUID().replaceAll('-', '')}`, userId, name],
    );
    siteIds.push(rows[0].id);
  }
  for (const [position, code] of FAVORITES.entries())
    await db.query(
      `insert into "Favorite" (id, "userId", code, modifiers, position) values ($1, $2, $3, '{}', $4)`,
      [`fav_${randomUUID().replaceAll('-', '')}`, userId, code, position],
    );
  const days = weekdays(years);
  const r = rng(seed);
  const rows = { day: [], tpl: [], enc: [], site: [], minute: [] };
  let made = 0;
  for (let d = 0; d < days.length && made < count; d++) {
    // About the remaining average a day, varying by +-30 %; the last day takes what is left.
    const left = count - made;
    const average = left / (days.length - d);
    const n = d === days.length - 1 ? left : Math.min(left, Math.round(average * (0.7 + 0.6 * r())));
    let encounter = 0;
    for (let i = 0; i < n;) {
      const lines = Math.min(n - i, 1 + Math.floor(r() * 3));
      const site = siteIds[Math.floor(r() * siteIds.length)];
      for (let k = 0; k < lines; k++, i++) {
        rows.day.push(days[d]);
        rows.tpl.push(templateIds[pick(r)]);
        rows.enc.push(`${days[d]}-${encounter}`);
        rows.site.push(site);
        rows.minute.push(8 * 60 + i * 12);
      }
      encounter++;
    }
    made += n;
  }
  for (let i = 0; i < rows.day.length; i += 5000) {
    const slice = (a) => a.slice(i, i + 5000);
    await db.query(
      `insert into "LogEntry" (id, "userId", "dateOfService", code, modifiers, units, "encounterKey", "siteId",
         setting, role, note, "releaseId", status, "baseWorkRvu", "creditedWrvu", excluded, explanation, policy,
         "createdAt", "updatedAt")
       select gen_random_uuid()::text, $1, u.day, t.code, t.modifiers, t.units, u.enc, u.site, t.setting, t.role,
         null, t."releaseId", t.status, t."baseWorkRvu", t."creditedWrvu", t.excluded, t.explanation, t.policy,
         u.day + make_interval(mins => u.minute), u.day + make_interval(mins => u.minute)
       from unnest($2::date[], $3::text[], $4::text[], $5::text[], $6::int[]) as u(day, tpl, enc, site, minute)
       join "LogEntry" t on t.id = u.tpl`,
      [userId, slice(rows.day), slice(rows.tpl), slice(rows.enc), slice(rows.site), slice(rows.minute)],
    );
  }
  return rows.day.length;
}

/** Creates and signs in the heavy and the light user; returns { heavy, light } with cookie and count. */
export async function createBenchUsers({ base, databaseUrl, db, heavyEntries = 30_000, lightEntries = 300 }) {
  const templateIds = await createTemplates({ base, databaseUrl });
  const heavy = await createSignedInUser({ base, databaseUrl });
  const light = await createSignedInUser({ base, databaseUrl });
  heavy.entries = await fillUser(db, {
    userId: heavy.id,
    templateIds,
    count: heavyEntries,
    years: 5,
    seed: 1,
  });
  light.entries = await fillUser(db, {
    userId: light.id,
    templateIds,
    count: lightEntries,
    years: 1,
    seed: 2,
  });
  await db.query('VACUUM ANALYZE');
  return { heavy, light };
}
