// The authorisation matrix, at the HTTP level against the real server.
//
// At test time it enumerates, from the filesystem, every route handler (app/**/route.ts and the
// methods it exports), every page (app/**/page.tsx) and every export of every 'use server' module,
// and requires one MATRIX entry for each (and no entry for something that no longer exists). Each
// entry attacks user A's resources (entry ids, a deleted entry, site, favorite, time off, import,
// organisation, membership, organisation benchmark table) as user B (a plain physician) and as C (an
// ADMIN of another organisation), and states what must happen: 403/404, or "only own data" (none of
// A's private markers in the response). After every entry, all of A's rows (and A's organisation's)
// are compared with a snapshot taken by SQL before it: nothing may have changed.
//
// Server actions are invoked the way a browser does (POST to a page with the Next-Action header),
// with the action ids that `next build` wrote to server-reference-manifest.json. An action that no
// client component imports gets no endpoint at all (Next.js drops it); such entries assert that.
import { randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import {
  expect,
  test,
  type APIRequestContext,
  type Browser,
  type BrowserContext,
  type APIResponse,
} from '@playwright/test';
import { createUser, signInViaApi, sql, type TestUser } from './factories';

// ─── Enumeration ────────────────────────────────────────────────────────────

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) {
      if (name !== 'node_modules' && name !== 'generated' && !name.startsWith('.')) walk(p, out);
    } else out.push(p);
  }
  return out;
}
const urlOf = (file: string) =>
  '/' +
  path
    .relative('app', path.dirname(file))
    .split(path.sep)
    .filter((s) => s && !/^\(.*\)$/.test(s))
    .join('/');

function enumerate(): string[] {
  const keys: string[] = [];
  for (const file of walk('app')) {
    const base = path.basename(file);
    if (/^route\.(ts|tsx|js)$/.test(base)) {
      const src = readFileSync(file, 'utf8');
      const methods = new Set<string>();
      for (const m of src.matchAll(
        /export\s+(?:async\s+)?(?:function|const)\s+(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS)\b/g,
      ))
        methods.add(m[1]);
      for (const m of src.matchAll(/export\s*\{([^}]*)\}/g))
        for (const part of m[1].matchAll(/\bas\s+(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS)\b/g))
          methods.add(part[1]);
      for (const m of methods) keys.push(`${m} ${urlOf(file)}`);
    } else if (/^page\.(tsx|ts|jsx|js)$/.test(base)) {
      keys.push(`page ${urlOf(file)}`);
    }
  }
  for (const file of [...walk('app'), ...walk('lib'), ...walk('components')]) {
    if (!/\.(ts|tsx)$/.test(file)) continue;
    const src = readFileSync(file, 'utf8');
    if (!/^\s*(?:\/\/[^\n]*\n\s*)*['"]use server['"]/.test(src)) continue;
    for (const m of src.matchAll(/export\s+(?:async\s+function|const|let|function)\s+(\w+)/g))
      keys.push(`action ${file}#${m[1]}`);
  }
  return keys.sort();
}

type ManifestEntry = { id: string; exportedName: string; filename: string; workers: string[] };
function actionManifest(): ManifestEntry[] {
  const file = path.join(
    process.env.BENCHLINE_DIST_DIR || '.next',
    'server',
    'server-reference-manifest.json',
  );
  if (!existsSync(file)) throw new Error(`${file} is missing: the matrix runs against a production build`);
  const m = JSON.parse(readFileSync(file, 'utf8')) as {
    node: Record<string, { exportedName: string; filename: string; workers: Record<string, unknown> }>;
  };
  return Object.entries(m.node).map(([id, v]) => ({
    id,
    exportedName: v.exportedName,
    filename: v.filename,
    workers: Object.keys(v.workers),
  }));
}

// ─── The world: A's resources, B, C ─────────────────────────────────────────

type World = {
  tag: string;
  a: TestUser & {
    entryId: string;
    deletedEntryId: string;
    siteId: string;
    siteName: string;
    favoriteId: string;
    timeOffId: string;
    importId: string;
    csv: string;
    reconciliationId: string;
  };
  b: TestUser & { entryId: string };
  c: TestUser & { entryId: string };
  orgY: { id: string; name: string; sourceId: string; publisher: string };
  orgX: { id: string };
  /** Strings that only A's data contains: none may appear in a response to B or C. */
  markers: string[];
  asB: APIRequestContext;
  asC: APIRequestContext;
  origin: string;
  contexts: BrowserContext[];
};

let world: World;

async function signedIn(browser: Browser, user: TestUser): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  const page = await context.newPage();
  await signInViaApi(page, user);
  await page.close();
  return context;
}

