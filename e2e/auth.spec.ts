import { expect, test } from '@playwright/test';
import { createUser, PASSWORD, signInViaApi, sql } from './factories';

test('sign up creates an account, lands in the app, and signs out', async ({ page }) => {
  const email = `signup-${Date.now()}-${Math.random().toString(36).slice(2)}@test.benchline.local`;
  await page.goto('/signup');
  await page.getByLabel('Full name').fill('Dr. Ada Signup');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('short');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByText('Use at least 12 characters.')).toBeVisible();

  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page).toHaveURL(/\/welcome$/);
  await expect(page.getByTestId('first-run')).toBeVisible();

  const { rows } = await sql().query('select name, "passwordHash" from "User" where email = $1', [email]);
  expect(rows).toHaveLength(1);
  expect(rows[0].name).toBe('Dr. Ada Signup');
  expect(rows[0].passwordHash).toMatch(/^\$argon2id\$/);

  const session = (await page.context().cookies()).find((c) => c.name.includes('next-auth.session-token'));
  expect(session?.httpOnly).toBe(true);
  expect(session?.sameSite).toBe('Lax');

  await page.goto('/dashboard');
  await page.getByRole('button', { name: 'Sign out' }).first().click();
  await expect(page).toHaveURL(/\/signin/);
  await page.goto('/dashboard');
  await expect(page).toHaveURL(/\/signin\?callbackUrl=/);
});

test('sign in through the form, then reach a protected page', async ({ page }) => {
  const user = await createUser();
  await page.goto('/signin');
  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/dashboard/);
  await expect(page.getByRole('heading', { name: 'Dashboard' })).toBeVisible();
  await expect(page.getByTestId('current-user')).toHaveText(user.name);
});

test('a wrong password and an unknown email get the same message', async ({ page }) => {
  const user = await createUser();
  await page.goto('/signin');
  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Password').fill('not the right password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByTestId('signin-error')).not.toBeEmpty();
  const wrong = await page.getByTestId('signin-error').textContent();

  await page.getByLabel('Email').fill(`nobody-${Date.now()}@test.benchline.local`);
  await page.getByRole('button', { name: 'Sign in' }).click();
  // The form clears the message while the request is pending: wait for the answer, then read it.
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeEnabled();
  await expect(page.getByTestId('signin-error')).not.toBeEmpty();
  const unknown = await page.getByTestId('signin-error').textContent();
  expect(unknown).toBe(wrong);
  await expect(page).toHaveURL(/\/signin/);
});

test('signed-out visits redirect to sign-in and come back afterwards', async ({ page }) => {
  const user = await createUser();
  await page.goto('/settings');
  await expect(page).toHaveURL(/\/signin\?callbackUrl=/);
  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/settings$/);
});

test('change password: the old one stops working, the new one works', async ({ page, browser }) => {
  const user = await createUser();
  await signInViaApi(page, user);
  await page.goto('/settings');
  await page.getByLabel('Current password').fill(user.password);
  await page.getByLabel('New password', { exact: true }).fill('an entirely new passphrase');
  await page.getByLabel('Confirm new password').fill('an entirely new passphrase');
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByText('Password changed')).toBeVisible();

  const other = await browser.newPage({ baseURL: page.url().replace(/\/settings.*/, '') });
  const { csrfToken } = await (await other.request.get('/api/auth/csrf')).json();
  const old = await other.request.post('/api/auth/callback/credentials', {
    form: { csrfToken, email: user.email, password: user.password, json: 'true' },
  });
  expect((await other.context().cookies()).some((c) => c.name.includes('session-token'))).toBe(false);
  expect(old.status()).toBeLessThan(500);
  await signInViaApi(other, { email: user.email, password: 'an entirely new passphrase' });
  await other.close();
});

test("a second user cannot see the first user's pages", async ({ browser }) => {
  const a = await createUser({ name: 'Dr. Alpha Owner' });
  const b = await createUser({ name: 'Dr. Bravo Other' });
  const pageB = await browser.newPage();
  await signInViaApi(pageB, b);
  await pageB.goto('/settings');
  await expect(pageB.getByLabel('Name')).toHaveValue('Dr. Bravo Other');
  await expect(pageB.getByText(a.email)).toHaveCount(0);
  await expect(pageB.getByText('Dr. Alpha Owner')).toHaveCount(0);
  await pageB.close();
});

test('health endpoint reports the database', async ({ request }) => {
  const res = await request.get('/api/health');
  expect(res.status()).toBe(200);
  expect(await res.json()).toMatchObject({ status: 'ok', database: 'up' });
});
