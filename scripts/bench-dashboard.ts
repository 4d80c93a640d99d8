// npm run bench:dashboard — latency of the dashboard data for one physician and of the group view,
// each next to hand-written SQL computing the same aggregates on the same data.
//   Dataset: one physician with 30,000 entries over 5 years; an organisation of 200 physicians
//   with 2,000,000 entries over 2 years (about 5,000 a physician a year, typical volumes), made with
//   INSERT ... SELECT generate_series (the DailyWrvu triggers fire as for any insert).
//   Targets (issue 5): getDashboard p95 <= 50 ms; group view p95 <= 300 ms.
// Measured sequentially (one request at a time) after warm-up. BENCH_GROUP_ENTRIES and
// BENCH_RUNS shrink the run for a quick look.
import pg from 'pg';
import { seedBuiltinBenchmarks } from '@/lib/benchmarks/seed';
import { getDb } from '@/lib/db';
import { requireDatabaseUrl } from '@/lib/env';
import { getGroupView } from '@/lib/dashboard/group';
import { getDashboard } from '@/lib/dashboard/queries';
import { todayIso } from '@/lib/dashboard/range';
import { fiscalYearBounds } from '@/lib/benchmarks/metrics';
import type { Actor } from '@/lib/session';

const SOLO_ENTRIES = 30_000;
const SOLO_DAYS = 5 * 365;
const GROUP_MEMBERS = 200;
const GROUP_ENTRIES = Number(process.env.BENCH_GROUP_ENTRIES || 2_000_000);
const GROUP_DAYS = 2 * 365;
const RUNS = Number(process.env.BENCH_RUNS || 100);

// [code, category, work RVU (RVU25D), weight]: an office-heavy multispecialty mix with procedures.
const CODES: [string, string, number, number][] = [
  ['99213', 'em', 1.3, 30],
  ['99214', 'em', 1.92, 26],
  ['99215', 'em', 2.8, 5],
  ['99212', 'em', 0.7, 6],
  ['99203', 'em', 1.6, 6],
  ['99204', 'em', 2.6, 5],
  ['99232', 'em', 1.59, 6],
  ['99223', 'em', 3.5, 2],
  ['G2211', 'hcpcs-g', 0.33, 8],
  ['20610', 'surgery-musculoskeletal', 0.79, 4],
  ['27447', 'surgery-musculoskeletal', 19.6, 1],
  ['27130', 'surgery-musculoskeletal', 19.6, 1],
  ['29881', 'surgery-musculoskeletal', 7.03, 1],
  ['45378', 'surgery-digestive', 3.26, 2],
  ['43239', 'surgery-digestive', 2.09, 2],
  ['93000', 'medicine', 0.17, 4],
  ['93306', 'medicine', 1.46, 2],
  ['71046', 'radiology', 0.22, 3],
  ['11042', 'surgery-integumentary', 1.01, 1],
  ['96372', 'medicine', 0.17, 3],
];
const SPECIALTIES = [
  'Orthopedic surgery',
  'Family medicine',
  'Cardiology',
  'Internal medicine',
  'Gastroenterology',
  'Hospital medicine',
];

const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const log = (m: string) => console.log(`[bench] ${m}`);

async function timed<T>(label: string, fn: () => Promise<T>): Promise<T> {
  const t = performance.now();
  const out = await fn();
  log(`${label}: ${((performance.now() - t) / 1000).toFixed(1)} s`);
  return out;
}

async function measure(
  runs: number,
  fn: () => Promise<unknown>,
): Promise<{ p50: number; p95: number; mean: number }> {
  for (let i = 0; i < Math.min(10, runs); i++) await fn(); // warm-up: plans, pool, buffer cache
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { p50: pct(times, 50), p95: pct(times, 95), mean: times.reduce((s, x) => s + x, 0) / times.length };
}

