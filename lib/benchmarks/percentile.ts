// Percentile rank against a published benchmark table. The rule the product promises: a rank is
// read only from the percentiles the source actually published, by straight-line interpolation
// between two neighbours. Outside the published range we say "below p25" / "above p90" and never
// extrapolate; with one published statistic we can only say below, at or above it.

export const PERCENTILE_KEYS = ['p10', 'p25', 'p50', 'p75', 'p90'] as const;
export type PercentileKey = (typeof PERCENTILE_KEYS)[number];

/** Published values per 1.0 FTE; absent, null or undefined = not published by the source. */
export type PercentileTable = Partial<Record<PercentileKey, number | null>>;

export type PercentileRank =
  | { kind: 'below'; lowest: PercentileKey }
  | { kind: 'above'; highest: PercentileKey }
  | { kind: 'at'; percentile: number }
  // The table publishes no percentile at all (e.g. only a mean): nothing to rank against.
  | { kind: 'unavailable' };

export function percentileOf(key: PercentileKey): number {
  return Number(key.slice(1));
}

type Point = { key: PercentileKey; p: number; value: number };

/** Published points in percentile order; throws if they decrease (the table would be corrupt). */
export function publishedPoints(table: PercentileTable): Point[] {
  const points: Point[] = [];
  for (const key of PERCENTILE_KEYS) {
    const value = table[key];
    if (value === null || value === undefined) continue;
    if (!Number.isFinite(value)) throw new RangeError(`${key} is not a finite number`);
    const prev = points.at(-1);
    if (prev && value < prev.value)
      throw new RangeError(`${key} (${value}) is below ${prev.key} (${prev.value})`);
    points.push({ key, p: percentileOf(key), value });
  }
  return points;
}

export function percentileRank(value: number, table: PercentileTable): PercentileRank {
  if (!Number.isFinite(value)) throw new RangeError('value must be a finite number');
  const points = publishedPoints(table);
  if (points.length === 0) return { kind: 'unavailable' };
  const lowest = points[0];
  const highest = points[points.length - 1];
  if (value < lowest.value) return { kind: 'below', lowest: lowest.key };
  if (value > highest.value) return { kind: 'above', highest: highest.key };
  // Ties (p25 = p50 = v) resolve to the lowest equal percentile, so a rank never overstates standing.
  const exact = points.find((pt) => pt.value === value);
  if (exact) return { kind: 'at', percentile: exact.p };
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    if (value > a.value && value < b.value) {
      return { kind: 'at', percentile: a.p + ((value - a.value) / (b.value - a.value)) * (b.p - a.p) };
    }
  }
  throw new Error('unreachable: value lies inside the published range');
}

/** "below p25", "p62", "above p90"; the percentile rounds half up to a whole number for display. */
export function formatPercentileRank(rank: PercentileRank): string {
  switch (rank.kind) {
    case 'below':
      return `below ${rank.lowest}`;
    case 'above':
      return `above ${rank.highest}`;
    case 'at':
      return `p${Math.round(rank.percentile)}`;
    case 'unavailable':
      return 'no published percentiles';
  }
}

/**
 * The annual value (per 1.0 FTE) that corresponds to `percentile`: the published value itself, or
 * the interpolation between the two published neighbours (the exact inverse of percentileRank, so
 * a physician at the returned value ranks at the target). Null when the table does not reach it.
 */
export function valueAtPercentile(table: PercentileTable, percentile: number): number | null {
  const points = publishedPoints(table);
  const exact = points.find((pt) => pt.p === percentile);
  if (exact) return exact.value;
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    if (percentile > a.p && percentile < b.p)
      return a.value + ((percentile - a.p) / (b.p - a.p)) * (b.value - a.value);
  }
  return null;
}
