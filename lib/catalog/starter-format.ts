// The format of prisma/seed/starter-catalog.json: the offline default catalog (curated codes and the
// drug administration codes, with their RVU25D facts, CMS descriptors, ASP limits and the curated
// text). Written by scripts/build-starter-catalog.ts, validated here when loaded.
import { z } from 'zod';

const num = z.number().nullable();
const text = z.string().nullable();
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const starterRowSchema = z.object({
  code: z.string(),
  modifier: z.string(),
  description: z.string(),
  status: z.string(),
  notUsedForMedicare: z.boolean(),
  workRvu: num,
  nonFacPeRvu: num,
  nonFacNaIndicator: text,
  facPeRvu: num,
  facNaIndicator: text,
  mpRvu: num,
  nonFacTotal: num,
  facTotal: num,
  pctcIndicator: text,
  globalDays: text,
  preOp: num,
  intraOp: num,
  postOp: num,
  multProc: text,
  bilatSurg: text,
  asstSurg: text,
  coSurg: text,
  teamSurg: text,
  endoBase: text,
  conversionFactor: num,
  physicianSupervision: text,
  calculationFlag: text,
  diagnosticImagingFamily: text,
  oppsNonFacPeRvu: num,
  oppsFacPeRvu: num,
  oppsMpRvu: num,
});

export const starterCodeSchema = z.object({
  code: z.string(),
  kind: z.enum(['CPT', 'HCPCS']),
  shortDescription: z.string(),
  longDescription: text,
  category: z.string(),
  addedOn: day.nullable(),
  effectiveOn: day.nullable(),
  terminatedOn: day.nullable(),
  curated: z.boolean(),
  synonyms: z.array(z.string()),
  plainLanguage: text,
  clinicalContext: text,
  billingNotes: text,
  specialties: z.array(z.string()),
  popularity: z.number().int(),
});

export const starterCatalogSchema = z.object({
  format: z.literal('benchline-starter-catalog/1'),
  notice: z.string(),
  release: z.object({
    id: z.string(),
    year: z.number().int(),
    quarter: z.enum(['A', 'B', 'C', 'D']),
    effectiveFrom: day,
    releasedOn: day.nullable(),
    conversionFactor: num,
    title: text,
    sourceFile: z.string(),
  }),
  rows: z.array(starterRowSchema),
  codes: z.array(starterCodeSchema),
  drugPrices: z
    .object({
      quarter: z.string(),
      effectiveFrom: day,
      effectiveTo: day,
      sourceFile: z.string(),
      prices: z.array(
        z.object({ code: z.string(), shortDescription: text, dosage: text, paymentLimit: num, notes: text }),
      ),
    })
    .nullable(),
});

export type StarterCatalog = z.infer<typeof starterCatalogSchema>;
export type StarterCode = z.infer<typeof starterCodeSchema>;
