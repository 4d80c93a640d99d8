// Loading the starter catalog (prisma/seed/starter-catalog.json) so a fresh install works offline.
// On a catalog with no PFS release it writes the starter release (starter: true), its rows, the codes
// and the ASP prices; a later full import of the same release id replaces that release. Whatever the
// state, it (re)applies the curated text to the curated codes, so curated content reaches the Code
// rows even when the full CMS files were imported first. Idempotent.
import 'server-only';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { insertRvuRows, searchTextSql, upsertCodes, type Tx } from './import-sql';
import { starterCatalogSchema, type StarterCatalog } from './starter-format';

export const STARTER_CATALOG_FILE = path.resolve(process.cwd(), 'prisma/seed/starter-catalog.json');

export type LoadStarterResult = {
  releaseLoaded: string | null; // the release id written, or null when a release already existed
  rows: number;
  codesAdded: number;
  curatedApplied: number; // curated codes whose text was written or changed
  drugPrices: number;
};

export async function readStarterCatalog(
  file = STARTER_CATALOG_FILE,
): Promise<{ catalog: StarterCatalog; sha256: string }> {
  const bytes = await readFile(file);
  const catalog = starterCatalogSchema.parse(JSON.parse(bytes.toString('utf8')));
  return { catalog, sha256: createHash('sha256').update(bytes).digest('hex') };
}

async function applyCurated(tx: Tx, catalog: StarterCatalog): Promise<number> {
  const curated = catalog.codes
    .filter((c) => c.curated)
    .map(({ code, synonyms, plainLanguage, clinicalContext, billingNotes, specialties, popularity }) => ({
      code,
      synonyms,
      plainLanguage,
      clinicalContext,
      billingNotes,
      specialties,
      popularity,
    }));
  if (curated.length === 0) return 0;
  return tx.$executeRawUnsafe(
    `UPDATE "Code" c SET synonyms = t.synonyms, "plainLanguage" = t."plainLanguage", "clinicalContext" = t."clinicalContext",
            "billingNotes" = t."billingNotes", specialties = t.specialties, popularity = t.popularity, curated = true,
            "searchText" = ${searchTextSql('c.code', 'c."shortDescription"', 'c."longDescription"', 't.synonyms')}, "updatedAt" = now()
     FROM jsonb_to_recordset($1::jsonb) AS t(code text, synonyms text[], "plainLanguage" text, "clinicalContext" text, "billingNotes" text, specialties text[], popularity int)
     WHERE c.code = t.code
       AND (c.synonyms, c."plainLanguage", c."clinicalContext", c."billingNotes", c.specialties, c.popularity, c.curated)
           IS DISTINCT FROM (t.synonyms, t."plainLanguage", t."clinicalContext", t."billingNotes", t.specialties, t.popularity, true)`,
    JSON.stringify(curated),
  );
}

export async function loadStarterCatalog(
  db: PrismaClient,
  options: { file?: string } = {},
): Promise<LoadStarterResult> {
  const { catalog, sha256 } = await readStarterCatalog(options.file);
  return db.$transaction(
    async (tx) => {
      const result: LoadStarterResult = {
        releaseLoaded: null,
        rows: 0,
        codesAdded: 0,
        curatedApplied: 0,
        drugPrices: 0,
      };
      if ((await tx.rvuRelease.count()) === 0) {
        const { release } = catalog;
        await tx.rvuRelease.create({
          data: {
            ...release,
            effectiveFrom: new Date(`${release.effectiveFrom}T00:00:00Z`),
            releasedOn: release.releasedOn ? new Date(`${release.releasedOn}T00:00:00Z`) : null,
            sourceFile: `starter-catalog.json (subset of ${release.sourceFile})`,
            sha256,
            rowCount: catalog.rows.length,
            starter: true,
          },
        });
        await insertRvuRows(tx, release.id, catalog.rows);
        result.releaseLoaded = release.id;
        result.rows = catalog.rows.length;
      }
      // Codes are added whatever the release state (never overwriting CMS descriptors already imported).
      result.codesAdded = (await upsertCodes(tx, catalog.codes, 'insert-only')).added;
      if (catalog.drugPrices && (await tx.drugPrice.count()) === 0) {
        const { quarter, effectiveFrom, effectiveTo, prices } = catalog.drugPrices;
        const created = await tx.drugPrice.createMany({
          data: prices.map((p) => ({
            quarter,
            code: p.code,
            shortDescription: p.shortDescription,
            dosage: p.dosage,
            paymentLimit: p.paymentLimit,
            effectiveFrom: new Date(`${effectiveFrom}T00:00:00Z`),
            effectiveTo: new Date(`${effectiveTo}T00:00:00Z`),
          })),
          skipDuplicates: true,
        });
        result.drugPrices = created.count;
      }
      result.curatedApplied = await applyCurated(tx, catalog);
      return result;
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}
