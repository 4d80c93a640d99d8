// CSRF: every state change refuses a request from another site, and nothing changes.
// - Route handlers: every POST/PUT/PATCH/DELETE exported under app/api (found on the filesystem at
//   test time) answers 403 to a foreign Origin, an opaque Origin ("null") and a browser's
//   Sec-Fetch-Site: cross-site, while the same request from the app's own origin succeeds (control).
// - next-auth: its POSTs without the CSRF token do nothing.
// - Server actions: a real action request captured from the settings page, replayed with another
//   Origin, is refused by Next.js (and works unchanged from the app's origin: control).
// - Forms: an attacker page on another port of the same host (same-site: the SameSite=Lax session
//   cookie IS sent) and one on another site auto-submit urlencoded, text/plain and multipart forms
//   (with a real file) to the write endpoints and to a server action: nothing changes.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { createUser, signInViaApi, sql, type TestUser } from './factories';

const EVIL = 'https://evil.example';
const WRITE_METHODS = ['POST', 'PUT', 'PATCH', 'DELETE'] as const;

/** Every route handler under app/ with the HTTP methods it exports. */
function routeHandlers(): { route: string; methods: string[] }[] {
  const out: { route: string; methods: string[] }[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = path.join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/^route\.(ts|tsx|js)$/.test(name)) {
        const src = readFileSync(p, 'utf8');
        const methods = new Set<string>();
        for (const m of src.matchAll(
          /export\s+(?:async\s+)?(?:function|const)\s+(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS)\b/g,
        ))
          methods.add(m[1]);
        for (const m of src.matchAll(/export\s*\{([^}]*)\}/g))
          for (const part of m[1].matchAll(/\bas\s+(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS)\b/g))
            methods.add(part[1]);
        const route =
          '/' +
          path
            .relative('app', path.dirname(p))
            .split(path.sep)
            .filter((s) => !/^\(.*\)$/.test(s))
            .join('/');
        out.push({ route, methods: [...methods].sort() });
      }
    }
  };
  walk('app');
  return out;
}

type Ctx = { request: APIRequestContext; user: TestUser; entryId: string };
type WriteCase = {
  /** Sends the request with extra headers; returns the status. */
  send: (ctx: Ctx, headers: Record<string, string>) => Promise<number>;
  /** A fingerprint of everything the request could change. */
  state: (ctx: Ctx) => Promise<unknown>;
  /** Status of the same-origin control request. */
  ok: number;
  admin?: boolean;
};

const csv = (tag: string) => `date_of_service,code,modifiers,units,encounter\n2025-10-14,99213,,1,${tag}\n`;
const reportCsv = 'Service Date,CPT Code,Units\n10/14/2025,99213,1\n';
const count = async (q: string, args: unknown[]) => Number((await sql().query(q, args)).rows[0].count);

