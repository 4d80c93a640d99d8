// Reports: a signed-in physician downloads each format from the Reports page; the files are parsed
// and their totals compared with the figure the page shows (read through the dashboard's data
// layer). Downloads are authorised by the session only.
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { extractText } from 'unpdf';
import { expect, test, type Page } from '@playwright/test';
import { createUser, signInViaApi, sql, type TestUser } from './factories';

const HYPERLINK = '=HYPERLINK("http://evil.example","click")';

/** Entries between 1 January and today (inside the default fiscal year to date), via SQL. */
async function addEntries(user: TestUser, n: number) {
  await sql().query(
    `insert into "LogEntry" (id, "userId", "dateOfService", code, modifiers, units, "encounterKey", setting, role, note, "baseWorkRvu", "creditedWrvu", "releaseId", status, "updatedAt")
     select $1 || '-' || i, $1, date_trunc('year', current_date)::date + (i % (current_date - date_trunc('year', current_date)::date + 1)),
            (array['99213','27447','20610','99214'])[1 + i % 4], '{}', 1, 'enc-' || i, 'FACILITY', 'PRIMARY',
            case when i = 1 then $3 else null end,
            (array[1.30, 19.60, 0.79, 1.92])[1 + i % 4], (array[1.30, 19.60, 0.40, 1.92])[1 + i % 4], 'RVU25D', 'A', now()
     from generate_series(1, $2::int) as i`,
    [user.id, n, HYPERLINK],
  );
  const { rows } = await sql().query(
    `select sum("creditedWrvu")::text as wrvu, count(*)::int as n from "LogEntry" where "userId" = $1`,
    [user.id],
  );
  return { wrvu: Number(rows[0].wrvu), n: rows[0].n as number };
}

async function pageTotal(page: Page): Promise<number> {
  const text = (await page.getByTestId('report-total').textContent()) ?? '';
  return Number(text.replace(/,/g, ''));
}

async function download(page: Page, button: string) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  return { name: file.suggestedFilename(), buffer: await readFile((await file.path())!) };
}

const cents = (values: unknown[]) => values.reduce<number>((s, v) => s + Math.round(Number(v) * 100), 0);

