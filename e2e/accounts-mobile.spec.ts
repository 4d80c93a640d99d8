// Accounts on a 375 px phone (the "mobile" project): password reset pages, the first run, the
// signed-in landing page, and sign-out landing on the address the phone used.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { createUser, signInViaApi, sql } from './factories';

async function expectNoOverflow(page: Page) {
  expect(await page.evaluate(() => window.innerWidth)).toBe(375);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

test('forgot password and the reset page fit a 375 px phone, and the reset works there', async ({ page }) => {
  const user = await createUser();
  await page.goto('/signin');
  await page.getByRole('link', { name: 'Forgot password?' }).click();
  // Client-side navigation: the sign-in form (with its own Email field) stays until the new page shows.
  await expect(page.getByRole('heading', { name: 'Forgot your password?' })).toBeVisible();
  await expectNoOverflow(page);
  await page.getByLabel('Email').fill(user.email);
  await page.getByRole('button', { name: 'Send me a reset link' }).click();
  await expect(page.getByTestId('reset-requested')).toBeVisible();
  await expectNoOverflow(page);

  // A link of this test's own (the mail journey itself is e2e/password-reset.spec.ts).
  const token = randomBytes(32).toString('base64url');
  await sql().query(
    `insert into "PasswordResetToken" (id, "userId", "tokenHash", "expiresAt") values ($1, $2, $3, now() at time zone 'UTC' + interval '30 minutes')`,
    [`t_${randomUUID()}`, user.id, createHash('sha256').update(token).digest('hex')],
  );
  await page.goto(`/reset-password?token=${token}`);
  await expectNoOverflow(page);
  await page.getByLabel('New password', { exact: true }).fill('a phone-sized new passphrase');
  await page.getByLabel('Confirm new password').fill('a phone-sized new passphrase');
  await expect(page.getByRole('button', { name: 'Set new password' })).toBeInViewport();
  await page.getByRole('button', { name: 'Set new password' }).click();
  await expect(page).toHaveURL(/\/signin\?reset=1/);
  await expectNoOverflow(page);
});

test('the first run fits a 375 px phone at every step', async ({ page }) => {
  await signInViaApi(page, await createUser());
  await page.goto('/welcome');
  await expectNoOverflow(page);
  await page.getByLabel('Specialty').selectOption('Gastroenterology');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByTestId('first-run-progress')).toHaveText('Step 2 of 4');
  await expectNoOverflow(page);
  await page.getByRole('button', { name: '1.0' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByTestId('first-run-progress')).toHaveText('Step 3 of 4');
  await expectNoOverflow(page);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByTestId('first-run-progress')).toHaveText('Step 4 of 4');
  await expectNoOverflow(page);
  await expect(page.getByTestId('first-log')).toBeInViewport();
});

test('signed in on a phone, the landing page leads to the dashboard', async ({ page }) => {
  await signInViaApi(page, await createUser());
  await page.goto('/');
  await expect(page.getByTestId('open-dashboard')).toBeVisible();
  await expectNoOverflow(page);
});

test('a phone that reached the app as localhost signs out onto localhost', async ({ browser, baseURL }) => {
  const origin = `http://localhost:${new URL(baseURL!).port}`;
  const context = await browser.newContext({
    baseURL: origin,
    viewport: { width: 375, height: 760 },
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  await signInViaApi(page, await createUser());
  await page.goto('/dashboard');
  await page.getByRole('button', { name: 'Sign out' }).first().click();
  await expect(page).toHaveURL(`${origin}/signin?signedOut=1`);
  await context.close();
});
