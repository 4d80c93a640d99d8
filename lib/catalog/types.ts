// The shapes every catalog parser returns and every importer consumes. Parsers are pure: they turn a
// CMS file's bytes into these records; lib/catalog/import.ts writes them to the database.
// RVUs stay plain numbers here (CMS publishes at most 4 decimals, which round-trip exactly through a
// JS number's shortest representation); the database keeps them as Decimal.

export type Quarter = 'A' | 'B' | 'C' | 'D';

/** What a file (title line, file name or --release option) says about the release it belongs to. */
export type ReleaseMeta = {
  id: string; // RVU25D
  year: number;
  quarter: Quarter;
  effectiveFrom: string; // YYYY-MM-DD
  releasedOn: string | null; // YYYY-MM-DD, from "RELEASED 09/11/2025"
  title: string | null;
};

/** One PPRRVU row: one (code, modifier) with every published column. */
export type RvuRecord = {
  code: string;
  modifier: string; // '' for the global service
  description: string;
  status: string;
  notUsedForMedicare: boolean; // "+" in NOT USED FOR MEDICARE PAYMENT
  workRvu: number | null;
  nonFacPeRvu: number | null;
  nonFacNaIndicator: string | null;
  facPeRvu: number | null;
  facNaIndicator: string | null;
  mpRvu: number | null;
  nonFacTotal: number | null;
  facTotal: number | null;
  pctcIndicator: string | null;
  globalDays: string | null;
  preOp: number | null;
  intraOp: number | null;
  postOp: number | null;
  multProc: string | null;
  bilatSurg: string | null;
  asstSurg: string | null;
  coSurg: string | null;
  teamSurg: string | null;
  endoBase: string | null;
  conversionFactor: number | null;
  physicianSupervision: string | null;
  calculationFlag: string | null;
  diagnosticImagingFamily: string | null;
  oppsNonFacPeRvu: number | null;
  oppsFacPeRvu: number | null;
  oppsMpRvu: number | null;
};

export type PprrvuFile = {
  fileName: string;
  format: 'csv' | 'txt' | 'xlsx';
  meta: ReleaseMeta;
  conversionFactor: number | null; // the value shared by the rows (CY2025: 32.3465); the non-QP one from 2026
  // CY2026 on, CMS publishes each release twice: PPRRVU2026_Jan_nonQPP.csv and PPRRVU2026_Jan_QPP.csv,
  // the same RVUs with the conversion factor for non-qualifying (33.4009) and qualifying APM
  // participants (33.5675). Null for a single-file release (up to 2025).
  qpp: 'nonQP' | 'QP' | 'both' | null;
  conversionFactorQp: number | null; // the QP factor (from the QPP file), null when not known
  rows: RvuRecord[];
};

/** One HCPCS Level II procedure code from the ANWEB file (continuation rows already joined). */
export type HcpcsRecord = {
  code: string;
  shortDescription: string;
  longDescription: string;
  addedOn: string | null; // YYYY-MM-DD
  effectiveOn: string | null;
  terminatedOn: string | null;
  actionCode: string | null;
};

export type HcpcsFile = {
  fileName: string;
  codes: HcpcsRecord[];
  // RECID 7 rows: HCPCS modifiers. Parsed and returned for callers that want them; the importer
  // does not store them (Code holds procedure codes only).
  modifiers: HcpcsRecord[];
};

export type AspPrice = {
  code: string;
  shortDescription: string | null;
  dosage: string | null;
  paymentLimit: number | null; // null when CMS prints "N/A"
  notes: string | null;
};

export type AspFile = {
  fileName: string;
  quarter: string; // 2025Q4
  effectiveFrom: string; // YYYY-MM-DD
  effectiveTo: string; // YYYY-MM-DD
  prices: AspPrice[];
};

/** `skipped`: the other files of a zip, not read (GPCI, locality, the same release in another format). */
export type ParsedCatalogFile = (
  { kind: 'PPRRVU'; file: PprrvuFile } | { kind: 'HCPCS'; file: HcpcsFile } | { kind: 'ASP'; file: AspFile }
) & { skipped?: string[] };
