// After sign-up: a four-step first run (specialty, FTE, benchmark, first log) instead of the long
// settings page; the landing page offers a signed-in user the way back in; the app has its icons.
import { expect, test } from '@playwright/test';
import { createUser, PASSWORD, signInViaApi, sql } from './factories';

test('sign-up leads through specialty, FTE and benchmark to the first log, saving each step', async ({
  page,
}) => {
  const email = `firstrun-${Date.now()}-${Math.random().toString(36).slice(2)}@test.benchline.local`;
  await page.goto('/signup');
  await page.getByLabel('Full name').fill('Dr. First Run');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page).toHaveURL(/\/welcome$/);
  await expect(page.getByTestId('first-run-progress')).toHaveText('Step 1 of 4');
  await expect(page.getByRole('heading', { name: 'Welcome, Dr. First Run' })).toBeVisible();

  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByText('Choose your specialty.')).toBeVisible();
  await page.getByLabel('Specialty').selectOption('Family medicine');
  await page.getByLabel('Career stage').selectOption('ATTENDING');
  await page.getByRole('button', { name: 'Continue' }).click();

  await expect(page.getByTestId('first-run-progress')).toHaveText('Step 2 of 4');
  await page.getByRole('button', { name: '0.8' }).click();
  await expect(page.getByLabel('Clinical FTE')).toHaveValue('0.8');
  await page.getByRole('button', { name: 'Continue' }).click();

  await expect(page.getByTestId('first-run-progress')).toHaveText('Step 3 of 4');
  const radios = page.getByRole('radio');
  await expect(radios.first()).toBeChecked(); // automatic
  expect(await radios.count()).toBeGreaterThan(1); // Family medicine has built-in tables
  const chosen = radios.nth(1);
  const chosenId = await chosen.getAttribute('value');
  await chosen.check();
  await page.getByRole('button', { name: 'Continue' }).click();

  await expect(page.getByTestId('first-run-progress')).toHaveText('Step 4 of 4');
  const { rows } = await sql().query(
    `select specialty, "careerStage"::text, "clinicalFte"::text, "benchmarkSourceId" from "User" where email = $1`,
    [email],
  );
  expect(rows[0]).toEqual({
    specialty: 'Family medicine',
    careerStage: 'ATTENDING',
    clinicalFte: '0.80',
    benchmarkSourceId: chosenId,
  });
  await page.getByTestId('first-log').click();
  await expect(page).toHaveURL(/\/log$/);
  await expect(page.getByRole('heading', { name: 'Log procedures' })).toBeVisible();
});

test('signed in, the landing page leads to the dashboard instead of "Sign in / Get started"', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
  await signInViaApi(page, await createUser());
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'Sign in' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Get started' })).toHaveCount(0);
  await page.getByTestId('open-dashboard').click();
  await expect(page).toHaveURL(/\/dashboard$/);
});

test('the app has a favicon, an SVG icon, an Apple touch icon and a manifest', async ({ page, request }) => {
  for (const [path, type] of [
    ['/favicon.ico', 'image/x-icon'],
    ['/icon.svg', 'image/svg+xml'],
    ['/apple-icon.png', 'image/png'],
    ['/manifest.webmanifest', 'application/manifest+json'],
  ]) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(200);
    expect(res.headers()['content-type'], path).toContain(type);
  }
  const missing: string[] = [];
  page.on('response', (r) => {
    if (r.status() === 404) missing.push(r.url());
  });
  await page.goto('/signin');
  await expect(page.locator('link[rel="icon"]').first()).toHaveAttribute('href', /icon/);
  await expect(page.locator('link[rel="apple-touch-icon"]')).toHaveAttribute('href', /apple-icon/);
  expect(missing).toEqual([]);
});
