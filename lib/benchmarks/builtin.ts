// The benchmark sources that ship with Benchline, assembled from the transcriptions of
// ../shared/data/benchmarks (public-reference-points.csv + sources.md).
//
// Inclusion rule: only a figure the source states as a median or percentile of physicians' annual
// wRVUs becomes p25/p50/p75/p90, and a per-physician mean becomes `mean` (never a percentile). One
// BuiltinSource per survey and citing article: sources are never pooled, a missing percentile is
// never filled in. Practice-level means, min/max, pooled, per-hour, unspecified-statistic and
// unverifiable figures are left out and listed in EXCLUDED_REFERENCE_POINTS with the reason.
// The synthetic demo source is appended last and flagged `synthetic` (see synthetic.ts).
import { HOSPITAL_MEDICINE_SOURCES } from './builtin-hospital-medicine';
import { OTHER_SPECIALTY_SOURCES } from './builtin-other-specialties';
import { SYNTHETIC_DEMO_SOURCE } from './synthetic';
import type { BuiltinSource } from './builtin-types';

export type { BuiltinRow, BuiltinSource, SourceQuality } from './builtin-types';
export { EXCLUDED_REFERENCE_POINTS, type ExcludedReferencePoint } from './builtin-excluded';
export { SYNTHETIC_DEMO_KEY, SYNTHETIC_LABEL } from './synthetic';

/** Real, cited sources only. */
export const REAL_BUILTIN_SOURCES: readonly BuiltinSource[] = [
  ...OTHER_SPECIALTY_SOURCES,
  ...HOSPITAL_MEDICINE_SOURCES,
];

/** Everything the seed writes: the real sources, then the synthetic demo set. */
export const BUILTIN_SOURCES: readonly BuiltinSource[] = [...REAL_BUILTIN_SOURCES, SYNTHETIC_DEMO_SOURCE];

const BY_KEY = new Map(BUILTIN_SOURCES.map((s) => [s.key, s]));

/**
 * Quality grade and caveat of a built-in source. The database has no columns for them yet, so
 * queries join them from here by key; null for imported sources.
 */
export function builtinSourceNotes(
  key: string,
): { quality: BuiltinSource['quality']; caveat: string } | null {
  const source = BY_KEY.get(key);
  return source ? { quality: source.quality, caveat: source.caveat } : null;
}
