// Benchmark: the Medicare-derived build on a generated file of CMS's size (default 10,000,000 rows,
// about 3 GB, written streamed to a temp dir and deleted afterwards), priced under the real RVU23A
// release. Targets: build <= 5 minutes and <= 500 MB peak memory. The build runs as the real CLI
// (scripts/medicare-import.ts, with the heap cap of npm run benchmarks:medicare) in its own process, which reports its own max RSS, so neither the
// generator nor the RVU release import here is counted. Run on a throw-away database:
//   npm run bench:medicare [-- --rows 2000000]
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { db } from '@/lib/db';
import { importCatalogFile } from '@/lib/catalog/import';
import { spawnSync } from 'node:child_process';
import { writeSyntheticMedicareFile } from './medicare-synthetic';

async function main() {
  const o = new Command()
    .option('--rows <n>', 'rows to generate', '10000000')
    .option('--keep', 'keep the generated file')
    .parse()
    .opts<{ rows: string; keep?: boolean }>();
  const rows = Number(o.rows);
  const rvu = path.resolve(process.cwd(), '../shared/data/cms/pfs/RVU23A/PPRRVU23_JAN.csv');
  await importCatalogFile({ buffer: new Uint8Array(readFileSync(rvu)), fileName: path.basename(rvu) });

  const dir = mkdtempSync(path.join(tmpdir(), 'bench-medicare-'));
  const file = path.join(dir, 'MUP_PHY_R25_P05_V20_D23_Prov_Svc.csv');
  let t = performance.now();
  const npis = await writeSyntheticMedicareFile(file, rows);
  const genS = (performance.now() - t) / 1000;
  const mb = statSync(file).size / 1e6;
  console.log(
    `Generated ${rows.toLocaleString('en-US')} rows (${npis.toLocaleString('en-US')} NPIs, ${mb.toFixed(0)} MB) in ${genS.toFixed(1)} s`,
  );

  t = performance.now();
  const cli = spawnSync(
    process.execPath,
    [
      '--max-old-space-size=320',
      '--import',
      'tsx',
      '--conditions=react-server',
      'scripts/medicare-import.ts',
      file,
      '--year',
      '2023',
    ],
    { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8', maxBuffer: 1 << 24 },
  );
  const buildS = (performance.now() - t) / 1000;
  if (!o.keep) rmSync(dir, { recursive: true, force: true });
  process.stdout.write(cli.stdout);
  const peak = /peak memory (\d+) MB/.exec(cli.stdout);
  if (cli.status !== 0 || !peak) throw new Error(`The build failed (exit ${cli.status}).`);
  const peakMb = Number(peak[1]);
  const cpu = /\(CPU ([\d.]+) s\)/.exec(cli.stdout)?.[1] ?? '?';
  const ok = (b: boolean) => (b ? 'met' : 'NOT MET');
  console.log(
    `\nbench:medicare (${rows.toLocaleString('en-US')} rows, ${(mb / buildS).toFixed(0)} MB/s, ${Math.round(rows / buildS).toLocaleString('en-US')} rows/s)`,
  );
  console.log(
    `  build time   ${buildS.toFixed(1)} s (process start included)   target <= 300 s   ${ok(buildS <= 300)}`,
  );
  console.log(
    `  CPU time     ${cpu} s of the build (the wall time depends on what else the 2 cores run; load average ${loadavg()[0].toFixed(1)})`,
  );
  console.log(`  peak memory  ${peakMb.toFixed(0)} MB   target <= 500 MB  ${ok(peakMb <= 500)}`);
  if (rows < 10_000_000)
    console.log(`  (a ${rows.toLocaleString('en-US')}-row run: the targets are for 10,000,000 rows)`);
}

main()
  .catch((err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect().catch(() => {}));
