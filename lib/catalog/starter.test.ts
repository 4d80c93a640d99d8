// Integration tests of the starter catalog loader (needs the database; see import.test.ts).
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { importCatalogFile } from './import';
import { loadStarterCatalog, readStarterCatalog } from './starter';
import { CMS, readCms } from './test-files';

const reset = () =>
  db.$executeRawUnsafe('TRUNCATE "RvuRelease", "RvuRow", "Code", "DrugPrice", "CatalogImport"');

describe.skipIf(!process.env.DATABASE_URL)('loadStarterCatalog (database)', () => {
  beforeEach(reset);
  afterAll(reset);

  it('fills an empty catalog with the starter release, codes and curated text, once', async () => {
    const { catalog } = await readStarterCatalog();
    const curated = catalog.codes.filter((c) => c.curated);
    const first = await loadStarterCatalog(db);
    expect(first).toMatchObject({
      releaseLoaded: catalog.release.id,
      rows: catalog.rows.length,
      codesAdded: catalog.codes.length,
      curatedApplied: curated.length,
    });

    const release = await db.rvuRelease.findUniqueOrThrow({ where: { id: catalog.release.id } });
    expect(release).toMatchObject({ starter: true, rowCount: catalog.rows.length });
    expect(await db.rvuRow.count()).toBe(catalog.rows.length);
    const sample = curated[0];
    const code = await db.code.findUniqueOrThrow({ where: { code: sample.code } });
    expect(code).toMatchObject({
      curated: true,
      synonyms: sample.synonyms,
      plainLanguage: sample.plainLanguage,
      popularity: sample.popularity,
    });
    expect(code.searchText).toBe(
      [sample.code, sample.shortDescription, sample.longDescription ?? '', sample.synonyms.join(' ')]
        .filter(Boolean)
        .join(' ')
        .toLowerCase(),
    );

    const again = await loadStarterCatalog(db);
    expect(again).toEqual({ releaseLoaded: null, rows: 0, codesAdded: 0, curatedApplied: 0, drugPrices: 0 });
  });

  it('is replaced by a full import of the same release, keeping the curated text', async () => {
    const { catalog } = await readStarterCatalog();
    await loadStarterCatalog(db);
    const result = await importCatalogFile({
      buffer: readCms(CMS.rvu25dCsv),
      fileName: 'PPRRVU2025_Oct.csv',
    });
    expect(result.summary).toMatchObject({ releaseId: 'RVU25D', replaced: 'starter', rows: 19090 });
    expect(await db.rvuRelease.findUniqueOrThrow({ where: { id: 'RVU25D' } })).toMatchObject({
      starter: false,
      rowCount: 19090,
    });
    expect(await db.rvuRow.count()).toBe(19090);
    const sample = catalog.codes.find((c) => c.curated)!;
    expect(await db.code.findUniqueOrThrow({ where: { code: sample.code } })).toMatchObject({
      curated: true,
      synonyms: sample.synonyms,
    });
  });

  it('applies the curated text to a catalog imported from the full files', async () => {
    const { catalog } = await readStarterCatalog();
    await importCatalogFile({ buffer: readCms(CMS.rvu25dCsv), fileName: 'PPRRVU2025_Oct.csv' });
    const result = await loadStarterCatalog(db);
    expect(result.releaseLoaded).toBeNull();
    expect(result.curatedApplied).toBe(catalog.codes.filter((c) => c.curated).length);
    expect(await db.rvuRelease.count()).toBe(1);
    expect(await db.rvuRow.count()).toBe(19090);
    expect(await db.code.count({ where: { curated: true } })).toBe(result.curatedApplied);
  });
});
