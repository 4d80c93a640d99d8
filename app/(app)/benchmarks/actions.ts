'use server';
// Benchmark import entry point for the admin form: session, input parse, then the data layer,
// which checks that the actor administers the organisation (or is a site admin for a table
// shared with everyone) and writes all rows or none.
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { authedAction } from '@/lib/action';
import { importBenchmarkCsv } from '@/lib/benchmarks/mutations';

const MAX_CSV_CHARS = 2_000_000;

const importSchema = z.object({
  // '' = installation-wide (site admins only; the data layer refuses everyone else).
  organizationId: z.string().max(40),
  source: z.record(z.string(), z.unknown()),
  csvText: z
    .string()
    .min(1, 'Choose a CSV file or paste its contents.')
    .max(MAX_CSV_CHARS, 'The file is larger than 2 MB.'),
  replace: z.boolean().default(false),
});

export const importBenchmarkAction = authedAction(importSchema, async (input, actor) => {
  const result = await importBenchmarkCsv({
    actor,
    organizationId: input.organizationId === '' ? null : input.organizationId,
    source: input.source,
    csvText: input.csvText,
    replace: input.replace,
  });
  if (result.ok) revalidatePath('/benchmarks');
  return result;
});
