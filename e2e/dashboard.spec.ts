// Dashboard, group view and benchmarks, against a production build with a fresh database:
//   node scripts/with-db.mjs --fresh -- npx playwright test e2e/dashboard.spec.ts
// Entries are inserted with known credits (pricing has its own tests); the DailyWrvu triggers roll
// them up exactly as they do for entries logged through the app.
import { randomUUID } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { createUser, signInViaApi, sql, type TestUser } from './factories';

const SYNTHETIC = 'Synthetic demo data - not survey data';
const num = (text: string | null) => Number((text ?? '').replace(/[^0-9.-]/g, ''));
const cents = (values: number[]) => values.reduce((s, v) => s + Math.round(v * 100), 0) / 100;

/** Today and earlier days of the current calendar year (the fiscal year starts in January here). */
function datesThisYear(): string[] {
  const today = new Date().toISOString().slice(0, 10);
  const year = today.slice(0, 4);
  const out: string[] = [];
  for (let month = 1; month <= 12; month++) {
    for (const day of ['03', '17']) {
      const date = `${year}-${String(month).padStart(2, '0')}-${day}`;
      if (date <= today) out.push(date);
    }
  }
  return out.length ? out : [today];
}

async function seedEntries(
  user: TestUser,
  rows: { date: string; code: string; wrvu: number; deleted?: boolean }[],
) {
  for (const r of rows) {
    const id = randomUUID();
    await sql().query(
      `insert into "LogEntry" (id, "userId", "dateOfService", code, modifiers, units, "encounterKey", "creditedWrvu", "baseWorkRvu", "deletedAt", "updatedAt")
       values ($1, $2, $3::date, $4, '{}', 1, $1, $5, $5, $6, now())`,
      [id, user.id, r.date, r.code, r.wrvu, r.deleted ? new Date() : null],
    );
  }
}

async function orthopedist(name?: string, { demo = false } = {}): Promise<TestUser> {
  const user = await createUser(name ? { name } : {});
  await sql().query(
    `update "User" set specialty = 'Orthopedic Surgery', "fiscalYearStartMonth" = 1, "ratePerWrvu" = 50, demo = $2 where id = $1`,
    [user.id, demo],
  );
  return user;
}

async function tableColumn(page: Page, testId: string, column: number): Promise<number[]> {
  return (
    await page
      .getByTestId(testId)
      .locator('tbody tr')
      .evaluateAll((rows, c) => rows.map((r) => r.children[c]?.textContent ?? ''), column)
  ).map(num);
}

test('the dashboard shows cards and charts whose tables match the cards, with the source cited', async ({
  page,
}) => {
  const user = await orthopedist(undefined, { demo: true }); // the demo account's comparison
  const dates = datesThisYear();
  const rows = dates.flatMap((date, i) => [
    { date, code: '99213', wrvu: 1.3 },
    { date, code: i % 2 ? '99214' : '20610', wrvu: i % 2 ? 1.92 : 0.79 },
    ...(i % 3 === 0 ? [{ date, code: '27447', wrvu: 19.6 }] : []),
  ]);
  await seedEntries(user, [...rows, { date: dates[0], code: '27130', wrvu: 19.6, deleted: true }]);
  const expected = cents(rows.map((r) => r.wrvu));

  await signInViaApi(page, user);
  await page.goto('/dashboard');
  const ytd = page.getByTestId('card-ytd-value');
  await expect(ytd).toBeVisible();
  expect(num(await ytd.textContent())).toBe(expected);
  for (const card of ['card-pace', 'card-percentile', 'card-projection', 'card-compensation'])
    await expect(page.getByTestId(card)).toBeVisible();
  await expect(page.getByTestId('card-percentile-value')).toHaveText(/^(p\d+|below p25|above p90)$/);
  // Orthopedics has no real survey in the built-in data: for the demo account the synthetic set is
  // used and labelled (a real user gets none: e2e/fee-schedule.spec.ts).
  await expect(page.getByTestId('card-percentile').getByTestId('source-citation')).toContainText(
    `Source: ${SYNTHETIC}`,
  );
  await expect(page.getByTestId('chart-monthly').getByTestId('source-citation')).toContainText(SYNTHETIC);

  for (const chart of [
    'chart-monthly',
    'chart-cumulative',
    'chart-top-codes',
    'chart-sites',
    'chart-weekly',
  ]) {
    // Charts are drawn when they scroll into view (components/dashboard/charts/lazy.tsx).
    await page.getByTestId(chart).scrollIntoViewIfNeeded();
    await expect(page.getByTestId(chart).locator('svg.recharts-surface').first()).toBeVisible();
  }

  // Monthly table: its rows and its total equal the YTD card.
  await expect(page.getByTestId('table-monthly')).toHaveCount(0); // not rendered until asked for
  await page.getByTestId('chart-monthly').getByText('Show as table').click();
  await expect(page.getByTestId('table-monthly')).toBeVisible();
  expect(cents(await tableColumn(page, 'table-monthly', 1))).toBe(expected);
  expect(num(await page.getByTestId('table-monthly').locator('tfoot td').first().textContent())).toBe(
    expected,
  );
  // The other tables are built when opened. Cumulative ends at the YTD total; categories add up to it.
  for (const chart of ['chart-cumulative', 'chart-top-codes', 'chart-sites'])
    await page.getByTestId(chart).getByText('Show as table').click();
  await expect(page.getByTestId('table-sites')).toBeVisible();
  const cumulative = await tableColumn(page, 'table-cumulative', 2);
  expect(cumulative.at(-1)).toBe(expected);
  expect(cents(await tableColumn(page, 'table-categories', 2))).toBe(expected);
  expect(cents(await tableColumn(page, 'table-sites', 2))).toBe(expected);
  const topCodes = await page.getByTestId('table-top-codes').locator('tbody th').allTextContents();
  expect(topCodes).toContain('27447');
  expect(topCodes).not.toContain('27130'); // soft-deleted

  // And in the database: the rollup the dashboard read holds the same total.
  const { rows: db } = await sql().query(
    `select sum(wrvu)::float8 as total from "DailyWrvu" where "userId" = $1 and day >= date_trunc('year', now())`,
    [user.id],
  );
  expect(db[0].total).toBeCloseTo(expected, 2);

  // A phone: no horizontal scrolling.
  await page.setViewportSize({ width: 375, height: 800 });
  await page.reload();
  await expect(page.getByTestId('card-ytd-value')).toBeVisible();
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
  ).toBeLessThanOrEqual(0);
});