async function buildWorld(browser: Browser): Promise<World> {
  const tag = randomUUID().slice(0, 8);
  const q = (text: string, args: unknown[] = []) => sql().query(text, args);
  const a = await createUser({ name: `Dr. Alpha Matrix ${tag}` });
  const b = await createUser({ name: `Dr. Bravo Matrix ${tag}` });
  const c = await createUser({ name: `Dr. Charlie Admin ${tag}` });
  const adminY = await createUser({ name: `Dr. Yankee Admin ${tag}` });
  const m = await createUser({ name: `Dr. Xray Member ${tag}` });
  const orgY = {
    id: `orgY_${tag}`,
    name: `Alpha Group ${tag}`,
    sourceId: `srcY_${tag}`,
    publisher: `Alpha Private Survey ${tag}`,
  };
  const orgX = { id: `orgX_${tag}` };
  await q(`insert into "Organization" (id, name, slug) values ($1, $2, $3), ($4, $5, $6)`, [
    orgY.id,
    orgY.name,
    `alpha-${tag}`,
    orgX.id,
    `Xray Group ${tag}`,
    `xray-${tag}`,
  ]);
  await q(
    `insert into "Membership" (id, "userId", "organizationId", role) values ($1, $2, $3, 'MEMBER'), ($4, $5, $3, 'ADMIN'), ($6, $7, $8, 'ADMIN'), ($9, $10, $8, 'MEMBER')`,
    [
      `memA_${tag}`,
      a.id,
      orgY.id,
      `memY_${tag}`,
      adminY.id,
      `memC_${tag}`,
      c.id,
      orgX.id,
      `memM_${tag}`,
      m.id,
    ],
  );
  await q(
    `insert into "BenchmarkSource" (id, key, publisher, survey, "dataYear", citation, "organizationId") values ($1, $2, $3, 'Private wRVU survey', 2025, $3, $4)`,
    [orgY.sourceId, `alpha-private-${tag}`, orgY.publisher, orgY.id],
  );
  await q(
    `insert into "BenchmarkRow" (id, "sourceId", specialty, p50) values ($1, $2, 'Orthopedic Surgery', 9999.99)`,
    [`row_${tag}`, orgY.sourceId],
  );
  const siteName = `Alpha Secret Site ${tag}`;
  const siteId = `site_${tag}`;
  await q(`insert into "Site" (id, "userId", name) values ($1, $2, $3)`, [siteId, a.id, siteName]);
  const favoriteId = `fav_${tag}`;
  await q(`insert into "Favorite" (id, "userId", code, modifiers) values ($1, $2, '99214', '{}')`, [
    favoriteId,
    a.id,
  ]);
  const timeOffId = `off_${tag}`;
  await q(
    `insert into "TimeOff" (id, "userId", "startDate", "endDate", note) values ($1, $2, '2025-07-01', '2025-07-04', $3)`,
    [timeOffId, a.id, `alpha leave ${tag}`],
  );

  const contextA = await signedIn(browser, a);
  const entryId = randomUUID();
  const deletedEntryId = randomUUID();
  const made = await contextA.request.post('/api/entries', {
    data: {
      entries: [entryId, deletedEntryId].map((id) => ({
        id,
        dateOfService: '2025-10-15',
        code: '99213',
        siteId,
        note: `alpha-secret-note-${tag}`,
      })),
    },
  });
  expect(made.status()).toBe(201);
  expect((await contextA.request.delete(`/api/entries/${deletedEntryId}`)).status()).toBe(200);
  const csv = `date_of_service,code,modifiers,units,encounter,site,setting,role,note\n2025-10-16,99214,,1,e1,${siteName},,,alpha-import-note-${tag}\n`;
  const imported = await contextA.request.post('/api/entries/import', {
    multipart: { file: { name: `alpha-${tag}.csv`, mimeType: 'text/csv', buffer: Buffer.from(csv) } },
  });
  const done = (await imported.text())
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l))
    .find((l) => l.type === 'done');
  expect(done?.importId).toBeTruthy();
  const reconciled = await contextA.request.post('/api/reconcile', {
    multipart: {
      file: { name: `alpha-${tag}-report.csv`, mimeType: 'text/csv', buffer: Buffer.from(RECONCILE_CSV) },
      windowDays: '3',
    },
  });
  expect(reconciled.status()).toBe(201);
  const reconciliationId = (await reconciled.json()).id as string;
  await contextA.close();

  const contextB = await signedIn(browser, b);
  const bEntry = randomUUID();
  expect(
    (
      await contextB.request.post('/api/entries', {
        data: { entries: [{ id: bEntry, dateOfService: '2025-10-15', code: '99213' }] },
      })
    ).status(),
  ).toBe(201);
  const contextC = await signedIn(browser, c);
  const cEntry = randomUUID();
  expect(
    (
      await contextC.request.post('/api/entries', {
        data: { entries: [{ id: cEntry, dateOfService: '2025-10-15', code: '99213' }] },
      })
    ).status(),
  ).toBe(201);
  const baseURL = test.info().project.use.baseURL as string;
  return {
    tag,
    a: {
      ...a,
      entryId,
      deletedEntryId,
      siteId,
      siteName,
      favoriteId,
      timeOffId,
      importId: done.importId,
      csv,
      reconciliationId,
    },
    b: { ...b, entryId: bEntry },
    c: { ...c, entryId: cEntry },
    orgY,
    orgX,
    markers: [
      a.email,
      a.name,
      a.id,
      siteName,
      `alpha-secret-note-${tag}`,
      `alpha-import-note-${tag}`,
      `alpha leave ${tag}`,
      orgY.publisher,
      `alpha-${tag}.csv`,
      `alpha-${tag}-report.csv`,
      '9999.99',
    ],
    asB: contextB.request,
    asC: contextC.request,
    origin: new URL(baseURL).origin,
    contexts: [contextB, contextC],
  };
}

