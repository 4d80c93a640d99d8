// Release fit on the starter catalog, against a production build with a fresh database:
//   E2E_PORT=... node scripts/with-db.mjs --fresh -- npx playwright test e2e/fee-schedule.spec.ts
// An entry dated in a later calendar year than the newest imported release (a 2026 date priced by
// RVU25D) carries the "priced with an older fee schedule" mark on every surface: the log's preview,
// the entries list, the entry and its explanation, the dashboard banner, the CSV/XLSX column, the
// PDF, the code page and the admin catalog page. A date before the earliest release is priced with
// it, marked "newer". Expected values are read from the imported catalog, never typed in.
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { extractText } from 'unpdf';
import { expect, test, type Page } from '@playwright/test';
import { createUser, signInViaApi, sql } from './factories';

const OLDER = 'Priced with an older fee schedule';
const NEWER = 'Priced with a newer fee schedule';
const SYNTHETIC = 'Synthetic demo data - not survey data';

type Release = { id: string; effectiveFrom: string; year: number; quarter: string };

async function releases(): Promise<{ earliest: Release; newest: Release }> {
  const { rows } = await sql().query<Release>(
    `select id, to_char("effectiveFrom", 'YYYY-MM-DD') as "effectiveFrom", year, quarter from "RvuRelease" order by "effectiveFrom", id`,
  );
  return { earliest: rows[0], newest: rows[rows.length - 1] };
}

async function workRvu(releaseId: string, code: string): Promise<string> {
  const { rows } = await sql().query(
    `select "workRvu"::text as w from "RvuRow" where "releaseId" = $1 and code = $2 and modifier = ''`,
    [releaseId, code],
  );
  return rows[0].w;
}

async function logOne(page: Page, date: string, code: string) {
  await page.goto('/log');
  await page.getByLabel('Date of service').fill(date);
  const search = page.getByTestId('code-search');
  await search.fill(code);
  await expect(page.getByRole('option', { name: new RegExp(code) }).first()).toBeVisible();
  await search.press('Enter');
}

async function download(page: Page, button: string) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  return readFile((await file.path())!);
}

test('a date in a later year than the newest release is marked on every surface', async ({ page }) => {
  const { newest } = await releases();
  const date = `${newest.year + 1}-01-15`; // in the past: this project's clock is in December 2026
  const expected = await workRvu(newest.id, '27447');
  const user = await createUser({ name: 'Dr. Old Schedule' });
  await sql().query(`update "User" set role = 'ADMIN' where id = $1`, [user.id]); // for /admin/catalog
  await signInViaApi(page, user);

  // The log's preview, before saving.
  await logOne(page, date, '27447');
  const line = page.getByTestId('draft-line').first();
  await expect(line.getByTestId('line-wrvu')).toHaveText(expected);
  await expect(line.getByTestId('release-fit')).toHaveText(OLDER);
  await expect(line.getByTestId('line-explanation')).toContainText(`${OLDER}: ${newest.id}`);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText(/Logged 1 procedure/)).toBeVisible();
  const { rows } = await sql().query(
    `select id, "releaseId", "releaseFit"::text as fit, "creditedWrvu"::text as wrvu from "LogEntry" where "userId" = $1`,
    [user.id],
  );
  expect(rows).toEqual([{ id: rows[0].id, releaseId: newest.id, fit: 'older', wrvu: expected }]);

  // The entries list, the entry and its explanation.
  await page.goto('/entries');
  await expect(page.getByTestId('entry-row').getByTestId('release-fit')).toHaveText(OLDER);
  await page.getByTestId('entry-row').getByRole('link', { name: 'Why?' }).click();
  await expect(page.getByTestId('release-fit')).toHaveText(OLDER);
  await expect(page.getByTestId('why')).toContainText(`${OLDER}: ${newest.id}`);

  // The dashboard banner: how many entries and wRVUs, what to import, where from.
  await page.goto('/dashboard');
  const banner = page.getByTestId('release-fit-banner-older');
  await expect(banner).toContainText(`1 entry (${expected} wRVU) dated ${newest.year + 1}`);
  const yy = String((newest.year + 1) % 100).padStart(2, '0');
  await expect(banner).toContainText(`Import RVU${yy}A-RVU${yy}D`);
  await expect(page.getByTestId('release-fit-banner').getByRole('link', { name: /CMS/ })).toHaveAttribute(
    'href',
    /cms\.gov/,
  );

  // Exports: a column in CSV and XLSX, a line in the PDF.
  await page.goto('/reports');
  const csv = Papa.parse<Record<string, string>>(
    (await download(page, 'Download CSV')).toString('utf8').trim(),
    {
      header: true,
    },
  ).data;
  expect(csv.map((r) => [r.Code, r['Fee schedule']])).toEqual([['27447', OLDER]]);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await download(page, 'Download XLSX')) as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet('Entries')!;
  const col = (sheet.getRow(1).values as unknown[]).indexOf('Fee schedule');
  expect(col).toBeGreaterThan(0);
  expect(sheet.getRow(2).getCell(col).value).toBe(OLDER);
  const { text } = await extractText(new Uint8Array(await download(page, 'Download PDF')), {
    mergePages: true,
  });
  expect(text.replace(/\s+/g, ' ')).toContain(`${OLDER}: 1 entry`);

  // The code page and the admin catalog page.
  await page.goto('/codes/27447');
  await expect(page.getByTestId('code-release-freshness')).toContainText(
    `Latest imported: ${newest.id}; CMS has published newer releases since`,
  );
  await page.goto('/admin/catalog');
  const now = new Date();
  const behind =
    now.getUTCFullYear() * 4 +
    Math.floor(now.getUTCMonth() / 3) -
    (newest.year * 4 + 'ABCD'.indexOf(newest.quarter));
  await expect(page.getByTestId('catalog-freshness')).toContainText(`${behind} quarters behind`);
});

