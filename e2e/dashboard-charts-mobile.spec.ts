// Dashboard on a 375 px phone: the numbers are server-rendered, and no chart is drawn (nor its code
// run) until it is scrolled into view.
import { randomUUID } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { createUser, signInViaApi } from './factories';

test('charts below the fold load only when scrolled into view', async ({ page }) => {
  const user = await createUser();
  await signInViaApi(page, user);
  const today = new Date();
  const entries = Array.from({ length: 12 }, (_, i) => ({
    id: randomUUID(),
    dateOfService: new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() - i * 5))
      .toISOString()
      .slice(0, 10),
    code: i % 2 ? '99214' : '99213',
  }));
  expect((await page.request.post('/api/entries', { data: { entries } })).status()).toBe(201);

  // With JavaScript off, the page still shows the numbers: they are in the HTML.
  const html = await (await page.request.get('/dashboard')).text();
  expect(html).toContain('data-testid="chart-monthly"');
  expect(html).not.toContain('recharts-surface');

  await page.goto('/dashboard');
  const charts = page.locator('[data-chart]');
  await expect(charts.first()).toBeAttached();
  expect(await page.evaluate(() => window.innerWidth)).toBe(375);
  // Nothing below the fold is drawn yet.
  const total = await charts.count();
  expect(total).toBeGreaterThanOrEqual(4);
  await expect(page.locator('[data-chart="waiting"]')).toHaveCount(total);
  await expect(page.locator('.recharts-surface')).toHaveCount(0);

  // Scrolling to the first chart draws that one; the last one still waits.
  await page.getByTestId('chart-monthly').scrollIntoViewIfNeeded();
  await expect(page.getByTestId('chart-monthly').locator('.recharts-surface').first()).toBeVisible();
  await expect(charts.last()).toHaveAttribute('data-chart', 'waiting');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
