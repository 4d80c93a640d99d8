// The dashboard's shapes: the options every read takes, the per-request context, and what each
// widget receives (summary cards, monthly, cumulative and weekly series, breakdowns). Types and the
// two sizes only; the reads live in queries.ts and the modules it composes.
import type { DateRange, IsoDate } from '@/lib/benchmarks/dates';
import type {
  FiscalYear,
  NeededPace,
  Pace,
  PercentileKey,
  PercentileRank,
  Projection,
} from '@/lib/benchmarks/metrics';
import type { Actor } from '@/lib/session';
import type { Subject } from './access';
import type { ResolvedBenchmark } from './benchmark';
import type { DashboardRange, ResolvedRange } from './range';
import type { ReleaseComparison } from './reprice';

export type DashboardOptions = {
  actor: Actor;
  range?: DashboardRange;
  /** Also re-price the range under this imported release (in memory) and report the difference. */
  releaseId?: string | null;
  /** A member's dashboard (read-only), for an admin of one of their organisations. */
  viewUserId?: string | null;
  /** "Today" for the metrics; defaults to the current UTC date (tests pin it). */
  asOf?: IsoDate;
};

/** What every read needs first: whose numbers, as of when, in which fiscal year. */
export type Base = { subject: Subject; asOf: IsoDate; fiscalYear: FiscalYear };
/** What only the arithmetic after the aggregates needs: loaded while those run. */
export type Extras = { timeOff: DateRange[]; benchmark: ResolvedBenchmark | null; hasEntries: boolean };
/** Fiscal-year aggregates read with the context (the cards and the cumulative chart need them). */
export type YearAggregates = {
  ytd: { wrvu: number; entries: number };
  blocks: { block: number; wrvu: number; cumulative: number }[];
};

export type DashboardContext = Base & Extras;
/** The context as loaded, with the fiscal-year aggregates the summary and cumulative series read. */
export type LoadedContext = DashboardContext & { yearAggregates: YearAggregates };

export type DashboardSummary = {
  ytdWrvu: number;
  ytdEntries: number;
  pace: Pace;
  /** The pace the rank is read from: by worked days once a work day has passed, else by calendar days. */
  rankedPace: number;
  rank: PercentileRank | null;
  rankLabel: string | null;
  projection: Projection;
  needed: NeededPace | null;
  compensation: { ytd: number; projected: number; basis: 'tiers' | 'rate' } | null;
  /** Weekdays marked as time off: so far this fiscal year, and in the whole year (planned included). */
  timeOffDays: { elapsed: number; year: number };
};

export type PercentileLines = Partial<Record<PercentileKey, number>>;
export type MonthPoint = {
  month: string;
  from: IsoDate;
  to: IsoDate;
  partial: boolean;
  wrvu: number;
  entries: number;
  lines: PercentileLines;
};
export type CumulativePoint = { date: IsoDate; wrvu: number; cumulative: number; bands: PercentileLines };
export type WeekPoint = {
  weekStart: IsoDate;
  from: IsoDate;
  to: IsoDate;
  partial: boolean;
  wrvu: number;
  entries: number;
  change: number | null;
};
export type CodeRow = {
  code: string;
  description: string;
  category: string;
  categoryLabel: string;
  wrvu: number;
  entries: number;
  units: number;
};
export type CategoryRow = { category: string; label: string; wrvu: number; entries: number };
export type SiteRow = { siteId: string | null; name: string; wrvu: number; entries: number };
export type Breakdowns = { topCodes: CodeRow[]; categories: CategoryRow[]; sites: SiteRow[]; total: number };

export type Dashboard = DashboardContext & {
  range: ResolvedRange;
  summary: DashboardSummary;
  monthly: MonthPoint[];
  cumulative: CumulativePoint[];
  weekly: WeekPoint[];
  breakdowns: Breakdowns;
  releaseComparison: ReleaseComparison | null;
};

export const TOP_CODES = 10;
export const TREND_WEEKS = 12;
