// CLI: build Medicare-derived benchmark distributions from CMS's "Medicare Physician & Other
// Practitioners - by Provider and Service" CSV (a file, a zip holding it, or a URL of either).
//   npm run benchmarks:medicare -- <file|zip|url> --year 2023 [--min-services 100]
// Re-running a data year replaces its source; a refused file stores nothing. The work is done by
// lib/benchmarks/medicare; this file parses arguments and prints.
import { Command, InvalidArgumentError } from 'commander';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { DEFAULT_MIN_SERVICES } from '@/lib/benchmarks/medicare/caveat';
import { runMedicareImport } from './medicare-run';

const int = (name: string, min: number, max: number) => (v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new InvalidArgumentError(`${name} must be a whole number from ${min} to ${max}.`);
  return n;
};

const program = new Command('medicare-import')
  .description('Build Medicare-derived wRVU distributions per CMS provider type.')
  .argument('<source>', 'CSV file, zip holding it, or http(s) URL')
  .requiredOption('--year <year>', 'data year of the file', int('--year', 2013, 2100))
  .option(
    '--min-services <n>',
    'leave out providers with fewer non-drug Medicare services',
    int('--min-services', 0, 1e9),
    DEFAULT_MIN_SERVICES,
  );

const cpuSeconds = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};

async function main(): Promise<number> {
  program.parse();
  const o = program.opts<{ year: number; minServices: number }>();
  const started = Date.now();
  const cpuStart = cpuSeconds();
  const result = await runMedicareImport({
    source: program.args[0],
    year: o.year,
    minServices: o.minServices,
  });
  if (result.ok)
    console.log(
      `Done in ${((Date.now() - started) / 1000).toFixed(1)} s (CPU ${(cpuSeconds() - cpuStart).toFixed(1)} s); peak memory ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB (max RSS).`,
    );
  return result.ok ? 0 : 1;
}

main()
  .catch((err: unknown) => {
    console.error(err instanceof AppError ? err.message : err);
    return 1;
  })
  .then(async (code) => {
    await db.$disconnect().catch(() => {});
    process.exit(code);
  });
