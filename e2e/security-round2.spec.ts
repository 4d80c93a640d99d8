// Security round 2 (issue 14) in the browser and over HTTP against the real server: safe redirects
// after sign-in, revocable sessions (a copied cookie dies with sign-out, a password change and
// "Sign out everywhere"), neutral sign-up for an existing email, and X-Forwarded-For ignored.
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { createUser, signInViaApi, sql, type TestUser } from './factories';

async function signInThroughForm(page: Page, user: TestUser, path: string) {
  await page.goto(path);
  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

for (const callback of ['/%5Cevil.example', '/%09/evil.example', '/\\/evil.example', '//evil.example']) {
  test(`sign-in with callbackUrl=${callback} stays on this host`, async ({ page, baseURL }) => {
    const user = await createUser();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).host));
    await signInThroughForm(page, user, `/signin?callbackUrl=${callback}`);
    await expect(page).toHaveURL(/\/dashboard/);
    expect(new URL(page.url()).host).toBe(new URL(baseURL!).host);
    expect(requests.filter((h) => h.includes('evil'))).toEqual([]);
  });
}

test('a same-origin callbackUrl is followed after sign-in', async ({ page }) => {
  const user = await createUser();
  await signInThroughForm(page, user, `/signin?callbackUrl=${encodeURIComponent('/settings')}`);
  await expect(page).toHaveURL(/\/settings$/);
});

test("next-auth's sign-out refuses a foreign callbackUrl", async ({ page, baseURL }) => {
  const user = await createUser();
  await signInViaApi(page, user);
  const { csrfToken } = await (await page.request.get('/api/auth/csrf')).json();
  const res = await page.request.post('/api/auth/signout', {
    form: { csrfToken, callbackUrl: 'https://evil.example/x', json: 'true' },
  });
  const { url } = await res.json();
  expect(new URL(url).host).toBe(new URL(baseURL!).host);
});

/** A second browser holding a copy of the first one's session cookie (a stolen cookie). */
async function copyOfSession(page: Page): Promise<BrowserContext> {
  const thief = await page.context().browser()!.newContext({ baseURL: test.info().project.use.baseURL });
  await thief.addCookies(await page.context().cookies());
  expect((await thief.request.get('/api/entries')).status()).toBe(200);
  return thief;
}

test('signing out ends a copied session cookie too', async ({ page }) => {
  const user = await createUser();
  await signInViaApi(page, user);
  const thief = await copyOfSession(page);
  await page.goto('/dashboard');
  await page.getByRole('button', { name: 'Sign out' }).first().click();
  await expect(page).toHaveURL(/\/signin/);
  expect((await thief.request.get('/api/entries')).status()).toBe(401);
  const res = await thief.request.get('/dashboard', { maxRedirects: 0 });
  expect([307, 308]).toContain(res.status());
  await thief.close();
});

test('changing the password ends other sessions; this browser stays signed in', async ({ page }) => {
  const user = await createUser();
  await signInViaApi(page, user);
  const thief = await copyOfSession(page);
  await page.goto('/settings');
  await page.getByLabel('Current password').fill(user.password);
  await page.getByLabel('New password', { exact: true }).fill('a completely new passphrase');
  await page.getByLabel('Confirm new password').fill('a completely new passphrase');
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect.poll(async () => (await thief.request.get('/api/entries')).status()).toBe(401);
  expect((await page.request.get('/api/entries')).status()).toBe(200);
  await thief.close();
});

test('"Sign out everywhere" in Settings ends every session', async ({ page }) => {
  const user = await createUser();
  await signInViaApi(page, user);
  const thief = await copyOfSession(page);
  await page.goto('/settings');
  await page.getByTestId('sign-out-everywhere').click();
  await expect(page).toHaveURL(/\/signin/);
  expect((await thief.request.get('/api/entries')).status()).toBe(401);
  const { rows } = await sql().query(`select "sessionVersion" from "User" where id = $1`, [user.id]);
  expect(rows[0].sessionVersion).toBeGreaterThanOrEqual(1);
  await thief.close();
});

test('sign-up with an existing email answers like a new one and changes nothing', async ({ page }) => {
  const existing = await createUser({ name: 'Dr. Already Here' });
  const before = await sql().query(`select name, "passwordHash" from "User" where id = $1`, [existing.id]);
  await page.goto('/signup');
  await page.getByLabel('Full name').fill('Dr. Impostor');
  await page.getByLabel('Email').fill(existing.email);
  await page.getByLabel('Password').fill('an impostor passphrase');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page).toHaveURL(/\/signin\?signedUp=1/);
  await expect(page.getByText('If that email was new, your account is ready.')).toBeVisible();
  await expect(page.getByText(/already exists/)).toHaveCount(0);
  const after = await sql().query(`select name, "passwordHash" from "User" where id = $1`, [existing.id]);
  expect(after.rows).toEqual(before.rows);
});

