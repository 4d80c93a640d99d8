// The format of the starter catalog in prisma/seed/starter/: the complete CMS data the project
// ships (every row of every PPRRVU release, the HCPCS Level II file, the ASP quarter), already
// parsed, one gzip'd JSON part per CMS file, plus a small manifest (read on every start without
// decompressing anything) and the curated text. Written by scripts/build-starter-catalog.ts.
import { z } from 'zod';
import { RVU_COLUMNS } from './pprrvu-columns';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const num = z.number().nullable();
const text = z.string().nullable();

export const STARTER_FORMAT = 'benchline-starter-catalog/2';
/** The column order of a PPRRVU part's rows (each row is an array in this order). */
export const STARTER_RVU_FIELDS = RVU_COLUMNS.map((c) => c.field);

export const starterPartSchema = z.object({
  kind: z.enum(['PPRRVU', 'HCPCS', 'ASP']),
  id: z.string(), // release id (RVU25D), HCPCS file name or ASP quarter (2025Q4)
  file: z.string(), // the part, relative to the manifest
  sourceFile: z.string(), // the CMS file it was built from, as CMS names it
  sourceSha256: z.string().regex(/^[0-9a-f]{64}$/), // of that CMS file: importing it again is a no-op
  records: z.number().int(), // rows, codes or prices
});

export const starterManifestSchema = z.object({
  format: z.literal(STARTER_FORMAT),
  notice: z.string(),
  parts: z.array(starterPartSchema), // in load order: releases oldest first, then HCPCS, then ASP
  curatedFile: z.string(),
});

export const starterCuratedSchema = z.array(
  z.object({
    code: z.string(),
    synonyms: z.array(z.string()),
    plainLanguage: text,
    clinicalContext: text,
    billingNotes: text,
    specialties: z.array(z.string()),
    popularity: z.number().int(),
  }),
);

/** A PPRRVU part: the parsed file with its rows as arrays (STARTER_RVU_FIELDS order). */
export const starterPprrvuSchema = z.object({
  fileName: z.string(),
  format: z.enum(['csv', 'txt', 'xlsx']),
  meta: z.object({
    id: z.string(),
    year: z.number().int(),
    quarter: z.enum(['A', 'B', 'C', 'D']),
    effectiveFrom: day,
    releasedOn: day.nullable(),
    title: text,
  }),
  conversionFactor: num,
  conversionFactorQp: num,
  qpp: z.enum(['nonQP', 'QP', 'both']).nullable(),
  fields: z.array(z.string()),
  rows: z.array(z.array(z.union([z.string(), z.number(), z.boolean(), z.null()]))),
});

export type StarterManifest = z.infer<typeof starterManifestSchema>;
export type StarterPart = z.infer<typeof starterPartSchema>;
export type StarterCurated = z.infer<typeof starterCuratedSchema>;
export type StarterPprrvu = z.infer<typeof starterPprrvuSchema>;
