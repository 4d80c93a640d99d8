// The zod schema for one benchmark CSV row (cells as text in, typed row out). Kept apart from the
// file-level parser so the same rules can check the built-in data in tests.
import { z } from 'zod';
import { BENCHMARK_METRICS } from './schemas';
import { resolveSpecialty } from './specialties';
import { PERCENTILE_KEYS } from './percentile';

export const BENCHMARK_CSV_COLUMNS = [
  'specialty',
  'segment',
  'metric',
  ...PERCENTILE_KEYS,
  'mean',
  'respondents',
] as const;
export const COLUMNS = BENCHMARK_CSV_COLUMNS;
export type Column = (typeof COLUMNS)[number];

// Decimal(10,2) in the database: anything at or above 1e8 would not fit.
const MAX_VALUE = 99_999_999.99;

/** A number cell: blank = not published (null); thousands separators allowed; >= 0, 2 decimals. */
function numberCell(integer: boolean) {
  return z.string().transform((raw, ctx): number | null => {
    const text = raw.trim().replace(/,/g, '');
    if (text === '') return null;
    const pattern = integer ? /^-?\d+$/ : /^-?\d+(\.\d+)?$/;
    if (!pattern.test(text)) {
      ctx.addIssue({
        code: 'custom',
        message: `"${raw.trim()}" is not ${integer ? 'a whole number' : 'a number'}.`,
      });
      return z.NEVER;
    }
    const value = Number(text);
    if (value < 0)
      ctx.addIssue({ code: 'custom', message: `${raw.trim()} is negative; values must be 0 or more.` });
    else if (value > MAX_VALUE) ctx.addIssue({ code: 'custom', message: `${raw.trim()} is too large.` });
    else if (!/^\d+(\.\d{1,2})?$/.test(text))
      ctx.addIssue({ code: 'custom', message: `${raw.trim()} has more than 2 decimals.` });
    return value;
  });
}

const statistic = numberCell(false);

export const rowSchema = z
  .object({
    specialty: z.string().transform((raw, ctx) => {
      const name = resolveSpecialty(raw);
      if (name === null) {
        ctx.addIssue({
          code: 'custom',
          message:
            raw.trim() === ''
              ? 'Specialty is required.'
              : `Unknown specialty "${raw.trim()}". Use a standard name such as "Family medicine".`,
        });
        return z.NEVER;
      }
      return name;
    }),
    segment: z
      .string()
      .trim()
      .max(120, 'Segment is longer than 120 characters.')
      .transform((s) => (s === '' ? 'all' : s)),
    metric: z
      .string()
      .trim()
      .toLowerCase()
      .transform((s) => (s === '' ? 'wrvu_per_fte' : s))
      .pipe(z.enum(BENCHMARK_METRICS, { error: `Unknown metric; use ${BENCHMARK_METRICS.join(', ')}.` })),
    p10: statistic,
    p25: statistic,
    p50: statistic,
    p75: statistic,
    p90: statistic,
    mean: statistic,
    respondents: numberCell(true),
  })
  .superRefine((row, ctx) => {
    if (PERCENTILE_KEYS.every((k) => row[k] === null) && row.mean === null) {
      ctx.addIssue({
        code: 'custom',
        message: 'The row has no statistic: give at least one of p10-p90 or mean.',
      });
    }
    // Each published percentile must be >= every published percentile to its left.
    let previous: { key: string; value: number } | null = null;
    for (const key of PERCENTILE_KEYS) {
      const value = row[key];
      if (value === null) continue;
      if (previous && value < previous.value) {
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: `${key} (${value}) is below ${previous.key} (${previous.value}); percentiles must not decrease.`,
        });
      }
      if (!previous || value >= previous.value) previous = { key, value };
    }
  });

export type ParsedRow = z.output<typeof rowSchema>;
