// The dashboard's out-of-date banner: how many of the subject's live entries (and how many wRVUs)
// were priced with a release from an earlier calendar year ("older") or from after their date
// ("newer"), read from the fit stored on each entry (lib/catalog/release.ts releaseFit).
import 'server-only';
import { sql } from '@/lib/db';
import { CMS_PFS_RVU_URL, releasesToImport } from '@/lib/catalog/freshness';
import { getDashboardContext, type DashboardOptions } from './queries';

export type ReleaseFitGroup = {
  entries: number;
  wrvu: number;
  /** Calendar years of those dates of service. */
  years: number[];
  /** The releases that priced them. */
  releaseIds: string[];
  /** What to import: e.g. "RVU26A-RVU26D". */
  toImport: string;
};

export type ReleaseFitSummary = {
  older: ReleaseFitGroup | null;
  newer: ReleaseFitGroup | null;
  downloadUrl: string;
};

type Row = { fit: 'older' | 'newer'; entries: number; wrvu: number; years: number[]; releaseIds: string[] };

/** All the subject's live entries, or those dated in [from, to] (a report's period). */
export async function getReleaseFitSummary(
  opts: Omit<DashboardOptions, 'range' | 'releaseId'> & { from?: string; to?: string },
): Promise<ReleaseFitSummary> {
  // The subject the actor may view (NOT_FOUND otherwise), from the request's cached context.
  const { subject } = await getDashboardContext(opts);
  const rows = await sql<Row>(
    `SELECT "releaseFit"::text AS fit, count(*)::int AS entries, coalesce(sum("creditedWrvu"), 0)::float8 AS wrvu,
            array_agg(DISTINCT extract(year FROM "dateOfService")::int) AS years, array_agg(DISTINCT "releaseId") AS "releaseIds"
     FROM "LogEntry"
     WHERE "userId" = $1 AND "deletedAt" IS NULL AND "releaseFit" IN ('older', 'newer')
       AND ($2::date IS NULL OR "dateOfService" >= $2::date) AND ($3::date IS NULL OR "dateOfService" <= $3::date)
     GROUP BY 1`,
    [subject.id, opts.from ?? null, opts.to ?? null],
  );
  const group = (fit: Row['fit']): ReleaseFitGroup | null => {
    const r = rows.find((x) => x.fit === fit);
    if (!r) return null;
    const years = [...r.years].sort();
    return {
      entries: r.entries,
      wrvu: r.wrvu,
      years,
      releaseIds: r.releaseIds,
      toImport: releasesToImport(years),
    };
  };
  return { older: group('older'), newer: group('newer'), downloadUrl: CMS_PFS_RVU_URL };
}
