// Builds prisma/seed/starter-catalog.json, the offline default catalog, from the CMS reference files
// (RVU25D PPRRVU CSV, HCPCS Level II XLSX, ASP pricing CSV) and the curated content in
// lib/catalog/content. The JSON carries facts (RVUs, indicators, CMS descriptors, ASP limits) with
// the curated text merged in. Re-run after the curated content or the reference release changes:
//   npx tsx scripts/build-starter-catalog.ts [--pprrvu FILE] [--hcpcs FILE] [--asp FILE] [--out FILE]
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Command } from 'commander';
import { parseAspCsv } from '@/lib/catalog/asp';
import { curatedContent } from '@/lib/catalog/content';
import { parseHcpcsXlsx } from '@/lib/catalog/hcpcs';
import { parsePprrvuCsv } from '@/lib/catalog/pprrvu';
import { buildStarterCatalog, starterCatalogJson } from '@/lib/catalog/starter-build';

const shared = (p: string) => path.resolve(process.cwd(), '../shared/data/cms', p);

async function main() {
  const program = new Command()
    .name('build-starter-catalog')
    .option('--pprrvu <file>', 'PPRRVU CSV of the reference release', shared('pfs/RVU25D/PPRRVU2025_Oct.csv'))
    .option('--hcpcs <file>', 'HCPCS Level II ANWEB XLSX', shared('hcpcs/HCPC2025_OCT_ANWEB.xlsx'))
    .option('--asp <file>', 'ASP pricing CSV', shared('asp/asp_pricing_oct2025.csv'))
    .option('--out <file>', 'output JSON', path.resolve(process.cwd(), 'prisma/seed/starter-catalog.json'))
    .parse();
  const opts = program.opts<{ pprrvu: string; hcpcs: string; asp: string; out: string }>();
  const read = async (file: string) => new Uint8Array(await readFile(file));

  const pprrvu = parsePprrvuCsv(await read(opts.pprrvu), path.basename(opts.pprrvu));
  const hcpcs = await parseHcpcsXlsx(await read(opts.hcpcs), path.basename(opts.hcpcs));
  const asp = parseAspCsv(await read(opts.asp), path.basename(opts.asp));
  const { catalog, warnings } = buildStarterCatalog({ pprrvu, hcpcs, asp, curated: curatedContent });

  for (const warning of warnings) console.warn(`warning: ${warning}`);
  await writeFile(opts.out, starterCatalogJson(catalog));
  const curated = catalog.codes.filter((c) => c.curated).length;
  console.log(
    `${path.relative(process.cwd(), opts.out)}: ${catalog.release.id}, ${catalog.codes.length} codes (${curated} curated), ${catalog.rows.length} RVU rows, ${catalog.drugPrices?.prices.length ?? 0} ASP prices`,
  );
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
