// Pricing CLI for audits and billing staff: the web app's engine and catalog, from the shell.
//   npm run rvu -- price --input procedures.csv [--release auto|RVU25D] [--policy cms]
// Input columns: date_of_service,code,modifiers,units,encounter. Output CSV on stdout (older_release
// says "yes" when the release is from an earlier calendar year than the date); malformed
// lines are reported on stderr with their line number, and the exit code is then 1.
import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import Papa from 'papaparse';
import { getDb } from '@/lib/db';
import { parseProcedureCsv } from '@/lib/logs/csv-import';
import { loadPricingCatalog, priceWithCatalog } from '@/lib/logs/pricing';
import { summarizeFactors } from '@/lib/rvu/explain';
import { olderReleaseFlag } from '@/lib/rvu/release-fit';
import { DEFAULT_POLICY, type CreditPolicy, type ProcedureLine } from '@/lib/rvu/types';

const POLICIES: Record<string, CreditPolicy> = { cms: DEFAULT_POLICY, 'cms-adjusted': DEFAULT_POLICY };
const HEADER = [
  'line',
  'date_of_service',
  'code',
  'modifiers',
  'units',
  'encounter',
  'release',
  'status',
  'base_work_rvu',
  'factors',
  'credited_wrvu',
  'older_release',
  'reason',
];

async function price(opts: { input: string; release: string; policy: string }) {
  const policy = POLICIES[opts.policy];
  if (!policy)
    throw new Error(`Unknown policy "${opts.policy}". Available: ${Object.keys(POLICIES).join(', ')}.`);
  const text = opts.input === '-' ? readFileSync(0, 'utf8') : readFileSync(opts.input, 'utf8');
  const parsed = parseProcedureCsv(text);
  if (parsed.format !== 'benchline')
    throw new Error('Expected the columns date_of_service,code,modifiers,units,encounter.');
  for (const e of parsed.errors) process.stderr.write(`line ${e.row}: ${e.message}\n`);

  const db = getDb();
  let forceReleaseId: string | undefined;
  if (opts.release !== 'auto') {
    const forced = await db.rvuRelease.findUnique({
      where: { id: opts.release.toUpperCase() },
      select: { id: true },
    });
    if (!forced) {
      const known = (
        await db.rvuRelease.findMany({ select: { id: true }, orderBy: { effectiveFrom: 'asc' } })
      ).map((r) => r.id);
      throw new Error(`Release ${opts.release} is not imported. Imported: ${known.join(', ') || 'none'}.`);
    }
    // Every line under this release, whatever its date (the fit is still judged by the date).
    forceReleaseId = forced.id;
  }
  const lines: ProcedureLine[] = parsed.lines.map((l) => ({
    id: String(l.row),
    dateOfService: l.dateOfService,
    code: l.code,
    modifiers: l.modifiers,
    units: l.units,
    encounterKey: l.encounter,
  }));
  const started = performance.now();
  const catalog = await loadPricingCatalog(db, lines, undefined, { forceReleaseId });
  const loaded = performance.now();
  const results = priceWithCatalog(lines, catalog, policy);
  const priced = performance.now();

  const rows = results.map((r, i) => {
    const src = parsed.lines[i];
    return [
      src.row,
      src.dateOfService,
      src.code,
      src.modifiers.join(' '),
      src.units,
      src.encounter.startsWith('row-') ? '' : src.encounter,
      r.releaseId ?? '',
      r.status ?? '',
      r.baseWorkRvu.toFixed(2),
      summarizeFactors(r),
      r.creditedWrvu.toFixed(2),
      olderReleaseFlag(r.releaseFit),
      r.reason ?? r.warnings.join('; '),
    ];
  });
  process.stdout.write(Papa.unparse({ fields: HEADER, data: rows }, { newline: '\n' }) + '\n');
  if (process.env.RVU_TIMING) {
    process.stderr.write(
      `catalog ${(loaded - started).toFixed(1)} ms, priced ${lines.length} lines in ${(priced - loaded).toFixed(1)} ms (${Math.round(lines.length / ((priced - loaded) / 1000))} lines/s)\n`,
    );
  }
  await db.$disconnect();
  return parsed.errors.length ? 1 : 0;
}

const program = new Command('rvu').description('Benchline wRVU tools');
program
  .command('price')
  .description('Price procedure lines with the CMS-adjusted engine')
  .requiredOption('--input <file>', 'CSV with date_of_service,code,modifiers,units,encounter ("-" for stdin)')
  .option(
    '--release <id>',
    'auto (the release in effect on each date) or a release id such as RVU25D',
    'auto',
  )
  .option('--policy <name>', 'crediting policy', 'cms')
  .action(async (opts) => {
    process.exitCode = await price(opts);
  });

program.parseAsync().catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.message : err}\n`);
  process.exit(1);
});
