// Account security journeys in the browser: the sign-in lockout message on the real form, "Download
// my data", and "Delete my account" (password required; personal data gone; audit keeps ids only).
import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { createUser, signInViaApi, sql } from './factories';

async function submitSignIn(page: Page, email: string, password: string) {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeEnabled();
}

test('wrong passwords slow the account down; the form says so, and the owner gets in after the short wait', async ({
  page,
}) => {
  const user = await createUser();
  await page.goto('/signin');
  for (let i = 1; i < 5; i++) {
    await submitSignIn(page, user.email, `wrong password ${i}`);
    await expect(page.getByTestId('signin-error')).toHaveText(/do not match an account/);
  }
  await submitSignIn(page, user.email, 'wrong password 5');
  await expect(page.getByTestId('signin-error')).toHaveText('Too many attempts. Try again in 1 second.');
  const { rows } = await sql().query(
    `select failures, "lockedUntil" > (now() at time zone 'UTC') - interval '5 seconds' as delayed from "AuthThrottle" where key = $1`,
    [`account:${user.email}`],
  );
  expect(rows[0]).toEqual({ failures: 5, delayed: true });
  // Not a lock: once the wait is over the right password gets in.
  await page.waitForTimeout(1_500);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/dashboard/);
  // Every e2e test signs in from 127.0.0.1: give back this test's share of that address's budget.
  await sql().query(
    `update "AuthThrottle" set failures = greatest(failures - 5, 0) where key = 'ip:127.0.0.1'`,
  );
});

test('download my data: a JSON file with my entries and nothing secret', async ({ page }) => {
  const user = await createUser({ name: 'Dr. Export Journey' });
  await signInViaApi(page, user);
  const ids = [randomUUID(), randomUUID()];
  const created = await page.request.post('/api/entries', {
    data: {
      entries: ids.map((id) => ({ id, dateOfService: '2025-10-15', code: '99213', note: 'export me' })),
    },
  });
  expect(created.status()).toBe(201);
  await page.goto('/settings');
  const download = page.waitForEvent('download');
  await page.getByTestId('download-my-data').click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^benchline-my-data-\d{4}-\d{2}-\d{2}\.json$/);
  const text = readFileSync((await file.path())!, 'utf8');
  const data = JSON.parse(text);
  expect(data.profile).toMatchObject({ id: user.id, email: user.email, name: 'Dr. Export Journey' });
  expect(data.entries.map((e: { id: string }) => e.id).sort()).toEqual([...ids].sort());
  expect(data.auditEvents.filter((e: { action: string }) => e.action === 'entry.create')).toHaveLength(2);
  expect(text).not.toContain('argon2');
  expect(text).not.toContain('passwordHash');
  // Signed out: nothing.
  const anonymous = await page.context().browser()!.newContext({ baseURL: test.info().project.use.baseURL });
  expect((await anonymous.request.get('/api/account/export')).status()).toBe(401);
  await anonymous.close();
});

test('delete my account: the password is required, then everything personal is gone and the session ends', async ({
  page,
}) => {
  const user = await createUser({ name: 'Dr. Delete Journey' });
  await signInViaApi(page, user);
  const id = randomUUID();
  expect(
    (
      await page.request.post('/api/entries', {
        data: { entries: [{ id, dateOfService: '2025-10-15', code: '99213', note: 'private note' }] },
      })
    ).status(),
  ).toBe(201);
  await page.goto('/settings');
  const form = page.getByTestId('delete-account-form');
  const button = form.getByRole('button', { name: 'Delete my account' });
  await expect(button).toBeDisabled();
  await form.getByLabel('I understand').check();
  await form.getByLabel('Confirm with your password').fill('not my password at all');
  await button.click();
  await expect(form.getByText('Not correct.')).toBeVisible();
  expect((await sql().query('select count(*) from "User" where id = $1', [user.id])).rows[0].count).toBe('1');

  await form.getByLabel('Confirm with your password').fill(user.password);
  await button.click();
  await expect(page).toHaveURL(/\/$/);
  const left = await sql().query(
    `select (select count(*) from "User" where id = $1) as users, (select count(*) from "LogEntry" where "userId" = $1) as entries,
            (select count(*) from "AuditEvent" where ("actorId" = $1 or "entityId" = $2) and (before is not null or after is not null)) as personal_audit,
            (select count(*) from "AuditEvent" where "entityId" = $2) as audit_ids`,
    [user.id, id],
  );
  expect(left.rows[0]).toEqual({ users: '0', entries: '0', personal_audit: '0', audit_ids: '1' });
  // The old session is worthless and the credentials no longer work.
  await page.goto('/dashboard');
  await expect(page).toHaveURL(/\/signin/);
  await submitSignIn(page, user.email, user.password);
  await expect(page.getByTestId('signin-error')).toHaveText(/do not match an account/);
});
