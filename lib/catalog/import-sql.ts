// Bulk writes for the catalog importers, as single set-based statements over unnest()ed arrays:
// a 19,000-row release is a handful of statements instead of thousands of row inserts.
import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import { categorize, codeKind } from './category';
import type { RvuRecord } from './types';

export type Tx = Prisma.TransactionClient;

const BATCH = 5000;

/**
 * Code.searchText, the text search matches: lower-cased code, short and long descriptors and
 * synonyms. Each argument is a SQL expression; empty parts add no stray spaces.
 */
export function searchTextSql(code: string, short: string, long: string, synonyms: string): string {
  return `lower(concat_ws(' ', ${code}, nullif(${short}, ''), nullif(${long}, ''), nullif(array_to_string(${synonyms}, ' '), '')))`;
}

const RVU_COLUMNS: [keyof RvuRecord, string][] = [
  ['code', 'text'],
  ['modifier', 'text'],
  ['description', 'text'],
  ['status', 'text'],
  ['notUsedForMedicare', 'boolean'],
  ['workRvu', 'numeric'],
  ['nonFacPeRvu', 'numeric'],
  ['nonFacNaIndicator', 'text'],
  ['facPeRvu', 'numeric'],
  ['facNaIndicator', 'text'],
  ['mpRvu', 'numeric'],
  ['nonFacTotal', 'numeric'],
  ['facTotal', 'numeric'],
  ['pctcIndicator', 'text'],
  ['globalDays', 'text'],
  ['preOp', 'numeric'],
  ['intraOp', 'numeric'],
  ['postOp', 'numeric'],
  ['multProc', 'text'],
  ['bilatSurg', 'text'],
  ['asstSurg', 'text'],
  ['coSurg', 'text'],
  ['teamSurg', 'text'],
  ['endoBase', 'text'],
  ['conversionFactor', 'numeric'],
  ['physicianSupervision', 'text'],
  ['calculationFlag', 'text'],
  ['diagnosticImagingFamily', 'text'],
  ['oppsNonFacPeRvu', 'numeric'],
  ['oppsFacPeRvu', 'numeric'],
  ['oppsMpRvu', 'numeric'],
];

const RVU_INSERT = `INSERT INTO "RvuRow" ("releaseId", ${RVU_COLUMNS.map(([c]) => `"${c}"`).join(', ')})
  SELECT $1, * FROM unnest(${RVU_COLUMNS.map(([, type], i) => `$${i + 2}::${type}[]`).join(', ')})`;

/** Insert a release's rows in batches; `onBatch` reports rows written so far. */
export async function insertRvuRows(
  tx: Tx,
  releaseId: string,
  rows: readonly RvuRecord[],
  onBatch?: (done: number) => void,
): Promise<void> {
  for (let start = 0; start < rows.length; start += BATCH) {
    const batch = rows.slice(start, start + BATCH);
    const arrays = RVU_COLUMNS.map(([column]) => batch.map((r) => r[column]));
    await tx.$executeRawUnsafe(RVU_INSERT, releaseId, ...arrays);
    onBatch?.(Math.min(start + BATCH, rows.length));
  }
}

export type CodeFacts = {
  code: string;
  shortDescription: string;
  longDescription?: string | null;
  addedOn?: string | null;
  effectiveOn?: string | null;
  terminatedOn?: string | null;
};

/**
 * Insert or update Code rows from CMS facts. `mode`:
 *  - 'insert-only': add missing codes, leave existing ones alone (older releases, ASP names);
 *  - 'short': also refresh the short descriptor and category of existing codes (latest PFS release);
 *  - 'full': also refresh the long descriptor and HCPCS dates (the HCPCS file).
 * Curated fields (synonyms, plain language, specialties, curated, popularity) are never touched;
 * searchText is rebuilt from the new descriptors and the existing synonyms.
 * Returns how many codes were added and how many existing ones changed.
 */
export async function upsertCodes(
  tx: Tx,
  facts: readonly CodeFacts[],
  mode: 'insert-only' | 'short' | 'full',
): Promise<{ added: number; updated: number }> {
  let added = 0;
  let updated = 0;
  for (let start = 0; start < facts.length; start += BATCH) {
    const batch = facts.slice(start, start + BATCH);
    const update =
      mode === 'insert-only'
        ? 'DO NOTHING'
        : `DO UPDATE SET
            "shortDescription" = EXCLUDED."shortDescription",
            category = EXCLUDED.category,
            ${mode === 'full' ? `"longDescription" = EXCLUDED."longDescription", "addedOn" = EXCLUDED."addedOn", "effectiveOn" = EXCLUDED."effectiveOn", "terminatedOn" = EXCLUDED."terminatedOn",` : ''}
            "searchText" = ${searchTextSql('"Code".code', 'EXCLUDED."shortDescription"', mode === 'full' ? 'EXCLUDED."longDescription"' : '"Code"."longDescription"', '"Code".synonyms')},
            "updatedAt" = now()
          WHERE ("Code"."shortDescription", "Code".category${mode === 'full' ? ', "Code"."longDescription", "Code"."addedOn", "Code"."effectiveOn", "Code"."terminatedOn"' : ''})
            IS DISTINCT FROM (EXCLUDED."shortDescription", EXCLUDED.category${mode === 'full' ? ', EXCLUDED."longDescription", EXCLUDED."addedOn", EXCLUDED."effectiveOn", EXCLUDED."terminatedOn"' : ''})`;
    const result = await tx.$queryRawUnsafe<{ inserted: boolean }[]>(
      `INSERT INTO "Code" (code, kind, "shortDescription", "longDescription", category, synonyms, specialties, "addedOn", "effectiveOn", "terminatedOn", "searchText", "updatedAt")
       SELECT t.code, t.kind::"CodeKind", t.short, t.long, t.category, '{}', '{}', t.added, t.effective, t.terminated,
              ${searchTextSql('t.code', 't.short', 't.long', "'{}'::text[]")}, now()
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::date[], $7::date[], $8::date[])
         AS t(code, kind, short, long, category, added, effective, terminated)
       ON CONFLICT (code) ${update}
       RETURNING (xmax = 0) AS inserted`,
      batch.map((f) => f.code),
      batch.map((f) => codeKind(f.code)),
      batch.map((f) => f.shortDescription),
      batch.map((f) => f.longDescription ?? null),
      batch.map((f) => categorize(f.code).slug),
      batch.map((f) => f.addedOn ?? null),
      batch.map((f) => f.effectiveOn ?? null),
      batch.map((f) => f.terminatedOn ?? null),
    );
    const inserted = result.filter((row) => row.inserted).length;
    added += inserted;
    updated += result.length - inserted;
  }
  return { added, updated };
}