test('a user with no entries keeps the empty state', async ({ page }) => {
  const user = await createUser();
  await signInViaApi(page, user);
  await page.goto('/dashboard');
  await expect(page.getByText('Nothing logged yet')).toBeVisible();
});

test('group view: admins see their members read-only; members and other organisations get 404', async ({
  browser,
}) => {
  const [admin, member, other] = [
    await orthopedist('Dr. Ada Admin'),
    await orthopedist('Dr. Milo Member'),
    await orthopedist('Dr. Otto Elsewhere'),
  ];
  const today = new Date().toISOString().slice(0, 10);
  await seedEntries(member, [{ date: today, code: '27447', wrvu: 19.6 }]);
  await seedEntries(other, [{ date: today, code: '27130', wrvu: 19.6 }]);
  const [x, y] = [`org_${randomUUID()}`, `org_${randomUUID()}`];
  await sql().query(
    `insert into "Organization" (id, name, slug) values ($1, 'Org X', $1), ($2, 'Org Y', $2)`,
    [x, y],
  );
  await sql().query(
    `insert into "Membership" (id, "userId", "organizationId", role) values ($1, $2, $3, 'ADMIN'), ($4, $5, $3, 'MEMBER'), ($6, $7, $8, 'MEMBER')`,
    [randomUUID(), admin.id, x, randomUUID(), member.id, randomUUID(), other.id, y],
  );

  const memberPage = await browser.newPage();
  await signInViaApi(memberPage, member);
  expect((await memberPage.goto('/group'))?.status()).toBe(404);
  expect((await memberPage.goto(`/group/${admin.id}`))?.status()).toBe(404);
  await memberPage.goto('/dashboard');
  await expect(memberPage.getByRole('link', { name: 'Group', exact: true })).toHaveCount(0);
  await memberPage.close();

  const adminPage = await browser.newPage();
  await signInViaApi(adminPage, admin);
  const res = await adminPage.goto('/group?sort=ytd&dir=desc');
  expect(res?.status()).toBe(200);
  await expect(adminPage.getByRole('heading', { name: 'Org X' })).toBeVisible();
  const names = await adminPage.getByTestId('group-table').locator('tbody th').allTextContents();
  expect(names[0]).toContain('Dr. Milo Member');
  expect(names.join(' ')).not.toContain('Otto');
  await expect(adminPage.getByTestId('group-total-ytd')).toHaveText('19.60');
  await adminPage.getByRole('link', { name: 'Dr. Milo Member' }).click();
  await expect(adminPage).toHaveURL(new RegExp(`/group/${member.id}`));
  await expect(adminPage.getByText('read-only')).toBeVisible();
  expect(num(await adminPage.getByTestId('card-ytd-value').textContent())).toBe(19.6);
  await expect(adminPage.getByTestId('card-compensation')).not.toContainText('Add your $/wRVU rate');
  expect((await adminPage.goto(`/group/${other.id}`))?.status()).toBe(404);
  expect((await adminPage.goto(`/group?org=${y}`))?.status()).toBe(404);
  await adminPage.close();
});

