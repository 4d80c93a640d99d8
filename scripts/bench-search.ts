// Search benchmark (issue 3): 1,000 mixed queries through searchCodes against the full RVU25D + HCPCS
// catalog (plus ASP 2025Q4 and the curated synonyms), printing p50/p95/p99 and one query plan.
//   npm run bench:search
//   = node scripts/with-db.mjs --fresh -- tsx --conditions=react-server scripts/bench-search.ts [--data DIR] [--queries N]
// Files missing from the database are imported first with the catalog importer (already imported
// files are recognised by their sha256 and skipped). Target: p95 <= 15 ms.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { getDb, Prisma } from '@/lib/db';
import { importCatalogFile } from '@/lib/catalog/import';
import { searchCodes, searchCodesSql } from '@/lib/catalog/search';
import { applyStarterCurated } from '@/lib/catalog/starter';
import { loadTypoIndex } from '@/lib/catalog/typo-index';

const TARGET_P95_MS = 15;
const FILES = [
  'pfs/RVU25D/PPRRVU2025_Oct.csv',
  'hcpcs/HCPC2025_OCT_ANWEB.xlsx',
  'asp/asp_pricing_oct2025.csv',
];

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i !== -1 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

// Deterministic pseudo-random numbers (mulberry32), so every run replays the same queries.
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function ensureCatalog(dataDir: string) {
  const db = getDb();
  for (const file of FILES) {
    const started = performance.now();
    const result = await importCatalogFile({
      buffer: new Uint8Array(readFileSync(path.join(dataDir, file))),
      fileName: path.basename(file),
      importedBy: 'bench-search',
    });
    console.log(`  ${path.basename(file)}: ${result.status} (${Math.round(performance.now() - started)} ms)`);
  }
  console.log(`  curated content applied to ${await applyStarterCurated(db)} codes`);
  await db.$executeRawUnsafe('ANALYZE "Code", "RvuRow", "DrugPrice", "RvuRelease"');
}

type Kind = 'code' | 'prefix' | 'words' | 'abbreviation' | 'typo';

function typo(word: string, random: () => number): string {
  const i = 1 + Math.floor(random() * (word.length - 2));
  const edit = Math.floor(random() * 3);
  if (edit === 0) return word.slice(0, i) + word.slice(i + 1); // deletion
  if (edit === 1) return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2); // transposition
  return word.slice(0, i) + 'aeiou'[Math.floor(random() * 5)] + word.slice(i + 1); // substitution
}

