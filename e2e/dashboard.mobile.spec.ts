// Issue #12 points 7, 8, 9, 12 and 16 (benchmark labels, member view) on a 375 px phone: the
// tiles answer for the chosen period, "Last 12 months" is the trailing year with its dates, one
// entry count with the excluded lines named, a blank rate invites a rate, the partial month is
// drawn apart and said in the legend, and the benchmark source labels follow the specialty.
import { randomUUID } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { createUser, signInViaApi, sql, type TestUser } from './factories';

const iso = (d: Date) => d.toISOString().slice(0, 10);
const today = () => iso(new Date());
const daysAgo = (n: number) => iso(new Date(Date.now() - n * 86_400_000));
const fmt = (date: string) =>
  new Intl.DateTimeFormat('en-US', {
    month: 'short',
    day: 'numeric',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${date}T00:00:00Z`));

async function seed(
  user: TestUser,
  rows: { date: string; code: string; wrvu: number; excluded?: boolean }[],
) {
  for (const r of rows) {
    const id = randomUUID();
    await sql().query(
      `insert into "LogEntry" (id, "userId", "dateOfService", code, modifiers, units, "encounterKey", "creditedWrvu", "baseWorkRvu", excluded, "updatedAt")
       values ($1, $2, $3::date, $4, '{}', 1, $1, $5, $5, $6, now())`,
      [id, user.id, r.date, r.code, r.excluded ? 0 : r.wrvu, r.excluded ?? false],
    );
  }
}

test('the tiles answer for the chosen period, with one entry count and the dates printed', async ({
  page,
}) => {
  const user = await createUser();
  await sql().query(
    `update "User" set specialty = 'Orthopedic Surgery', "fiscalYearStartMonth" = 1, "ratePerWrvu" = null where id = $1`,
    [user.id],
  );
  // 360 days ago is inside the trailing 12 months whatever today is; 400 days ago is outside.
  await seed(user, [
    { date: today(), code: '27447', wrvu: 19.6 },
    { date: today(), code: 'J2820', wrvu: 0, excluded: true },
    { date: daysAgo(360), code: '27447', wrvu: 1000 },
    { date: daysAgo(400), code: '27447', wrvu: 5000 },
  ]);
  await signInViaApi(page, user);
  await page.goto('/dashboard?range=12m');
  await expect(page.getByTestId('period-label')).toContainText('Last 12 months');
  await expect(page.getByTestId('period-label')).toContainText(fmt(today()));
  await expect(page.getByTestId('period-dates')).toContainText(fmt(today()));
  await expect(page.getByTestId('card-period-total-value')).toHaveText('1,019.60');
  await expect(page.getByTestId('card-period-entries-value')).toHaveText('3');
  await expect(page.getByTestId('card-period-entries')).toContainText('3 entries (1 excluded line, 0 wRVU)');
  await expect(page.getByTestId('card-period-average')).toContainText('worked day');
  await expect(page.getByTestId('card-pace')).toContainText('annualized pace');
  await expect(page.getByTestId('card-compensation')).toContainText('No $/wRVU rate set');
  await expect(page.getByTestId('card-compensation')).toContainText('Add your $/wRVU rate');

  // The current month is partial (unless today is its last day): drawn apart and said in the legend.
  const lastDay = new Date(
    Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth() + 1, 0),
  ).getUTCDate();
  if (new Date().getUTCDate() !== lastDay) {
    // The chart loads when it scrolls into view (components/dashboard/charts/lazy.tsx).
    await page.getByTestId('chart-monthly').scrollIntoViewIfNeeded();
    await expect(page.getByTestId('chart-monthly').getByTestId('partial-month-legend')).toContainText(
      'part of a month',
    );
  }
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);

  // A custom period of the older entry only: the tiles follow, the fiscal-year cards do not.
  await page.goto(`/dashboard?range=custom&from=${daysAgo(401)}&to=${daysAgo(399)}`);
  await expect(page.getByTestId('card-period-total-value')).toHaveText('5,000.00');
  await expect(page.getByTestId('period-label')).toContainText(fmt(daysAgo(401)));
});

test('a blank rate saved in Settings stays "not set"', async ({ page }) => {
  const user = await createUser();
  await signInViaApi(page, user);
  await page.goto('/settings');
  const rate = page.locator('#ratePerWrvu');
  await rate.fill('');
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByText('Profile saved')).toBeVisible();
  const { rows } = await sql().query(`select "ratePerWrvu" from "User" where id = $1`, [user.id]);
  expect(rows[0].ratePerWrvu).toBeNull();
});

test('benchmark source labels follow the picked specialty before Show is pressed', async ({ page }) => {
  const user = await createUser();
  await signInViaApi(page, user);
  // A source with rows for one specialty and none for another (from the built-in data).
  const { rows } = await sql().query(
    `select s.id, min(r.specialty) as has from "BenchmarkSource" s join "BenchmarkRow" r on r."sourceId" = s.id
     where s."organizationId" is null group by s.id having count(distinct r.specialty) < 20 limit 1`,
  );
  const source = rows[0] as { id: string; has: string };
  const { rows: missing } = await sql().query(
    `select distinct specialty from "BenchmarkRow" where specialty not in (select specialty from "BenchmarkRow" where "sourceId" = $1) limit 1`,
    [source.id],
  );
  await page.goto(`/benchmarks?specialty=${encodeURIComponent(source.has)}&source=${source.id}`);
  const option = page.getByTestId('benchmark-source').locator(`option[value="${source.id}"]`);
  await expect(option).not.toContainText('no data for this specialty');
  await page.locator('select[name="specialty"]').selectOption(missing[0].specialty);
  await expect(option).toContainText('no data for this specialty');
  await page.locator('select[name="specialty"]').selectOption(source.has);
  await expect(option).not.toContainText('no data for this specialty');
});
