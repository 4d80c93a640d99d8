import { expect, test } from '@playwright/test';
import { createUser, signInViaApi } from './factories';

test('the app shell fits a 375 px phone with a bottom tab bar', async ({ page }) => {
  const user = await createUser();
  await signInViaApi(page, user);
  await page.goto('/dashboard');
  const tabBar = page.getByRole('navigation', { name: 'Main' }).last();
  await expect(tabBar).toBeVisible();
  await expect(tabBar.getByRole('link', { name: 'Log' })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('the landing page explains Benchline on a phone', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('wRVUs');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('a code page without curated text and a code in no release fit a phone', async ({ page }) => {
  for (const path of ['/codes/27570', '/codes/ZZZZZ']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(path.slice(7));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

test('the entries list fits a phone, with each line’s Why? link and delete icon', async ({ page }) => {
  const user = await createUser();
  await signInViaApi(page, user);
  const dateOfService = new Date().toISOString().slice(0, 10);
  const res = await page.request.post('/api/entries', {
    data: {
      entries: ['99214', '27447'].map((code) => ({ id: crypto.randomUUID(), dateOfService, code })),
    },
  });
  expect(res.status()).toBe(201);
  await page.goto('/entries');
  const row = page.getByTestId('entry-row').filter({ hasText: '27447' });
  await expect(row.getByRole('link', { name: 'Why?' })).toBeVisible();
  const remove = row.getByRole('button', { name: 'Delete 27447' });
  await expect(remove).toBeVisible();
  // The icon comes from the list's one sprite and is drawn at 16 px.
  const icon = await remove.locator('svg').boundingBox();
  expect(icon?.width).toBe(16);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('reconciliation pages fit a 375 px phone', async ({ page }) => {
  const user = await createUser();
  await signInViaApi(page, user);
  const csv =
    'Service Date,CPT Code,Mod 1,Units,Work RVU\n10/06/2025,99213,,1,1.30\n10/07/2025,27130,80,1,3.14\n';
  const res = await page.request.post('/api/reconcile', {
    multipart: {
      file: { name: 'phone.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) },
      windowDays: '3',
    },
  });
  expect(res.status()).toBe(201);
  const { id } = await res.json();
  for (const url of ['/reconcile', '/reconcile/new', `/reconcile/${id}`]) {
    await page.goto(url);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, url).toBeLessThanOrEqual(0);
  }
  await expect(page.getByTestId('discrepancy')).toHaveCount(2);
});
