// The wRVU engine's vocabulary: catalog rows as the engine sees them, procedure lines, crediting
// policies and per-line results. Pure types (plus the default policy) so that the web app, the
// pricing CLI and tests share one contract without importing Prisma.
import type { ReleaseFit } from '@/lib/catalog/release';

/** An RVU or share as stored: Prisma Decimals arrive as strings, fixtures as numbers, blanks as null. */
export type RvuValue = number | string | null;

/** One row of a CMS PPRRVU release (mirrors prisma model RvuRow; indicators keep CMS's codes). */
export interface CatalogRow {
  code: string;
  /** '' for the code's own (global) row; '26', 'TC' or '53' for separately priced variants. */
  modifier: string;
  description: string;
  status: string;
  /** CMS's "+" in NOT USED FOR MEDICARE PAYMENT: the RVUs are published but Medicare does not pay. */
  notUsedForMedicare: boolean;
  workRvu: RvuValue;
  /** Fractions of the global package (e.g. 0.10 / 0.69 / 0.21), used by modifiers 56 / 54 / 55. */
  preOp: RvuValue;
  intraOp: RvuValue;
  postOp: RvuValue;
  multProc: string | null;
  bilatSurg: string | null;
  asstSurg: string | null;
  coSurg: string | null;
  teamSurg: string | null;
  endoBase: string | null;
  globalDays: string | null;
  pctcIndicator: string | null;
  // Only explained on the public code page; the engine does not need them.
  nonFacNaIndicator?: string | null;
  facNaIndicator?: string | null;
  physicianSupervision?: string | null;
  diagnosticImagingFamily?: string | null;
}

/**
 * A logged procedure. Lines with the same date and encounter key form one encounter (an empty key
 * groups that day's lines without one), the unit of CMS's multiple-procedure rules.
 */
export interface ProcedureLine {
  id: string;
  /** Calendar date 'YYYY-MM-DD' (no time zone); selects the release in effect. */
  dateOfService: string;
  code: string;
  modifiers: string[];
  units: number;
  encounterKey: string;
}

export interface CreditPolicy {
  id: string;
  name: string;
  multipleProcedureReduction: boolean;
  modifier22Factor: number;
  modifier52Factor: number;
  /** Credit status N / I codes that carry a published work RVU although Medicare does not pay them. */
  creditNotPaidByMedicare: boolean;
}

/** Issue 4's default: follow the CMS indicators, as national productivity surveys do. */
export const DEFAULT_POLICY: CreditPolicy = {
  id: 'cms-adjusted',
  name: 'CMS-adjusted',
  multipleProcedureReduction: true,
  modifier22Factor: 1,
  modifier52Factor: 0.5,
  creditNotPaidByMedicare: true,
};

export type FactorCode =
  | 'units'
  | 'bilateral'
  | 'endoscopy-family'
  | 'multiple-procedure'
  | 'co-surgeon'
  | 'team-surgery'
  | 'assistant'
  | 'split-care'
  | 'modifier-22'
  | 'modifier-52';

/** One multiplier applied to the base work RVU, with the reason a reader can check. */
export interface AppliedFactor {
  code: FactorCode;
  label: string;
  factor: number;
  reason: string;
}

export interface LineResult {
  lineId: string;
  /** The code as priced (upper-cased) and the catalog row the base came from ('' = the code's own). */
  code: string;
  rowModifier: string;
  /** null when no release covers the date of service. */
  releaseId: string | null;
  /** How that release fits the date of service (lib/catalog/release.ts releaseFit); null without one. */
  releaseFit: ReleaseFit | null;
  /** CMS status code of the row used; null when the code is not in the release. */
  status: string | null;
  /** Work RVU of one unit, straight from the catalog row. */
  baseWorkRvu: number;
  factors: AppliedFactor[];
  /** exactWrvu rounded once with roundWrvu (2 decimals, half-up). */
  creditedWrvu: number;
  exactWrvu: number;
  excluded: boolean;
  reason?: string;
  warnings: string[];
  policyId: string;
}

/** What the caller knows about a line's code: the release in effect and that code's rows in it. */
/** `fit` defaults to 'current' (a lookup that only knows the release in effect). */
export type CatalogLookup = (
  line: ProcedureLine,
) => { releaseId: string; rows: CatalogRow[]; fit?: ReleaseFit } | null;
