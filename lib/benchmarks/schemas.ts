// Input contracts for benchmarks, shared by the admin import form, the CLI and the server: the
// source block that accompanies a CSV, and the profile's $/wRVU tiers.
import { z } from 'zod';

/** Metrics a benchmark row can describe. Only one today: annual wRVUs per 1.0 clinical FTE. */
export const BENCHMARK_METRICS = ['wrvu_per_fte'] as const;
export type BenchmarkMetric = (typeof BENCHMARK_METRICS)[number];

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const optionalText = (max: number) => z.preprocess(blankToUndefined, z.string().trim().max(max).optional());
const optionalYear = z.preprocess(
  blankToUndefined,
  z.coerce.number({ error: 'Enter a year.' }).int().min(1990).max(2100).optional(),
);

export const benchmarkSourceInputSchema = z.object({
  publisher: z.string().trim().min(1, 'Enter the publisher.').max(200),
  survey: z.string().trim().min(1, 'Enter the survey name.').max(200),
  dataYear: z.preprocess(
    blankToUndefined,
    z.coerce
      .number({ error: 'Enter the data year.' })
      .int('Enter a year.')
      .min(1990, 'Enter a year from 1990.')
      .max(2100, 'Enter a year up to 2100.'),
  ),
  rvuBasisYear: optionalYear,
  population: optionalText(300),
  licenceNote: optionalText(1000),
  url: z.preprocess(
    blankToUndefined,
    z
      .string()
      .trim()
      .max(2000)
      .url('Enter a full URL (https://...).')
      .refine((u) => /^https?:\/\//i.test(u), 'Use an http:// or https:// address.')
      .optional(),
  ),
  // Without an explicit citation one is composed from publisher, survey and data year.
  citation: optionalText(1000),
});
export type BenchmarkSourceInput = z.infer<typeof benchmarkSourceInputSchema>;

export const rateTiersSchema = z
  .array(
    z.object({
      upTo: z.number().positive('A tier bound must be above 0.').nullable(),
      rate: z.number().min(0, 'A rate cannot be negative.').max(10_000),
    }),
  )
  .min(1)
  .max(10)
  .superRefine((tiers, ctx) => {
    let previous = 0;
    tiers.forEach((tier, i) => {
      if (tier.upTo === null && i !== tiers.length - 1) {
        ctx.addIssue({ code: 'custom', path: [i, 'upTo'], message: 'Only the last tier can be open-ended.' });
      } else if (tier.upTo !== null && tier.upTo <= previous) {
        ctx.addIssue({ code: 'custom', path: [i, 'upTo'], message: `Must be greater than ${previous}.` });
      }
      if (tier.upTo !== null) previous = tier.upTo;
    });
  });
