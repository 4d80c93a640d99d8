// Inputs of reconciliation, shared by the upload form and the server: the column mapping, the
// provider choice and the matching window; ids for the actions on a saved reconciliation.
import { z } from 'zod';
import { SINGLE_FIELDS, type ColumnMapping } from './fields';

export const MAX_WINDOW_DAYS = 31;
const column = z.number().int().min(0).max(500);

export const mappingSchema = z
  .object({
    ...Object.fromEntries(SINGLE_FIELDS.map((f) => [f, column.optional()])),
    modifiers: z.array(column).max(8).default([]),
  })
  .strict() as unknown as z.ZodType<ColumnMapping>;

export const reportOptionsSchema = z.object({
  mapping: z
    .string()
    .max(2000)
    .optional()
    .transform((s, ctx) => {
      if (!s) return undefined;
      try {
        return JSON.parse(s) as unknown;
      } catch {
        ctx.addIssue({ code: 'custom', message: 'The mapping is not valid JSON.' });
        return z.NEVER;
      }
    })
    .pipe(mappingSchema.optional()),
  provider: z
    .string()
    .trim()
    .max(200)
    .optional()
    .or(z.literal('').transform(() => undefined)),
  windowDays: z.coerce
    .number()
    .int('Whole days.')
    .min(0)
    .max(MAX_WINDOW_DAYS, `At most ${MAX_WINDOW_DAYS} days.`)
    .default(3),
});
export type ReportOptions = z.infer<typeof reportOptionsSchema>;

export const reconciliationIdSchema = z.object({ id: z.string().min(1).max(40) });
export const rerunSchema = reconciliationIdSchema.extend({
  windowDays: z.coerce.number().int().min(0).max(MAX_WINDOW_DAYS).optional(),
});

export const resultFilterSchema = z.object({
  category: z.enum(['log-only', 'report-only', 'credited-differently']).optional().catch(undefined),
  cause: z
    .enum([
      'missed-charge',
      'not-logged',
      'other-release',
      'modifier',
      'multiple-procedure',
      'units',
      'unexplained',
    ])
    .optional()
    .catch(undefined),
});
