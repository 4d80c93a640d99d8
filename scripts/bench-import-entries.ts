// npm run bench:import-entries — a 100,000-line entry CSV through the same path as the import
// route (multipart upload read with the body limit, preview, commit), then a change of the
// crediting policy that re-prices the whole log. Prints time and peak RSS next to the targets
// (issue 14: import under 20 s and 300 MB; re-pricing 100,000 entries must work).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { importCatalogFile } from '@/lib/catalog/import';
import { getDb } from '@/lib/db';
import { commitImport, previewImport } from '@/lib/logs/import';
import { readUploadedCsv } from '@/lib/logs/import-upload';
import { updateCreditPolicy } from '@/lib/logs/policy';
import { createTestUser } from '@/lib/testing/factories';

const N = Number(process.env.BENCH_LINES || 100_000);
const mb = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;

let peak = 0;
const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
const resetPeak = () => (peak = process.memoryUsage().rss);

function csv(n: number): string {
  const codes = ['99213', '99214', '27447', '20610', '29881', '43239', '45380', '71046', '93306', '11042'];
  const rows = ['date_of_service,code,modifiers,units,encounter,site,setting,role,note'];
  for (let i = 0; i < n; i++) {
    const day = String((i % 28) + 1).padStart(2, '0');
    rows.push(
      `2025-${10 + (i % 3)}-${day},${codes[i % codes.length]},${i % 7 === 0 ? 'LT' : ''},1,case-${Math.floor(i / 3)},Site ${i % 4},FACILITY,PRIMARY,`,
    );
  }
  return rows.join('\n');
}

/** Run as `--setup` in a child process: the catalog import's own memory must not count below. */
async function setup() {
  const file = path.resolve(process.cwd(), '../shared/data/cms/pfs/RVU25D/PPRRVU2025_Oct.csv');
  await importCatalogFile({ buffer: new Uint8Array(readFileSync(file)), fileName: path.basename(file) });
  const actor = await createTestUser({ name: 'Dr. Heavy Importer' });
  process.stdout.write(JSON.stringify(actor));
}

async function main() {
  const actor = JSON.parse(
    execFileSync(
      path.resolve('node_modules/.bin/tsx'),
      ['--conditions=react-server', 'scripts/bench-import-entries.ts', '--setup'],
      { encoding: 'utf8' },
    ),
  );
  console.log(`baseline RSS (server code loaded): ${mb(process.memoryUsage().rss)}`);
  const text = csv(N);
  const upload = () => {
    const form = new FormData();
    form.set('file', new File([text], 'heavy.csv', { type: 'text/csv' }));
    return new Request('http://bench.local/api/entries/import', { method: 'POST', body: form });
  };
  console.log(`file: ${N.toLocaleString()} lines, ${mb(Buffer.byteLength(text))}`);

  resetPeak();
  let t = performance.now();
  const preview = await previewImport({ actor, text: (await readUploadedCsv(upload())).text });
  console.log(
    `preview: ${((performance.now() - t) / 1000).toFixed(1)} s, peak RSS ${mb(peak)} (${preview.lineCount} lines, ${preview.errors.length} errors)`,
  );

  resetPeak();
  t = performance.now();
  const { text: uploaded, name } = await readUploadedCsv(upload());
  const result = await commitImport({ actor, text: uploaded, fileName: name });
  const importSeconds = (performance.now() - t) / 1000;
  const importPeak = peak;
  console.log(
    `import:  ${importSeconds.toFixed(1)} s (target < 20 s), peak RSS ${mb(importPeak)} (target < 300 MB); ${result.imported.toLocaleString()} entries`,
  );

  resetPeak();
  t = performance.now();
  const progress: number[] = [];
  const repriced = await updateCreditPolicy({
    actor,
    input: {
      multipleProcedureReduction: false,
      modifier22Factor: 1.2,
      modifier52Factor: 0.5,
      creditNotPaidByMedicare: false,
    },
    onProgress: (done) => progress.push(done),
  });
  console.log(
    `re-price after a policy change: ${((performance.now() - t) / 1000).toFixed(1)} s, peak RSS ${mb(peak)}; ${repriced.repriced.toLocaleString()} entries, ${progress.length} progress updates`,
  );
  clearInterval(sampler);
  await getDb().$disconnect();
}

(process.argv.includes('--setup')
  ? setup().finally(() => (clearInterval(sampler), getDb().$disconnect()))
  : main()
).catch((err) => {
  console.error(err);
  process.exit(1);
});
