// Integration tests of the report exports against PostgreSQL, real CMS RVU25D data and entries
// created through the logging data layer (so credited wRVUs are the engine's):
//   node scripts/with-db.mjs --fresh -- npx vitest run lib/reports
// Each output is parsed back (papaparse, exceljs, unpdf) and its totals compared with the
// dashboard's numbers for the same period and with a SQL sum.
import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { extractText } from 'unpdf';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { seedBuiltinBenchmarks } from '@/lib/benchmarks/mutations';
import { SYNTHETIC_LABEL } from '@/lib/benchmarks/synthetic';
import { getDashboard } from '@/lib/dashboard/queries';
import { formatWrvu } from '@/lib/format';
import { createSite } from '@/lib/logs/favorites';
import { createEntries } from '@/lib/logs/mutations';
import type { CreateEntryInput } from '@/lib/logs/schemas';
import type { Actor } from '@/lib/session';
import { ensureCatalog } from '@/lib/testing/catalog';
import { createTestUser } from '@/lib/testing/factories';
import { createExport } from './export';
import { queryInput, reportQuerySchema } from './schemas';
import { toBuffer } from './stream';

const AS_OF = '2025-12-31';
const HYPERLINK = '=HYPERLINK("http://evil.example","click")';

async function exportOf(actor: Actor, format: string, qs = '') {
  const query = reportQuerySchema.parse(queryInput(format, new URLSearchParams(qs)));
  const file = await createExport({ actor, query, asOf: AS_OF });
  return { ...file, buffer: await toBuffer(file.body) };
}

const hundredths = (values: (string | number)[]) =>
  values.reduce<number>((s, v) => s + Math.round(Number(v) * 100), 0);

async function sqlTotal(actor: Actor, from: string, to: string) {
  const [row] = await db.$queryRaw<{ wrvu: string; entries: number }[]>`
    select coalesce(sum("creditedWrvu"), 0)::text as wrvu, count(*)::int as entries from "LogEntry"
    where "userId" = ${actor.id} and "deletedAt" is null and "dateOfService" between ${from}::date and ${to}::date`;
  return { hundredths: Math.round(Number(row.wrvu) * 100), entries: row.entries };
}

async function physician(name: string) {
  const actor = await createTestUser({ name });
  await db.user.update({
    where: { id: actor.id },
    // A demo user: the labelled synthetic benchmark is the demo account's (real users get none).
    data: { specialty: 'Orthopedic surgery', careerStage: 'ATTENDING', fiscalYearStartMonth: 1, demo: true },
  });
  const site = await createSite({ actor, name: 'Main Hospital' });
  const codes = ['27447', '20610', '99213', '99214', '29881'];
  const entries: CreateEntryInput[] = [];
  for (let i = 0; i < 30; i++) {
    const day = String(1 + (i % 28)).padStart(2, '0');
    entries.push({
      id: randomUUID(),
      dateOfService: `2025-${i % 2 ? '10' : '11'}-${day}`,
      code: codes[i % codes.length],
      modifiers: [],
      units: 1,
      setting: 'FACILITY',
      siteId: i % 3 ? site.id : null,
      role: i % 4 ? 'PRIMARY' : 'ASSISTANT',
      // Two lines share an encounter now and then, so the multiple-procedure reduction applies.
      encounterKey: `case-${Math.floor(i / 2)}`,
      note: i === 0 ? HYPERLINK : i === 1 ? 'Left knee, "revision", see op note' : undefined,
    });
  }
  await createEntries({ actor, entries });
  return actor;
}

let alice: Actor;
let dashboardTotal: number; // hundredths, fiscal year to date
let dashboardYtd: number;

beforeAll(async () => {
  await ensureCatalog('RVU25D');
  await seedBuiltinBenchmarks();
  alice = await physician('Dr. Alice Export');
  const dashboard = await getDashboard({ actor: alice, range: { kind: 'fytd' }, asOf: AS_OF });
  dashboardTotal = Math.round(dashboard.breakdowns.total * 100);
  dashboardYtd = Math.round(dashboard.summary.ytdWrvu * 100);
}, 180_000);