const WRITES: Record<string, WriteCase> = {
  'POST /api/entries': {
    send: async ({ request }, headers) =>
      (
        await request.post('/api/entries', {
          headers,
          data: { entries: [{ id: randomUUID(), dateOfService: '2025-10-15', code: '99213' }] },
        })
      ).status(),
    state: ({ user }) => count('select count(*) from "LogEntry" where "userId" = $1', [user.id]),
    ok: 201,
  },
  'PATCH /api/entries/[id]': {
    send: async ({ request, entryId }, headers) =>
      (
        await request.patch(`/api/entries/${entryId}`, { headers, data: { note: `patched ${randomUUID()}` } })
      ).status(),
    state: async ({ entryId }) =>
      (await sql().query('select note, "updatedAt" from "LogEntry" where id = $1', [entryId])).rows[0],
    ok: 200,
  },
  'DELETE /api/entries/[id]': {
    send: async ({ request, entryId }, headers) =>
      (await request.delete(`/api/entries/${entryId}`, { headers })).status(),
    state: async ({ entryId }) =>
      (await sql().query('select "deletedAt" from "LogEntry" where id = $1', [entryId])).rows[0],
    ok: 200,
  },
  'POST /api/entries/import': {
    send: async ({ request }, headers) => {
      const res = await request.post('/api/entries/import', {
        headers,
        multipart: {
          file: { name: 'import.csv', mimeType: 'text/csv', buffer: Buffer.from(csv(randomUUID())) },
        },
      });
      await res.body();
      return res.status();
    },
    state: ({ user }) => count('select count(*) from "EntryImport" where "userId" = $1', [user.id]),
    ok: 200,
  },
  'POST /api/entries/import/preview': {
    send: async ({ request }, headers) =>
      (
        await request.post('/api/entries/import/preview', {
          headers,
          multipart: { file: { name: 'import.csv', mimeType: 'text/csv', buffer: Buffer.from(csv('p')) } },
        })
      ).status(),
    state: ({ user }) => count('select count(*) from "EntryImport" where "userId" = $1', [user.id]),
    ok: 200,
  },
  'POST /api/reconcile': {
    send: async ({ request }, headers) =>
      (
        await request.post('/api/reconcile', {
          headers,
          multipart: { file: { name: 'report.csv', mimeType: 'text/csv', buffer: Buffer.from(reportCsv) } },
        })
      ).status(),
    state: ({ user }) => count('select count(*) from "Reconciliation" where "userId" = $1', [user.id]),
    ok: 201,
  },
  'POST /api/reconcile/preview': {
    send: async ({ request }, headers) =>
      (
        await request.post('/api/reconcile/preview', {
          headers,
          multipart: { file: { name: 'report.csv', mimeType: 'text/csv', buffer: Buffer.from(reportCsv) } },
        })
      ).status(),
    state: ({ user }) => count('select count(*) from "ReconcileMapping" where "userId" = $1', [user.id]),
    ok: 200,
  },
  'POST /api/admin/catalog': {
    admin: true,
    send: async ({ request }, headers) => {
      const res = await request.post('/api/admin/catalog', {
        headers,
        multipart: {
          file: {
            name: 'garbage.csv',
            mimeType: 'text/csv',
            buffer: Buffer.from(`not,a,cms,file\n${randomUUID()}\n`),
          },
        },
      });
      await res.body();
      return res.status();
    },
    state: () => count('select count(*) from "CatalogImport"', []),
    ok: 200, // streams the import outcome (here: an error line for an unrecognised file)
  },
  'POST /api/admin/catalog/update': {
    admin: true,
    send: async ({ request }, headers) => {
      // A year with no published archives: the control answers 200 with an error line and never
      // reaches cms.gov; the cross-site attempts must be refused before that.
      const res = await request.post('/api/admin/catalog/update', {
        headers: { 'content-type': 'application/json', ...headers },
        data: { year: 2001 },
      });
      await res.body();
      return res.status();
    },
    state: () => count('select count(*) from "CatalogImport"', []),
    ok: 200,
  },
  'DELETE /api/account': {
    send: async ({ request, user }, headers) =>
      (
        await request.delete('/api/account', {
          headers: { 'content-type': 'application/json', ...headers },
          data: { password: user.password },
        })
      ).status(),
    state: ({ user }) => count('select count(*) from "User" where id = $1', [user.id]),
    ok: 200,
  },
  'PUT /api/credit-policy': {
    send: async ({ request }, headers) =>
      (
        await request.put('/api/credit-policy', {
          headers: { 'content-type': 'application/json', ...headers },
          data: {
            multipleProcedureReduction: false,
            modifier22Factor: 1.5,
            modifier52Factor: 0.5,
            creditNotPaidByMedicare: true,
          },
        })
      ).status(),
    state: ({ user }) =>
      sql()
        .query(
          'select "multipleProcedureReduction", "modifier22Factor"::text from "CreditPolicy" where "userId" = $1',
          [user.id],
        )
        .then((r) => r.rows),
    ok: 200,
  },
  'DELETE /api/credit-policy': {
    send: async ({ request }, headers) =>
      (await request.delete('/api/credit-policy', { headers: { ...headers } })).status(),
    state: ({ user }) =>
      count(`select count(*) from "AuditEvent" where "actorId" = $1 and action = 'policy.reset'`, [user.id]),
    ok: 200,
  },
};

// next-auth's POSTs are protected by its own CSRF token (tested below), not by an Origin check.
const OWN_CSRF = new Set(['POST /api/auth/[...nextauth]']);

async function setup(page: Page, { admin = false } = {}): Promise<Ctx> {
  const user = await createUser();
  if (admin) await sql().query(`update "User" set role = 'ADMIN' where id = $1`, [user.id]);
  await signInViaApi(page, user);
  const entryId = randomUUID();
  const created = await page.request.post('/api/entries', {
    data: { entries: [{ id: entryId, dateOfService: '2025-10-15', code: '99213', note: 'original' }] },
  });
  expect(created.status()).toBe(201);
  return { request: page.request, user, entryId };
}

