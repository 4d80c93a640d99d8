// npm run bench:price — throughput of the pricing path the CLI uses (catalog loaded once, then the
// engine over many lines). Target (issue 4): >= 50,000 lines/s once the catalog is loaded.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { importCatalogFile } from '@/lib/catalog/import';
import { getDb } from '@/lib/db';
import { loadPricingCatalog, priceWithCatalog } from '@/lib/logs/pricing';
import { DEFAULT_POLICY, type ProcedureLine } from '@/lib/rvu/types';

const file = path.resolve(
  process.cwd(),
  process.argv[2] ?? '../shared/data/cms/pfs/RVU25D/PPRRVU2025_Oct.csv',
);
const N = Number(process.env.BENCH_LINES || 200_000);

async function main() {
  await importCatalogFile({ buffer: new Uint8Array(readFileSync(file)), fileName: path.basename(file) });
  const codes = [
    '99213',
    '99214',
    '27447',
    '20610',
    '29881',
    '43239',
    '43249',
    '45380',
    '45385',
    '71046',
    '93306',
    'J2820',
    '64483',
    '11042',
    '11045',
  ];
  const mods = [[], [], ['50'], ['80'], ['62'], ['26'], ['LT']];
  const lines: ProcedureLine[] = Array.from({ length: N }, (_, i) => ({
    id: String(i),
    dateOfService: `2025-${String(10 + (i % 3)).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
    code: codes[i % codes.length],
    modifiers: mods[i % mods.length],
    units: 1 + (i % 11 === 0 ? 2 : 0),
    encounterKey: `e${Math.floor(i / 3)}`,
  }));
  const db = getDb();
  const t0 = performance.now();
  const catalog = await loadPricingCatalog(db, lines);
  const t1 = performance.now();
  const runs: number[] = [];
  let total = 0;
  for (let r = 0; r < 5; r++) {
    const s = performance.now();
    total = priceWithCatalog(lines, catalog, DEFAULT_POLICY).reduce((sum, x) => sum + x.creditedWrvu, 0);
    runs.push(performance.now() - s);
  }
  runs.sort((a, b) => a - b);
  const median = runs[2];
  console.log('=== bench:price (engine over procedure lines, catalog loaded once) ===');
  console.log(
    `lines            ${N.toLocaleString()} (${codes.length} codes, modifiers 50/80/62/26/LT, 3-line encounters)`,
  );
  console.log(`catalog load     ${(t1 - t0).toFixed(0)} ms`);
  console.log(
    `pricing median   ${median.toFixed(0)} ms over 5 runs -> ${Math.round(N / (median / 1000)).toLocaleString()} lines/s (target >= 50,000)`,
  );
  console.log(`checksum         ${total.toFixed(2)} wRVU`);
  await db.$disconnect();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
