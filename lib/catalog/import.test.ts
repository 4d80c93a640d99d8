// Integration tests of the catalog import against PostgreSQL. Run with a throw-away database:
//   node scripts/with-db.mjs --fresh -- npx vitest run lib/catalog
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { importCatalogFile } from './import';
import type { PprrvuSummary } from './import-summary';
import { parsePprrvuCsv } from './pprrvu';
import { getReleases, listCatalogImports } from './queries';
import { CMS, cmsText, encode, readCms } from './test-files';

const TABLES = ['RvuRelease', 'RvuRow', 'Code', 'DrugPrice', 'CatalogImport'] as const;

async function resetCatalog() {
  await db.$executeRawUnsafe(`TRUNCATE ${TABLES.map((t) => `"${t}"`).join(', ')}`);
}

/** Every catalog table's row count and a digest of its full content. */
async function snapshot() {
  const out: Record<string, unknown> = {};
  for (const table of TABLES) {
    const [row] = await db.$queryRawUnsafe<{ n: number; digest: string | null }[]>(
      `SELECT count(*)::int AS n, md5(string_agg(t::text, '|' ORDER BY t::text)) AS digest FROM "${table}" t`,
    );
    out[table] = row;
  }
  return out;
}

const importFile = (
  relative: string,
  extra: { fileName?: string; releaseId?: string; replace?: boolean; importedBy?: string } = {},
) =>
  importCatalogFile({
    buffer: readCms(relative),
    fileName: extra.fileName ?? relative.split('/').pop()!,
    ...extra,
  });