test('every state-changing route handler has a CSRF case (and every case still exists)', () => {
  const found = routeHandlers().flatMap((r) =>
    r.methods.filter((m) => (WRITE_METHODS as readonly string[]).includes(m)).map((m) => `${m} ${r.route}`),
  );
  const missing = found.filter((k) => !WRITES[k] && !OWN_CSRF.has(k));
  const stale = [...Object.keys(WRITES), ...OWN_CSRF].filter((k) => !found.includes(k));
  expect(missing, 'state-changing routes without a CSRF case in e2e/csrf.spec.ts').toEqual([]);
  expect(stale, 'CSRF cases for routes that no longer exist').toEqual([]);
});

for (const [key, c] of Object.entries(WRITES)) {
  test(`${key} refuses cross-site requests and changes nothing`, async ({ page, baseURL }) => {
    const ctx = await setup(page, { admin: c.admin });
    const before = await c.state(ctx);
    const attempts: Record<string, string>[] = [
      { origin: EVIL },
      { origin: 'null' },
      { 'sec-fetch-site': 'cross-site' },
      { origin: baseURL!.replace('127.0.0.1', 'localhost') },
    ];
    for (const headers of attempts) {
      expect(await c.send(ctx, headers), `${key} with ${JSON.stringify(headers)}`).toBe(403);
      expect(await c.state(ctx), `${key} changed something with ${JSON.stringify(headers)}`).toEqual(before);
    }
    // Control: the same request from the app's own origin goes through, so the 403s above were
    // the Origin check and not something else.
    expect(await c.send(ctx, { origin: new URL(baseURL!).origin }), `${key} same-origin control`).toBe(c.ok);
  });
}

test('next-auth POSTs without its CSRF token do nothing', async ({ page, browser }) => {
  const user = await createUser();
  // Sign-in with the right password but no CSRF token: no session.
  const fresh = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  const res = await fresh.request.post('/api/auth/callback/credentials', {
    form: { email: user.email, password: user.password, json: 'true' },
    headers: { origin: EVIL },
  });
  expect(res.status()).toBeLessThan(500);
  expect((await fresh.cookies()).some((c) => c.name.includes('session-token'))).toBe(false);
  await fresh.close();
  // Sign-out without the token: the session survives.
  await signInViaApi(page, user);
  await page.request.post('/api/auth/signout', { form: { json: 'true' }, headers: { origin: EVIL } });
  const session = await (await page.request.get('/api/auth/session')).json();
  expect(session?.user?.email).toBe(user.email);
  // The session cookie is HttpOnly and SameSite=Lax.
  const cookie = (await page.context().cookies()).find((c) => c.name.includes('session-token'));
  expect(cookie?.sameSite).toBe('Lax');
  expect(cookie?.httpOnly).toBe(true);
});

/** Submits the settings page's "Add time off" form and captures the server action request. */
async function captureTimeOffAction(page: Page, note: string) {
  let captured: { url: string; headers: Record<string, string>; body: string } | undefined;
  await page.route(
    (url) => url.pathname === '/settings',
    async (route) => {
      const req = route.request();
      if (req.method() === 'POST' && req.headers()['next-action']) {
        captured = { url: req.url(), headers: req.headers(), body: req.postData() ?? '' };
        await route.abort();
      } else await route.continue();
    },
  );
  await page.goto('/settings');
  await page.getByLabel('First day').fill('2025-08-04');
  await page.getByLabel('Last day').fill('2025-08-08');
  await page.getByLabel('Note (optional)').fill(note);
  await page.getByRole('button', { name: 'Add time off' }).click();
  await expect.poll(() => captured !== undefined).toBe(true);
  await page.unroute((url) => url.pathname === '/settings');
  const headers = Object.fromEntries(
    Object.entries(captured!.headers).filter(([k]) => !['content-length', 'cookie', 'host'].includes(k)),
  );
  return { ...captured!, headers };
}

