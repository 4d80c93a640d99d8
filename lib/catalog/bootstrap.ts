// Start-up catalog provisioning (called by `npm start` / the seed step): import the CMS files the
// operator configured (CMS_DATA_DIR, import URLs), then load whatever of the bundled starter catalog
// (every shipped PPRRVU release, HCPCS Level II, the ASP quarter) the catalog lacks, re-price entries
// dated under a release it added (an upgrade from the old subset), and apply the curated text. Safe
// on every start: files already imported are recognised by their sha256 and skipped before parsing.
import 'server-only';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { describeRecompute, recomputeForRelease } from '@/lib/logs/recompute';
import { importCatalogSource, type SourceFileOutcome } from './import-source';
import { loadStarterCatalog, type LoadStarterResult } from './starter';

export type EnsureCatalogOptions = {
  dataDir?: string; // defaults to CMS_DATA_DIR
  urls?: readonly string[];
  starterDir?: string; // defaults to prisma/seed/starter
  log?: (line: string) => void;
};

export type EnsureCatalogResult = { outcomes: SourceFileOutcome[]; starter: LoadStarterResult };

export async function ensureCatalog(options: EnsureCatalogOptions = {}): Promise<EnsureCatalogResult> {
  const log = options.log ?? (() => {});
  const dataDir = options.dataDir ?? env.CMS_DATA_DIR;
  const sources = [...(dataDir ? [dataDir] : []), ...(options.urls ?? [])];
  const outcomes: SourceFileOutcome[] = [];
  for (const source of sources) {
    try {
      const results = await importCatalogSource({
        source,
        importedBy: 'start-up',
        onOutcome: (o) => {
          if (o.status === 'imported') log(`catalog: imported ${o.fileName}: ${o.result.message}`);
          else if (o.status === 'failed') log(`catalog: could not import ${o.fileName}: ${o.message}`);
        },
      });
      outcomes.push(...results);
    } catch (err) {
      // A missing folder or an unreachable URL must not stop the app from starting.
      log(`catalog: could not read ${source}: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  const starter = await loadStarterCatalog(db, { dir: options.starterDir, log });
  if (starter.loaded.length > 0) {
    log(
      `catalog: starter catalog loaded in ${(starter.ms / 1000).toFixed(1)} s: ${starter.releasesLoaded.join(', ') || 'no release'} (${starter.rows.toLocaleString('en-US')} RVU rows), ${starter.codesAdded.toLocaleString('en-US')} codes added; newer CMS releases: npm run catalog:update`,
    );
    // Entries may already exist (an install upgraded from the old starter subset).
    if ((await db.logEntry.count()) > 0)
      for (const releaseId of starter.releasesLoaded)
        log(`catalog: ${describeRecompute(await recomputeForRelease({ releaseId }))}`);
  }
  await priceUnpricedEntries(log);
  return { outcomes, starter };
}

/**
 * Entries logged before any release covered their date (they were credited 0 before releases
 * priced such dates with the earliest one, marked "newer") are priced once a release exists.
 */
async function priceUnpricedEntries(log: (line: string) => void) {
  const unpriced = await db.logEntry.findFirst({
    where: { releaseId: null, deletedAt: null },
    select: { id: true },
  });
  if (!unpriced) return;
  const earliest = await db.rvuRelease.findFirst({ orderBy: { effectiveFrom: 'asc' }, select: { id: true } });
  if (earliest) log(`catalog: ${describeRecompute(await recomputeForRelease({ releaseId: earliest.id }))}`);
}
