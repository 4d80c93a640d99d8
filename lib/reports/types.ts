// Shapes that the report data layer hands to the pure writers (CSV, XLSX, PDF). RVUs travel as
// exact decimal strings ('12.34') read from Decimal(8,2) columns; writers convert at the edge.
import type { ReleaseFit } from '@/lib/catalog/release';
import type { ReportPeriod } from './period';

export type ReportEntry = {
  id: string;
  dateOfService: string;
  code: string;
  modifiers: string[];
  units: number;
  description: string;
  categoryLabel: string;
  site: string | null;
  setting: 'FACILITY' | 'NON_FACILITY';
  role: string | null;
  note: string | null;
  baseWorkRvu: string;
  creditedWrvu: string;
  excluded: boolean;
  releaseId: string | null;
  /** How that release fits the date (lib/catalog/release.ts releaseFit); null when unpriced. */
  releaseFit: ReleaseFit | null;
};

/** One line of a breakdown (a month, a code, a category or a site). */
export type BreakdownRow = { key: string; label: string; entries: number; wrvu: string };

export type ReportBreakdowns = {
  byMonth: BreakdownRow[];
  byCode: BreakdownRow[];
  byCategory: BreakdownRow[];
  bySite: BreakdownRow[];
};

export type ReportProfile = {
  name: string;
  specialty: string | null;
  careerStage: string | null;
  pgyYear: number | null;
  clinicalFte: number;
  fiscalYearStartMonth: number;
};

/** Headline figures, taken from the dashboard's own computation so the two agree. */
export type ReportHeadline = {
  asOf: string;
  fiscalYearLabel: string;
  ytdWrvu: number;
  /** Annualized wRVUs per 1.0 FTE (the dashboard's pace); null when not computable. */
  pace: number | null;
  /** 'p62', 'below p25', ... as the dashboard prints it; null without a benchmark. */
  percentileRank: string | null;
  /** wRVUs expected by fiscal year end; null when not computable. */
  projection: number | null;
};

export type ReportBenchmark = {
  publisher: string;
  survey: string;
  citation: string;
  dataYear: number;
  synthetic: boolean;
  kind: 'SURVEY' | 'MEDICARE_DERIVED';
  /** Exactly "Synthetic demo data - not survey data" for the synthetic set, else null. */
  label: string | null;
  caveat: string | null;
  specialty: string;
  segment: string;
  /** Published percentiles per 1.0 FTE (null = not published). */
  percentiles: { key: 'p10' | 'p25' | 'p50' | 'p75' | 'p90'; value: number | null }[];
  /** The physician's annualized pace per 1.0 FTE and its rank against this table, as the dashboard has them. */
  pace: number | null;
  rank: string | null;
};

export type ReportData = {
  profile: ReportProfile;
  period: ReportPeriod;
  generatedAt: Date;
  totals: { entries: number; excluded: number; wrvu: string };
  headline: ReportHeadline | null;
  breakdowns: ReportBreakdowns;
  benchmark: ReportBenchmark | null;
  /** Why there is no benchmark comparison (no specialty, no source with the specialty...). */
  benchmarkNote: string | null;
  /** "Priced with an older fee schedule" (and "newer") lines of the period, or null when none. */
  releaseFitNotes: string[];
};

export type GroupMemberRow = {
  name: string;
  email: string;
  role: 'ADMIN' | 'MEMBER';
  specialty: string | null;
  clinicalFte: number;
  fiscalYearLabel: number;
  ytdWrvu: number;
  /** Annualized wRVUs per 1.0 FTE, as the group view computes it. */
  pace: number;
  percentileRank: string | null;
  /** "citation, year" of the member's benchmark, or null. */
  benchmark: string | null;
  entries: number;
};

export type GroupSummary = {
  organization: { id: string; name: string; slug: string };
  asOf: string;
  members: GroupMemberRow[];
  totals: {
    members: number;
    clinicalFte: number;
    ytdWrvu: number;
    entries: number;
    pacePerFte: number | null;
  };
};