test('a server action request replayed with another Origin is refused; from the app it works', async ({
  page,
  baseURL,
}) => {
  const ctx = await setup(page);
  const note = `csrf-${randomUUID()}`;
  const action = await captureTimeOffAction(page, note);
  expect(action.headers['next-action']).toMatch(/^[0-9a-f]{40,}$/);
  expect(action.body).toContain(note);
  const rows = () =>
    count('select count(*) from "TimeOff" where "userId" = $1 and note = $2', [ctx.user.id, note]);
  expect(await rows()).toBe(0); // the original was aborted

  for (const origin of [EVIL, 'null', baseURL!.replace('127.0.0.1', 'localhost')]) {
    const res = await page.request.post(action.url, {
      headers: { ...action.headers, origin },
      data: action.body,
    });
    expect(res.status(), `action with Origin ${origin}`).toBe(403); // proxy.ts, before Next.js's own 500
    expect(await res.text()).not.toContain('"ok":true');
    expect(await rows()).toBe(0);
  }
  const control = await page.request.post(action.url, {
    headers: { ...action.headers, origin: new URL(baseURL!).origin },
    data: action.body,
  });
  expect(control.status()).toBe(200);
  expect(await control.text()).toContain('"ok":true');
  expect(await rows()).toBe(1);
});

/** An attacker page at `origin` (fulfilled by the test) that auto-submits `html`'s form. */
async function attack(page: Page, origin: string, html: string, target: string) {
  await page.route(`${origin}/attack`, (route) =>
    route.fulfill({ contentType: 'text/html', body: `<!doctype html><html><body>${html}</body></html>` }),
  );
  const response = page.waitForResponse(
    (r) => r.url().startsWith(target) && r.request().method() === 'POST',
    { timeout: 15_000 },
  );
  await page.goto(`${origin}/attack`);
  const res = await response;
  await page.unroute(`${origin}/attack`);
  return res.status();
}

test('cross-site and same-site (other port) forms cannot change anything', async ({ page, baseURL }) => {
  const ctx = await setup(page);
  const app = new URL(baseURL!).origin;
  const note = `form-${randomUUID()}`;
  const action = await captureTimeOffAction(page, note);
  const state = async () => ({
    entries: await count('select count(*) from "LogEntry" where "userId" = $1', [ctx.user.id]),
    imports: await count('select count(*) from "EntryImport" where "userId" = $1', [ctx.user.id]),
    timeOff: await count('select count(*) from "TimeOff" where "userId" = $1', [ctx.user.id]),
  });
  const before = await state();
  const entryJson = JSON.stringify({
    entries: [{ id: randomUUID(), dateOfService: '2025-10-15', code: '99213' }],
  });
  const forms = {
    urlencoded: `<form id=f method=post action="${app}/api/entries"><input name=entries value='${entryJson}'></form><script>f.submit()</script>`,
    textPlain: `<form id=f method=post enctype="text/plain" action="${app}/api/entries"><input name='${entryJson.slice(0, -1)},"x":"' value='"}'></form><script>f.submit()</script>`,
    multipartFile: `<form id=f method=post enctype="multipart/form-data" action="${app}/api/entries/import"><input type=file name=file id=file></form>
      <script>const dt = new DataTransfer(); dt.items.add(new File([${JSON.stringify(csv(randomUUID()))}], 'x.csv', { type: 'text/csv' })); file.files = dt.files; f.submit();</script>`,
    serverAction: `<form id=f method=post enctype="multipart/form-data" action="${app}/settings"><input name="$ACTION_ID_${action.headers['next-action']}"><input name=startDate value=2025-08-04><input name=endDate value=2025-08-08><input name=note value="${note}"></form><script>f.submit()</script>`,
  };
  // Another port of the same host is the same site: the browser sends the session cookie, so only
  // the Origin checks stand between the attacker and the data. Another site gets no cookie at all.
  const port = Number(new URL(app).port) + 1;
  for (const origin of [`http://127.0.0.1:${port}`, 'http://evil.example']) {
    for (const [name, html] of Object.entries(forms)) {
      const target =
        name === 'serverAction'
          ? `${app}/settings`
          : name === 'multipartFile'
            ? `${app}/api/entries/import`
            : `${app}/api/entries`;
      const status = await attack(page, origin, html, target);
      // Same-site: Next.js refuses the action (500); cross-site: no cookie, so the proxy sends it to /signin (307).
      if (name === 'serverAction') expect([307, 500], `${name} from ${origin}`).toContain(status);
      else expect([401, 403], `${name} from ${origin}`).toContain(status);
      expect(await state(), `${name} from ${origin} changed something`).toEqual(before);
    }
  }
});