describe('CSV export', () => {
  it('lists every entry; the total equals the dashboard and SQL; formula cells are neutralised', async () => {
    const file = await exportOf(alice, 'csv', 'range=fytd&contents=entries');
    expect(file.fileName).toBe('benchline-2025-entries.csv');
    expect(file.contentType).toBe('text/csv; charset=utf-8');
    const text = file.buffer.toString('utf8');
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
    const parsed = Papa.parse<Record<string, string>>(text.trimEnd(), { header: true });
    expect(parsed.errors).toEqual([]);
    const sql = await sqlTotal(alice, '2025-01-01', AS_OF);
    expect(parsed.data).toHaveLength(sql.entries);
    const total = hundredths(parsed.data.map((r) => r['Credited wRVU']));
    expect(total).toBe(sql.hundredths);
    expect(total).toBe(dashboardTotal);
    expect(total).toBe(dashboardYtd);
    expect(total).toBeGreaterThan(0);
    expect(parsed.data.map((r) => r.Note)).toContain(`'${HYPERLINK}`);
    expect(parsed.data.map((r) => r.Note)).toContain('Left knee, "revision", see op note');
    expect(text).not.toMatch(/(^|,)=HYPERLINK/m);
    // Sorted by date of service.
    const dates = parsed.data.map((r) => r['Date of service']);
    expect([...dates].sort()).toEqual(dates);
  });

  it('exports a custom period only', async () => {
    const file = await exportOf(alice, 'csv', 'from=2025-10-01&to=2025-10-31&contents=entries');
    const rows = Papa.parse<Record<string, string>>(file.buffer.toString('utf8').trimEnd(), {
      header: true,
    }).data;
    const sql = await sqlTotal(alice, '2025-10-01', '2025-10-31');
    expect(rows).toHaveLength(sql.entries);
    expect(rows.every((r) => r['Date of service'].startsWith('2025-10'))).toBe(true);
    const dashboard = await getDashboard({
      actor: alice,
      range: { kind: 'custom', from: '2025-10-01', to: '2025-10-31' },
      asOf: AS_OF,
    });
    expect(hundredths(rows.map((r) => r['Credited wRVU']))).toBe(
      Math.round(dashboard.breakdowns.total * 100),
    );
  });

  it('writes the case-log layout for residents: date, CPT code, description, role', async () => {
    const file = await exportOf(alice, 'csv', 'contents=entries&layout=case-log');
    expect(file.fileName).toBe('benchline-2025-case-log.csv');
    const parsed = Papa.parse<Record<string, string>>(file.buffer.toString('utf8').trimEnd(), {
      header: true,
    });
    expect(parsed.meta.fields?.slice(0, 5)).toEqual(['Date', 'CPT code', 'Modifiers', 'Description', 'Role']);
    expect(parsed.data.find((r) => r['CPT code'] === '27447')?.Description).toMatch(/knee/i);
    expect(new Set(parsed.data.map((r) => r.Role))).toEqual(new Set(['Surgeon', 'Assistant']));
  });

  it('writes the summary and the benchmark comparison as tables', async () => {
    const summary = await exportOf(alice, 'csv', 'contents=summary');
    expect(summary.fileName).toBe('benchline-2025-summary.csv');
    const rows = Papa.parse<Record<string, string>>(summary.buffer.toString('utf8').trimEnd(), {
      header: true,
    }).data;
    const total = rows.find((r) => r.Breakdown === 'Total')!;
    expect(Math.round(Number(total.wRVUs) * 100)).toBe(dashboardTotal);
    for (const section of ['Month', 'Code', 'Category', 'Site']) {
      expect(hundredths(rows.filter((r) => r.Breakdown === section).map((r) => r.wRVUs))).toBe(
        dashboardTotal,
      );
    }
    expect(rows.filter((r) => r.Breakdown === 'Month')).toHaveLength(12);
    // No internal ids or slugs: the Code column holds CPT codes only, sites and categories by name.
    expect(rows.filter((r) => r.Breakdown !== 'Code').every((r) => r.Code === '')).toBe(true);
    expect(rows.filter((r) => r.Breakdown === 'Code').every((r) => /^[A-Z0-9]{5}$/.test(r.Code))).toBe(true);
    expect(
      rows.filter((r) => r.Breakdown === 'Site').every((r) => r.Label && !/^c[a-z0-9]{20,}$/.test(r.Label)),
    ).toBe(true);

    const bench = await exportOf(alice, 'csv', 'contents=benchmarks');
    const text = bench.buffer.toString('utf8');
    expect(text).toContain(SYNTHETIC_LABEL);
    expect(text).toContain('Data year,,2025');
  });
});

describe('XLSX export', () => {
  it('has Entries, Summary and Benchmarks sheets with typed cells whose totals match the dashboard', async () => {
    const file = await exportOf(alice, 'xlsx', 'range=fytd');
    expect(file.fileName).toBe('benchline-2025-report.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.buffer as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Entries', 'Summary', 'Benchmarks']);
    const entries = workbook.getWorksheet('Entries')!;
    expect(entries.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const headers = (entries.getRow(1).values as unknown[]).slice(1);
    const creditedCol = headers.indexOf('Credited wRVU') + 1;
    const values: number[] = [];
    entries.eachRow((row, n) => {
      if (n === 1) return;
      expect(row.getCell(1).value).toBeInstanceOf(Date);
      expect(typeof row.getCell(creditedCol).value).toBe('number');
      expect(row.getCell(creditedCol).numFmt).toBe('0.00');
      values.push(row.getCell(creditedCol).value as number);
    });
    const sql = await sqlTotal(alice, '2025-01-01', AS_OF);
    expect(values).toHaveLength(sql.entries);
    expect(hundredths(values)).toBe(dashboardTotal);

    const summary = workbook.getWorksheet('Summary')!;
    let summaryTotal: number | null = null;
    summary.eachRow((row) => {
      if (row.getCell(1).value === 'Total') summaryTotal = row.getCell(5).value as number;
    });
    expect(Math.round(summaryTotal! * 100)).toBe(dashboardTotal);

    const bench = workbook.getWorksheet('Benchmarks')!;
    const cells: string[] = [];
    bench.eachRow((row) => cells.push((row.values as unknown[]).slice(1).join(' | ')));
    expect(cells.join('\n')).toContain(SYNTHETIC_LABEL);
    expect(cells.join('\n')).toContain('Data year |  | 2025');
  });

  it('writes a Case log sheet for the case-log layout', async () => {
    const file = await exportOf(alice, 'xlsx', 'contents=entries&layout=case-log');
    expect(file.fileName).toBe('benchline-2025-case-log.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.buffer as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Case log']);
    expect((workbook.worksheets[0].getRow(1).values as unknown[]).slice(1, 6)).toEqual([
      'Date',
      'CPT code',
      'Modifiers',
      'Description',
      'Role',
    ]);
  });
});

