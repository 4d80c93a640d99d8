// CLI: catch up with CMS. Downloads the year's PFS relative value archives from their published
// addresses (lib/catalog/pfs-archives.ts; CMS_PFS_ARCHIVE_BASE_URL / CMS_PFS_ARCHIVES override),
// verifies each sha256, imports them in order and re-prices the entries they affect.
//   npm run catalog:update [-- --year 2026]
import { Command } from 'commander';
import { getDb } from '@/lib/db';
import { updateCatalog } from '@/lib/catalog/update';

async function main(): Promise<number> {
  const program = new Command()
    .name('catalog:update')
    .description("Download, verify and import a year's CMS PFS relative value archives")
    .option('--year <year>', 'calendar year of the releases', String(new Date().getUTCFullYear()))
    .parse();
  const year = Number(program.opts<{ year: string }>().year);
  if (!Number.isInteger(year)) throw new Error('--year must be a year, e.g. 2026');
  const result = await updateCatalog({
    year,
    importedBy: process.env.USER ? `catalog:update (${process.env.USER})` : 'catalog:update',
    onProgress: (p) => {
      if (p.phase === 'note') console.log(`• ${p.message}`);
      else if (p.phase === 'import') console.log(`[${p.index + 1}/${p.count}] importing ${p.release}`);
      else {
        // One line per archive, redrawn in place on a terminal; printed once when complete otherwise.
        const kb = (n: number) => Math.round(n / 1024).toLocaleString('en-US');
        const line = `  ${p.release}: ${kb(p.received)} KB${p.total ? ` of ${kb(p.total)} KB` : ''}`;
        const complete = p.total !== null && p.received >= p.total;
        if (process.stdout.isTTY) process.stdout.write(`\r${line}${complete ? '\n' : ''}`);
        else if (complete) console.log(line);
      }
    },
  });
  for (const i of result.imported) {
    console.log(`${i.result.status === 'imported' ? '✔' : '•'} ${i.release}: ${i.result.message}`);
    if (i.recompute) console.log(`  ${i.recompute}`);
  }
  if (result.imported.length === 0)
    console.log(`The catalog already has every ${year} release Benchline knows of.`);
  return 0;
}

main()
  .then(async (code) => {
    await getDb().$disconnect();
    process.exit(code);
  })
  .catch(async (err: unknown) => {
    console.error(`✘ ${err instanceof Error ? err.message : String(err)}`);
    await getDb()
      .$disconnect()
      .catch(() => {});
    process.exit(1);
  });
