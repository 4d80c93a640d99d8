import { expect, test } from '@playwright/test';
import { createUser, signInViaApi } from './factories';

test('pages carry a nonce-based CSP and the other security headers', async ({ page }) => {
  const res = await page.goto('/');
  const h = res!.headers();
  const csp = h['content-security-policy'];
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(h['x-content-type-options']).toBe('nosniff');
  expect(h['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(h['permissions-policy']).toContain('camera=()');
  expect(h['strict-transport-security']).toContain('max-age=');
  // Two requests get two different nonces.
  const again = (await page.request.get('/')).headers()['content-security-policy'];
  expect(again).not.toBe(csp);
});

test('JSON API responses carry the same security headers and a CSP that allows nothing', async ({
  request,
  page,
}) => {
  const pageHeaders = (await page.request.get('/')).headers();
  for (const path of ['/api/health', '/api/entries', '/api/codes/search?q=knee']) {
    const h = (await request.get(path)).headers();
    expect(h['content-security-policy']).toContain("default-src 'none'");
    expect(h['content-security-policy']).toContain("frame-ancestors 'none'");
    for (const name of [
      'x-content-type-options',
      'referrer-policy',
      'x-frame-options',
      'permissions-policy',
      'cross-origin-opener-policy',
      'strict-transport-security',
    ]) {
      expect(h[name], `${path} ${name}`).toBe(pageHeaders[name]);
    }
  }
});

test('the app runs under the CSP without violations', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/.test(m.text())) violations.push(m.text());
  });
  const user = await createUser();
  await signInViaApi(page, user);
  await page.goto('/log');
  await page.getByTestId('code-search').fill('99213');
  await page.goto('/settings');
  await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();
  // Hydration happened (client components work): the profile form reacts to input.
  await page.getByLabel('Career stage').selectOption('RESIDENT');
  await expect(page.getByLabel('PGY year')).toBeVisible();
  expect(violations).toEqual([]);
});

test('JSON writes refuse cross-site origins and form posts', async ({ page }) => {
  const user = await createUser();
  await signInViaApi(page, user);
  const body = { entries: [{ id: crypto.randomUUID(), dateOfService: '2025-10-15', code: '99213' }] };
  const cross = await page.request.post('/api/entries', {
    data: body,
    headers: { origin: 'https://evil.example' },
  });
  expect(cross.status()).toBe(403);
  const form = await page.request.post('/api/entries', { form: { entries: 'x' } });
  expect(form.status()).toBe(400);
});

test('the entries API answers 401 without a session', async ({ request }) => {
  expect((await request.get('/api/entries')).status()).toBe(401);
  expect((await request.post('/api/entries', { data: { entries: [] } })).status()).toBe(401);
});