test('a date before the earliest release is priced with it and marked, never a silent 0', async ({
  page,
}) => {
  const { earliest } = await releases();
  const before = new Date(new Date(`${earliest.effectiveFrom}T00:00:00Z`).getTime() - 30 * 86_400_000)
    .toISOString()
    .slice(0, 10);
  const expected = await workRvu(earliest.id, '99213');
  const user = await createUser();
  await signInViaApi(page, user);
  await logOne(page, before, '99213');
  const line = page.getByTestId('draft-line').first();
  await expect(line.getByTestId('line-wrvu')).toHaveText(expected);
  await expect(line.getByTestId('release-fit')).toHaveText(NEWER);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText(/Logged 1 procedure/)).toBeVisible();
  await page.goto('/entries');
  await expect(page.getByTestId('entry-row').getByTestId('release-fit')).toHaveText(NEWER);
  const { rows } = await sql().query(
    `select "releaseId", "releaseFit"::text as fit, "creditedWrvu"::text as wrvu from "LogEntry" where "userId" = $1`,
    [user.id],
  );
  expect(rows).toEqual([{ releaseId: earliest.id, fit: 'newer', wrvu: expected }]);
});

test('a new orthopaedic user sees no synthetic percentile, rank or target, and the ways forward', async ({
  page,
}) => {
  const user = await createUser();
  await sql().query(
    `update "User" set specialty = 'Orthopedic Surgery', "targetPercentile" = 50 where id = $1`,
    [user.id],
  );
  const today = new Date().toISOString().slice(0, 10);
  await sql().query(
    `insert into "LogEntry" (id, "userId", "dateOfService", code, modifiers, units, "encounterKey", "creditedWrvu", "baseWorkRvu", "updatedAt")
     values ($1, $2, $3::date, '27447', '{}', 1, $1, 19.6, 19.6, now())`,
    [`${user.id}-tka`, user.id, today],
  );
  await signInViaApi(page, user);
  await page.goto('/dashboard');
  await expect(page.getByTestId('card-percentile-value')).toHaveText('-');
  const none = page.getByTestId('card-percentile').getByTestId('no-benchmark');
  await expect(none).toContainText('No published benchmark for Orthopedic Surgery in Benchline yet');
  await expect(none.getByRole('link', { name: 'template' })).toHaveAttribute('href', '/benchmarks/template');
  await expect(none).toContainText('related specialty');
  await expect(page.getByTestId('card-projection')).not.toContainText('Target p');
  await expect(page.locator('main')).not.toContainText(SYNTHETIC);

  // Nor on the benchmarks page, nor as a choice in Settings.
  await page.goto('/benchmarks?specialty=Orthopedic%20surgery');
  await expect(page.getByTestId('no-benchmark')).toContainText(
    'No published benchmark for Orthopedic surgery',
  );
  await expect(page.locator('main')).not.toContainText(SYNTHETIC);
  await page.goto('/settings');
  await expect(page.getByLabel('Benchmark source').locator('option', { hasText: SYNTHETIC })).toHaveCount(0);

  // Choosing a related specialty explicitly gives a real, cited comparison.
  await page.getByLabel('Compare with specialty').selectOption('Hospital medicine');
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByText('Profile saved')).toBeVisible();
  await page.goto('/dashboard');
  await expect(page.getByTestId('card-percentile').getByTestId('source-citation')).toContainText(
    /^Source: .+, \d{4}/,
  );
  await expect(page.locator('main')).not.toContainText(SYNTHETIC);
});
