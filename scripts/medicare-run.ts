// Shared by scripts/medicare-import.ts and scripts/bench-medicare.ts: runs the Medicare build with a
// progress bar (input megabytes) and prints the summary, the unmapped provider types and the release.
import cliProgress from 'cli-progress';
import {
  importMedicareBenchmarksAsOperator,
  type ImportMedicareOptions,
  type ImportMedicareResult,
} from '@/lib/benchmarks/medicare/import';

export async function runMedicareImport(
  options: Omit<ImportMedicareOptions, 'onStart' | 'onBytes'>,
): Promise<ImportMedicareResult> {
  const bar = new cliProgress.SingleBar(
    {
      format: '  Medicare {year} [{bar}] {percentage}% {value}/{total} MB | {eta_formatted} left',
      hideCursor: true,
      clearOnComplete: true,
      noTTYOutput: !process.stdout.isTTY,
      notTTYSchedule: 10_000,
    },
    cliProgress.Presets.shades_classic,
  );
  let bytes = 0;
  let shown = 0;
  const result = await importMedicareBenchmarksAsOperator({
    ...options,
    onStart: (total) => bar.start(total ? Math.ceil(total / 1e6) : 0, 0, { year: options.year }),
    onBytes: (n) => {
      bytes += n;
      const mb = Math.floor(bytes / 1e6);
      if (mb !== shown) bar.update((shown = mb));
    },
  }).finally(() => bar.stop());
  if (!result.ok) {
    console.error(result.message);
    return result;
  }
  const s = result.stats;
  console.log(
    `Medicare ${options.year}: ${s.rows} rows read; ${s.organisationRows} organisation rows and ${s.drugRows} drug lines ` +
      `(${s.drugServices} services) excluded; ${s.providers} individual providers, ${s.providersBelowMinimum} below ` +
      `${options.minServices} services left out.`,
  );
  console.log(
    `Priced under ${result.release.id}${result.release.exactJanuary ? '' : ' (nearest imported release; the January release of the data year is not imported)'}` +
      `${result.release.starter ? ' (starter subset: import the full release for complete pricing)' : ''}: ` +
      `${s.pricedServices} services priced, ${s.unpricedServices} services on ${s.unpricedCodes} codes without a work RVU not priced.`,
  );
  console.log(
    `Stored ${result.rowCount} distributions (national and per state where n >= 30) as source ${result.sourceId}.`,
  );
  if (result.unmappedTypes.length > 0) {
    console.log(`Provider types with no Benchline specialty (computed, not stored):`);
    for (const t of result.unmappedTypes) console.log(`  - ${t.providerType} (n = ${t.n})`);
  }
  return result;
}
