// Loading the starter catalog (prisma/seed/starter/) so a fresh install has the complete CMS data the
// project ships: every PPRRVU release (oldest first), the HCPCS Level II codes and the ASP quarter,
// each written by the importer's own write path in one transaction with the CatalogImport row of the
// CMS file it was built from. So each release is a full release: importing that CMS file again is a
// no-op, its other formats change nothing, a corrected file needs --replace like any import. A part
// is loaded only when missing (or, for a release, when only the old starter subset holds it); then
// the curated text is (re)applied. Idempotent; later starts read only the small manifest.
import 'server-only';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { writeCatalogFile } from './import';
import { searchTextSql, type Tx } from './import-sql';
import { fromStarterPprrvu } from './starter-build';
import {
  starterCuratedSchema,
  starterManifestSchema,
  starterPprrvuSchema,
  type StarterCurated,
  type StarterManifest,
  type StarterPart,
} from './starter-format';
import type { AspFile, HcpcsFile, ParsedCatalogFile } from './types';

export const STARTER_DIR = path.resolve(process.cwd(), 'prisma/seed/starter');
export const STARTER_IMPORTER = 'starter catalog';

export type LoadStarterResult = {
  loaded: { kind: StarterPart['kind']; id: string; records: number; ms: number }[];
  releasesLoaded: string[]; // PPRRVU release ids written this time
  rows: number; // RVU rows written
  codesAdded: number;
  curatedApplied: number; // curated codes whose text was written or changed
  ms: number; // the whole load
};

export async function readStarterManifest(dir = STARTER_DIR): Promise<StarterManifest> {
  return starterManifestSchema.parse(JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8')));
}

async function readPart(dir: string, file: string): Promise<unknown> {
  return JSON.parse(gunzipSync(await readFile(path.join(dir, file))).toString('utf8'));
}

/** A part as the file the importer writes. */
export async function readStarterPart(part: StarterPart, dir = STARTER_DIR): Promise<ParsedCatalogFile> {
  const body = await readPart(dir, part.file);
  if (part.kind === 'PPRRVU')
    return { kind: 'PPRRVU', file: fromStarterPprrvu(starterPprrvuSchema.parse(body)) };
  if (part.kind === 'HCPCS') return { kind: 'HCPCS', file: body as HcpcsFile };
  return { kind: 'ASP', file: body as AspFile };
}

export async function readStarterCurated(dir = STARTER_DIR): Promise<StarterCurated> {
  return starterCuratedSchema.parse(await readPart(dir, (await readStarterManifest(dir)).curatedFile));
}

/** Whether the catalog still needs this part. */
async function needsPart(db: PrismaClient, part: StarterPart): Promise<boolean> {
  if (await db.catalogImport.findFirst({ where: { sha256: part.sourceSha256 }, select: { id: true } }))
    return false;
  if (part.kind === 'PPRRVU') {
    const release = await db.rvuRelease.findUnique({ where: { id: part.id }, select: { starter: true } });
    return !release || release.starter;
  }
  // A HCPCS file or an ASP quarter imported by hand is newer or the same: never overwrite it.
  const where =
    part.kind === 'HCPCS' ? { kind: 'HCPCS' as const } : { kind: 'ASP' as const, releaseId: part.id };
  return !(await db.catalogImport.findFirst({ where, select: { id: true } }));
}

async function applyCurated(tx: Tx, curated: StarterCurated): Promise<number> {
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

/** Only the curated text, onto the Code rows the catalog has (for tests that import CMS files themselves). */
export async function applyStarterCurated(db: PrismaClient, dir = STARTER_DIR): Promise<number> {
  const curated = await readStarterCurated(dir);
  return db.$transaction((tx) => applyCurated(tx, curated), TX_OPTIONS);
}

const TX_OPTIONS = { timeout: 300_000, maxWait: 30_000 };

export async function loadStarterCatalog(
  db: PrismaClient,
  options: { dir?: string; log?: (line: string) => void } = {},
): Promise<LoadStarterResult> {
  const dir = options.dir ?? STARTER_DIR;
  const started = performance.now();
  const manifest = await readStarterManifest(dir);
  const result: LoadStarterResult = {
    loaded: [],
    releasesLoaded: [],
    rows: 0,
    codesAdded: 0,
    curatedApplied: 0,
    ms: 0,
  };
  const wanted: StarterPart[] = [];
  for (const part of manifest.parts) if (await needsPart(db, part)) wanted.push(part);

  for (const [index, part] of wanted.entries()) {
    const partStart = performance.now();
    const parsed = await readStarterPart(part, dir);
    const { summary } = await db.$transaction(
      (tx) =>
        writeCatalogFile(tx, parsed, {
          sha256: part.sourceSha256,
          sourceFile: part.sourceFile,
          importedBy: STARTER_IMPORTER,
        }),
      TX_OPTIONS,
    );
    const ms = Math.round(performance.now() - partStart);
    result.loaded.push({ kind: part.kind, id: part.id, records: part.records, ms });
    if (summary.kind === 'PPRRVU') {
      result.releasesLoaded.push(part.id);
      result.rows += summary.rows;
    }
    result.codesAdded += summary.codesAdded;
    options.log?.(
      `catalog: [${index + 1}/${wanted.length}] ${part.kind} ${part.id}: ${part.records.toLocaleString('en-US')} ${part.kind === 'PPRRVU' ? 'rows' : part.kind === 'HCPCS' ? 'codes' : 'prices'} in ${(ms / 1000).toFixed(1)} s`,
    );
  }
  result.curatedApplied = await applyStarterCurated(db, dir);
  result.ms = Math.round(performance.now() - started);
  return result;
}