test('a spoofed X-Forwarded-For does not open a fresh sign-in bucket', async ({ request }) => {
  const email = `xff-${Date.now()}@test.benchline.local`;
  const { csrfToken } = await (await request.get('/api/auth/csrf')).json();
  for (const spoof of ['203.0.113.1', '203.0.113.2'])
    await request.post('/api/auth/callback/credentials', {
      form: { csrfToken, email, password: 'wrong password!!', json: 'true' },
      headers: { 'x-forwarded-for': spoof },
    });
  const { rows } = await sql().query(`select key from "AuthThrottle" where key like 'ip:203.0.113.%'`);
  expect(rows).toEqual([]);
  const account = await sql().query(`select failures from "AuthThrottle" where key = $1`, [
    `account:${email}`,
  ]);
  expect(account.rows[0].failures).toBe(2);
  // Give back this test's share of 127.0.0.1's budget (every e2e test signs in from there).
  await sql().query(
    `update "AuthThrottle" set failures = greatest(failures - 2, 0) where key = 'ip:127.0.0.1'`,
  );
});

test('a JSON body over 1 MB answers 413 with a clear message, and nothing is saved', async ({ page }) => {
  const user = await createUser();
  await signInViaApi(page, user);
  const id = '6f1c2a4e-0b7d-4c8e-9a3f-2d5e8b1c7a90';
  const note = 'x'.repeat(2 * 1024 * 1024);
  const res = await page.request.post('/api/entries', {
    data: { entries: [{ id, dateOfService: '2025-10-15', code: '99213', note }] },
  });
  expect(res.status()).toBe(413);
  expect((await res.json()).error).toMatch(/too large: the limit is 1 MB/);
  const { rows } = await sql().query(`select count(*)::int as n from "LogEntry" where "userId" = $1`, [
    user.id,
  ]);
  expect(rows[0].n).toBe(0);
});

test('an entry CSV over 15 MB answers 413 before the import starts', async ({ page }) => {
  const user = await createUser();
  await signInViaApi(page, user);
  const big = Buffer.alloc(16 * 1024 * 1024, 'a');
  for (const path of ['/api/entries/import/preview', '/api/entries/import']) {
    const res = await page.request.post(path, {
      multipart: { file: { name: 'big.csv', mimeType: 'text/csv', buffer: big } },
    });
    expect(res.status(), path).toBe(413);
    expect((await res.json()).error).toMatch(/too large|up to 15 MB/i);
  }
});

test('two entries with the same id in one POST answer 400 naming the id', async ({ page }) => {
  const user = await createUser();
  await signInViaApi(page, user);
  const id = 'c0ffee00-1234-4abc-8def-0123456789ab';
  const entry = { id, dateOfService: '2025-10-15', code: '99213' };
  const res = await page.request.post('/api/entries', { data: { entries: [entry, { ...entry }] } });
  expect(res.status()).toBe(400);
  expect(JSON.stringify(await res.json())).toContain(`The entry id ${id} appears twice.`);
});

test('GET /api/entries and /api/entries/[id] are no-store; /entries?siteId=%00 renders', async ({ page }) => {
  const user = await createUser();
  await signInViaApi(page, user);
  const id = 'a1b2c3d4-0000-4000-8000-000000000001';
  await page.request.post('/api/entries', {
    data: { entries: [{ id, dateOfService: '2025-10-15', code: '99213' }] },
  });
  for (const path of ['/api/entries', `/api/entries/${id}`, '/api/entries/nope'])
    expect((await page.request.get(path)).headers()['cache-control'], path).toBe('no-store');
  expect((await page.request.get('/api/entries?siteId=%00')).status()).toBe(400);
  const res = await page.goto('/entries?siteId=%00');
  expect(res?.status()).toBe(200);
  await expect(page.getByRole('heading', { name: 'Entries' })).toBeVisible();
});

test('framework 404 responses carry the security headers too', async ({ request }) => {
  for (const path of ['/no-such-page', '/_next/static/chunks/no-such-chunk.js', '/api/no-such-route']) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(404);
    const h = res.headers();
    expect(h['x-content-type-options'], path).toBe('nosniff');
    expect(h['x-frame-options'], path).toBe('DENY');
    expect(h['content-security-policy'], path).toContain("frame-ancestors 'none'");
  }
});

test('a foreign-origin server action answers 403, not 500', async ({ page }) => {
  const user = await createUser();
  await signInViaApi(page, user);
  const res = await page.request.post('/settings', {
    headers: { 'next-action': 'a'.repeat(42), origin: 'https://evil.example', 'content-type': 'text/plain' },
    data: '[]',
  });
  expect(res.status()).toBe(403);
});