async function buildQueries(count: number): Promise<{ q: string; kind: Kind }[]> {
  const db = getDb();
  const random = rng(20251001);
  const pick = <T>(items: T[]) => items[Math.floor(random() * items.length)];
  const codes = await db.code.findMany({
    select: { code: true, shortDescription: true, synonyms: true, curated: true },
  });
  const curated = codes.filter((c) => c.curated && c.synonyms.length > 0);
  const words = [
    ...new Set(
      codes.flatMap((c) => c.shortDescription.toLowerCase().split(/[^a-z]+/)).filter((w) => w.length >= 4),
    ),
  ];
  const longWords = [
    ...new Set(
      [...words, ...curated.flatMap((c) => c.synonyms.join(' ').split(/[^a-z]+/))].filter(
        (w) => w.length >= 7,
      ),
    ),
  ];
  const abbreviations = [...new Set(curated.flatMap((c) => c.synonyms).filter((s) => s.length <= 12))];
  if (codes.length === 0) throw new Error('The catalog is empty.');

  const plan: [Kind, number][] = [
    ['code', 0.2],
    ['prefix', 0.15],
    ['words', 0.25],
    ['abbreviation', 0.2],
    ['typo', 0.2],
  ];
  const queries: { q: string; kind: Kind }[] = [];
  for (const [kind, share] of plan) {
    for (let n = 0; n < Math.round(count * share); n++) {
      if (kind === 'code') queries.push({ kind, q: pick(codes).code });
      else if (kind === 'prefix')
        queries.push({
          kind,
          q: pick(codes)
            .code.slice(0, 2 + Math.floor(random() * 3))
            .toLowerCase(),
        });
      else if (kind === 'words') {
        // One or two neighbouring words of one descriptor, as someone reading a note would type them.
        const parts = pick(codes)
          .shortDescription.toLowerCase()
          .split(/[^a-z]+/)
          .filter((w) => w.length >= 3);
        const start = Math.floor(random() * Math.max(1, parts.length - 1));
        queries.push({
          kind,
          q: parts.slice(start, start + 1 + Math.floor(random() * 2)).join(' ') || pick(words),
        });
      } else if (kind === 'abbreviation')
        queries.push({ kind, q: abbreviations.length ? pick(abbreviations) : pick(words) });
      else
        queries.push({
          kind,
          q:
            random() < 0.3
              ? `${pick(words)} ${typo(pick(longWords), random)}`
              : typo(pick(longWords), random),
        });
    }
  }
  // Shuffle so caches warm the way a mixed workload does.
  for (let i = queries.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [queries[i], queries[j]] = [queries[j], queries[i]];
  }
  return queries.slice(0, count);
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const ms = (n: number) => `${n.toFixed(2)} ms`;

async function main() {
  const db = getDb();
  const dataDir = path.resolve(option('data', path.resolve(process.cwd(), '../shared/data/cms')));
  const count = Number(option('queries', '1000'));
  const [{ version }] = await db.$queryRaw<{ version: string }[]>`SELECT version()`;
  console.log(`Database: ${version.split(',')[0]}`);
  console.log(`Catalog (from ${dataDir}):`);
  await ensureCatalog(dataDir);
  console.log(
    `  ${await db.code.count()} codes, ${await db.rvuRow.count()} RVU rows, ${await db.drugPrice.count()} ASP prices`,
  );

  // The app builds the typo word index in the background on the first search; build it up front.
  const started = performance.now();
  const typoIndex = await loadTypoIndex();
  console.log(
    `  typo word index: ${typoIndex?.words.size ?? 0} words in ${Math.round(performance.now() - started)} ms`,
  );

  const queries = await buildQueries(count);
  for (const { q } of queries.slice(0, 50)) await searchCodes({ q, limit: 20 }); // warm-up, not measured

  const timings: { q: string; kind: Kind; ms: number; hits: number }[] = [];
  for (const { q, kind } of queries) {
    const started = performance.now();
    const results = await searchCodes({ q, limit: 20 });
    timings.push({ q, kind, ms: performance.now() - started, hits: results.length });
  }

  const report = (label: string, list: typeof timings) => {
    const sorted = list.map((t) => t.ms).sort((a, b) => a - b);
    const empty = list.filter((t) => t.hits === 0).length;
    console.log(
      `  ${label.padEnd(13)} n=${String(list.length).padStart(4)}  p50 ${ms(percentile(sorted, 50)).padStart(9)}  p95 ${ms(percentile(sorted, 95)).padStart(9)}  p99 ${ms(percentile(sorted, 99)).padStart(9)}  max ${ms(sorted[sorted.length - 1]).padStart(9)}  no hits ${empty}`,
    );
    return percentile(sorted, 95);
  };
  console.log(`\nsearchCodes server time (query + result mapping), ${timings.length} queries, limit 20:`);
  const p95 = report('all', timings);
  for (const kind of ['code', 'prefix', 'words', 'abbreviation', 'typo'] as Kind[])
    report(
      kind,
      timings.filter((t) => t.kind === kind),
    );
  console.log(
    `  examples: ${queries
      .slice(0, 12)
      .map((x) => JSON.stringify(x.q))
      .join(', ')}`,
  );
  const slowest = [...timings].sort((a, b) => b.ms - a.ms).slice(0, 8);
  console.log(`  slowest: ${slowest.map((t) => `${JSON.stringify(t.q)} ${t.ms.toFixed(1)}`).join(', ')}`);

  // A typical word query, and a typo (which runs the exact statement, finds nothing, then the typo one).
  for (const [q, which] of [
    ['knee arthro', 'exact'],
    ['knee arthroplsty', 'fuzzy'],
  ] as const) {
    const sql = searchCodesSql({ q, limit: 20 }, typoIndex)![which]!;
    const plan = await db.$queryRaw<{ 'QUERY PLAN': string }[]>(
      Prisma.sql`EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${sql}`,
    );
    console.log(`\nQuery plan of searchCodes({ q: ${JSON.stringify(q)} }), ${which} statement:`);
    for (const row of plan) console.log(`  ${row['QUERY PLAN']}`);
  }
  console.log(
    `\np95 ${ms(p95)}: ${p95 <= TARGET_P95_MS ? 'within' : 'ABOVE'} the ${TARGET_P95_MS} ms target.`,
  );
  await db.$disconnect();
}

main().catch(async (err) => {
  console.error(err);
  await getDb()
    .$disconnect()
    .catch(() => {});
  process.exit(1);
});
