// Accessibility: axe-core finds no serious or critical violation (WCAG 2.1 A/AA rules) on any main
// page, signed in and public, with what can open on it opened: the log's search menu, every "Show as
// table" disclosure, every chart (they load when scrolled into view; charts are aria-hidden and
// must not hold focusable elements).
import { randomUUID } from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { createUser, signInViaApi, sql, type TestUser } from './factories';

type World = { owner: TestUser; member: TestUser; entryId: string };
let world: World;

/** A clinician with a year of entries, admin of a group with one member, and a site admin. */
async function buildWorld(page: Page): Promise<World> {
  const owner = await createUser({ name: 'Dr. Axe Owner' });
  const member = await createUser({ name: 'Dr. Axe Member' });
  await sql().query(`update "User" set specialty = 'Orthopedic surgery', role = 'ADMIN' where id = $1`, [
    owner.id,
  ]);
  const orgId = `org_${randomUUID().replaceAll('-', '')}`;
  await sql().query(`insert into "Organization" (id, name, slug) values ($1, 'Axe Group', $1)`, [orgId]);
  await sql().query(
    `insert into "Membership" (id, "userId", "organizationId", role) values ($1, $2, $4, 'ADMIN'), ($3, $5, $4, 'MEMBER')`,
    [`m_${randomUUID()}`, owner.id, `m_${randomUUID()}`, orgId, member.id],
  );
  const today = new Date();
  const entries = Array.from({ length: 40 }, (_, i) => {
    const d = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() - i * 9));
    return {
      id: randomUUID(),
      dateOfService: d.toISOString().slice(0, 10),
      code: ['99213', '99214', '27447', '29881', 'J2820'][i % 5],
    };
  });
  for (const who of [owner, member]) {
    await signInViaApi(page, who);
    const res = await page.request.post('/api/entries', {
      data: { entries: entries.map((e) => ({ ...e, id: randomUUID() })) },
    });
    expect(res.status()).toBe(201);
  }
  await page.context().clearCookies();
  const { rows } = await sql().query(
    `select id from "LogEntry" where "userId" = $1 and "deletedAt" is null order by "dateOfService" desc limit 1`,
    [owner.id],
  );
  return { owner, member, entryId: rows[0].id };
}

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes
        .slice(0, 5)
        .map((n) => `${n.target.join(' ')}: ${n.failureSummary?.split('\n')[1] ?? ''}`),
    }));
}

/** Brings every lazy chart into view until it has drawn, then opens every "Show as table". */
async function openEverything(page: Page) {
  const waiting = page.locator('[data-chart="waiting"]');
  for (let n = await waiting.count(); n > 0; n = await waiting.count()) {
    await waiting.first().scrollIntoViewIfNeeded();
    await expect.poll(() => waiting.count()).toBeLessThan(n);
  }
  await expect(page.locator('[data-chart="shown"]:not(:has(.recharts-surface))')).toHaveCount(0);
  const summaries = page.locator('details:not([open]) > summary');
  for (let i = await summaries.count(); i > 0; i--) await summaries.first().click();
}

test.beforeAll(async ({ browser }) => {
  const page = await browser.newPage();
  world = await buildWorld(page);
  await page.close();
});

// `path` is a function: the ids exist only once beforeAll has built the world.
const SIGNED_IN: { name: string; path: () => string; ready?: string; charts?: boolean }[] = [
  { name: '/dashboard', path: () => '/dashboard', ready: 'Dashboard', charts: true },
  { name: '/dashboard?range=12m', path: () => '/dashboard?range=12m', ready: 'Dashboard', charts: true },
  { name: '/dashboard/cms-changes', path: () => '/dashboard/cms-changes', ready: 'CMS' },
  { name: '/log', path: () => '/log', ready: 'Log procedures' },
  { name: '/entries', path: () => '/entries', ready: 'Entries' },
  { name: '/entries/[id]', path: () => `/entries/${world.entryId}` },
  { name: '/entries/import', path: () => '/entries/import' },
  { name: '/benchmarks', path: () => '/benchmarks', ready: 'Benchmarks' },
  { name: '/reports', path: () => '/reports', ready: 'Reports' },
  { name: '/settings', path: () => '/settings', ready: 'Settings' },
  { name: '/welcome', path: () => '/welcome' },
  { name: '/group', path: () => '/group' },
  { name: '/group/[id]', path: () => `/group/${world.member.id}`, charts: true },
  { name: '/admin/catalog', path: () => '/admin/catalog' },
];

for (const p of SIGNED_IN) {
  test(`signed in: ${p.name} has no serious or critical axe violation`, async ({ page }) => {
    await signInViaApi(page, world.owner);
    const res = await page.goto(p.path());
    expect(res?.status()).toBe(200);
    if (p.ready) await expect(page.getByRole('heading', { level: 1 }).first()).toContainText(p.ready);
    await openEverything(page);
    if (p.charts) await expect(page.locator('.recharts-surface').first()).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test("signed in: the log's open search menu has no serious or critical axe violation", async ({ page }) => {
  await signInViaApi(page, world.owner);
  await page.goto('/log');
  await page.getByTestId('code-search').fill('knee');
  await expect(page.getByRole('listbox')).toBeVisible();
  await page.getByTestId('code-search').press('ArrowDown');
  expect(await seriousViolations(page)).toEqual([]);
  // A line added, with its explanation open.
  await page.getByTestId('code-search').press('Enter');
  await expect(page.getByRole('list', { name: 'Procedures in this encounter' })).toBeVisible();
  await openEverything(page);
  expect(await seriousViolations(page)).toEqual([]);
});

const PUBLIC = [
  '/',
  '/signin',
  '/signup',
  '/forgot-password',
  '/reset-password?token=not-a-real-token',
  '/codes',
  '/codes?q=knee',
  '/codes/99213',
  '/codes/J2820',
];
for (const path of PUBLIC) {
  test(`public: ${path} has no serious or critical axe violation`, async ({ page }) => {
    const res = await page.goto(path);
    expect(res?.status()).toBe(200);
    await openEverything(page);
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test('public: the catalog search menu has no serious or critical axe violation', async ({ page }) => {
  await page.goto('/codes');
  const box = page.getByRole('combobox').first();
  await box.fill('knee');
  await expect(page.getByRole('listbox')).toBeVisible();
  await box.press('ArrowDown');
  expect(await seriousViolations(page)).toEqual([]);
});
