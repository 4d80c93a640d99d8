import { expect, test } from '@playwright/test';
import { createUser, signInViaApi, sql } from './factories';

const today = () => new Date().toISOString().slice(0, 10);

test('a favorite is logged for today in three taps', async ({ page }) => {
  const user = await createUser();
  await sql().query(
    `insert into "Favorite" (id, "userId", code, modifiers, position) values ($1, $2, '99213', '{}', 0)`,
    [`fav_${user.id}`, user.id],
  );
  await signInViaApi(page, user);
  await page.goto('/dashboard');

  await page.getByRole('link', { name: 'Log' }).first().click(); // tap 1
  await page.getByTestId('favorites').getByRole('button', { name: /99213/ }).click(); // tap 2
  await expect(page.getByTestId('line-wrvu')).toHaveText('1.30'); // CMS RVU25D: 99213 work 1.30
  await page.getByRole('button', { name: 'Save' }).click(); // tap 3
  await expect(page.getByText(/Logged 1 procedure · 1.30 wRVU/)).toBeVisible();

  const { rows } = await sql().query(
    `select code, to_char("dateOfService", 'YYYY-MM-DD') as dos, "creditedWrvu"::text as wrvu from "LogEntry" where "userId" = $1`,
    [user.id],
  );
  expect(rows).toEqual([{ code: '99213', dos: today(), wrvu: '1.30' }]);
});

test('a two-procedure encounter shows the 50 % reduction and why, keyboard only', async ({ page }) => {
  const user = await createUser();
  await signInViaApi(page, user);
  await page.goto('/log');
  const search = page.getByTestId('code-search');
  await search.fill('27447');
  await expect(page.getByRole('option', { name: /27447/ })).toBeVisible();
  await search.press('Enter');
  await search.focus();
  await search.fill('20610');
  await expect(page.getByRole('option', { name: /20610/ }).first()).toBeVisible();
  await search.press('Enter');

  const lines = page.getByTestId('draft-line');
  await expect(lines).toHaveCount(2);
  // CMS RVU25D: 27447 work 19.60 and 20610 work 0.79, both MULT PROC 2: the second is halved.
  await expect(lines.nth(0).getByTestId('line-wrvu')).toHaveText('19.60');
  await expect(lines.nth(1).getByTestId('line-wrvu')).toHaveText('0.40');
  await expect(lines.nth(1).getByTestId('line-explanation')).toContainText('x 0.5');
  await expect(lines.nth(1).getByTestId('line-explanation')).toContainText(/multiple procedure/i);
  await expect(page.getByTestId('draft-total')).toHaveText('20.00');

  // Adding a code leaves focus in the (now empty) search box, never in Modifiers: Enter saves.
  await expect(search).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText(/Logged 2 procedures/)).toBeVisible();
  const { rows } = await sql().query(
    `select code, "creditedWrvu"::text as wrvu, "encounterKey" from "LogEntry" where "userId" = $1 order by code`,
    [user.id],
  );
  expect(rows.map((r: { code: string; wrvu: string }) => [r.code, r.wrvu])).toEqual([
    ['20610', '0.40'],
    ['27447', '19.60'],
  ]);
  expect(rows[0].encounterKey).toBe(rows[1].encounterKey);

  await page.goto('/entries');
  await expect(page.getByTestId('entries-total')).toContainText('20.00');
  await page
    .getByTestId('entry-row')
    .filter({ hasText: '20610' })
    .getByRole('link', { name: 'Why?' })
    .click();
  await expect(page.getByTestId('why')).toContainText('x 0.5');
});

test('J2820 logs at 0 wRVU with the reason and offers the administration code', async ({ page }) => {
  const user = await createUser();
  await signInViaApi(page, user);
  await page.goto('/log?code=J2820');
  const line = page.getByTestId('draft-line');
  await expect(line.getByTestId('line-wrvu')).toHaveText('0.00');
  await expect(line.getByTestId('line-explanation')).toContainText('Average Sales Price');
  await page.getByRole('button', { name: /Add administration code/ }).click();
  await expect(page.getByTestId('draft-line')).toHaveCount(2);
});

test('delete an entry and undo it', async ({ page }) => {
  const user = await createUser();
  await signInViaApi(page, user);
  const res = await page.request.post('/api/entries', {
    data: { entries: [{ id: crypto.randomUUID(), dateOfService: today(), code: '99214' }] },
  });
  expect(res.status()).toBe(201);
  await page.goto('/entries');
  await page.getByRole('button', { name: 'Delete 99214' }).click();
  await expect(page.getByTestId('entry-row')).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByTestId('entry-row')).toHaveCount(1);
  const { rows } = await sql().query(`select "deletedAt" from "LogEntry" where "userId" = $1`, [user.id]);
  expect(rows[0].deletedAt).toBeNull();
});

test('CSV import preview flags a bad row and commits nothing until confirmed', async ({ page }) => {
  const user = await createUser();
  await signInViaApi(page, user);
  await page.goto('/entries/import');
  const csv = [
    'date_of_service,code,modifiers,units,encounter',
    '2025-10-06,27447,,1,c1',
    '2025-10-06,20610,,1,c1',
    '2025-10-07,99213,,0,c2',
  ].join('\n');
  await page
    .getByTestId('import-file')
    .setInputFiles({ name: 'past.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(page.getByTestId('import-errors')).toContainText('Row 4');
  await expect(page.getByTestId('import-confirm')).toBeDisabled();
  expect(
    (await sql().query(`select count(*)::int as n from "LogEntry" where "userId" = $1`, [user.id])).rows[0].n,
  ).toBe(0);

  await page.getByTestId('import-file').setInputFiles({
    name: 'past.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(csv.replace(',0,c2', ',1,c2')),
  });
  await expect(page.getByTestId('import-preview')).toContainText('21.30');
  expect(
    (await sql().query(`select count(*)::int as n from "LogEntry" where "userId" = $1`, [user.id])).rows[0].n,
  ).toBe(0);
  await page.getByTestId('import-confirm').click();
  await expect(page.getByTestId('import-done')).toContainText('Imported 3 procedures');
  expect(
    (await sql().query(`select count(*)::int as n from "LogEntry" where "userId" = $1`, [user.id])).rows[0].n,
  ).toBe(3);
});
