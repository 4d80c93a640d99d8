// A physician picks the Medicare-derived benchmark for their specialty and sees its caveat on the
// dashboard and the benchmarks page. The source is built by the real importer (the CLI over
// lib/benchmarks/medicare) from the 2023-layout fixture, priced under the release the app has.
//   node scripts/with-db.mjs --fresh -- npx playwright test e2e/medicare.spec.ts
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { createUser, signInViaApi, sql } from './factories';

const CAVEAT = 'Medicare fee-for-service volume only - not total productivity, not FTE-adjusted';
const LABEL =
  'CMS: Medicare Physician & Other Practitioners, data year 2023, Medicare FFS volume only (2023)';

test('a user chooses the Medicare-derived source and sees the caveat with its numbers', async ({ page }) => {
  execFileSync(
    process.execPath,
    [
      '--import',
      'tsx',
      '--conditions=react-server',
      'scripts/medicare-import.ts',
      path.join('lib', 'benchmarks', 'medicare', '__fixtures__', 'medicare-2023.csv'),
      '--year',
      '2023',
    ],
    { stdio: 'pipe', env: process.env },
  );
  const user = await createUser();
  await sql().query(
    `update "User" set specialty = 'Internal Medicine', "fiscalYearStartMonth" = 1 where id = $1`,
    [user.id],
  );
  // One logged procedure so the dashboard shows its comparison (pricing has its own tests).
  const id = randomUUID();
  await sql().query(
    `insert into "LogEntry" (id, "userId", "dateOfService", code, modifiers, units, "encounterKey", "creditedWrvu", "baseWorkRvu", "updatedAt")
     values ($1, $2, $3::date, '99214', '{}', 1, $1, 1.92, 1.92, now())`,
    [id, user.id, new Date().toISOString().slice(0, 10)],
  );
  await signInViaApi(page, user);

  await page.goto('/settings');
  await page.getByLabel('Benchmark source').selectOption({ label: LABEL });
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByText('Profile saved')).toBeVisible();

  await page.goto('/dashboard');
  await expect(page.getByTestId('source-caveat').first()).toHaveText(CAVEAT);
  await expect(page.getByTestId('source-citation').first()).toContainText(
    'CMS, Medicare Physician & Other Practitioners - by Provider and Service, data year 2023',
  );

  const { rows } = await sql().query(`select id from "BenchmarkSource" where key = 'cms-medicare:2023'`);
  await page.goto(`/benchmarks?specialty=Internal%20medicine&source=${rows[0].id}`);
  await expect(page.getByTestId('source-caveat')).toHaveText(CAVEAT);
  await expect(page.getByTestId('benchmark-table')).toContainText(
    'Annual Medicare FFS wRVUs per individual provider',
  );
});
