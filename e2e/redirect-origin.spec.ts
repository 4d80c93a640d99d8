// Sign-out and account deletion land on the address the browser used (the test app runs without
// NEXTAUTH_URL, like the embedded default), so a phone on the machine's LAN address stays on the app.
// The same server is reached as 127.0.0.1 and as localhost: two different origins.
import { expect, test, type Browser } from '@playwright/test';
import { createUser, signInViaApi } from './factories';

function origins(baseURL: string): string[] {
  const u = new URL(baseURL);
  return [`http://127.0.0.1:${u.port}`, `http://localhost:${u.port}`];
}

async function signedInPage(browser: Browser, origin: string) {
  const context = await browser.newContext({ baseURL: origin });
  const page = await context.newPage();
  await signInViaApi(page, await createUser());
  return { context, page };
}

test('signing out returns to the sign-in page of the origin the browser used', async ({
  browser,
  baseURL,
}) => {
  for (const origin of origins(baseURL!)) {
    const { context, page } = await signedInPage(browser, origin);
    await page.goto('/dashboard');
    await page.getByRole('button', { name: 'Sign out' }).first().click();
    await expect(page).toHaveURL(`${origin}/signin?signedOut=1`);
    await expect(page.getByText('You are signed out.')).toBeVisible();
    await context.close();
  }
});

test('deleting the account lands on the landing page of the origin the browser used', async ({
  browser,
  baseURL,
}) => {
  for (const origin of origins(baseURL!)) {
    const context = await browser.newContext({ baseURL: origin });
    const page = await context.newPage();
    const user = await createUser();
    await signInViaApi(page, user);
    await page.goto('/settings');
    const form = page.getByTestId('delete-account-form');
    await form.getByLabel('I understand').check();
    await form.getByLabel('Confirm with your password').fill(user.password);
    await form.getByRole('button', { name: 'Delete my account' }).click();
    await expect(page).toHaveURL(`${origin}/`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await context.close();
  }
});
