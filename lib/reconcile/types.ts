// The vocabulary of a reconciliation's result: categories, causes, one discrepancy, the totals.
import type { ProcedureLine, LineResult, CreditPolicy } from '@/lib/rvu/types';

export const CATEGORIES = ['log-only', 'report-only', 'credited-differently'] as const;
export type Category = (typeof CATEGORIES)[number];

export const CAUSES = [
  'missed-charge',
  'not-logged',
  'other-release',
  'modifier',
  'multiple-procedure',
  'units',
  'unexplained',
] as const;
export type Cause = (typeof CAUSES)[number];

export const CATEGORY_LABELS: Record<Category, string> = {
  'log-only': 'In your log only (possibly missed charges)',
  'report-only': 'In the report only (not logged)',
  'credited-differently': 'Matched, credited differently',
};

export const CAUSE_LABELS: Record<Cause, string> = {
  'missed-charge': 'Possibly missed charge',
  'not-logged': 'Not logged',
  'other-release': 'Another RVU release',
  modifier: 'Modifier on one side only',
  'multiple-procedure': 'Multiple-procedure reduction on one side only',
  units: 'Units differ',
  unexplained: 'Unexplained difference',
};

export type Discrepancy = {
  category: Category;
  cause: Cause;
  date: string;
  code: string;
  reportModifiers: string[] | null;
  logModifiers: string[] | null;
  reportUnits: number | null;
  logUnits: number | null;
  /** The report's wRVU (or, when the report has no wRVU column, the engine's price of its line). */
  reportWrvu: number | null;
  logWrvu: number | null;
  /** Report minus log, in wRVU. */
  difference: number;
  detail: string;
  /** For report-only lines: what logging the line would credit (engine, current release). */
  engineWrvu?: number;
  /** The other release whose value the report used (cause other-release). */
  releaseId?: string;
  row?: number;
  entryId?: string;
};

export type CauseTotal = { count: number; wrvu: number };
export type Totals = {
  reportLines: number;
  logEntries: number;
  reportWrvu: number;
  loggedWrvu: number;
  matchedLines: number;
  matchedReportWrvu: number;
  matchedLoggedWrvu: number;
  /** Report minus log; equals the sum of byCause[...].wrvu. */
  net: number;
  byCause: Record<Cause, CauseTotal>;
};

export type ReconcileResult = { discrepancies: Discrepancy[]; totals: Totals };

/** The engine as reconciliation uses it: the actor's policy and the imported releases. */
export interface Pricer {
  price(
    lines: readonly ProcedureLine[],
    options?: { releaseId?: string; policy?: Partial<CreditPolicy> },
  ): LineResult[];
  /** Every imported release id. */
  releases: readonly string[];
}