describe('PDF export', () => {
  it('prints the dashboard figures, the labelled benchmark, every entry and page numbers', async () => {
    const file = await exportOf(alice, 'pdf', 'range=fytd');
    expect(file.fileName).toBe('benchline-2025-report.pdf');
    const { totalPages, text } = await extractText(new Uint8Array(file.buffer), { mergePages: true });
    const sql = await sqlTotal(alice, '2025-01-01', AS_OF);
    expect(text).toContain('Dr. Alice Export');
    expect(text).toContain('Orthopedic surgery');
    expect(text).toContain(SYNTHETIC_LABEL);
    expect(text).toContain(`Total: ${sql.entries} entries`);
    expect(text).toContain(`${formatWrvu(dashboardTotal / 100)} wRVUs`);
    expect(text).toContain(`Page ${totalPages} of ${totalPages}`);
    expect(text).toContain('Source: Synthetic demo data - not survey data, 2025');
  });
});

describe('authorisation', () => {
  it("never exports another user's entries: the actor is the only owner read", async () => {
    const mallory = await createTestUser({ name: 'Dr. Mallory' });
    const file = await exportOf(
      mallory,
      'csv',
      'range=custom&from=2025-01-01&to=2025-12-31&contents=entries',
    );
    const rows = Papa.parse<Record<string, string>>(file.buffer.toString('utf8').trimEnd(), {
      header: true,
    }).data;
    expect(rows).toHaveLength(0);
    // The query has no field for a user: unknown parameters are ignored, never obeyed.
    const query = reportQuerySchema.parse({
      ...queryInput('csv', new URLSearchParams('contents=entries')),
      userId: alice.id,
      viewUserId: alice.id,
    });
    const again = await createExport({ actor: mallory, query, asOf: AS_OF });
    expect((await toBuffer(again.body)).toString('utf8')).not.toContain('27447');
  });

  it('refuses a group export to non-admins and to admins of another group, alike', async () => {
    const admin = await createTestUser({ name: 'Dr. Admin' });
    const member = await createTestUser({ name: 'Dr. Member' });
    const outsider = await createTestUser({ name: 'Dr. Outsider' });
    const org = await db.organization.create({
      data: {
        name: 'Ortho Group',
        slug: `org-${randomUUID()}`,
        memberships: {
          create: [
            { userId: admin.id, role: 'ADMIN' },
            { userId: member.id, role: 'MEMBER' },
            { userId: alice.id, role: 'MEMBER' },
          ],
        },
      },
    });
    const other = await db.organization.create({
      data: {
        name: 'Other',
        slug: `org-${randomUUID()}`,
        memberships: { create: [{ userId: outsider.id, role: 'ADMIN' }] },
      },
    });

    for (const [actor, orgId] of [
      [member, org.id],
      [outsider, org.id],
      [admin, other.id],
      [admin, 'no-such-org'],
    ] as const) {
      await expect(exportOf(actor, 'csv', `scope=group:${orgId}`)).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
    }

    const file = await exportOf(admin, 'csv', `scope=group:${org.id}`);
    expect(file.fileName).toBe('benchline-2025-group-ortho-group.csv');
    const rows = Papa.parse<Record<string, string>>(file.buffer.toString('utf8').trimEnd(), {
      header: true,
    }).data;
    expect(rows.map((r) => r.Member).sort()).toEqual(['Dr. Admin', 'Dr. Alice Export', 'Dr. Member']);
    const aliceRow = rows.find((r) => r.Member === 'Dr. Alice Export')!;
    expect(Math.round(Number(aliceRow['YTD wRVUs']) * 100)).toBe(dashboardYtd);
    expect(aliceRow['Percentile rank']).not.toBe('');

    const xlsx = await exportOf(admin, 'xlsx', `scope=group:${org.id}`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.buffer as unknown as ArrayBuffer);
    expect(workbook.getWorksheet('Group')!.rowCount).toBe(4);
  });
});
