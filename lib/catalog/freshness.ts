// How far the imported fee schedule lags the calendar: the newest imported release against the
// release of today's quarter (CMS publishes each quarter's release shortly before it takes effect).
// Pure; read by the admin catalog page, the code pages and the dashboard banner.
import { quarterOfMonth, releaseId, releaseMetaFromId } from './release';
import type { Quarter } from './types';

/** Where CMS publishes the PFS Relative Value Files (the quarterly RVUyyQ zips). */
export const CMS_PFS_RVU_URL =
  'https://www.cms.gov/medicare/payment/fee-schedules/physician/pfs-relative-value-files';

export type CatalogFreshness = {
  /** The newest imported release id, or null when none is imported. */
  latestImported: string | null;
  /** The release of today's quarter, e.g. RVU26D in December 2026. */
  expected: string;
  /** Quarters between the newest imported release and today's (0 when up to date). */
  quartersBehind: number;
  /** The newest imported release is from an earlier calendar year than today. */
  newerPublished: boolean;
};

const index = (year: number, quarter: Quarter) => year * 4 + 'ABCD'.indexOf(quarter);

export function catalogFreshness(newest: { id: string } | null, today: string): CatalogFreshness {
  const year = Number(today.slice(0, 4));
  const quarter = quarterOfMonth(Number(today.slice(5, 7)));
  const expected = releaseId(year, quarter);
  const meta = newest ? releaseMetaFromId(newest.id) : null;
  if (!newest || !meta)
    return { latestImported: newest?.id ?? null, expected, quartersBehind: 0, newerPublished: false };
  return {
    latestImported: newest.id,
    expected,
    quartersBehind: Math.max(0, index(year, quarter) - index(meta.year, meta.quarter)),
    newerPublished: meta.year < year,
  };
}

/** The releases to import to price the years given with their own values, e.g. "RVU26A-RVU26D". */
export function releasesToImport(years: number[]): string {
  return [...new Set(years)]
    .sort()
    .map((y) => `${releaseId(y, 'A')}-${releaseId(y, 'D')}`)
    .join(', ');
}