async function generate(sql: pg.Pool, today: string) {
  await sql.query(
    `insert into "Code"(code, kind, "shortDescription", category, synonyms, specialties, "searchText", "updatedAt")
    select c, case when c ~ '^[0-9]' then 'CPT'::"CodeKind" else 'HCPCS'::"CodeKind" end, 'Bench ' || c, cat, '{}', '{}', c, now()
    from unnest($1::text[], $2::text[]) as t(c, cat) on conflict do nothing`,
    [CODES.map((c) => c[0]), CODES.map((c) => c[1])],
  );
  const users = [
    { id: 'bench-solo', specialty: 'Orthopedic surgery', fte: 1, fy: 1 },
    ...Array.from({ length: GROUP_MEMBERS }, (_, i) => ({
      id: `bench-m-${String(i).padStart(3, '0')}`,
      specialty: SPECIALTIES[i % SPECIALTIES.length],
      fte: [1, 1, 0.8, 1, 0.5][i % 5],
      fy: i % 3 === 0 ? 7 : 1,
    })),
  ];
  await sql.query(
    `insert into "User"(id, email, name, "passwordHash", specialty, "clinicalFte", "fiscalYearStartMonth", "targetPercentile", "ratePerWrvu", "updatedAt")
     select id, id || '@bench.benchline.local', 'Dr. ' || id, '!', s, f, m, 50, 55, now() from unnest($1::text[], $2::text[], $3::numeric[], $4::int[]) as t(id, s, f, m)`,
    [users.map((u) => u.id), users.map((u) => u.specialty), users.map((u) => u.fte), users.map((u) => u.fy)],
  );
  await sql.query(
    `insert into "Organization"(id, name, slug) values ('bench-org', 'Bench Medical Group', 'bench-medical-group')`,
  );
  await sql.query(`insert into "Membership"(id, "userId", "organizationId", role)
    select 'bm-' || id, id, 'bench-org', case when id = 'bench-m-000' then 'ADMIN'::"MemberRole" else 'MEMBER'::"MemberRole" end from "User" where id like 'bench-m-%'`);
  await sql.query(
    `insert into "Site"(id, "userId", name) select u.id || '-s' || k, u.id, 'Site ' || k from "User" u, generate_series(0, 2) k where u.id like 'bench-%'`,
  );
  await sql.query(
    `insert into "TimeOff"(id, "userId", "startDate", "endDate")
    select u.id || '-t' || k, u.id, $1::date - (60 + 120 * k), $1::date - (60 + 120 * k) + 6 from "User" u, generate_series(0, 1) k where u.id like 'bench-%'`,
    [today],
  );

  // One weighted pick per row: index into arrays where each code appears `weight` times.
  const pool = CODES.flatMap(([code, , wrvu, weight]) =>
    Array.from({ length: weight }, () => [code, wrvu] as const),
  );
  const insert = (user: string, from: number, to: number, days: number) =>
    sql.query(
      `insert into "LogEntry"(id, "userId", "dateOfService", code, modifiers, units, "encounterKey", "siteId", setting, "releaseId", status, "baseWorkRvu", "creditedWrvu", excluded, "deletedAt", "updatedAt")
       select 'be-' || g, u, d - case extract(isodow from d) when 6 then 1 when 7 then 2 else 0 end, ($2::text[])[i], '{}', 1, 'be-' || g, u || '-s' || (g % 3),
              'FACILITY', 'RVU25D', 'A', ($3::numeric[])[i],
              case when r < 0.04 then round(($3::numeric[])[i] * 0.5, 2) else ($3::numeric[])[i] end, -- multiple-procedure reductions
              r > 0.995, case when r between 0.98 and 0.99 then now() end, now()                 -- excluded and soft-deleted lines
       from (
         select g, ${user} as u, $1::date - floor(random() * ${days})::int as d, 1 + floor(random() * ${pool.length})::int as i, random() as r
         from generate_series(${from}, ${to}) g
       ) s`,
      [today, pool.map((p) => p[0]), pool.map((p) => p[1])],
    );
  await sql.query('select setseed(0.42)');
  await timed(`solo physician: ${SOLO_ENTRIES.toLocaleString()} entries over 5 years`, () =>
    insert(`'bench-solo'`, 1, SOLO_ENTRIES, SOLO_DAYS),
  );
  // Members' volumes differ (power-law pick), as in any real group.
  const member = `'bench-m-' || lpad(floor(power(random(), 1.3) * ${GROUP_MEMBERS})::int::text, 3, '0')`;
  const chunk = 500_000;
  for (let start = 0; start < GROUP_ENTRIES; start += chunk) {
    const end = Math.min(GROUP_ENTRIES, start + chunk);
    await timed(`group: entries ${(start + 1).toLocaleString()}-${end.toLocaleString()}`, () =>
      insert(member, SOLO_ENTRIES + start + 1, SOLO_ENTRIES + end, GROUP_DAYS),
    );
  }
  await timed('vacuum analyze', () =>
    sql.query('vacuum analyze "LogEntry", "DailyWrvu", "User", "Membership", "TimeOff", "Site", "Code"'),
  );
}