/** Everything of A's and of A's organisation that an attack could change. */
async function snapshotA(w: World) {
  const q = async (text: string, args: unknown[]) => (await sql().query(text, args)).rows;
  const id = w.a.id;
  return {
    user: await q(
      `select email, name, "passwordHash", "sessionVersion", role, specialty, "clinicalFte"::text, "benchmarkSourceId", "ratePerWrvu"::text, "updatedAt" from "User" where id = $1`,
      [id],
    ),
    entries: await q(
      `select id, "dateOfService"::text, code, units, note, "siteId", "deletedAt", "creditedWrvu"::text, "updatedAt" from "LogEntry" where "userId" = $1 order by id`,
      [id],
    ),
    daily: await q(
      `select day::text, wrvu::text, entries from "DailyWrvu" where "userId" = $1 order by day`,
      [id],
    ),
    sites: await q(`select id, name from "Site" where "userId" = $1 order by id`, [id]),
    favorites: await q(
      `select id, code, modifiers, label, position from "Favorite" where "userId" = $1 order by id`,
      [id],
    ),
    timeOff: await q(
      `select id, "startDate"::text, "endDate"::text, note from "TimeOff" where "userId" = $1 order by id`,
      [id],
    ),
    imports: await q(`select id, "fileName", sha256 from "EntryImport" where "userId" = $1 order by id`, [
      id,
    ]),
    memberships: await q(
      `select id, "organizationId", role from "Membership" where "userId" = $1 or "organizationId" = $2 order by id`,
      [id, w.orgY.id],
    ),
    org: await q(`select id, name, slug from "Organization" where id = $1`, [w.orgY.id]),
    sources: await q(
      `select s.id, s.key, count(r.id)::int as rows from "BenchmarkSource" s left join "BenchmarkRow" r on r."sourceId" = s.id where s."organizationId" = $1 group by s.id order by s.id`,
      [w.orgY.id],
    ),
    reconciliations: await q(
      `select id, "fileName", "windowDays", summary::text, "ranAt", (select count(*)::int from "ReconcileLine" l where l."reconciliationId" = r.id) as lines from "Reconciliation" r where "userId" = $1 order by id`,
      [id],
    ),
    reconcileMappings: await q(
      `select id, mapping::text, "updatedAt" from "ReconcileMapping" where "userId" = $1 order by id`,
      [id],
    ),
    audit: await q(
      `select count(*)::int as n from "AuditEvent" where "actorId" = $1 or "entityId" = any($2::text[])`,
      [id, [id, w.a.entryId, w.a.deletedEntryId, w.a.importId]],
    ),
  };
}

// ─── Helpers for the attempts ───────────────────────────────────────────────

type Who = 'B' | 'C';
const ATTACKERS: Who[] = ['B', 'C'];
const client = (who: Who) => (who === 'B' ? world.asB : world.asC);

/** None of A's markers in the response, except those the attacker sent itself (echoed input). */
async function noLeak(res: APIResponse, label: string, sent = '') {
  const text = await res.text();
  const echo = decodeURIComponent(res.url()) + sent;
  for (const marker of world.markers)
    if (!echo.includes(marker))
      expect(text.includes(marker), `${label}: the response contains A's "${marker}"`).toBe(false);
  return text;
}
async function expectStatus(res: APIResponse, allowed: number[], label: string, sent = '') {
  expect(allowed, `${label}: status ${res.status()}`).toContain(res.status());
  await noLeak(res, label, sent);
}
async function page(who: Who, url: string, allowed: number[]) {
  const res = await client(who).get(url, { maxRedirects: 0 });
  await expectStatus(res, allowed, `${who} GET ${url}`);
}

type ActionResult = { status: number; ok?: boolean; code?: string; text: string };
async function callAction(
  who: Who,
  file: string,
  name: string,
  arg: unknown,
): Promise<ActionResult | 'unexposed'> {
  const entry = actionManifest().find((e) => e.filename === file && e.exportedName === name);
  if (!entry) return 'unexposed';
  // POST to a page that bundles the action (a dynamic segment gets the caller's own entry id).
  const worker = [...entry.workers].sort((x, y) => Number(x.includes('[')) - Number(y.includes('[')))[0];
  const url = urlOf(worker).replace(/\[[^\]]+\]/g, who === 'B' ? world.b.entryId : world.c.entryId);
  const res = await client(who).post(url, {
    headers: {
      'next-action': entry.id,
      'content-type': 'text/plain;charset=UTF-8',
      accept: 'text/x-component',
      origin: world.origin,
    },
    data: JSON.stringify([arg]),
    maxRedirects: 0,
  });
  const text = await noLeak(res, `${who} action ${name}`, JSON.stringify(arg));
  for (const line of text.split('\n')) {
    const json = line.replace(/^[0-9a-f]+:/, '');
    if (!json.startsWith('{') || !json.includes('"ok":')) continue;
    try {
      const parsed = JSON.parse(json) as { ok: boolean; code?: string };
      if (typeof parsed.ok === 'boolean')
        return { status: res.status(), ok: parsed.ok, code: parsed.code, text };
    } catch {
      /* another row */
    }
  }
  return { status: res.status(), text };
}
async function action(
  who: Who,
  file: string,
  name: string,
  arg: unknown,
  expected: { ok: boolean; code?: string } | { unexposedOr: { ok: boolean; code?: string } },
) {
  const result = await callAction(who, file, name, arg);
  if ('unexposedOr' in expected) {
    if (result === 'unexposed') return;
    expected = expected.unexposedOr;
  }
  expect(result, `${name} has no endpoint in the build`).not.toBe('unexposed');
  const r = result as ActionResult;
  expect({ ok: r.ok, code: r.code }, `${who} ${name}: ${r.text.slice(0, 300)}`).toEqual({
    ok: expected.ok,
    code: expected.code,
  });
}

const json = (data: unknown) => ({ data, headers: { origin: world.origin } });
const entryLine = (over: Record<string, unknown> = {}) => ({
  id: randomUUID(),
  dateOfService: '2025-10-15',
  code: '99213',
  modifiers: [],
  units: 1,
  ...over,
});
const RECONCILE_CSV =
  'Service Date,CPT Code,Units,Work RVU\n10/15/2025,99213,1,1.30\n10/16/2025,99214,1,1.92\n';
