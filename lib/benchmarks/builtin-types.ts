// Shapes and shared wording of the built-in benchmark data (builtin-*.ts, synthetic.ts). Kept in
// their own module so the data files and the assembly in builtin.ts import them without a cycle.
import type { PercentileKey } from './percentile';

/** A = the publisher's own figure; B = a third party quoting a named survey (sources.md's scale). */
export type SourceQuality = 'A' | 'B' | 'synthetic';

export type BuiltinRow = Partial<Record<PercentileKey | 'mean' | 'respondents', number>> & {
  /** A canonical name from SPECIALTIES. */
  specialty: string;
  segment: string;
  note?: string;
};

export type BuiltinSource = {
  /** Stable identity: the seed upserts by it, so never rename a key once shipped. */
  key: string;
  publisher: string;
  survey: string;
  dataYear: number;
  rvuBasisYear: number | null;
  population: string;
  licenceNote: string;
  url: string | null;
  citation: string;
  quality: SourceQuality;
  caveat: string;
  synthetic: boolean;
  rows: BuiltinRow[];
};

/** Real sources share these defaults: quoted figures, RVU basis year not stated by any source. */
export function realSource(
  s: Omit<BuiltinSource, 'rvuBasisYear' | 'licenceNote' | 'synthetic'>,
): BuiltinSource {
  return { ...s, rvuBasisYear: null, licenceNote: QUOTED, synthetic: false };
}

const QUOTED =
  'Figure quoted in the cited public article; the full survey tables are licensed by the publisher.';

export const PRE_2021 =
  'Pre-2021 data: the 2021 office E/M revaluation raised primary-care and cognitive wRVUs, so these figures understate current volumes.';

export const MEAN_ONLY =
  'A mean, not a percentile: it is shown for context and no percentile rank is computed from it.';