describe.skipIf(!process.env.DATABASE_URL)('importCatalogFile (database)', () => {
  beforeEach(resetCatalog);
  afterAll(resetCatalog); // leave no half-state for other test files

  it('imports RVU25D: release, every row, codes and a history row', async () => {
    const started = performance.now();
    const result = await importFile(CMS.rvu25dCsv, { importedBy: 'test' });
    console.info(`RVU25D CSV import: ${Math.round(performance.now() - started)} ms`);
    expect(result.status).toBe('imported');
    expect(result.kind).toBe('PPRRVU');
    expect(result.releaseId).toBe('RVU25D');
    const summary = result.summary as PprrvuSummary;
    expect(summary).toMatchObject({
      rows: 19090,
      previousReleaseId: null,
      added: 19090,
      replaced: null,
      conversionFactor: 32.3465,
    });
    expect(summary.codesAdded).toBe(summary.codes);

    expect(await db.rvuRow.count({ where: { releaseId: 'RVU25D' } })).toBe(19090);
    const release = await db.rvuRelease.findUniqueOrThrow({ where: { id: 'RVU25D' } });
    expect(release).toMatchObject({
      year: 2025,
      quarter: 'D',
      rowCount: 19090,
      starter: false,
      sourceFile: 'PPRRVU2025_Oct.csv',
      sha256: result.sha256,
    });
    expect(release.effectiveFrom.toISOString().slice(0, 10)).toBe('2025-10-01');
    expect(release.releasedOn?.toISOString().slice(0, 10)).toBe('2025-09-11');
    expect(release.conversionFactor?.toString()).toBe('32.3465');

    const tka = await db.rvuRow.findUniqueOrThrow({
      where: { releaseId_code_modifier: { releaseId: 'RVU25D', code: '27447', modifier: '' } },
    });
    expect([tka.workRvu, tka.preOp, tka.intraOp, tka.postOp].map(String)).toEqual([
      '19.6',
      '0.1',
      '0.69',
      '0.21',
    ]);
    expect(tka).toMatchObject({
      status: 'A',
      globalDays: '090',
      multProc: '2',
      bilatSurg: '1',
      asstSurg: '2',
      coSurg: '1',
      nonFacNaIndicator: 'NA',
    });
    const infant = await db.rvuRow.findUniqueOrThrow({
      where: { releaseId_code_modifier: { releaseId: 'RVU25D', code: '99381', modifier: '' } },
    });
    expect(infant).toMatchObject({ status: 'N', notUsedForMedicare: true });
    expect(String(infant.workRvu)).toBe('1.5');

    expect(await db.code.findUniqueOrThrow({ where: { code: '27447' } })).toMatchObject({
      kind: 'CPT',
      shortDescription: 'Total knee arthroplasty',
      category: 'surgery-musculoskeletal',
      searchText: '27447 total knee arthroplasty',
    });
    expect(await db.code.findUniqueOrThrow({ where: { code: 'J2820' } })).toMatchObject({
      kind: 'HCPCS',
      category: 'j-codes',
    });

    const [history] = await listCatalogImports();
    expect(history).toMatchObject({
      kind: 'PPRRVU',
      releaseId: 'RVU25D',
      sourceFile: 'PPRRVU2025_Oct.csv',
      importedBy: 'test',
    });
    expect(history.description).toMatch(/^RVU25D: 19,090 rows/);
    expect((await getReleases()).map((r) => [r.id, r.effectiveFrom, r.conversionFactor])).toEqual([
      ['RVU25D', '2025-10-01', '32.3465'],
    ]);
  });

  it('does nothing on a re-import of the same file, and says so', async () => {
    await importFile(CMS.rvu25dCsv);
    const before = await snapshot();
    const again = await importFile(CMS.rvu25dCsv, { fileName: 'renamed.csv' });
    expect(again.status).toBe('already-imported');
    expect(again.message).toMatch(/already imported .*nothing changed/);
    expect(await snapshot()).toEqual(before);
  });

  it('leaves every catalog table exactly as it was when a file is malformed', async () => {
    await importFile(CMS.rvu25aCsv);
    await importFile(CMS.asp);
    const before = await snapshot();
    const text = cmsText(CMS.rvu25dCsv);
    const broken = [
      text.replace('27447,,Total knee arthroplasty,A,,19.60', '27447,,Total knee arthroplasty,A,,19.6O'), // non-numeric RVU
      text.slice(0, Math.floor(text.length * 0.7)), // truncated
      text.replace(',WORK,', ',,').replace(',RVU,PE RVU,', ',,PE RVU,'), // a required column gone
    ];
    for (const variant of broken) {
      const error = await importCatalogFile({
        buffer: encode(variant),
        fileName: 'PPRRVU2025_Oct.csv',
      }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe('VALIDATION');
      expect((error as AppError).message).toMatch(/^PPRRVU2025_Oct.csv(, line \d+)?: /);
      expect(await snapshot()).toEqual(before);
    }
  });

  it('rolls back a failure during the write phase too', async () => {
    await importFile(CMS.rvu25dCsv);
    const before = await snapshot();
    // A different file claiming the same, fully imported release id is refused inside the transaction.
    const error = await importFile(CMS.rvu25aCsv, { releaseId: 'RVU25D' }).catch((e: unknown) => e);
    expect((error as AppError).code).toBe('CONFLICT');
    expect(await snapshot()).toEqual(before);
    const replaced = await importFile(CMS.rvu25aCsv, { releaseId: 'RVU25D', replace: true });
    expect(replaced.summary).toMatchObject({ replaced: 'release', rows: 18865 });
    expect(await db.rvuRow.count()).toBe(18865);
  });

  it('re-imports bytes seen before once a later file has replaced their data', async () => {
    await importFile(CMS.rvu25dCsv);
    await importFile(CMS.rvu25aCsv, { releaseId: 'RVU25D', replace: true });
    // The original file is no longer what RVU25D holds: not "already imported", and it needs replace.
    await expect(importFile(CMS.rvu25dCsv)).rejects.toMatchObject({ code: 'CONFLICT' });
    const back = await importFile(CMS.rvu25dCsv, { replace: true });
    expect(back).toMatchObject({ status: 'imported', summary: { rows: 19090, replaced: 'release' } });
    expect(await db.catalogImport.count()).toBe(2); // the history row of those bytes is brought up to date
    expect((await importFile(CMS.rvu25dCsv)).status).toBe('already-imported');

    // ASP: a corrected file for the same quarter replaces the prices; the original can come back.
    await importFile(CMS.asp);
    const corrected = cmsText(CMS.asp).replace(
      'J2820,Sargramostim injection,50 MCG,50.365',
      'J2820,Sargramostim injection,50 MCG,51.000',
    );
    const fix = await importCatalogFile({
      buffer: encode(corrected),
      fileName: 'asp_pricing_oct2025_v2.csv',
    });
    expect(fix.summary).toMatchObject({ quarter: '2025Q4', replacedPrices: 1012 });
    const limit = async () =>
      String(
        (
          await db.drugPrice.findUniqueOrThrow({
            where: { quarter_code: { quarter: '2025Q4', code: 'J2820' } },
          })
        ).paymentLimit,
      );
    expect(await limit()).toBe('51');
    expect((await importFile(CMS.asp)).status).toBe('imported');
    expect(await limit()).toBe('50.365');
  });

  it('summarises RVU25D against RVU25A: rows added, changed and removed', async () => {
    const a = parsePprrvuCsv(readCms(CMS.rvu25aCsv), 'a.csv').rows;
    const d = parsePprrvuCsv(readCms(CMS.rvu25dCsv), 'd.csv').rows;
    const key = (r: { code: string; modifier: string }) => `${r.code}|${r.modifier}`;
    const before = new Map(a.map((r) => [key(r), r]));
    const after = new Set(d.map(key));
    const expected = {
      added: d.filter((r) => !before.has(key(r))).length,
      changed: d.filter(
        (r) =>
          before.has(key(r)) &&
          (before.get(key(r))!.workRvu !== r.workRvu || before.get(key(r))!.status !== r.status),
      ).length,
      removed: a.filter((r) => !after.has(key(r))).length,
    };
    expect(expected.added).toBeGreaterThan(0);

    await importFile(CMS.rvu25aCsv);
    const result = await importFile(CMS.rvu25dCsv);
    expect(result.summary).toMatchObject({ previousReleaseId: 'RVU25A', ...expected });
    expect((result.summary as PprrvuSummary).examples.added.length).toBe(Math.min(20, expected.added));
    expect(result.message).toContain(`Against RVU25A: ${expected.added.toLocaleString('en-US')} added`);

    // An older release imported afterwards compares with the one before it and keeps newer descriptors.
    const b = await importFile(CMS.rvu25bCsv);
    expect(b.summary).toMatchObject({ previousReleaseId: 'RVU25A', codesUpdated: 0 });
    expect((await getReleases()).map((r) => r.id)).toEqual(['RVU25D', 'RVU25B', 'RVU25A']);
  });

  it('imports HCPCS and ASP files without touching curated fields', async () => {
    await importFile(CMS.rvu25dCsv);
    await db.code.update({
      where: { code: 'J2820' },
      data: {
        synonyms: ['leukine', 'gm-csf'],
        plainLanguage: 'A white cell booster.',
        specialties: ['Oncology'],
        curated: true,
        popularity: 40,
      },
    });

    const hcpcs = await importFile(CMS.hcpcs);
    expect(hcpcs.summary).toMatchObject({ kind: 'HCPCS', codes: 8463, modifiersSkipped: 383 });
    const j2820 = await db.code.findUniqueOrThrow({ where: { code: 'J2820' } });
    expect(j2820).toMatchObject({
      longDescription: 'Injection, sargramostim (gm-csf), 50 mcg',
      synonyms: ['leukine', 'gm-csf'],
      plainLanguage: 'A white cell booster.',
      specialties: ['Oncology'],
      curated: true,
      popularity: 40,
      searchText: 'j2820 sargramostim injection injection, sargramostim (gm-csf), 50 mcg leukine gm-csf',
    });
    expect(j2820.addedOn?.toISOString().slice(0, 10)).toBe('1982-01-01');

    const asp = await importFile(CMS.asp);
    expect(asp.summary).toMatchObject({
      kind: 'ASP',
      quarter: '2025Q4',
      prices: 1012,
      withoutLimit: 1,
      replacedPrices: 0,
    });
    expect(asp.releaseId).toBe('2025Q4');
    const price = await db.drugPrice.findUniqueOrThrow({
      where: { quarter_code: { quarter: '2025Q4', code: 'J2820' } },
    });
    expect([
      String(price.paymentLimit),
      price.dosage,
      price.effectiveFrom.toISOString().slice(0, 10),
      price.effectiveTo.toISOString().slice(0, 10),
    ]).toEqual(['50.365', '50 MCG', '2025-10-01', '2025-12-31']);
    expect(
      (
        await db.drugPrice.findUniqueOrThrow({
          where: { quarter_code: { quarter: '2025Q4', code: 'A9606' } },
        })
      ).paymentLimit,
    ).toBeNull();
    // Every priced code has a Code row, and the import history lists all three files.
    const priced = await db.drugPrice.findMany({ select: { code: true } });
    expect(await db.code.count({ where: { code: { in: priced.map((p) => p.code) } } })).toBe(priced.length);
    expect((await listCatalogImports()).map((i) => i.kind)).toEqual(['ASP', 'HCPCS', 'PPRRVU']);
  });
});