const reportFile = (name = 'b-report.csv') => ({
  multipart: {
    file: { name, mimeType: 'text/csv', buffer: Buffer.from(RECONCILE_CSV) },
    windowDays: '3',
  },
});
const csvFile = (text: string, name = 'b.csv') => ({
  multipart: { file: { name, mimeType: 'text/csv', buffer: Buffer.from(text) } },
});

// ─── The matrix ─────────────────────────────────────────────────────────────

type Entry = { expect: string; attempt: () => Promise<void> };
const L = 'lib/logs/actions.ts';
const U = 'lib/users/actions.ts';
const BENCH = 'app/(app)/benchmarks/actions.ts';
const RESET = 'lib/users/password-reset-actions.ts';
const FIRST_RUN = 'lib/users/first-run-actions.ts';
const REC = 'lib/reconcile/actions.ts';

const MATRIX: Record<string, Entry> = {
  // Route handlers
  'GET /api/entries': {
    expect: 'only own entries, whatever the filter names (A site id): 200 without A data',
    attempt: async () => {
      for (const who of ATTACKERS) {
        await expectStatus(
          await client(who).get(`/api/entries?siteId=${world.a.siteId}`),
          [200],
          `${who} list with A's site`,
        );
        await expectStatus(await client(who).get('/api/entries'), [200], `${who} list`);
      }
    },
  },
  'POST /api/entries': {
    expect: "A's entry id -> 409, A's site id -> 400; nothing of A's changes",
    attempt: async () => {
      for (const who of ATTACKERS) {
        await expectStatus(
          await client(who).post(
            '/api/entries',
            json({ entries: [entryLine({ id: world.a.entryId, note: 'pwned' })] }),
          ),
          [409],
          `${who} reuses A's entry id`,
        );
        await expectStatus(
          await client(who).post('/api/entries', json({ entries: [entryLine({ siteId: world.a.siteId })] })),
          [400],
          `${who} logs at A's site`,
        );
      }
    },
  },
  'GET /api/entries/[id]': {
    expect: "A's live and deleted entries -> 404",
    attempt: async () => {
      for (const who of ATTACKERS)
        for (const id of [world.a.entryId, world.a.deletedEntryId])
          await expectStatus(await client(who).get(`/api/entries/${id}`), [404], `${who} reads A's entry`);
    },
  },
  'PATCH /api/entries/[id]': {
    expect: "A's entry -> 404; own entry moved to A's site -> 400",
    attempt: async () => {
      for (const who of ATTACKERS)
        await expectStatus(
          await client(who).patch(`/api/entries/${world.a.entryId}`, json({ note: 'pwned', units: 5 })),
          [404],
          `${who} edits A's entry`,
        );
      await expectStatus(
        await world.asB.patch(`/api/entries/${world.b.entryId}`, json({ siteId: world.a.siteId })),
        [400],
        "B moves own entry to A's site",
      );
    },
  },
  'DELETE /api/entries/[id]': {
    expect: "A's entry -> 404",
    attempt: async () => {
      for (const who of ATTACKERS)
        await expectStatus(
          await client(who).delete(`/api/entries/${world.a.entryId}`, { headers: { origin: world.origin } }),
          [404],
          `${who} deletes A's entry`,
        );
    },
  },
  'POST /api/entries/import': {
    expect: "only own data: A's very file (same rows and note) imports into the caller's own log, not A's",
    attempt: async () => {
      const res = await world.asB.post(
        '/api/entries/import',
        csvFile(
          world.a.csv.replace(world.a.siteName, 'Bravo site').replace(/alpha-import-note-\w+/, 'b-note'),
        ),
      );
      expect(res.status()).toBe(200);
      const lines = (await res.text())
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l));
      expect(lines.at(-1)).toMatchObject({ type: 'done', alreadyImported: false });
      const owner = await sql().query(`select "userId" from "EntryImport" where id = $1`, [
        lines.at(-1).importId,
      ]);
      expect(owner.rows[0].userId).toBe(world.b.id);
    },
  },
  'POST /api/entries/import/preview': {
    expect: "only own data: A's exact file previews as not imported (A's import is not revealed)",
    attempt: async () => {
      for (const who of ATTACKERS) {
        const res = await client(who).post('/api/entries/import/preview', csvFile(world.a.csv));
        await expectStatus(res, [200], `${who} previews A's file`, world.a.csv);
        expect((await res.json()).alreadyImported).toBe(false);
      }
    },
  },
  'GET /api/entries/template': {
    expect: 'public template, no user data',
    attempt: async () => page('B', '/api/entries/template', [200]),
  },
  'POST /api/admin/catalog': {
    expect: 'not a site admin (B, and C who administers an organisation) -> 404',
    attempt: async () => {
      for (const who of ATTACKERS)
        await expectStatus(
          await client(who).post('/api/admin/catalog', csvFile('HCPCS,garbage\n', 'x.csv')),
          [404],
          `${who} uploads a catalog`,
        );
    },
  },
  'POST /api/admin/catalog/update': {
    expect: 'not a site admin (B, and C who administers an organisation) -> 404, nothing downloaded',
    attempt: async () => {
      for (const who of ATTACKERS)
        await expectStatus(
          await client(who).post('/api/admin/catalog/update', { data: { year: 2026 } }),
          [404],
          `${who} runs the catalog update`,
        );
    },
  },
  'GET /api/auth/[...nextauth]': {
    expect: 'the session endpoint describes the caller only',
    attempt: async () => {
      for (const who of ATTACKERS) {
        const res = await client(who).get('/api/auth/session');
        await expectStatus(res, [200], `${who} session`);
        expect((await res.json()).user.email).toBe(who === 'B' ? world.b.email : world.c.email);
      }
    },
  },
  'POST /api/auth/[...nextauth]': {
    expect: "signing in as A with B's password gives no session for A",
    attempt: async () => {
      const res = await world.asB.get('/api/auth/csrf');
      const { csrfToken } = await res.json();
      const attempt = await world.asB.post('/api/auth/callback/credentials', {
        form: { csrfToken, email: world.a.email, password: 'the password of someone else', json: 'true' },
      });
      expect(attempt.status()).toBeLessThan(500);
      expect((await (await world.asB.get('/api/auth/session')).json()).user.email).toBe(world.b.email);
      // Every e2e test signs in from 127.0.0.1: give back this failure's share of that address's budget.
      await sql().query(
        `update "AuthThrottle" set failures = greatest(failures - 1, 0) where key = 'ip:127.0.0.1'`,
      );
    },
  },
  'GET /api/codes/search': {
    expect: 'public catalog search, no user data',
    attempt: async () => page('B', '/api/codes/search?q=office', [200]),
  },
  'GET /api/health': { expect: 'public, no user data', attempt: async () => page('C', '/api/health', [200]) },
  'GET /api/reports/[format]': {
    expect: "group export of A's organisation -> 404 for B and for C; own export has no A data",
    attempt: async () => {
      for (const who of ATTACKERS) {
        for (const format of ['csv', 'xlsx', 'pdf'])
          await expectStatus(
            await client(who).get(`/api/reports/${format}?scope=group:${world.orgY.id}`),
            [404],
            `${who} exports A's group as ${format}`,
          );
        await expectStatus(
          await client(who).get('/api/reports/csv?range=custom&from=2025-01-01&to=2025-12-31'),
          [200],
          `${who} exports own log`,
        );
      }
    },
  },
  'POST /api/reconcile': {
    expect: "only own data: the same report uploaded by B is B's own reconciliation, A's is untouched",
    attempt: async () => {
      const res = await world.asB.post('/api/reconcile', reportFile());
      await expectStatus(res, [201], 'B saves a reconciliation');
      const owner = await sql().query(`select "userId" from "Reconciliation" where id = $1`, [
        (await res.json()).id,
      ]);
      expect(owner.rows[0].userId).toBe(world.b.id);
    },
  },
  'POST /api/reconcile/preview': {
    expect: "only own data: a preview reconciles against the caller's log and reveals nothing of A's",
    attempt: async () => {
      for (const who of ATTACKERS)
        await expectStatus(
          await client(who).post('/api/reconcile/preview', reportFile(`alpha-${world.tag}-report.csv`)),
          [200],
          `${who} previews a report`,
          `alpha-${world.tag}-report.csv`,
        );
    },
  },
  'GET /api/reconcile/[id]/[format]': {
    expect: "A's reconciliation -> 404 in every format",
    attempt: async () => {
      for (const who of ATTACKERS)
        for (const format of ['csv', 'xlsx', 'pdf'])
          await expectStatus(
            await client(who).get(`/api/reconcile/${world.a.reconciliationId}/${format}`),
            [404],
            `${who} exports A's reconciliation as ${format}`,
          );
    },
  },
  'GET /benchmarks/template': {
    expect: 'static template, no user data',
    attempt: async () => page('B', '/benchmarks/template', [200]),
  },
  'GET /api/account/export': {
    expect: "only own data: the export is the caller's, with no way to name A",
    attempt: async () => {
      for (const who of ATTACKERS) {
        const res = await client(who).get(`/api/account/export?userId=${world.a.id}&id=${world.a.id}`);
        await expectStatus(res, [200], `${who} export`);
        expect((await res.json()).profile.id).toBe(who === 'B' ? world.b.id : world.c.id);
      }
    },
  },
  'DELETE /api/account': {
    expect: "deletes only the caller, and only with the caller's password: a wrong one -> 400, A untouched",
    attempt: async () => {
      for (const who of ATTACKERS) {
        const res = await client(who).delete(`/api/account?userId=${world.a.id}`, {
          headers: { 'content-type': 'application/json', origin: world.origin },
          data: { password: 'not the right password', userId: world.a.id },
        });
        await expectStatus(res, [400], `${who} deletes with a wrong password`);
      }
      await sql().query(
        `update "AuthThrottle" set failures = greatest(failures - 2, 0) where key = 'ip:127.0.0.1'`,
      );
    },
  },
  'PUT /api/credit-policy': {
    expect: "re-prices only the caller's own log; A's entries and policy unchanged",
    attempt: async () => {
      for (const who of ATTACKERS) {
        const res = await client(who).put(`/api/credit-policy?userId=${world.a.id}`, {
          headers: { 'content-type': 'application/json', origin: world.origin },
          data: {
            multipleProcedureReduction: false,
            modifier22Factor: 2,
            modifier52Factor: 0,
            creditNotPaidByMedicare: false,
            userId: world.a.id,
          },
        });
        await expectStatus(res, [200], `${who} changes a crediting policy`);
      }
    },
  },
  'DELETE /api/credit-policy': {
    expect: "resets and re-prices only the caller's own policy and log; A's entries and policy unchanged",
    attempt: async () => {
      for (const who of ATTACKERS) {
        const res = await client(who).delete(`/api/credit-policy?userId=${world.a.id}`, {
          headers: { origin: world.origin },
        });
        await expectStatus(res, [200], `${who} resets a crediting policy`);
      }
    },
  },

  // Pages
  'page /': { expect: 'public landing page', attempt: async () => page('B', '/', [200, 307, 308]) },
  'page /signin': {
    expect: 'signed in: redirected to the dashboard',
    attempt: async () => page('B', '/signin', [200, 307]),
  },
  'page /signup': { expect: 'public form', attempt: async () => page('B', '/signup', [200, 307]) },
  'page /forgot-password': {
    expect: 'public form',
    attempt: async () => page('B', '/forgot-password', [200]),
  },
  'page /reset-password': {
    expect: "a made-up token or A's stored token hash opens no form",
    attempt: async () => {
      const hash = 'e'.repeat(64);
      await sql().query(
        `insert into "PasswordResetToken" (id, "userId", "tokenHash", "expiresAt") values ($1, $2, $3, (now() at time zone 'UTC') + interval '30 minutes')`,
        [`t_${randomUUID()}`, world.a.id, hash],
      );
      for (const token of [hash, 'A'.repeat(43)]) {
        const res = await client('B').get(`/reset-password?token=${token}`);
        await expectStatus(res, [200], `B opens /reset-password?token=${token}`);
        expect(await res.text()).not.toContain('Set new password');
      }
    },
  },
  'page /codes': { expect: 'public catalog', attempt: async () => page('C', '/codes?q=knee', [200]) },
  'page /codes/[code]': { expect: 'public code page', attempt: async () => page('C', '/codes/99213', [200]) },
  'page /dashboard': {
    expect: 'only own numbers: parameters naming A are ignored',
    attempt: async () => {
      for (const who of ATTACKERS)
        await page(
          who,
          `/dashboard?user=${world.a.id}&userId=${world.a.id}&viewUserId=${world.a.id}&member=${world.a.id}&range=12m`,
          [200],
        );
    },
  },
  'page /dashboard/cms-changes': {
    expect: 'only own entries',
    attempt: async () => {
      for (const who of ATTACKERS)
        await page(who, `/dashboard/cms-changes?release=RVU25D&user=${world.a.id}`, [200]);
    },
  },
  'page /entries': {
    expect: "only own entries, even filtered by A's site",
    attempt: async () => {
      for (const who of ATTACKERS) await page(who, `/entries?siteId=${world.a.siteId}`, [200]);
    },
  },
  'page /entries/[id]': {
    expect: "A's entries -> 404",
    attempt: async () => {
      for (const who of ATTACKERS)
        for (const id of [world.a.entryId, world.a.deletedEntryId]) await page(who, `/entries/${id}`, [404]);
    },
  },
  'page /entries/import': {
    expect: 'own import page',
    attempt: async () => page('B', '/entries/import', [200]),
  },
  'page /log': {
    expect: 'own favorites, sites and recent codes only',
    attempt: async () => page('B', '/log?code=99214', [200]),
  },
  'page /log/favorites': {
    expect: 'own favorites only',
    attempt: async () => page('B', '/log/favorites', [200]),
  },
  'page /group': {
    expect: "B (no organisation) -> 404; C asking for A's organisation -> 404",
    attempt: async () => {
      await page('B', `/group?org=${world.orgY.id}`, [404]);
      await page('B', '/group', [404]);
      await page('C', `/group?org=${world.orgY.id}`, [404]);
      await page('C', '/group', [200]); // C's own organisation, without A
    },
  },
  'page /group/[memberId]': {
    expect: "A's member dashboard -> 404 for B and for C",
    attempt: async () => {
      for (const who of ATTACKERS) await page(who, `/group/${world.a.id}`, [404]);
    },
  },
  'page /benchmarks': {
    expect: "A's organisation's private benchmark table is not shown, even when asked for by id",
    attempt: async () => {
      for (const who of ATTACKERS)
        await page(who, `/benchmarks?source=${world.orgY.sourceId}&specialty=Orthopedic%20Surgery`, [200]);
    },
  },
  'page /reports': {
    expect: 'own preview only',
    attempt: async () => {
      for (const who of ATTACKERS)
        await page(who, `/reports?scope=group:${world.orgY.id}&user=${world.a.id}`, [200]);
    },
  },
  'page /settings': {
    expect: 'own profile only',
    attempt: async () => page('B', `/settings?user=${world.a.id}`, [200]),
  },
  'page /welcome': {
    expect: "own first-run only; A's organisation's benchmark table is not offered",
    attempt: async () => {
      for (const who of ATTACKERS) {
        const res = await client(who).get(`/welcome?user=${world.a.id}`, { maxRedirects: 0 });
        await expectStatus(res, [200], `${who} GET /welcome`);
        expect(await res.text()).not.toContain(world.orgY.publisher);
      }
    },
  },
  'page /reconcile': {
    expect: "only own reconciliations (A's is not listed)",
    attempt: async () => {
      for (const who of ATTACKERS) await page(who, `/reconcile?user=${world.a.id}`, [200]);
    },
  },
  'page /reconcile/new': {
    expect: 'own upload form',
    attempt: async () => page('B', '/reconcile/new', [200]),
  },
  'page /reconcile/[id]': {
    expect: "A's reconciliation -> 404",
    attempt: async () => {
      for (const who of ATTACKERS) await page(who, `/reconcile/${world.a.reconciliationId}`, [404]);
    },
  },
  'page /admin/catalog': {
    expect: 'not a site admin -> 404',
    attempt: async () => {
      for (const who of ATTACKERS) await page(who, '/admin/catalog', [404]);
    },
  },

  // Server actions
  [`action ${L}#createEntriesAction`]: {
    expect: "A's entry id -> CONFLICT; A's site -> VALIDATION",
    attempt: async () => {
      for (const who of ATTACKERS) {
        await action(
          who,
          L,
          'createEntriesAction',
          { entries: [entryLine({ id: world.a.entryId, note: 'pwned' })] },
          { ok: false, code: 'CONFLICT' },
        );
        await action(
          who,
          L,
          'createEntriesAction',
          { entries: [entryLine({ siteId: world.a.siteId })] },
          { ok: false, code: 'VALIDATION' },
        );
      }
    },
  },
  [`action ${L}#updateEntryAction`]: {
    expect: "A's entry -> NOT_FOUND; own entry to A's site -> VALIDATION",
    attempt: async () => {
      for (const who of ATTACKERS)
        await action(
          who,
          L,
          'updateEntryAction',
          { id: world.a.entryId, note: 'pwned' },
          { ok: false, code: 'NOT_FOUND' },
        );
      await action(
        'B',
        L,
        'updateEntryAction',
        { id: world.b.entryId, siteId: world.a.siteId },
        { ok: false, code: 'VALIDATION' },
      );
    },
  },
  [`action ${L}#deleteEntryAction`]: {
    expect: "A's entry -> NOT_FOUND",
    attempt: async () => {
      for (const who of ATTACKERS)
        await action(who, L, 'deleteEntryAction', { id: world.a.entryId }, { ok: false, code: 'NOT_FOUND' });
    },
  },
  [`action ${L}#restoreEntryAction`]: {
    expect: "A's deleted entry -> NOT_FOUND",
    attempt: async () => {
      for (const who of ATTACKERS)
        await action(
          who,
          L,
          'restoreEntryAction',
          { id: world.a.deletedEntryId },
          { ok: false, code: 'NOT_FOUND' },
        );
    },
  },
  [`action ${L}#previewLinesAction`]: {
    expect: "only own data: prices under the caller's own policy",
    attempt: async () => {
      for (const who of ATTACKERS)
        await action(
          who,
          L,
          'previewLinesAction',
          { lines: [{ id: 'x', dateOfService: '2025-10-15', code: '99213', modifiers: [], units: 1 }] },
          { ok: true },
        );
    },
  },
  [`action ${L}#addFavoriteAction`]: {
    expect: "only own data: the favorite is the caller's",
    attempt: async () => {
      for (const who of ATTACKERS)
        await action(who, L, 'addFavoriteAction', { code: '99214', modifiers: [] }, { ok: true });
    },
  },
  [`action ${L}#removeFavoriteAction`]: {
    expect: "A's favorite -> NOT_FOUND",
    attempt: async () => {
      for (const who of ATTACKERS)
        await action(
          who,
          L,
          'removeFavoriteAction',
          { id: world.a.favoriteId },
          { ok: false, code: 'NOT_FOUND' },
        );
    },
  },
  [`action ${L}#renameFavoriteAction`]: {
    expect: "A's favorite -> NOT_FOUND",
    attempt: async () => {
      for (const who of ATTACKERS)
        await action(
          who,
          L,
          'renameFavoriteAction',
          { id: world.a.favoriteId, label: 'Hijacked' },
          { ok: false, code: 'NOT_FOUND' },
        );
    },
  },
  [`action ${L}#reorderFavoritesAction`]: {
    expect: "A's favorite ids are not the caller's favorites -> VALIDATION",
    attempt: async () => {
      for (const who of ATTACKERS)
        await action(
          who,
          L,
          'reorderFavoritesAction',
          { ids: [world.a.favoriteId] },
          { ok: false, code: 'VALIDATION' },
        );
    },
  },
  [`action ${L}#createSiteAction`]: {
    expect: "only own data: a site with A's site name is the caller's own",
    attempt: async () => {
      for (const who of ATTACKERS)
        await action(who, L, 'createSiteAction', { name: world.a.siteName }, { ok: true });
    },
  },
  [`action ${L}#getDayLogAction`]: {
    expect: "only own data: the day of A's entries lists the caller's own entries, never A's site or lines",
    attempt: async () => {
      for (const who of ATTACKERS)
        await action(who, L, 'getDayLogAction', { date: '2025-10-15' }, { ok: true });
    },
  },
  [`action ${U}#signUpAction`]: {
    expect: "A's email -> the same neutral answer as a new email, and A's account is unchanged",
    attempt: async () => {
      await action(
        'B',
        U,
        'signUpAction',
        { name: 'Impostor', email: world.a.email, password: 'a long enough password' },
        { ok: true },
      );
    },
  },
  [`action ${U}#changePasswordAction`]: {
    expect: "changes only the caller's password (a wrong current password -> VALIDATION)",
    attempt: async () => {
      for (const who of ATTACKERS)
        await action(
          who,
          U,
          'changePasswordAction',
          {
            currentPassword: 'not the right one',
            newPassword: 'hijacked password 123',
            confirmPassword: 'hijacked password 123',
          },
          { ok: false, code: 'VALIDATION' },
        );
    },
  },
  [`action ${U}#signOutEverywhereAction`]: {
    expect: "ends only the caller's own sessions (A's session version unchanged)",
    attempt: async () => {
      for (const who of ATTACKERS) {
        await action(who, U, 'signOutEverywhereAction', {}, { ok: true });
        // The caller's own session ended: sign it in again for the entries that follow.
        const req = client(who);
        const user = who === 'B' ? world.b : world.c;
        expect((await req.get('/api/entries')).status()).toBe(401);
        const { csrfToken } = await (await req.get('/api/auth/csrf')).json();
        await req.post('/api/auth/callback/credentials', {
          form: { csrfToken, email: user.email, password: user.password, json: 'true' },
        });
        expect((await req.get('/api/entries')).status()).toBe(200);
      }
    },
  },
  [`action ${U}#updateProfileAction`]: {
    expect: "A's organisation's benchmark table as the caller's source -> VALIDATION",
    attempt: async () => {
      for (const who of ATTACKERS) {
        await action(
          who,
          U,
          'updateProfileAction',
          {
            name: 'Renamed',
            clinicalFte: 1,
            fiscalYearStartMonth: 1,
            targetPercentile: 50,
            benchmarkSourceId: world.orgY.sourceId,
          },
          { ok: false, code: 'VALIDATION' },
        );
      }
    },
  },
  [`action ${U}#addTimeOffAction`]: {
    expect: "only own data: the time off is the caller's",
    attempt: async () => {
      for (const who of ATTACKERS)
        await action(
          who,
          U,
          'addTimeOffAction',
          { startDate: '2025-07-01', endDate: '2025-07-02', note: 'own' },
          { ok: true },
        );
    },
  },
  [`action ${U}#removeTimeOffAction`]: {
    expect: "A's time off -> NOT_FOUND",
    attempt: async () => {
      for (const who of ATTACKERS)
        await action(
          who,
          U,
          'removeTimeOffAction',
          { id: world.a.timeOffId },
          { ok: false, code: 'NOT_FOUND' },
        );
    },
  },
  [`action ${RESET}#requestPasswordResetAction`]: {
    expect: "A's email gets the same answer as an unknown one; A's password unchanged",
    attempt: async () => {
      for (const who of ATTACKERS)
        for (const email of [world.a.email, `nobody-${randomUUID()}@test.benchline.local`])
          await action(who, RESET, 'requestPasswordResetAction', { email }, { ok: true });
    },
  },
  [`action ${RESET}#resetPasswordAction`]: {
    expect: "no token of A's -> VALIDATION; A's password unchanged",
    attempt: async () => {
      for (const who of ATTACKERS)
        for (const token of ['A'.repeat(43), 'f'.repeat(64), world.a.id])
          await action(
            who,
            RESET,
            'resetPasswordAction',
            { token, newPassword: 'hijacked password 123', confirmPassword: 'hijacked password 123' },
            { ok: false, code: 'VALIDATION' },
          );
    },
  },
  [`action ${FIRST_RUN}#saveFirstRunStepAction`]: {
    expect: "only own profile; A's organisation's benchmark table as the caller's source -> VALIDATION",
    attempt: async () => {
      for (const who of ATTACKERS) {
        await action(
          who,
          FIRST_RUN,
          'saveFirstRunStepAction',
          { step: 'benchmark', benchmarkSourceId: world.orgY.sourceId },
          { ok: false, code: 'VALIDATION' },
        );
        await action(
          who,
          FIRST_RUN,
          'saveFirstRunStepAction',
          { step: 'fte', clinicalFte: 0.9 },
          { ok: true },
        );
      }
    },
  },
  [`action ${REC}#rerunReconciliationAction`]: {
    expect: "A's reconciliation -> NOT_FOUND (its totals and window unchanged)",
    attempt: async () => {
      for (const who of ATTACKERS)
        await action(
          who,
          REC,
          'rerunReconciliationAction',
          { id: world.a.reconciliationId, windowDays: 7 },
          { ok: false, code: 'NOT_FOUND' },
        );
    },
  },
  [`action ${REC}#addUnloggedToLogAction`]: {
    expect: "A's reconciliation -> NOT_FOUND (nothing added to anyone's log)",
    attempt: async () => {
      for (const who of ATTACKERS)
        await action(
          who,
          REC,
          'addUnloggedToLogAction',
          { id: world.a.reconciliationId, rows: [2, 3] },
          { ok: false, code: 'NOT_FOUND' },
        );
    },
  },
  [`action ${BENCH}#importBenchmarkAction`]: {
    expect: "importing into A's organisation -> FORBIDDEN for B and for C",
    attempt: async () => {
      const source = { publisher: 'Hijack', survey: 'Hijack survey', dataYear: 2025, citation: 'Hijack' };
      for (const who of ATTACKERS) {
        await action(
          who,
          BENCH,
          'importBenchmarkAction',
          {
            organizationId: world.orgY.id,
            source,
            csvText: 'specialty,p50\nOrthopedic Surgery,1\n',
            replace: true,
          },
          { ok: false, code: 'FORBIDDEN' },
        );
      }
    },
  },
};

