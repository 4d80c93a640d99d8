// CLI: import CMS catalog files (PPRRVU CSV/TXT/XLSX/zip, HCPCS Level II XLSX, ASP pricing CSV).
//   npm run catalog:import -- <file, folder or URL> [--release ID] [--replace] [--by NAME]
// A folder imports every recognised file (PPRRVU before HCPCS before ASP); a URL is downloaded with a
// progress bar. Prints a summary per file; exits non-zero if any file failed. The work is done by
// lib/catalog/import-source.ts; this file only parses arguments and draws progress.
import cliProgress from 'cli-progress';
import { Command } from 'commander';
import { getDb } from '@/lib/db';
import { importCatalogSource, type SourceFileOutcome } from '@/lib/catalog/import-source';
import { describeRecompute, recomputeForRelease } from '@/lib/logs/recompute';

const bar = () =>
  new cliProgress.SingleBar(
    {
      format: '  {label} [{bar}] {percentage}% {value}/{total}',
      hideCursor: true,
      clearOnComplete: true,
      stopOnComplete: true,
    },
    cliProgress.Presets.shades_classic,
  );

function report(outcome: SourceFileOutcome): void {
  if ('result' in outcome)
    console.log(
      `${outcome.status === 'imported' ? '✔' : '•'} ${outcome.fileName}: ${outcome.result.message}`,
    );
  else if (outcome.status === 'skipped') console.log(`- ${outcome.fileName}: skipped (${outcome.message})`);
  else console.error(`✘ ${outcome.fileName}: ${outcome.message}`);
}

async function main(): Promise<number> {
  const program = new Command()
    .name('catalog:import')
    .description('Import CMS fee schedule (PPRRVU), HCPCS Level II and ASP files into the Benchline catalog')
    .argument('<source>', 'a file, a folder of files, or an http(s) URL')
    .option(
      '--release <id>',
      'release id for a single file, e.g. RVU25D (PFS) or 2025Q4 (ASP); overrides the file',
    )
    .option('--replace', 'replace a fully imported release of the same id')
    .option('--by <name>', 'who is importing (kept in the import history)')
    .parse();
  const [source] = program.args;
  const opts = program.opts<{ release?: string; replace?: boolean; by?: string }>();
  const interactive = process.stdout.isTTY;

  // Bars are created lazily by the callbacks; kept in one object so they can be stopped from anywhere.
  const bars: { download: cliProgress.SingleBar | null; rows: cliProgress.SingleBar | null } = {
    download: null,
    rows: null,
  };
  const stopRows = () => {
    bars.rows?.stop();
    bars.rows = null;
  };
  const outcomes = await importCatalogSource({
    source,
    releaseId: opts.release,
    replace: opts.replace,
    importedBy: opts.by ?? process.env.USER,
    onDownload: (received, total) => {
      if (!interactive) return;
      const kb = (n: number) => Math.round(n / 1024);
      if (!bars.download)
        (bars.download = bar()).start(total ? kb(total) : kb(received), 0, { label: 'download (KB)' });
      if (!total) bars.download.setTotal(kb(received));
      bars.download.update(kb(received));
    },
    onFile: (fileName, index, total) => {
      bars.download?.stop();
      stopRows();
      if (total > 1) console.log(`[${index + 1}/${total}] ${fileName}`);
    },
    onOutcome: (outcome) => {
      stopRows();
      report(outcome);
    },
    onProgress: (_fileName, p) => {
      if (!interactive) return;
      if (p.phase === 'write') {
        if (!bars.rows) (bars.rows = bar()).start(p.total, 0, { label: 'rows' });
        bars.rows.update(p.done);
      } else if (p.phase === 'done') {
        stopRows();
      }
    },
  });
  stopRows();
  // A new or corrected fee-schedule release changes the credit of entries dated under it.
  for (const o of outcomes) {
    if ('result' in o && o.status === 'imported' && o.result.kind === 'PPRRVU' && o.result.releaseId) {
      console.log(`  ${describeRecompute(await recomputeForRelease({ releaseId: o.result.releaseId }))}`);
    }
  }
  const failed = outcomes.filter((o) => o.status === 'failed').length;
  if (outcomes.length === 0) console.log('No files found.');
  if (failed) console.error(`${failed} file${failed > 1 ? 's' : ''} failed.`);
  return failed ? 1 : 0;
}

main()
  .then(async (code) => {
    await getDb().$disconnect();
    process.exit(code);
  })
  .catch(async (err: unknown) => {
    console.error(err instanceof Error ? err.message : String(err));
    await getDb()
      .$disconnect()
      .catch(() => {});
    process.exit(1);
  });
