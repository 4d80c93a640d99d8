// Imports a benchmark CSV (template: BENCHMARK_CSV_TEMPLATE in lib/benchmarks/csv.ts), or seeds
// the built-in sources. A thin shell over lib/benchmarks: all validation and writing happen there,
// and an invalid file writes nothing.
//   npm run benchmarks:import -- --file table.csv --publisher MGMA --survey "Provider Compensation 2025" \
//     --data-year 2024 [--rvu-basis-year 2024] [--licence-note ...] [--url ...] [--org slug] [--replace]
//   npm run benchmarks:import -- --builtin          (idempotent seed of the built-in sources)
//   npm run benchmarks:import -- --template         (print the CSV template)
// Without --org the table is installation-wide: every user can see it, so mind its licence.
import { readFile } from 'node:fs/promises';
import { Command } from 'commander';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { BENCHMARK_CSV_TEMPLATE } from '@/lib/benchmarks/csv';
import { importBenchmarkCsvAsOperator, seedBuiltinBenchmarks } from '@/lib/benchmarks/mutations';

type Options = {
  file?: string;
  publisher?: string;
  survey?: string;
  dataYear?: string;
  rvuBasisYear?: string;
  population?: string;
  licenceNote?: string;
  url?: string;
  citation?: string;
  org?: string;
  replace?: boolean;
  builtin?: boolean;
  template?: boolean;
};

const program = new Command('benchmarks-import')
  .description('Import a benchmark percentile table from CSV, or seed the built-in sources.')
  .option('--file <path>', 'CSV file in the Benchline benchmark template')
  .option('--publisher <name>', 'publisher, e.g. MGMA')
  .option('--survey <name>', 'survey name, e.g. "Provider Compensation 2025"')
  .option('--data-year <year>', 'year the data describe')
  .option('--rvu-basis-year <year>', 'CMS RVU year the wRVUs were computed with')
  .option('--population <text>', 'who was surveyed')
  .option('--licence-note <text>', 'licence terms to show with the table')
  .option('--url <url>', 'where the survey is described')
  .option('--citation <text>', 'citation text (default: publisher, survey, data year)')
  .option('--org <slug>', 'organisation that owns the table (default: installation-wide)')
  .option('--replace', 'replace an earlier import of the same publisher, survey and data year')
  .option('--builtin', 'seed the built-in sources instead of importing a file')
  .option('--template', 'print the CSV template and exit');

async function main(): Promise<number> {
  const o = program.parse().opts<Options>();
  if (o.template) {
    process.stdout.write(BENCHMARK_CSV_TEMPLATE);
    return 0;
  }
  if (o.builtin) {
    const r = await seedBuiltinBenchmarks();
    console.log(
      `Built-in benchmarks: ${r.sources} sources, ${r.rows} rows (${r.removedSources} retired sources removed).`,
    );
    return 0;
  }
  if (!o.file) {
    return program.error('--file is required (or use --builtin / --template)');
  }
  const result = await importBenchmarkCsvAsOperator({
    organizationSlug: o.org ?? null,
    csvText: await readFile(o.file, 'utf8'),
    replace: o.replace ?? false,
    source: {
      publisher: o.publisher ?? '',
      survey: o.survey ?? '',
      dataYear: o.dataYear ?? '',
      rvuBasisYear: o.rvuBasisYear,
      population: o.population,
      licenceNote: o.licenceNote,
      url: o.url,
      citation: o.citation,
    },
  });
  if (!result.ok) {
    console.error(`${o.file}: ${result.errors.length} error(s); nothing was imported.`);
    for (const e of result.errors)
      console.error(`  line ${e.line}${e.column ? ` (${e.column})` : ''}: ${e.message}`);
    return 1;
  }
  console.log(
    `${result.replaced ? 'Replaced' : 'Imported'} ${result.rowCount} rows as source ${result.key} (${result.sourceId}).`,
  );
  return 0;
}

main()
  .catch((err: unknown) => {
    if (err instanceof AppError) {
      console.error(err.message);
      for (const [field, messages] of Object.entries(err.fieldErrors ?? {}))
        console.error(`  --${field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}: ${messages.join(' ')}`);
      return 1;
    }
    console.error(err);
    return 1;
  })
  .then(async (code) => {
    await db.$disconnect().catch(() => {});
    process.exit(code);
  });
