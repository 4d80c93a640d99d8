// Builds the starter catalog in prisma/seed/starter/ from the CMS reference files in ../shared/data/cms
// (every PPRRVU release the project ships, the HCPCS Level II file and the ASP quarter) and the curated
// content in lib/catalog/content: each file parsed by the same parsers as catalog:import and stored
// as a gzip'd JSON part, with a manifest naming each CMS file and its sha256. Re-run after the
// curated content or the reference files change:
//   npm run catalog:build-starter [-- --cms DIR] [--out DIR]
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { Command } from 'commander';
import { curatedContent } from '@/lib/catalog/content';
import { parseCatalogFile } from '@/lib/catalog/parse';
import { starterCurated, toStarterPprrvu } from '@/lib/catalog/starter-build';
import { STARTER_FORMAT, type StarterManifest, type StarterPart } from '@/lib/catalog/starter-format';

// The CMS files shipped, relative to the CMS folder; PPRRVU releases are loaded oldest first.
const SOURCES = [
  'pfs/RVU23A/PPRRVU23_JAN.csv',
  'pfs/RVU24B/RVU24B.zip',
  'pfs/RVU25A/PPRRVU25_JAN.csv',
  'pfs/RVU25B/PPRRVU25_APR.csv',
  'pfs/RVU25D/PPRRVU2025_Oct.csv',
  'hcpcs/HCPC2025_OCT_ANWEB.xlsx',
  'asp/asp_pricing_oct2025.csv',
];

const NOTICE =
  'Parsed from CMS public files (Medicare Physician Fee Schedule PPRRVU releases, HCPCS Level II, ASP pricing) for use without network access. CPT codes and descriptions are copyright American Medical Association; RVU values and indicators are facts published by CMS; HCPCS Level II and ASP files are CMS public-domain works. Synonyms, plain-language text, clinical context and billing notes are original Benchline content.';

const gz = (value: unknown) => gzipSync(JSON.stringify(value), { level: 9 });

async function main() {
  const program = new Command()
    .name('build-starter-catalog')
    .option('--cms <dir>', 'the CMS reference folder', path.resolve(process.cwd(), '../shared/data/cms'))
    .option('--out <dir>', 'output folder', path.resolve(process.cwd(), 'prisma/seed/starter'))
    .parse();
  const opts = program.opts<{ cms: string; out: string }>();
  await mkdir(opts.out, { recursive: true });
  for (const old of await readdir(opts.out)) await rm(path.join(opts.out, old));

  const parts: (StarterPart & { order: string })[] = [];
  for (const source of SOURCES) {
    const bytes = new Uint8Array(await readFile(path.join(opts.cms, source)));
    const sourceFile = path.basename(source);
    const parsed = await parseCatalogFile(bytes, sourceFile);
    let body: unknown;
    let id: string;
    let records: number;
    let order: string;
    if (parsed.kind === 'PPRRVU') {
      body = toStarterPprrvu(parsed.file);
      id = parsed.file.meta.id;
      records = parsed.file.rows.length;
      order = `0 ${parsed.file.meta.effectiveFrom}`;
    } else if (parsed.kind === 'HCPCS') {
      body = { ...parsed.file, modifiers: [] }; // modifiers are not stored by the importer
      id = sourceFile;
      records = parsed.file.codes.length;
      order = '1';
    } else {
      body = parsed.file;
      id = parsed.file.quarter;
      records = parsed.file.prices.length;
      order = '2';
    }
    const file = `${parsed.kind.toLowerCase()}-${id.replace(/\.[a-z]+$/i, '')}.json.gz`;
    const compressed = gz(body);
    await writeFile(path.join(opts.out, file), compressed);
    parts.push({
      kind: parsed.kind,
      id,
      file,
      sourceFile,
      sourceSha256: createHash('sha256').update(bytes).digest('hex'),
      records,
      order,
    });
    console.log(
      `${file}: ${parsed.kind} ${id}, ${records.toLocaleString('en-US')} records, ${Math.round(compressed.length / 1024)} KB`,
    );
  }
  parts.sort((a, b) => a.order.localeCompare(b.order));

  const { curated, warnings } = starterCurated(curatedContent);
  for (const warning of warnings) console.warn(`warning: ${warning}`);
  await writeFile(path.join(opts.out, 'curated.json.gz'), gz(curated));
  const manifest: StarterManifest = {
    format: STARTER_FORMAT,
    notice: NOTICE,
    parts: parts.map(({ order: _order, ...part }) => part),
    curatedFile: 'curated.json.gz',
  };
  await writeFile(path.join(opts.out, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  console.log(
    `${path.relative(process.cwd(), opts.out)}/manifest.json: ${parts.length} parts, ${curated.length} curated codes`,
  );
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
