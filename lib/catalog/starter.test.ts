// Integration tests of the starter catalog loader (needs the database; see import.test.ts): a fresh
// catalog gets every shipped release as a full release and can price any of its codes.
// Values cited from the CMS PFS files: 27570 (fixation of knee joint) work RVU 1.79 in RVU23A-RVU25D;
// 30118 9.92 in RVU23A (January 2023), 7.75 from RVU24B (April 2024); 59515 22.79 in RVU24B;
// 71046-26 0.22 in RVU25D. None of them is among the curated codes.
import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { createEntries } from '@/lib/logs/mutations';
import { createTestUser } from '@/lib/testing/factories';
import { importCatalogFile } from './import';
import { loadStarterCatalog, readStarterCurated } from './starter';
import { CMS, readCms, starterSubsetDir } from './test-files';

const reset = () =>
  db.$executeRawUnsafe('TRUNCATE "RvuRelease", "RvuRow", "Code", "DrugPrice", "CatalogImport"');

describe.skipIf(!process.env.DATABASE_URL)('loadStarterCatalog (database)', () => {
  const lines: string[] = [];
  let first: Awaited<ReturnType<typeof loadStarterCatalog>>;
  beforeAll(async () => {
    await reset();
    first = await loadStarterCatalog(db, { log: (l) => lines.push(l) });
  }, 240_000);
  afterAll(reset);

  it('loads every shipped release as a full release, with HCPCS, ASP and progress lines', async () => {
    expect(first.releasesLoaded).toEqual(['RVU23A', 'RVU24B', 'RVU25A', 'RVU25B', 'RVU25D']);
    expect(first.rows).toBe(18010 + 18534 + 18865 + 18923 + 19090);
    expect(
      await db.rvuRelease.findMany({
        select: { id: true, starter: true, rowCount: true, sourceFile: true },
        orderBy: { effectiveFrom: 'asc' },
      }),
    ).toEqual([
      { id: 'RVU23A', starter: false, rowCount: 18010, sourceFile: 'PPRRVU23_JAN.csv' },
      { id: 'RVU24B', starter: false, rowCount: 18534, sourceFile: 'RVU24B.zip' },
      { id: 'RVU25A', starter: false, rowCount: 18865, sourceFile: 'PPRRVU25_JAN.csv' },
      { id: 'RVU25B', starter: false, rowCount: 18923, sourceFile: 'PPRRVU25_APR.csv' },
      { id: 'RVU25D', starter: false, rowCount: 19090, sourceFile: 'PPRRVU2025_Oct.csv' },
    ]);
    expect(await db.rvuRow.count()).toBe(first.rows);
    expect(await db.drugPrice.count()).toBe(1012);
    expect(await db.catalogImport.count({ where: { importedBy: 'starter catalog' } })).toBe(7);
    expect(lines.filter((l) => /^catalog: \[\d\/7\] /.test(l))).toHaveLength(7);
    expect(first.curatedApplied).toBe((await readStarterCurated()).length);
  });

  it('prices codes outside the curated set by the release of each date of service', async () => {
    const actor = await createTestUser();
    const lines = [
      { code: '27570', modifiers: [], dateOfService: '2025-10-15' },
      { code: '30118', modifiers: [], dateOfService: '2023-03-01' },
      { code: '30118', modifiers: [], dateOfService: '2025-11-01' },
      { code: '59515', modifiers: [], dateOfService: '2024-05-01' },
      { code: '71046', modifiers: ['26'], dateOfService: '2025-10-15' },
    ].map((l) => ({ ...l, id: randomUUID(), units: 1, setting: 'FACILITY' as const }));
    await createEntries({ actor, entries: lines });
    const rows = await db.logEntry.findMany({
      where: { userId: actor.id },
      select: { id: true, releaseId: true, creditedWrvu: true },
    });
    const byId = new Map(rows.map((r) => [r.id, [r.releaseId, r.creditedWrvu.toFixed(2)]]));
    expect(lines.map((l) => byId.get(l.id))).toEqual([
      ['RVU25D', '1.79'],
      ['RVU23A', '9.92'],
      ['RVU25D', '7.75'],
      ['RVU24B', '22.79'],
      ['RVU25D', '0.22'],
    ]);
    // CMS descriptors and facts, no curated text invented for them.
    expect(await db.code.findUniqueOrThrow({ where: { code: '27570' } })).toMatchObject({
      shortDescription: 'Fixation of knee joint',
      curated: false,
      plainLanguage: null,
    });
    // HCPCS Level II October 2025: E0100 "Cane, includes canes of all materials, adjustable or fixed, with tip".
    expect(await db.code.findUniqueOrThrow({ where: { code: 'E0100' } })).toMatchObject({
      kind: 'HCPCS',
      curated: false,
      longDescription: 'Cane, includes canes of all materials, adjustable or fixed, with tip',
    });
  });

  it('treats its releases as imported CMS files: the same file or another format changes nothing', async () => {
    const rows = await db.rvuRow.count();
    expect(
      (await importCatalogFile({ buffer: readCms(CMS.rvu25dCsv), fileName: 'PPRRVU2025_Oct.csv' })).status,
    ).toBe('already-imported');
    const zip = readCms('pfs/RVU24B/RVU24B.zip');
    expect((await importCatalogFile({ buffer: zip, fileName: 'RVU24B.zip' })).status).toBe(
      'already-imported',
    );
    const txt = await importCatalogFile({ buffer: readCms(CMS.rvu25dTxt), fileName: 'PPRRVU2025_Oct.txt' });
    expect(txt).toMatchObject({ status: 'already-imported', summary: { existing: 'same' } });
    expect(txt.message).toMatch(
      /already imported from PPRRVU2025_Oct\.csv with the same 19,090 rows; nothing changed/,
    );
    expect(await db.rvuRow.count()).toBe(rows);
    expect(await loadStarterCatalog(db)).toMatchObject({ loaded: [], releasesLoaded: [], curatedApplied: 0 });
  });

  it('replaces the old starter subset of a release on an upgraded install', async () => {
    const dir = starterSubsetDir(['RVU25D']); // only the RVU25D part keeps this quick
    try {
      await reset();
      await db.rvuRelease.create({
        data: {
          id: 'RVU25D',
          year: 2025,
          quarter: 'D',
          effectiveFrom: new Date('2025-10-01T00:00:00Z'),
          sourceFile: 'starter-catalog.json (subset of PPRRVU2025_Oct.csv)',
          sha256: 'x'.repeat(64),
          rowCount: 0,
          starter: true,
        },
      });
      const result = await loadStarterCatalog(db, { dir });
      expect(result.releasesLoaded).toEqual(['RVU25D']);
      expect(await db.rvuRelease.findUniqueOrThrow({ where: { id: 'RVU25D' } })).toMatchObject({
        starter: false,
        rowCount: 19090,
      });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
