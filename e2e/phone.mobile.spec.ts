// Issue #12 on a 375 px phone (the mobile project): every signed-in area reachable from the tab
// bar, the entries list and the CSV import preview as compact cards with nothing cut off.
import { randomUUID } from 'node:crypto';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { createUser, signInViaApi, sql } from './factories';

const today = () => new Date().toISOString().slice(0, 10);
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

async function noSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}
async function insideViewport(locator: Locator) {
  const box = await locator.boundingBox();
  expect(box, 'element is rendered').not.toBeNull();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(375);
}

test('the More sheet reaches every signed-in area, Group and Catalog admin when allowed', async ({
  page,
}) => {
  const user = await createUser();
  const org = `org_${user.id}`;
  await sql().query(`update "User" set role = 'ADMIN' where id = $1`, [user.id]);
  await sql().query(`insert into "Organization" (id, name, slug) values ($1, 'Phone Clinic', $1)`, [org]);
  await sql().query(
    `insert into "Membership" (id, "userId", "organizationId", role) values ($1, $2, $3, 'ADMIN')`,
    [`m_${user.id}`, user.id, org],
  );
  await signInViaApi(page, user);
  await page.goto('/dashboard');
  const tabBar = page.getByRole('navigation', { name: 'Main' }).last();
  for (const tab of ['Dashboard', 'Entries', 'Log', 'Reports'])
    await expect(tabBar.getByRole('link', { name: tab })).toBeVisible();

  const targets: [string, RegExp][] = [
    ['Benchmarks', /\/benchmarks$/],
    ['Group', /\/group$/],
    ['Code catalog', /\/codes$/],
    ['Settings', /\/settings$/],
    ['Catalog admin', /\/admin\/catalog$/],
  ];
  for (const [label, url] of targets) {
    await page.goto('/dashboard');
    await tabBar.getByRole('button', { name: 'More' }).click();
    const sheet = page.getByRole('dialog', { name: 'More' });
    await expect(sheet).toBeVisible();
    await insideViewport(sheet.getByRole('link', { name: label }));
    await sheet.getByRole('link', { name: label }).click();
    await expect(page).toHaveURL(url);
    await expect(page.getByRole('dialog', { name: 'More' })).toBeHidden();
  }

  await page.goto('/reports');
  await tabBar.getByRole('button', { name: 'More' }).click();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'More' })).toBeHidden();
});

test('a plain user sees no Group or Catalog admin under More', async ({ page }) => {
  const user = await createUser();
  await signInViaApi(page, user);
  await page.goto('/log');
  await page.getByRole('navigation', { name: 'Main' }).last().getByRole('button', { name: 'More' }).click();
  const sheet = page.getByRole('dialog', { name: 'More' });
  await expect(sheet.getByRole('link', { name: 'Benchmarks' })).toBeVisible();
  await expect(sheet.getByRole('button', { name: 'Sign out' })).toBeVisible();
  await expect(sheet.getByRole('link', { name: 'Group' })).toHaveCount(0);
  await expect(sheet.getByRole('link', { name: 'Catalog admin' })).toHaveCount(0);
});

test('entries are cards grouped by day and encounter, with whole-day totals and nothing cut off', async ({
  page,
}) => {
  const user = await createUser();
  await signInViaApi(page, user);
  const encounter = randomUUID();
  // 60 separate knee replacements today (one encounter each) fill more than one page of 50;
  // yesterday one encounter of two lines. CMS RVU25D: 27447 work 19.60, 20610 0.79 (halved: 0.40).
  const entries = [
    ...Array.from({ length: 60 }, () => ({
      id: randomUUID(),
      dateOfService: today(),
      code: '27447',
      encounterKey: randomUUID(),
    })),
    { id: randomUUID(), dateOfService: daysAgo(1), code: '27447', encounterKey: encounter },
    {
      id: randomUUID(),
      dateOfService: daysAgo(1),
      code: '20610',
      modifiers: ['59'],
      encounterKey: encounter,
    },
  ];
  for (const batch of [entries.slice(0, 40), entries.slice(40)])
    // at most 50 per request
    expect((await page.request.post('/api/entries', { data: { entries: batch } })).status()).toBe(201);

  await page.goto('/entries');
  await expect(page.getByTestId('entries-total')).toContainText('62 entries');
  await expect(page.getByTestId('entries-total')).toContainText('1,196.00'); // 60 x 19.60 + 19.60 + 0.40
  const todayGroup = page.getByTestId('entry-day').first();
  await expect(todayGroup.getByTestId('day-total')).toContainText('60 entries');
  await expect(todayGroup.getByTestId('day-total')).toContainText('1,176.00'); // the whole day, both pages
  await expect(todayGroup.getByTestId('entry-row')).toHaveCount(50);

  const first = todayGroup.getByTestId('entry-row').first();
  await expect(first).toContainText('27447');
  await insideViewport(first.getByTestId('entry-wrvu'));
  await insideViewport(first.getByRole('link', { name: 'Why?' }));
  await insideViewport(first.getByRole('button', { name: 'Delete 27447' }));
  await expect(first.getByTestId('entry-wrvu')).toHaveText('19.60');
  await noSidewaysScroll(page);

  await page.goto('/entries?page=2');
  const yesterday = page.getByTestId('entry-day').last();
  await expect(yesterday.getByTestId('day-total')).toContainText('20.00');
  const pair = yesterday.getByTestId('encounter');
  await expect(pair).toHaveCount(1);
  await expect(pair.getByTestId('entry-row')).toHaveCount(2);
  await expect(pair.getByTestId('entry-row').filter({ hasText: '20610' })).toContainText('-59');
  await insideViewport(pair.getByRole('button', { name: 'Delete 20610' }));
  await noSidewaysScroll(page);
});

test('the CSV import preview shows each line as a card with its wRVU', async ({ page }) => {
  const user = await createUser();
  await signInViaApi(page, user);
  await page.goto('/entries/import');
  const csv = [
    'date_of_service,code,modifiers,units,encounter',
    '2025-10-06,27447,,1,c1',
    '2025-10-06,20610,,1,c1',
    '2025-10-07,99213,,1,c2',
  ].join('\n');
  await page
    .getByTestId('import-file')
    .setInputFiles({ name: 'past.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  const lines = page.getByTestId('import-line');
  await expect(lines).toHaveCount(3);
  await expect(lines.nth(0)).toContainText('27447');
  await expect(lines.nth(1).getByTestId('import-line-wrvu')).toHaveText('0.40');
  for (let i = 0; i < 3; i++) await insideViewport(lines.nth(i).getByTestId('import-line-wrvu'));
  await insideViewport(page.getByTestId('import-confirm'));
  await noSidewaysScroll(page);
});
