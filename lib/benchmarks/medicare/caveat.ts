// Wording and identity of Medicare-derived benchmark sources, shared by the importer, the benchmark
// resolver, the pages and the exports (no I/O: safe in client components).

/** Shown wherever a Medicare-derived number is shown: dashboard, benchmarks page, CSV/XLSX/PDF. */
export const MEDICARE_CAVEAT =
  'Medicare fee-for-service volume only - not total productivity, not FTE-adjusted';

/** BenchmarkRow.metric of Medicare-derived rows: annual Medicare FFS wRVUs per provider, not per FTE. */
export const MEDICARE_METRIC = 'medicare_ffs_wrvu';

export const MEDICARE_PUBLISHER = 'CMS';

export function medicareSurveyName(year: number): string {
  return `Medicare Physician & Other Practitioners, data year ${year}, Medicare FFS volume only`;
}

export function medicareSourceKey(year: number): string {
  return `cms-medicare:${year}`;
}

export const DEFAULT_MIN_SERVICES = 100;
