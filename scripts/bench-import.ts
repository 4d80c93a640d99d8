// Benchmark: how long importing the RVU25D PPRRVU CSV (19,090 rows) takes, end to end through
// importCatalogFile (parse, one transaction, history row). Target: <= 5 s. Best run on a throw-away
// database: node scripts/with-db.mjs --fresh -- tsx --conditions=react-server scripts/bench-import.ts
// Each run imports under its own release id (BENCH-n) with a byte-different copy of the file (a
// trailing newline, so the sha256 differs) and removes that release and its history row afterwards;
// codes it adds to Code stay (they are real RVU25D codes).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Command } from 'commander';
import { getDb } from '@/lib/db';
import { importCatalogFile } from '@/lib/catalog/import';
import { parsePprrvuCsv } from '@/lib/catalog/pprrvu';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main() {
  const opts = new Command()
    .option(
      '--file <path>',
      'PPRRVU CSV to import',
      path.resolve(process.cwd(), '../shared/data/cms/pfs/RVU25D/PPRRVU2025_Oct.csv'),
    )
    .option('--runs <n>', 'number of runs', '3')
    .parse()
    .opts<{ file: string; runs: string }>();
  const db = getDb();
  const original = new Uint8Array(await readFile(opts.file));
  const fileName = path.basename(opts.file);

  let started = performance.now();
  const parsed = parsePprrvuCsv(original, fileName);
  const parseMs = performance.now() - started;
  console.log(
    `${fileName}: ${parsed.rows.length.toLocaleString('en-US')} rows; parse alone ${parseMs.toFixed(0)} ms`,
  );

  const times: number[] = [];
  for (let run = 1; run <= Number(opts.runs); run++) {
    const releaseId = `BENCH-${Date.now()}-${run}`;
    const buffer = new Uint8Array(original.length + run);
    buffer.set(original);
    buffer.fill(0x0a, original.length); // trailing blank lines: same rows, different sha256
    started = performance.now();
    const result = await importCatalogFile({ buffer, fileName, releaseId, importedBy: 'bench-import' });
    const ms = performance.now() - started;
    times.push(ms);

    started = performance.now();
    const again = await importCatalogFile({ buffer, fileName, releaseId });
    const noopMs = performance.now() - started;
    console.log(
      `run ${run}: import ${ms.toFixed(0)} ms (${result.status}), re-import ${noopMs.toFixed(0)} ms (${again.status})`,
    );

    await db.catalogImport.deleteMany({ where: { releaseId } });
    await db.rvuRelease.deleteMany({ where: { id: releaseId } });
  }
  const best = Math.min(...times);
  console.log(
    `RVU25D import: median ${median(times).toFixed(0)} ms, best ${best.toFixed(0)} ms (target <= 5000 ms) ${median(times) <= 5000 ? 'OK' : 'SLOW'}`,
  );
  await db.$disconnect();
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
