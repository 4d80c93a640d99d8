// "Forgot password?" end to end: the app mails a real SMTP server (e2e/mail-server.ts), the test
// reads the mail, follows the link, sets a new password and signs in with it. Used, expired and
// made-up links fail with their own message; unknown and known emails get the same answer.
import { expect, test, type Page } from '@playwright/test';
import { createUser, sql } from './factories';
import { mailsTo, waitForMail } from './mail';

const NEW_PASSWORD = 'a freshly reset passphrase';

async function askForLink(page: Page, email: string) {
  await page.goto('/signin');
  await page.getByRole('link', { name: 'Forgot password?' }).click();
  // Client-side navigation: the sign-in form (with its own Email field) stays until the new page shows.
  await expect(page.getByRole('heading', { name: 'Forgot your password?' })).toBeVisible();
  await expect(page).toHaveURL(/\/forgot-password$/);
  await page.getByLabel('Email').fill(email);
  await page.getByRole('button', { name: 'Send me a reset link' }).click();
  await expect(page.getByTestId('reset-requested')).toBeVisible();
  return (await page.getByTestId('reset-requested').innerText()).replace(email, '<email>');
}

function linkIn(text: string): string {
  const link = text.match(/https?:\/\/\S+\/reset-password\?token=[A-Za-z0-9_-]+/)?.[0];
  expect(link, text).toBeDefined();
  return link!;
}

test('a mailed link sets a new password once; the new password signs in, the old one does not', async ({
  page,
  baseURL,
}) => {
  const user = await createUser();
  await askForLink(page, user.email);
  const mail = await waitForMail(user.email);
  expect(mail.subject).toBe('Reset your Benchline password');
  expect(mail.from).toContain('no-reply@e2e.test');
  const link = linkIn(mail.text);
  // The link points at the address this browser used (no NEXTAUTH_URL is set for the test app).
  expect(new URL(link).origin).toBe(new URL(baseURL!).origin);
  expect(mail.html).toContain('Choose a new password');
  // Only the token's hash is stored.
  const token = new URL(link).searchParams.get('token')!;
  const stored = await sql().query(`select "tokenHash" from "PasswordResetToken" where "userId" = $1`, [
    user.id,
  ]);
  expect(stored.rows).toHaveLength(1);
  expect(stored.rows[0].tokenHash).not.toBe(token);

  await page.goto(link);
  await page.getByLabel('New password', { exact: true }).fill(NEW_PASSWORD);
  await page.getByLabel('Confirm new password').fill('not the same passphrase');
  await page.getByRole('button', { name: 'Set new password' }).click();
  await expect(page.getByText('The passwords do not match.')).toBeVisible();
  await page.getByLabel('Confirm new password').fill(NEW_PASSWORD);
  await page.getByRole('button', { name: 'Set new password' }).click();
  await expect(page).toHaveURL(/\/signin\?reset=1/);
  await expect(page.getByText('Your password was changed. Sign in with the new one.')).toBeVisible();
  await expect(page.getByLabel('Email')).toHaveValue(user.email);
  await page.getByLabel('Password').fill(NEW_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/dashboard/);
  await expect(page.getByTestId('current-user')).toHaveText(user.name);

  // The old password no longer works.
  const other = await page.context().browser()!.newContext({ baseURL });
  const { csrfToken } = await (await other.request.get('/api/auth/csrf')).json();
  await other.request.post('/api/auth/callback/credentials', {
    form: { csrfToken, email: user.email, password: user.password, json: 'true' },
  });
  expect((await other.cookies()).some((c) => c.name.includes('session-token'))).toBe(false);
  await other.close();

  // The link was single-use.
  await page.goto(link);
  await expect(page.getByTestId('reset-link-error')).toHaveText(/already been used/);
  await expect(page.getByLabel('New password', { exact: true })).toHaveCount(0);
  const audit = await sql().query(
    `select count(*)::int as n from "AuditEvent" where "entityId" = $1 and action = 'password.reset'`,
    [user.id],
  );
  expect(audit.rows[0].n).toBe(1);
});

test('an unknown email gets the same answer as a known one, and no mail', async ({ page }) => {
  const known = await createUser();
  const unknown = `nobody-${Date.now()}@test.benchline.local`;
  const forUnknown = await askForLink(page, unknown);
  const forKnown = await askForLink(page, known.email);
  expect(forUnknown).toBe(forKnown);
  await waitForMail(known.email);
  expect(mailsTo(unknown)).toHaveLength(0);
});

test('an expired link and a made-up link fail with a clear message and change nothing', async ({ page }) => {
  const user = await createUser();
  await askForLink(page, user.email);
  const link = linkIn((await waitForMail(user.email)).text);
  const before = await sql().query(`select "passwordHash" from "User" where id = $1`, [user.id]);

  // Opened in time, but it expires before the form is sent.
  await page.goto(link);
  await page.getByLabel('New password', { exact: true }).fill(NEW_PASSWORD);
  await page.getByLabel('Confirm new password').fill(NEW_PASSWORD);
  await sql().query(
    `update "PasswordResetToken" set "expiresAt" = "createdAt" - interval '1 minute' where "userId" = $1`,
    [user.id],
  );
  await page.getByRole('button', { name: 'Set new password' }).click();
  await expect(page.getByTestId('reset-link-error')).toHaveText(/expired \(links last 30 minutes\)/);
  await page.goto(link);
  await expect(page.getByTestId('reset-link-error')).toHaveText(/expired/);

  await page.goto('/reset-password?token=not-a-real-token');
  await expect(page.getByTestId('reset-link-error')).toHaveText(/not valid/);
  await page.getByRole('link', { name: 'Ask for a new link' }).click();
  await expect(page).toHaveURL(/\/forgot-password$/);

  const after = await sql().query(`select "passwordHash" from "User" where id = $1`, [user.id]);
  expect(after.rows[0].passwordHash).toBe(before.rows[0].passwordHash);
});
