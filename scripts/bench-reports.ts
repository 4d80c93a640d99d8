// Benchmark: how long a 5,000-entry PDF report takes end to end through createExport (profile,
// the dashboard's figures, the full code list, 5,000 entry rows read in keyset batches, pdfkit
// rendering with page numbers). Target: <= 3 s. CSV and XLSX of the same entries are timed too.
// Best run on a throw-away database:
//   node scripts/with-db.mjs --fresh -- tsx --conditions=react-server scripts/bench-reports.ts
// It imports the RVU25D file from ../shared/data if not yet imported (for real descriptions),
// creates one bench user (unique email) with 5,000 entries inserted in SQL, and deletes that user
// (and, by cascade, the entries) at the end.
import { randomUUID } from 'node:crypto';
import { Command } from 'commander';
import { getDb } from '@/lib/db';
import { createExport } from '@/lib/reports/export';
import { queryInput, reportQuerySchema } from '@/lib/reports/schemas';
import { toBuffer } from '@/lib/reports/stream';
import { ensureCatalog } from '@/lib/testing/catalog';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main() {
  const opts = new Command()
    .option('--entries <n>', 'entries in the report', '5000')
    .option('--runs <n>', 'runs per format', '3')
    .parse()
    .opts<{ entries: string; runs: string }>();
  const n = Number(opts.entries);
  const db = getDb();
  // Real descriptions and categories (the CMS RVU25D file; idempotent by sha256), as in use.
  await ensureCatalog('RVU25D');
  const user = await db.user.create({
    data: {
      email: `bench-reports-${randomUUID()}@bench.benchline.local`,
      name: 'Dr. Bench Reports',
      passwordHash: 'x',
      specialty: 'Orthopedic surgery',
      careerStage: 'ATTENDING',
    },
    select: { id: true, email: true, name: true, role: true },
  });
  try {
    // A year of entries ending today, four codes in rotation, a site on two thirds of them.
    const site = await db.site.create({ data: { userId: user.id, name: 'Main Hospital' } });
    await db.$executeRaw`
      insert into "LogEntry" (id, "userId", "dateOfService", code, modifiers, units, "encounterKey", "siteId", setting, role, "baseWorkRvu", "creditedWrvu", "releaseId", status, "updatedAt")
      select 'bench-' || ${user.id} || '-' || i, ${user.id}, current_date - (i % 330), (array['99213','27447','20610','99214'])[1 + i % 4], '{}', 1, 'enc-' || i,
             case when i % 3 = 0 then null else ${site.id} end, 'FACILITY', 'PRIMARY',
             (array[1.30, 19.60, 0.79, 1.92])[1 + i % 4], (array[1.30, 19.60, 0.40, 1.92])[1 + i % 4], 'RVU25D', 'A', now()
      from generate_series(1, ${n}) as i`;
    console.log(
      `${n.toLocaleString('en-US')} entries over the last 12 months (contents: entries, summary, benchmarks)`,
    );
    const query = (format: string) =>
      reportQuerySchema.parse(queryInput(format, new URLSearchParams('range=12m')));
    for (const format of ['pdf', 'csv', 'xlsx'] as const) {
      const times: number[] = [];
      let size = 0;
      for (let run = 0; run < Number(opts.runs); run++) {
        const started = performance.now();
        const file = await createExport({ actor: user, query: query(format) });
        size = (await toBuffer(file.body)).length;
        times.push(performance.now() - started);
      }
      const line = `${format.toUpperCase().padEnd(4)} median ${median(times).toFixed(0)} ms, best ${Math.min(...times).toFixed(0)} ms, ${(size / 1024).toFixed(0)} KiB`;
      console.log(
        format === 'pdf'
          ? `${line}  (target <= 3000 ms: ${median(times) <= 3000 ? 'met' : 'NOT met'})`
          : line,
      );
      if (format === 'pdf' && median(times) > 3000) process.exitCode = 1;
    }
  } finally {
    await db.user.delete({ where: { id: user.id } });
    await db.$disconnect();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
