// The real CMS distribution zip RVU24B.zip (PPRRVU24_APR as csv, txt and xlsx, plus GPCI, locality,
// anesthesia and OPPS cap files and the PDF): one release, once, the other files named as not read.
// Needs the database (see import.test.ts). RVU24B: 18,534 rows, conversion factor 33.2875.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { importCatalogFile } from './import';
import { readCms } from './test-files';

const reset = () =>
  db.$executeRawUnsafe('TRUNCATE "RvuRelease", "RvuRow", "Code", "DrugPrice", "CatalogImport"');

describe.skipIf(!process.env.DATABASE_URL)('importing RVU24B.zip (database)', () => {
  beforeAll(reset);
  afterAll(reset);

  it('imports the release once from its CSV and notes every other file of the zip', async () => {
    const result = await importCatalogFile({
      buffer: readCms('pfs/RVU24B/RVU24B.zip'),
      fileName: 'RVU24B.zip',
    });
    expect(result.summary).toMatchObject({
      kind: 'PPRRVU',
      releaseId: 'RVU24B',
      rows: 18534,
      conversionFactor: 33.2875,
    });
    const skipped = result.summary.kind === 'PPRRVU' ? (result.summary.skipped ?? []) : [];
    expect(skipped.sort()).toEqual(
      [
        '24LOCCO.csv',
        '24LOCCO.txt',
        '24LOCCO.xlsx',
        'ANES2024.csv',
        'ANES2024.txt',
        'ANES2024.xlsx',
        'GPCI2024.csv',
        'GPCI2024.txt',
        'GPCI2024.xlsx',
        'OPPSCAP_APR.csv',
        'OPPSCAP_APR.txt',
        'OPPSCAP_APR.xlsx',
        'PPRRVU24_APR.txt',
        'PPRRVU24_APR.xlsx',
        'RVU24B.pdf',
      ].sort(),
    );
    expect(result.message).toContain('Not read from the zip: ');
    expect(await db.rvuRelease.count()).toBe(1);
    expect(await db.rvuRow.count()).toBe(18534);
  });
});