test('downloads CSV, XLSX and PDF whose totals match the page', async ({ page }) => {
  const user = await createUser({ name: 'Dr. Report Downloader' });
  const logged = await addEntries(user, 40);
  await signInViaApi(page, user);
  await page.goto('/reports');
  await expect(page.getByRole('heading', { name: 'Reports' })).toBeVisible();
  await expect(page.getByText('Exports contain no patient identifiers')).toBeVisible();
  const shown = await pageTotal(page);
  expect(Math.round(shown * 100)).toBe(Math.round(logged.wrvu * 100));
  await expect(page.getByTestId('report-entries')).toHaveText(String(logged.n));

  const csv = await download(page, 'Download CSV');
  expect(csv.name).toMatch(/^benchline-\d{4}-entries\.csv$/);
  const rows = Papa.parse<Record<string, string>>(csv.buffer.toString('utf8').trimEnd(), {
    header: true,
  }).data;
  expect(rows).toHaveLength(logged.n);
  expect(cents(rows.map((r) => r['Credited wRVU']))).toBe(Math.round(shown * 100));
  expect(rows.map((r) => r.Note)).toContain(`'${HYPERLINK}`);

  const xlsx = await download(page, 'Download XLSX');
  expect(xlsx.name).toMatch(/^benchline-\d{4}-report\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(xlsx.buffer as unknown as ArrayBuffer);
  expect(workbook.worksheets.map((w) => w.name)).toEqual(['Entries', 'Summary', 'Benchmarks']);
  const sheet = workbook.getWorksheet('Entries')!;
  const col = (sheet.getRow(1).values as unknown[]).indexOf('Credited wRVU');
  const values: unknown[] = [];
  sheet.eachRow((row, i) => i > 1 && values.push(row.getCell(col).value));
  expect(cents(values)).toBe(Math.round(shown * 100));

  const pdf = await download(page, 'Download PDF');
  expect(pdf.name).toMatch(/^benchline-\d{4}-report\.pdf$/);
  const { text, totalPages } = await extractText(new Uint8Array(pdf.buffer), { mergePages: true });
  expect(text).toContain('Dr. Report Downloader');
  expect(text).toContain(`Total: ${logged.n} entries`);
  expect(text).toContain(`${(await page.getByTestId('report-total').textContent())?.trim()} wRVUs`);
  expect(text).toContain(`Page ${totalPages} of ${totalPages}`);
});

test('a custom period narrows the export; bad dates come back to the form with a message', async ({
  page,
}) => {
  const user = await createUser();
  await addEntries(user, 12);
  await signInViaApi(page, user);
  await page.goto('/reports');
  await page.getByLabel('Custom dates').check();
  await page.getByRole('button', { name: 'Download CSV' }).click();
  await expect(page).toHaveURL(/\/reports\?/);
  await expect(page.getByTestId('report-error')).toContainText('first day of the period');

  const year = new Date().getUTCFullYear();
  await page.getByLabel('From (custom)').fill(`${year}-01-01`);
  await page.getByLabel('To (custom)').fill(`${year}-01-31`);
  await page.getByRole('button', { name: 'Update preview' }).click();
  await expect(page.getByTestId('report-preview')).toContainText(`Jan 31, ${year}`);
  const shown = await pageTotal(page);
  const csv = await download(page, 'Download CSV');
  const rows = Papa.parse<Record<string, string>>(csv.buffer.toString('utf8').trimEnd(), {
    header: true,
  }).data;
  expect(rows.every((r) => r['Date of service'].startsWith(`${year}-01`))).toBe(true);
  expect(cents(rows.map((r) => r['Credited wRVU']))).toBe(Math.round(shown * 100));
});

test('residents get the case-log layout by default', async ({ page }) => {
  const user = await createUser();
  await sql().query(`update "User" set "careerStage" = 'RESIDENT', "pgyYear" = 2 where id = $1`, [user.id]);
  await addEntries(user, 5);
  await signInViaApi(page, user);
  await page.goto('/reports');
  await expect(page.getByLabel(/Residents' case log/)).toBeChecked();
  const csv = await download(page, 'Download CSV');
  expect(csv.name).toMatch(/case-log\.csv$/);
  expect(csv.buffer.toString('utf8').split('\r\n')[0]).toBe(
    'Date,CPT code,Modifiers,Description,Role,Benchline role,Site,Setting,Note',
  );
});

test("downloads never expose another user's data", async ({ page, playwright, baseURL }) => {
  const owner = await createUser();
  await addEntries(owner, 8);
  const other = await createUser();
  await signInViaApi(page, other);
  // There is no parameter naming a user; extra ones are ignored and the session decides.
  const res = await page.request.get(
    `/api/reports/csv?contents=entries&userId=${owner.id}&viewUserId=${owner.id}`,
  );
  expect(res.status()).toBe(200);
  expect(res.headers()['cache-control']).toBe('no-store');
  expect((await res.text()).trim().split('\r\n')).toHaveLength(1); // header row only

  const { rows } = await sql().query(
    `insert into "Organization" (id, name, slug) values ($1, 'Owner group', $1) returning id`,
    [`org_${owner.id}`],
  );
  await sql().query(
    `insert into "Membership" (id, "userId", "organizationId", role) values ($1, $2, $3, 'ADMIN'), ($4, $5, $3, 'MEMBER')`,
    [`m1_${owner.id}`, owner.id, rows[0].id, `m2_${owner.id}`, other.id],
  );
  expect((await page.request.get(`/api/reports/csv?scope=group:${rows[0].id}`)).status()).toBe(404);
  expect((await page.request.get('/api/reports/csv?from=2025-13-01&to=2025-01-01')).status()).toBe(400);

  const anonymous = await playwright.request.newContext({ baseURL });
  expect((await anonymous.get('/api/reports/csv')).status()).toBe(401);
  await anonymous.dispose();
});

test('group admins download the group summary', async ({ page }) => {
  const admin = await createUser({ name: 'Dr. Group Admin' });
  const member = await createUser({ name: 'Dr. Group Member' });
  const logged = await addEntries(member, 10);
  const org = `org_${admin.id}`;
  await sql().query(`insert into "Organization" (id, name, slug) values ($1, 'Reports Group', $1)`, [org]);
  await sql().query(
    `insert into "Membership" (id, "userId", "organizationId", role) values ($1, $2, $3, 'ADMIN'), ($4, $5, $3, 'MEMBER')`,
    [`m1_${admin.id}`, admin.id, org, `m2_${admin.id}`, member.id],
  );
  await signInViaApi(page, admin);
  await page.goto('/reports');
  await expect(page.getByRole('heading', { name: 'Group summary' })).toBeVisible();
  const csv = await download(page, 'Download group CSV');
  expect(csv.name).toMatch(/^benchline-\d{4}-group-reports-group\.csv$/);
  const rows = Papa.parse<Record<string, string>>(csv.buffer.toString('utf8').trimEnd(), {
    header: true,
  }).data;
  expect(rows.map((r) => r.Member).sort()).toEqual(['Dr. Group Admin', 'Dr. Group Member']);
  expect(Math.round(Number(rows.find((r) => r.Member === 'Dr. Group Member')!['YTD wRVUs']) * 100)).toBe(
    Math.round(logged.wrvu * 100),
  );
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 760 } });
  test('the Reports page fits 375 px and its buttons are reachable by keyboard', async ({ page }) => {
    const user = await createUser();
    await signInViaApi(page, user);
    await page.goto('/reports');
    await expect(page.getByRole('button', { name: 'Download PDF' })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.getByRole('button', { name: 'Download CSV' }).focus();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Download XLSX' })).toBeFocused();
  });
});