/** The dashboard's aggregates in hand-written SQL: from the DailyWrvu rollup (as the app does) or from LogEntry alone. */
function dashboardSql(source: 'rollup' | 'entries') {
  const daily =
    source === 'rollup'
      ? `select day, wrvu, entries from "DailyWrvu" where "userId" = $1`
      : `select "dateOfService" as day, sum("creditedWrvu") as wrvu, count(*) as entries from "LogEntry" where "userId" = $1 and "deletedAt" is null and not excluded group by 1`;
  return `
    with daily as (${daily}),
    ytd as (select coalesce(sum(wrvu), 0) as wrvu, coalesce(sum(entries), 0) as entries from daily where day between $2 and $3),
    monthly as (select to_char(day, 'YYYY-MM') as month, sum(wrvu) as wrvu, sum(entries) as entries from daily where day between $2 and $3 group by 1),
    blocks as (select (day - $2::date) / 7 as block, sum(wrvu) as wrvu from daily where day between $2 and $3 group by 1),
    cumulative as (select block, sum(wrvu) over (order by block) as cumulative from blocks),
    weeks as (select date_trunc('week', day)::date as week, sum(wrvu) as wrvu from daily where day between greatest($2::date, $3::date - 77) and $3 group by 1),
    trend as (select week, wrvu, wrvu - lag(wrvu) over (order by week) as change from weeks),
    breakdown as (
      select e.code, c.category, e."siteId", sum(e."creditedWrvu") as wrvu, count(*) as n
      from "LogEntry" e left join "Code" c on c.code = e.code
      where e."userId" = $1 and e."dateOfService" between $2 and $3 and e."deletedAt" is null and not e.excluded
      group by grouping sets ((e.code), (c.category), (e."siteId"))
    )
    select (select wrvu from ytd)::float8 as ytd,
           (select json_agg(monthly) from monthly) as monthly,
           (select json_agg(cumulative) from cumulative) as cumulative,
           (select json_agg(trend) from trend) as trend,
           (select json_agg(breakdown) from breakdown) as breakdown`;
}

function groupSql(source: 'rollup' | 'entries') {
  const join =
    source === 'rollup'
      ? `left join "DailyWrvu" d on d."userId" = m.id and d.day between m.fy_start and $2`
      : `left join "LogEntry" d on d."userId" = m.id and d."dateOfService" between m.fy_start and $2 and d."deletedAt" is null and not d.excluded`;
  const wrvu = source === 'rollup' ? 'd.wrvu' : 'd."creditedWrvu"';
  return `
    with m as (
      select u.id, u.name, u."clinicalFte", u.specialty,
             make_date(extract(year from $2::date)::int - case when extract(month from $2::date) >= u."fiscalYearStartMonth" then 0 else 1 end, u."fiscalYearStartMonth", 1) as fy_start
      from "Membership" mb join "User" u on u.id = mb."userId"
      where mb."organizationId" = $1 and exists (select 1 from "Membership" a where a."organizationId" = $1 and a."userId" = $3 and a.role = 'ADMIN')
    )
    select m.id, m.name, m."clinicalFte", m.specialty, coalesce(sum(${wrvu}), 0)::float8 as ytd,
           coalesce(sum(${wrvu}), 0) / greatest(($2::date - m.fy_start + 1), 1) * 365 / m."clinicalFte" as pace
    from m ${join} group by m.id, m.name, m."clinicalFte", m.specialty, m.fy_start`;
}

