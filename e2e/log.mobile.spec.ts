// Issue #12 points 3, 4, 6 and the toasts of 16 on a 375 px phone: adding a code keeps the
// keyboard closed, a future date is refused visibly, the date is the user's local date (also in
// UTC+14 and UTC+13), the day's encounters sit under the form with "log again" and "keep date",
// the star is a real favorite toggle, and log/undo cycles leave one toast.
// CMS PFS RVU25D work RVUs: 99213 1.30, 27447 19.60.
import { expect, test, type Page } from '@playwright/test';
import { createUser, signInViaApi, sql } from './factories';

const localDate = (timeZone: string, offsetDays = 0) =>
  new Intl.DateTimeFormat('en-CA', { timeZone }).format(new Date(Date.now() + offsetDays * 86_400_000));

async function userWithFavorite(page: Page, code = '99213') {
  const user = await createUser();
  await sql().query(
    `insert into "Favorite" (id, "userId", code, modifiers, position) values ($1, $2, $3, '{}', 0)`,
    [`fav_${user.id}`, user.id, code],
  );
  await signInViaApi(page, user);
  return user;
}
const entries = async (userId: string) =>
  (
    await sql().query(
      `select code, to_char("dateOfService", 'YYYY-MM-DD') as dos from "LogEntry" where "userId" = $1 and "deletedAt" is null order by "createdAt"`,
      [userId],
    )
  ).rows as { code: string; dos: string }[];
const focusedTag = (page: Page) => page.evaluate(() => document.activeElement?.tagName ?? '');

test('adding a code keeps the keyboard closed; a future date is refused where it can be seen', async ({
  page,
}) => {
  const user = await userWithFavorite(page);
  await page.goto('/log');
  expect(await focusedTag(page)).not.toBe('INPUT'); // no autofocus on a touch screen

  await page.getByTestId('favorites').getByRole('button', { name: /99213/ }).click();
  await expect(page.getByTestId('line-wrvu')).toHaveText('1.30');
  expect(await focusedTag(page)).not.toBe('INPUT');

  await page.getByTestId('code-search').fill('27447');
  await page.getByRole('option', { name: /27447/ }).click();
  await expect(page.getByTestId('draft-line')).toHaveCount(2);
  expect(await focusedTag(page)).not.toBe('INPUT'); // the pick by touch closed the keyboard

  const tz = Intl.DateTimeFormat().resolvedOptions().timeZone;
  await page.getByLabel('Date of service').fill(localDate(tz, 2));
  await expect(page.getByTestId('line-wrvu').first()).toHaveText('–');
  await expect(page.getByTestId('line-error').first()).toContainText('cannot be in the future');
  const barError = page.getByTestId('log-error');
  await expect(barError).toContainText('cannot be in the future');
  await expect(barError).toBeInViewport(); // inside the sticky bar, not behind it
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(barError).toBeVisible();
  expect(await entries(user.id)).toEqual([]);
});

for (const timezoneId of ['Pacific/Kiritimati', 'Pacific/Auckland']) {
  test.describe(`in ${timezoneId}`, () => {
    test.use({ timezoneId });
    test('the date defaults to and is capped at the local today, and the server accepts it', async ({
      page,
    }) => {
      const user = await userWithFavorite(page);
      await page.goto('/log');
      const today = localDate(timezoneId);
      const field = page.getByLabel('Date of service');
      await expect(field).toHaveValue(today);
      await expect(field).toHaveAttribute('max', today);
      await page.getByTestId('favorites').getByRole('button', { name: /99213/ }).click();
      await expect(page.getByTestId('line-wrvu')).toHaveText('1.30');
      await page.getByRole('button', { name: 'Save' }).click();
      await expect(page.getByTestId('day-log-total')).toContainText('1 entry');
      expect(await entries(user.id)).toEqual([{ code: '99213', dos: today }]);
    });
  });
}

test("today's encounters sit under the form with a day total, log again and keep date", async ({ page }) => {
  const user = await userWithFavorite(page);
  await page.goto('/log');
  const tz = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const today = localDate(tz);
  const chip = page.getByTestId('favorites').getByRole('button', { name: /99213/ });
  const dayLog = page.getByTestId('day-log');
  await expect(dayLog).toContainText('Nothing logged for this day yet');

  await chip.click();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(dayLog.getByTestId('day-encounter')).toHaveCount(1);
  await expect(page.getByTestId('day-log-total')).toContainText('1.30');

  await dayLog.getByRole('button', { name: 'Log 99213 again' }).click();
  await expect(dayLog.getByTestId('day-encounter')).toHaveCount(2);
  await expect(page.getByTestId('day-log-total')).toContainText('2 entries');
  await expect(page.getByTestId('day-log-total')).toContainText('2.60');
  const again = await dayLog.getByRole('button', { name: 'Log 99213 again' }).first().boundingBox();
  expect(again!.x + again!.width).toBeLessThanOrEqual(375);

  // Two past encounters in a row with "Keep date"; then without it the date goes back to today.
  const yesterday = localDate(tz, -1);
  const field = page.getByLabel('Date of service');
  await field.fill(yesterday);
  await expect(dayLog).toContainText('Nothing logged for this day yet');
  await page.getByLabel('Keep this date for the next encounter').check();
  await chip.click();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(dayLog.getByTestId('day-encounter')).toHaveCount(1);
  await expect(field).toHaveValue(yesterday);
  await chip.click();
  await page.getByLabel('Keep this date for the next encounter').uncheck();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(field).toHaveValue(today);
  expect((await entries(user.id)).map((e) => e.dos)).toEqual([today, today, yesterday, yesterday]);
});

test('the star is a real toggle and the chip shows the label and wRVU', async ({ page }) => {
  const user = await userWithFavorite(page);
  await sql().query(`update "Favorite" set label = 'Follow-up' where "userId" = $1`, [user.id]);
  await page.goto('/log');
  const chip = page.getByTestId('favorites').getByRole('button', { name: /99213/ });
  await expect(chip).toContainText('Follow-up');
  await expect(chip).toContainText('1.30');
  await chip.click();
  const star = page.getByRole('button', { name: 'Favorite 99213' });
  await expect(star).toHaveAttribute('aria-pressed', 'true');
  const count = async () =>
    (await sql().query(`select count(*)::int as n from "Favorite" where "userId" = $1`, [user.id])).rows[0].n;
  await star.click();
  await expect(star).toHaveAttribute('aria-pressed', 'false');
  expect(await count()).toBe(0);
  await star.click();
  await expect(star).toHaveAttribute('aria-pressed', 'true');
  expect(await count()).toBe(1);
  await expect(page.getByTestId('favorites').getByRole('link', { name: 'Manage' })).toHaveAttribute(
    'href',
    '/log/favorites',
  );
});

test('rapid log and undo cycles leave a single toast', async ({ page }) => {
  const user = await userWithFavorite(page);
  await page.goto('/log');
  const chip = page.getByTestId('favorites').getByRole('button', { name: /99213/ });
  for (let i = 0; i < 3; i++) {
    await chip.click();
    await expect(page.getByTestId('line-wrvu')).toHaveText('1.30');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(page.getByText('Removed', { exact: true })).toBeVisible();
    await expect(page.locator('[data-sonner-toast]')).toHaveCount(1);
  }
  expect(await entries(user.id)).toEqual([]);
});
