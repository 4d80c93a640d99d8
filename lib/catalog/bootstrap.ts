// Start-up catalog provisioning (called by `npm start` / the seed step): import the CMS files the
// operator configured (CMS_DATA_DIR, import URLs), then make sure the catalog is usable offline by
// loading the bundled starter catalog when no release exists, and apply the curated text. Safe on
// every start: files already imported are recognised by their sha256 and skipped before parsing.
import 'server-only';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { describeRecompute, recomputeForRelease } from '@/lib/logs/recompute';
import { importCatalogSource, type SourceFileOutcome } from './import-source';
import { loadStarterCatalog, type LoadStarterResult } from './starter';

export type EnsureCatalogOptions = {
  dataDir?: string; // defaults to CMS_DATA_DIR
  urls?: readonly string[];
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
  const starter = await loadStarterCatalog(db);
  if (starter.releaseLoaded)
    log(
      `catalog: loaded the starter catalog (${starter.releaseLoaded}, ${starter.codesAdded} codes); import the full CMS files with npm run catalog:import`,
    );
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