test('benchmarks: a cited table, and an empty state pointing to import', async ({ page }) => {
  const user = await createUser();
  await signInViaApi(page, user);
  await page.goto('/benchmarks?specialty=Family%20medicine');
  await expect(page.getByTestId('benchmark-table')).toBeVisible();
  await expect(page.getByTestId('source-citation')).toContainText(/^Source: .+, \d{4}$/);
  await page.goto('/benchmarks?specialty=Neurosurgery');
  await expect(page.getByTestId('no-benchmark')).toContainText(
    'No published benchmark for Neurosurgery in Benchline yet',
  );
  await expect(page.getByTestId('no-benchmark')).toContainText("Import your organisation's licensed table");
});

test('an organisation admin imports a benchmark table: a bad row writes nothing, a good file is shown with its citation', async ({
  page,
}) => {
  const admin = await orthopedist('Dr. Ida Importer');
  const org = `org_${randomUUID()}`;
  await sql().query(`insert into "Organization" (id, name, slug) values ($1, 'Import Clinic', $1)`, [org]);
  await sql().query(
    `insert into "Membership" (id, "userId", "organizationId", role) values ($1, $2, $3, 'ADMIN')`,
    [randomUUID(), admin.id, org],
  );
  const survey = `Ortho survey ${randomUUID().slice(0, 8)}`;
  await signInViaApi(page, admin);
  await page.goto('/benchmarks');
  await page.getByLabel('Publisher', { exact: true }).fill('Import Clinic Finance');
  await page.getByLabel('Survey', { exact: true }).fill(survey);
  await page.getByLabel('Data year', { exact: true }).fill('2024');
  const header = 'specialty,segment,metric,p10,p25,p50,p75,p90,mean,respondents';
  await page
    .getByLabel('Or paste the CSV')
    .fill(`${header}\nOrthopedic surgery,all,,,7000,8600,10400,12800,,40\nNot a specialty,all,,,1,2,3,4,,`);
  await page.getByRole('button', { name: 'Import table' }).click();
  await expect(page.getByTestId('benchmark-import-errors')).toContainText('Line 3');
  const { rows: none } = await sql().query(
    `select count(*)::int as n from "BenchmarkSource" where survey = $1`,
    [survey],
  );
  expect(none[0].n).toBe(0);

  await page
    .getByLabel('Or paste the CSV')
    .fill(`${header}\nOrthopedic surgery,all,,,7000,8600,10400,12800,,40`);
  await page.getByRole('button', { name: 'Import table' }).click();
  await expect(page).toHaveURL(/\/benchmarks\?source=/);
  await expect(page.getByTestId('benchmark-table')).toContainText('8,600');
  await expect(page.getByTestId('source-citation')).toHaveText(
    `Source: Import Clinic Finance, ${survey} (data year 2024), 2024`,
  );
  const { rows } = await sql().query(`select "organizationId" from "BenchmarkSource" where survey = $1`, [
    survey,
  ]);
  expect(rows).toEqual([{ organizationId: org }]);
});

test('settings: benchmark source, rate tiers and time off are saved', async ({ page }) => {
  const user = await orthopedist();
  await signInViaApi(page, user);
  await page.goto('/settings');
  await page.getByLabel('Benchmark source').selectOption({ index: 1 }); // the first real source
  await page.getByRole('button', { name: 'Add a tier' }).click();
  await page.getByLabel('Tier 1: up to (wRVUs a year)').fill('6000');
  await page.getByLabel('Tier 1: $ per wRVU').fill('45');
  await page.getByRole('button', { name: 'Add a tier' }).click();
  await page.getByLabel('Tier 2: $ per wRVU').fill('55');
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByText('Profile saved')).toBeVisible();
  const { rows } = await sql().query(
    `select "rateTiers", "benchmarkSourceId" is not null as chosen from "User" where id = $1`,
    [user.id],
  );
  expect(rows[0]).toEqual({
    rateTiers: [
      { upTo: 6000, rate: 45 },
      { upTo: null, rate: 55 },
    ],
    chosen: true,
  });

  await page.getByLabel('First day').fill('2026-07-06');
  await page.getByLabel('Last day').fill('2026-07-10');
  await page.getByLabel('Note (optional)').fill('Beach week');
  await page.getByRole('button', { name: 'Add time off' }).click();
  await expect(page.getByRole('list', { name: 'Time off' })).toContainText('2026-07-06 to 2026-07-10');
  await page.getByRole('button', { name: 'Remove time off from 2026-07-06' }).click();
  await expect(page.getByRole('list', { name: 'Time off' })).toHaveCount(0);
  const { rows: left } = await sql().query(`select count(*)::int as n from "TimeOff" where "userId" = $1`, [
    user.id,
  ]);
  expect(left[0].n).toBe(0);
});
