// Importing the CY2026 pair (needs the database; see import.test.ts). Fixtures in __fixtures__/cy2026
// are built from real CMS rows: RVU26A (January 2026) 27447 work RVU 19.11, 43239 2.33 (ENDO BASE
// 43235), 71046-26 0.21, J2820 status E, conversion factors 33.4009 (non-QP) and 33.5675 (QP).
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { importCatalogFile } from './import';
import { encode, fixture2026 } from './test-files';

const reset = () =>
  db.$executeRawUnsafe('TRUNCATE "RvuRelease", "RvuRow", "Code", "DrugPrice", "CatalogImport"');
const importFixture = (name: string, buffer = fixture2026(name)) =>
  importCatalogFile({ buffer, fileName: name });
const release = () =>
  db.rvuRelease.findUniqueOrThrow({
    where: { id: 'RVU26A' },
    select: { effectiveFrom: true, conversionFactor: true, conversionFactorQp: true, rowCount: true },
  });
const work = async (code: string, modifier = '') =>
  (
    await db.rvuRow.findUniqueOrThrow({
      where: { releaseId_code_modifier: { releaseId: 'RVU26A', code, modifier } },
    })
  ).workRvu?.toFixed(2);

describe.skipIf(!process.env.DATABASE_URL)('importing the CY2026 nonQPP / QPP pair (database)', () => {
  beforeEach(reset);
  afterAll(reset);

  it('gives RVU26A from either file, and the other adds its conversion factor without touching RVUs', async () => {
    const first = await importFixture('PPRRVU2026_Jan_nonQPP.csv');
    expect(first.summary).toMatchObject({ releaseId: 'RVU26A', effectiveFrom: '2026-01-01', rows: 35 });
    expect(await release()).toMatchObject({
      effectiveFrom: new Date('2026-01-01T00:00:00Z'),
      conversionFactorQp: null,
      rowCount: 35,
    });
    const second = await importFixture('PPRRVU2026_Jan_QPP.csv');
    expect(second).toMatchObject({
      status: 'imported',
      summary: { existing: 'merged', rowsAddedToRelease: 0 },
    });
    expect(second.message).toMatch(/33\.4009 \(non-QP\) and 33\.5675 \(QP\).*no RVU changed/);
    const r = await release();
    expect([r.conversionFactor?.toString(), r.conversionFactorQp?.toString(), r.rowCount]).toEqual([
      '33.4009',
      '33.5675',
      35,
    ]);
    expect([
      await work('27447'),
      await work('43239'),
      await work('71046', '26'),
      await work('J2820'),
    ]).toEqual(['19.11', '2.33', '0.21', '0.00']);
    const egd = await db.rvuRow.findFirstOrThrow({ where: { releaseId: 'RVU26A', code: '43239' } });
    expect(egd.endoBase).toBe('43235');
    expect((await db.rvuRow.findFirstOrThrow({ where: { releaseId: 'RVU26A', code: 'J2820' } })).status).toBe(
      'E',
    );
    // Again: nothing changes.
    expect((await importFixture('PPRRVU2026_Jan_QPP.csv')).status).toBe('already-imported');
    expect((await importFixture('PPRRVU2026_Jan_nonQPP.txt')).summary).toMatchObject({ existing: 'same' });
  });

  it('QPP first: the nonQPP file adds the status-I rows the QPP file omits and its factor', async () => {
    await importFixture('PPRRVU2026_Jan_QPP.csv');
    expect(await release()).toMatchObject({ conversionFactor: null, rowCount: 32 });
    const second = await importFixture('PPRRVU2026_Jan_nonQPP.csv');
    expect(second.summary).toMatchObject({ existing: 'merged', rowsAddedToRelease: 3 });
    const r = await release();
    expect([r.conversionFactor?.toString(), r.conversionFactorQp?.toString(), r.rowCount]).toEqual([
      '33.4009',
      '33.5675',
      35,
    ]);
  });

  it('refuses the other file when an RVU differs, naming the row, and changes nothing', async () => {
    await importFixture('PPRRVU2026_Jan_nonQPP.csv');
    const text = new TextDecoder().decode(fixture2026('PPRRVU2026_Jan_QPP.csv'));
    const changed = text.replace(
      '27447,,Total knee arthroplasty,A,,19.11',
      '27447,,Total knee arthroplasty,A,,19.60',
    );
    expect(changed).not.toBe(text);
    await expect(importFixture('PPRRVU2026_Jan_QPP.csv', encode(changed))).rejects.toThrow(
      /27447 differs: workRvu is 19\.6 in PPRRVU2026_Jan_QPP\.csv but 19\.11 in PPRRVU2026_Jan_nonQPP\.csv/,
    );
    expect(await release()).toMatchObject({ conversionFactorQp: null, rowCount: 35 });
    expect(await work('27447')).toBe('19.11');
    expect(await db.catalogImport.count()).toBe(1);
  });
});
