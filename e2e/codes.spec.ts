// The public code catalog, against the starter catalog that `npm start` seeds: every row of the CMS
// PFS releases RVU23A-RVU25D, HCPCS Level II October 2025 and ASP 2025Q4, with the curated text of
// 27447, J2820, 99213, 96365 and others. 27570 (fixation of knee joint, work RVU 1.79 in RVU25D) is
// not curated: its page shows the CMS facts only.
import { expect, test } from '@playwright/test';
import { createUser, signInViaApi } from './factories';

test('J2820 states that no work RVU applies and shows the ASP payment limit', async ({ page }) => {
  await page.goto('/codes/J2820');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/J2820\s+Sargramostim injection/);

  const statement = page.getByTestId('asp-drug-statement');
  await expect(statement).toContainText('No physician work RVU is assigned to J2820');
  await expect(statement).toContainText('Average Sales Price (ASP)');
  const price = page.getByTestId('asp-price');
  await expect(price).toContainText('$50.365');
  await expect(price).toContainText('per 50 MCG');
  await expect(price).toContainText('2025Q4');

  // Drugs list the administration codes with their work RVUs, each linking to its own page.
  const billing = page.getByRole('region', { name: 'Billing & documentation' });
  await expect(billing).toContainText('NDC');
  await expect(billing.getByRole('link', { name: '96365' })).toHaveAttribute('href', '/codes/96365');

  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
  expect(jsonLd['@type']).toBe('FAQPage');
  expect(jsonLd.mainEntity.map((q: { name: string }) => q.name)).toContain('How is J2820 administered?');

  await expect(page.getByRole('link', { name: 'Sign up to track this code' })).toBeVisible();
  await expect(page.getByText('RVUs from CMS PFS release RVU25D.')).toBeVisible();
});

test('27447 explains its payment indicators in words', async ({ page }) => {
  const response = await page.goto('/codes/27447');
  expect(response?.status()).toBe(200);
  await expect(page).toHaveTitle(/27447 Total knee arthroplasty/);
  await expect(page.getByText('Also known as:')).toBeVisible();

  const rvu = page.getByRole('region', { name: 'RVU information' });
  await expect(rvu.getByRole('table', { name: /RVUs of 27447 in RVU25D/ })).toContainText('19.60');
  await expect(rvu).toContainText('90 days: major surgery');
  const indicators = page.getByTestId('indicators');
  await expect(indicators).toContainText('Bilateral surgery (50)');
  await expect(indicators).toContainText('both sides are paid 150 % of one side');
  await expect(indicators).toContainText('An assistant at surgery may be paid');
  await expect(indicators).toContainText('Co-surgeons may be paid with documentation');

  await expect(
    page.getByRole('table', { name: /Work RVU of 27447 in each imported CMS PFS release/ }),
  ).toContainText('RVU25D');
});

test('searching the catalog for "tka" lists 27447', async ({ page }) => {
  await page.goto('/codes');
  await page.getByRole('combobox', { name: 'Search CPT and HCPCS codes' }).fill('tka');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(page).toHaveURL(/\/codes\?q=tka/);
  const results = page.getByRole('list', { name: 'Codes matching tka' });
  await expect(results.getByRole('link').first()).toContainText('27447');
});

test('the typeahead suggests 27447 for "tka" and opens its page', async ({ page }) => {
  await page.goto('/codes');
  const box = page.getByRole('combobox', { name: 'Search CPT and HCPCS codes' });
  await box.pressSequentially('tka');
  await expect(page.getByRole('option').first()).toContainText('27447');
  await box.press('ArrowDown');
  await box.press('Enter');
  await expect(page).toHaveURL(/\/codes\/27447$/);
});

test('signed-in users can log the code from its page', async ({ page }) => {
  const user = await createUser();
  await signInViaApi(page, user);
  await page.goto('/codes/99213');
  await expect(page.getByRole('link', { name: 'Log this code' })).toHaveAttribute('href', '/log?code=99213');
  await expect(page.getByRole('link', { name: 'Dashboard' })).toBeVisible();
});

test('a code outside the curated set shows its CMS descriptor and RVUs, and no invented text', async ({
  page,
}) => {
  await page.goto('/codes/27570');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/27570\s+Fixation of knee joint/);
  const rvu = page.getByRole('region', { name: 'RVU information' });
  await expect(rvu.getByRole('table', { name: /RVUs of 27570 in RVU25D/ })).toContainText('1.79');
  await expect(page.getByText('No clinical summary for 27570 yet.', { exact: false })).toBeVisible();
  await expect(page.getByText('Also known as:')).toHaveCount(0);
  await expect(
    page.getByRole('table', { name: /Work RVU of 27570 in each imported CMS PFS release/ }),
  ).toContainText('RVU23A');
});

test('a code in no imported release says so; a malformed one is a 404 that offers search', async ({
  page,
  request,
}) => {
  await page.goto('/codes/ZZZZZ');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('ZZZZZ is not in the catalog');
  await expect(page.getByTestId('code-not-in-catalog')).toContainText(
    'ZZZZZ is not in any imported CMS fee-schedule release (RVU23A to',
  );
  await expect(page.getByRole('combobox', { name: 'Search CPT and HCPCS codes' })).toBeVisible();

  const api = (await (await request.get('/api/codes/search?q=ZZZZZ')).json()) as {
    results: unknown[];
    notice?: string;
  };
  expect(api.results).toEqual([]);
  expect(api.notice).toMatch(/^ZZZZZ is not in any imported CMS fee-schedule release/);

  const response = await page.goto('/codes/27-4');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Code not found' })).toBeVisible();
});

test('the search API validates its input and is cacheable', async ({ request }) => {
  const bad = await request.get('/api/codes/search?q=knee&limit=0');
  expect(bad.status()).toBe(400);
  const ok = await request.get('/api/codes/search?q=lap%20chole&limit=5');
  expect(ok.status()).toBe(200);
  expect(ok.headers()['cache-control']).toBe('public, max-age=60');
  const body = (await ok.json()) as { results: { code: string }[] };
  expect(body.results.map((r) => r.code)).toContain('47562');
});