async function main() {
  const sql = new pg.Pool({ connectionString: requireDatabaseUrl(), max: 4 });
  const today = todayIso();
  log(
    `dataset: ${SOLO_ENTRIES.toLocaleString()} + ${GROUP_ENTRIES.toLocaleString()} entries, ${GROUP_MEMBERS} group members, as of ${today}`,
  );
  await seedBuiltinBenchmarks();
  await timed('generate', () => generate(sql, today));

  const solo: Actor = {
    id: 'bench-solo',
    email: 'bench-solo@bench.benchline.local',
    name: 'Dr. bench-solo',
    role: 'USER',
  };
  const admin: Actor = {
    id: 'bench-m-000',
    email: 'bench-m-000@bench.benchline.local',
    name: 'Dr. bench-m-000',
    role: 'USER',
  };
  const fy = fiscalYearBounds(today, 1);

  // Same numbers both ways before timing anything.
  const app = await getDashboard({ actor: solo, asOf: today });
  const hand = (await sql.query(dashboardSql('rollup'), ['bench-solo', fy.start, today])).rows[0];
  const naive = (await sql.query(dashboardSql('entries'), ['bench-solo', fy.start, today])).rows[0];
  if (Math.abs(app.summary.ytdWrvu - hand.ytd) > 0.001 || Math.abs(app.summary.ytdWrvu - naive.ytd) > 0.001) {
    throw new Error(`YTD mismatch: app ${app.summary.ytdWrvu}, SQL ${hand.ytd} / ${naive.ytd}`);
  }
  const view = await getGroupView({ actor: admin, asOf: today });
  const groupHand = (await sql.query(groupSql('rollup'), ['bench-org', today, admin.id])).rows as {
    ytd: number;
  }[];
  const groupNaive = (await sql.query(groupSql('entries'), ['bench-org', today, admin.id])).rows as {
    ytd: number;
  }[];
  const total = (rows: { ytd: number }[]) => rows.reduce((s, r) => s + Math.round(r.ytd * 100), 0) / 100;
  if (total(groupHand) !== view.totals.ytdWrvu || total(groupNaive) !== view.totals.ytdWrvu) {
    throw new Error(
      `group YTD mismatch: app ${view.totals.ytdWrvu}, SQL ${total(groupHand)} / ${total(groupNaive)}`,
    );
  }
  log(
    `checks: solo FY${fy.label} YTD ${app.summary.ytdWrvu.toFixed(2)} wRVUs (${app.summary.ytdEntries} entries); group YTD ${view.totals.ytdWrvu.toFixed(2)} over ${view.members.length} members`,
  );

  const results = {
    dashboard: await measure(RUNS, () => getDashboard({ actor: solo, asOf: today })),
    dashboardSql: await measure(RUNS, () =>
      sql.query(dashboardSql('rollup'), ['bench-solo', fy.start, today]),
    ),
    dashboardNaive: await measure(RUNS, () =>
      sql.query(dashboardSql('entries'), ['bench-solo', fy.start, today]),
    ),
    group: await measure(Math.ceil(RUNS / 2), () => getGroupView({ actor: admin, asOf: today })),
    groupSql: await measure(Math.ceil(RUNS / 2), () =>
      sql.query(groupSql('rollup'), ['bench-org', today, admin.id]),
    ),
    groupNaive: await measure(Math.max(5, Math.ceil(RUNS / 10)), () =>
      sql.query(groupSql('entries'), ['bench-org', today, admin.id]),
    ),
  };

  const row = (label: string, r: { p50: number; p95: number }, target?: number) =>
    `${label.padEnd(52)}${r.p50.toFixed(1).padStart(9)}${r.p95.toFixed(1).padStart(9)}${target ? `   target <= ${target}: ${r.p95 <= target ? 'PASS' : 'FAIL'}` : ''}`;
  const ratio = (a: { p50: number; p95: number }, b: { p50: number; p95: number }) =>
    `${'  ratio app / hand-written SQL (rollup)'.padEnd(52)}${(a.p50 / b.p50).toFixed(2).padStart(8)}x${(a.p95 / b.p95).toFixed(2).padStart(8)}x`;
  console.log('\n=== bench:dashboard (ms, sequential requests, after warm-up) ===');
  console.log(`${''.padEnd(52)}${'p50'.padStart(9)}${'p95'.padStart(9)}`);
  console.log(
    row(`getDashboard, 1 physician (${SOLO_ENTRIES.toLocaleString()} entries)`, results.dashboard, 50),
  );
  console.log(row('  hand-written SQL, same aggregates (DailyWrvu)', results.dashboardSql));
  console.log(row('  hand-written SQL, from LogEntry only (no rollup)', results.dashboardNaive));
  console.log(ratio(results.dashboard, results.dashboardSql));
  console.log(
    row(
      `getGroupView, ${GROUP_MEMBERS} members (${GROUP_ENTRIES.toLocaleString()} entries)`,
      results.group,
      300,
    ),
  );
  console.log(row('  hand-written SQL, same aggregates (DailyWrvu)', results.groupSql));
  console.log(row('  hand-written SQL, from LogEntry only (no rollup)', results.groupNaive));
  console.log(ratio(results.group, results.groupSql));
  console.log(
    `runs: ${RUNS} (dashboard), ${Math.ceil(RUNS / 2)} (group), ${Math.max(5, Math.ceil(RUNS / 10))} (group without rollup)`,
  );

  await sql.end();
  await getDb().$disconnect();
  if (results.dashboard.p95 > 50 || results.group.p95 > 300) process.exitCode = 1;
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
