// Input hardening of the write endpoints with real HTTP requests: for each endpoint fast-check
// generates at least 1,000 malformed payloads (wrong types, huge strings, odd Unicode including NUL
// and lone surrogates, negative or huge units, far-future and impossible dates, SQL/HTML injection
// strings). Every answer must be 2xx or 4xx, never 5xx, and the database must hold exactly what the
// 2xx answers reported (no partial write). Requests go out concurrently from a small pool so each
// endpoint takes a few seconds. Seeds are fixed: a failure names its payload and reproduces.
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { expect, test, type APIRequestContext, type APIResponse } from '@playwright/test';
import { createUser, signInViaApi, sql } from './factories';

const RUNS = Number(process.env.FUZZ_RUNS || 1000);
const POOL = 8;
test.describe.configure({ timeout: 180_000 });

// ─── Arbitraries ────────────────────────────────────────────────────────────

const INJECTIONS = [
  `'; drop table "LogEntry"; --`,
  `" or 1=1 --`,
  `1; select pg_sleep(10)`,
  `<script>alert(1)</script>`,
  `{{7*7}}`,
  `\${7*7}`,
  `../../etc/passwd`,
  `%00`,
  `\u0000`,
  `$ACTION_ID_x`,
  `__proto__`,
  `constructor`,
  `{"$gt": ""}`,
  `99213' --`,
  `NaN`,
  `Infinity`,
  `-0`,
  `1e309`,
  `0x10`,
  `null`,
  `undefined`,
  `true`,
];
const oddUnicode = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }), // includes lone surrogates
  fc.constantFrom(
    '\u0000',
    'a\u0000b',
    '\u202Eevil',
    '\u200B\u200D',
    '𝕏𝕐ℤ',
    '🙂👨‍👩‍👧',
    'Ⅻ',
    '٣٤٥',
    '\uFFFF',
    '\uD800',
    'é'.normalize('NFD'),
    ' 99213 ',
    '\t\n',
  ),
);
const hugeString = fc.constantFrom(100_000, 300_000, 1_000_000).map((n) => 'x'.repeat(n));
const badString = fc.oneof(
  oddUnicode,
  hugeString,
  fc.constantFrom(...INJECTIONS),
  fc.string({ maxLength: 80 }),
);
const wrongType = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.object({ maxDepth: 1 }),
);
const anyValue = fc.oneof(badString, wrongType);
const date = fc.oneof(
  fc.constantFrom(
    '2025-10-15',
    '2999-12-31',
    '9999-12-31',
    '10000-01-01',
    '2025-02-30',
    '2025-13-01',
    '0000-00-00',
    '1999-12-31',
    '2025-1-5',
    '20251015',
    '2025-10-15T00:00:00Z',
    '',
  ),
  fc
    .date({ min: new Date('1900-01-01'), max: new Date('2200-01-01'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
  anyValue,
);
const units = fc.oneof(
  fc.constantFrom(-1, 0, 1, 99, 100, 1e9, -1e9, 2 ** 53, 1.5, '5', '', 'ten'),
  fc.integer(),
  fc.double(),
  anyValue,
);
const code = fc.oneof(
  fc.constantFrom('99213', '27447', 'J2820', 'ZZZZZ', '9921', '992133', ''),
  badString,
  wrongType,
);
const modifiers = fc.oneof(
  fc.array(fc.oneof(fc.constantFrom('25', '59', 'LT', '50', 'XX'), badString), { maxLength: 6 }),
  anyValue,
);
const entry = fc.record(
  {
    id: fc.oneof(fc.uuid(), badString, wrongType),
    dateOfService: date,
    code,
    modifiers,
    units,
    encounterKey: fc.oneof(badString, wrongType),
    siteId: fc.oneof(badString, wrongType),
    setting: fc.oneof(fc.constantFrom('FACILITY', 'NON_FACILITY', 'HOME'), anyValue),
    role: fc.oneof(fc.constantFrom('PRIMARY', 'ASSISTANT', 'BOSS'), anyValue),
    note: fc.oneof(badString, wrongType),
  },
  { requiredKeys: [] },
);
/** Mostly-valid entries with exactly one broken field: the interesting near misses. */
const nearMiss = fc
  .tuple(
    fc.constantFrom('dateOfService', 'code', 'modifiers', 'units', 'note', 'siteId', 'setting', 'role', 'id'),
    anyValue,
    date,
    units,
  )
  .map(([field, value, d, u]) => ({
    id: randomUUID(),
    code: '99213',
    modifiers: [],
    dateOfService: d,
    units: u,
    [field]: value,
  }));
const createBody = fc.oneof(
  anyValue,
  fc.record({ entries: fc.oneof(anyValue, fc.array(fc.oneof(entry, nearMiss), { maxLength: 60 })) }),
  fc.record({ entries: fc.array(nearMiss, { minLength: 1, maxLength: 3 }) }),
);
const rawBody = fc.oneof(
  createBody.map((b) => JSON.stringify(b)),
  fc.constantFrom(
    '',
    '{',
    '[]',
    'null',
    '{"entries":',
    '\u0000',
    '{"entries":[{"id":"\\ud800"}]}',
    '{"a":'.repeat(5000),
  ),
  fc.string({ maxLength: 200 }),
);
const patchBody = fc.oneof(
  fc.record(
    {
      note: fc.oneof(badString, wrongType),
      units,
      dateOfService: date,
      code,
      modifiers,
      siteId: fc.oneof(badString, wrongType),
      setting: anyValue,
      role: anyValue,
      encounterKey: anyValue,
    },
    { requiredKeys: [] },
  ),
  anyValue,
);
const wellFormed = (s: string) => {
  try {
    encodeURIComponent(s);
    return s.length > 0;
  } catch {
    return false;
  }
};
// Path segments that form a valid URL (malformed percent-encodings: see the last test).
const pathId = fc.oneof(
  fc.uuid(),
  fc.string({ minLength: 1, maxLength: 30 }),
  fc.constantFrom(
    'x'.repeat(65),
    'x'.repeat(5000),
    '..',
    '%2e%2e',
    '%00',
    'null',
    '1 or 1=1',
    '🙂',
    '%F0%9F',
    "'",
    '\\',
    'a\u0000b',
  ),
  oddUnicode.filter(wellFormed),
);
const csvLine = fc
  .tuple(date, code, modifiers, units, anyValue)
  .map((cols) => cols.map((c) => (typeof c === 'string' ? c : (JSON.stringify(c) ?? ''))).join(','));
const csvText = fc.oneof(
  fc
    .array(csvLine, { maxLength: 30 })
    .map((lines) => ['date_of_service,code,modifiers,units,encounter', ...lines].join('\n')),
  fc
    .array(csvLine, { maxLength: 10 })
    .map((lines) => ['Date,Encounter ID,Reference ID,Location,Codes', ...lines].join('\r\n')),
  badString,
  fc.uint8Array({ maxLength: 2000 }).map((b) => Buffer.from(b).toString('latin1')),
  fc.constantFrom(
    'date_of_service,code\n' + '2025-10-15,99213\n'.repeat(3),
    '\uFEFFdate_of_service,code,units\n2025-10-15,99213,-5\n',
    'date_of_service,code\n"unterminated,99213\n',
  ),
);
const fileName = fc.oneof(
  fc.constantFrom(
    'a.csv',
    'a.xlsx',
    'a.zip',
    'a.txt',
    '../../x.csv',
    'x'.repeat(400) + '.csv',
    'con.csv',
    '.csv',
    'nul\u0000.csv',
  ),
  oddUnicode.map((s) => `${s}.csv`),
);
const garbageFile = fc.record({
  name: fileName,
  mimeType: fc.constantFrom(
    'text/csv',
    'application/zip',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'application/octet-stream',
    'x/unknown',
  ),
  buffer: fc.oneof(
    fc.uint8Array({ minLength: 1, maxLength: 4000 }).map((b) => Buffer.from(b)),
    csvText.map((t) => Buffer.from(t || ' ')),
    fc.constantFrom(
      Buffer.from('PK\u0003\u0004garbage'),
      Buffer.from('HCPC,SEQNUM\n'),
      Buffer.from('HCPCS,MOD,DESCRIPTION,STATUS CODE\n99213,,x,A\n'),
      Buffer.from('HCPCS Code,Short Description,HCPCS Code Dosage,Payment Limit\nJ9999,x,1 MG,abc\n'),
    ),
  ),
});

// ─── Harness ────────────────────────────────────────────────────────────────

type Outcome = { status: number; body: string; payload: string };

async function pool<T>(items: T[], send: (item: T) => Promise<Outcome>): Promise<Outcome[]> {
  const out: Outcome[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: POOL }, async () => {
      while (next < items.length) out.push(await send(items[next++]));
    }),
  );
  return out;
}

const show = (payload: unknown) => {
  const s =
    typeof payload === 'string'
      ? payload
      : JSON.stringify(payload, (_k, v) =>
          typeof v === 'string' && v.length > 200 ? `${v.slice(0, 60)}…(${v.length})` : v,
        );
  return (s ?? String(payload)).slice(0, 400);
};

function expectNo5xx(outcomes: Outcome[], label: string) {
  expect(outcomes.length).toBeGreaterThanOrEqual(RUNS);
  const bad = outcomes.filter((o) => o.status >= 500 || o.status < 200);
  expect(
    bad.map((o) => `${o.status} for ${o.payload}: ${o.body.slice(0, 200)}`),
    `${label}: server errors`,
  ).toEqual([]);
}

async function finish(res: APIResponse, payload: unknown): Promise<Outcome> {
  return { status: res.status(), body: await res.text(), payload: show(payload) };
}

const segment = (s: string) => encodeURIComponent(s);

const count = async (table: string, userId: string) =>
  Number((await sql().query(`select count(*) from "${table}" where "userId" = $1`, [userId])).rows[0].count);

async function signedIn(page: import('@playwright/test').Page, admin = false) {
  const user = await createUser();
  if (admin) await sql().query(`update "User" set role = 'ADMIN' where id = $1`, [user.id]);
  await signInViaApi(page, user);
  return { user, request: page.request as APIRequestContext };
}

// ─── Endpoints ──────────────────────────────────────────────────────────────

test('POST /api/entries: 1,000+ malformed bodies -> 4xx (or 2xx for the valid ones), never 5xx, exactly the reported rows', async ({
  page,
}) => {
  const { user, request } = await signedIn(page);
  const payloads = fc.sample(rawBody, { numRuns: RUNS, seed: 7101 });
  const before = await count('LogEntry', user.id);
  const outcomes = await pool(payloads, async (body) =>
    finish(
      await request.post('/api/entries', { headers: { 'content-type': 'application/json' }, data: body }),
      body,
    ),
  );
  expectNo5xx(outcomes, 'POST /api/entries');
  const created = outcomes
    .filter((o) => o.status === 201)
    .reduce((n, o) => n + (JSON.parse(o.body).created as string[]).length, 0);
  expect(await count('LogEntry', user.id)).toBe(before + created);
  expect(outcomes.filter((o) => o.status >= 400).length).toBeGreaterThan(RUNS * 0.8);
});

test('PATCH /api/entries/[id]: 1,000+ malformed edits of an own entry and of odd ids, never 5xx, no rows added or lost', async ({
  page,
}) => {
  const { user, request } = await signedIn(page);
  const id = randomUUID();
  expect(
    (
      await request.post('/api/entries', {
        data: { entries: [{ id, dateOfService: '2025-10-15', code: '99213' }] },
      })
    ).status(),
  ).toBe(201);
  const payloads = fc.sample(fc.tuple(fc.oneof(fc.constant(id), fc.constant(id), pathId), patchBody), {
    numRuns: RUNS,
    seed: 7102,
  });
  const before = await count('LogEntry', user.id);
  const outcomes = await pool(payloads, async ([target, body]) =>
    finish(
      await request.patch(`/api/entries/${segment(target)}`, {
        headers: { 'content-type': 'application/json' },
        data: JSON.stringify(body) ?? 'null',
      }),
      [target, body],
    ),
  );
  expectNo5xx(outcomes, 'PATCH /api/entries/[id]');
  expect(await count('LogEntry', user.id)).toBe(before);
  const row = (await sql().query('select units, "deletedAt" from "LogEntry" where id = $1', [id])).rows[0];
  expect(row.units).toBeGreaterThanOrEqual(1);
  expect(row.units).toBeLessThanOrEqual(99);
});

test('DELETE /api/entries/[id]: 1,000+ odd ids, never 5xx, nothing of the user deleted', async ({ page }) => {
  const { user, request } = await signedIn(page);
  const id = randomUUID();
  expect(
    (
      await request.post('/api/entries', {
        data: { entries: [{ id, dateOfService: '2025-10-15', code: '99213' }] },
      })
    ).status(),
  ).toBe(201);
  const payloads = fc.sample(pathId, { numRuns: RUNS, seed: 7103 });
  const outcomes = await pool(payloads, async (target) =>
    finish(await request.delete(`/api/entries/${segment(target)}`), target),
  );
  expectNo5xx(outcomes, 'DELETE /api/entries/[id]');
  expect(outcomes.every((o) => o.status >= 400)).toBe(true);
  expect(await count('LogEntry', user.id)).toBe(1);
  expect(
    (await sql().query('select "deletedAt" from "LogEntry" where id = $1', [id])).rows[0].deletedAt,
  ).toBeNull();
});

test('POST /api/entries/import (multipart): 1,000+ malformed files, never 5xx, all or nothing', async ({
  page,
}) => {
  const { user, request } = await signedIn(page);
  const payloads = fc.sample(
    fc.oneof(
      garbageFile.map((file) => ({ file })),
      fc.constant({ file: 'not a file' }),
      fc.record({ other: garbageFile }),
    ),
    { numRuns: RUNS, seed: 7104 },
  );
  const before = { entries: await count('LogEntry', user.id), imports: await count('EntryImport', user.id) };
  const outcomes = await pool(payloads, async (form) =>
    finish(
      await request.post('/api/entries/import', {
        multipart: form as Record<string, string | { name: string; mimeType: string; buffer: Buffer }>,
      }),
      form,
    ),
  );
  expectNo5xx(outcomes, 'POST /api/entries/import');
  // 200 is the NDJSON progress stream: it must end with a done or an error line.
  let imported = 0;
  let importsDone = 0;
  for (const o of outcomes.filter((x) => x.status === 200)) {
    const last = JSON.parse(o.body.trim().split('\n').at(-1)!);
    expect(['done', 'error'], o.payload).toContain(last.type);
    if (last.type === 'done' && !last.alreadyImported) {
      imported += last.imported;
      importsDone++;
    }
  }
  expect(await count('EntryImport', user.id)).toBe(before.imports + importsDone);
  expect(await count('LogEntry', user.id)).toBe(before.entries + imported);
});

test('POST /api/admin/catalog: 1,000+ uploads as a non-admin -> 404; 1,000+ garbage files as a site admin -> no 5xx, catalog unchanged', async ({
  page,
  browser,
}) => {
  const { request } = await signedIn(page);
  const files = fc.sample(garbageFile, { numRuns: RUNS, seed: 7105 });
  const asUser = await pool(files, async (file) =>
    finish(await request.post('/api/admin/catalog', { multipart: { file } }), file.name),
  );
  expectNo5xx(asUser, 'POST /api/admin/catalog (non-admin)');
  expect(asUser.every((o) => o.status === 404)).toBe(true);

  const adminPage = await browser.newPage({ baseURL: test.info().project.use.baseURL });
  const admin = await signedIn(adminPage, true);
  const catalog = async () =>
    (
      await sql().query(
        `select (select count(*) from "CatalogImport") as imports, (select count(*) from "RvuRelease") as releases, (select count(*) from "RvuRow") as rows, (select count(*) from "DrugPrice") as drugs, (select count(*) from "Code") as codes`,
      )
    ).rows[0];
  const before = await catalog();
  const garbage = fc.sample(
    fc.oneof(
      garbageFile.map((file) => ({ file })),
      fc.constant({ file: 'text, not a file' }),
      fc.record({ replace: fc.constant('on') }),
    ),
    { numRuns: RUNS, seed: 7106 },
  );
  const asAdmin = await pool(garbage, async (form) =>
    finish(
      await admin.request.post('/api/admin/catalog', {
        multipart: form as Record<string, string | { name: string; mimeType: string; buffer: Buffer }>,
      }),
      form,
    ),
  );
  expectNo5xx(asAdmin, 'POST /api/admin/catalog (admin)');
  for (const o of asAdmin.filter((x) => x.status === 200))
    expect(JSON.parse(o.body.trim().split('\n').at(-1)!).type, o.payload).toBe('error');
  expect(await catalog()).toEqual(before);
  await adminPage.close();
});

test('known framework limitation: a malformed percent-encoding in the path is refused before any app code (nothing changes)', async ({
  page,
}) => {
  // Next.js 16.4 decodes the path in its router (resolve-routes.js); the DecodeError is meant to
  // render a 400 page, which the App Router does not have, so the router answers a plain 500
  // "Internal Server Error" (router-server.js). No route handler, page or proxy runs; nothing can
  // be written. Asserted here so a Next.js upgrade that turns this into a 400 is noticed.
  const { user, request } = await signedIn(page);
  const id = randomUUID();
  expect(
    (
      await request.post('/api/entries', {
        data: { entries: [{ id, dateOfService: '2025-10-15', code: '99213' }] },
      })
    ).status(),
  ).toBe(201);
  for (const bad of ['%ED%A0%80', '%E0%A4%A', '%FF', `${id}%C3%28`]) {
    for (const res of [
      await request.delete(`/api/entries/${bad}`),
      await request.patch(`/api/entries/${bad}`, { data: { note: 'x' } }),
    ]) {
      expect([400, 500]).toContain(res.status());
      expect(await res.text()).not.toContain(id);
    }
  }
  expect(
    (
      await sql().query('select "deletedAt", note from "LogEntry" where id = $1 and "userId" = $2', [
        id,
        user.id,
      ])
    ).rows[0],
  ).toEqual({ deletedAt: null, note: null });
});