// ─── Tests ──────────────────────────────────────────────────────────────────

test('every route handler, page and server action has a matrix entry (and every entry still exists)', () => {
  const found = enumerate();
  expect(found.length).toBeGreaterThan(30);
  const missing = found.filter((k) => !MATRIX[k]);
  const stale = Object.keys(MATRIX).filter((k) => !found.includes(k));
  expect(
    missing,
    'add these to MATRIX in e2e/authz-matrix.spec.ts (how to attack A as B and C, and what must happen)',
  ).toEqual([]);
  expect(stale, 'these MATRIX entries name something that no longer exists').toEqual([]);
});

test('every server action with an endpoint in the build is a matrix entry', () => {
  const keys = new Set(Object.keys(MATRIX));
  const exposed = actionManifest().map((e) => `action ${e.filename}#${e.exportedName}`);
  expect(exposed.filter((k) => !keys.has(k))).toEqual([]);
});

test.describe('as user B and as an admin of another organisation, against user A', () => {
  test.beforeAll(async ({ browser }) => {
    world = await buildWorld(browser);
  });
  test.afterAll(async () => {
    for (const c of world?.contexts ?? []) await c.close();
  });

  for (const [key, entry] of Object.entries(MATRIX)) {
    test(`${key}: ${entry.expect}`, async () => {
      const before = await snapshotA(world);
      await entry.attempt();
      expect(await snapshotA(world), `${key} changed A's data`).toEqual(before);
    });
  }
});
