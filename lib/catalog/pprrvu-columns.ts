// The PPRRVU columns: how each is recognised by name in a CSV/XLSX header, which are required, and
// how one row's raw text becomes an RvuRecord. Shared by the CSV, XLSX and fixed-width TXT parsers
// so all three produce identical records.
import type { ColumnSpec } from './header';
import { CatalogFileError, padDigits, parseNumber, textOrNull } from './parse-util';
import type { RvuRecord } from './types';

export type RvuField = keyof RvuRecord;
type Kind = 'text' | 'number' | { pad: number };

const NF = 'NON-?FAC(?:ILITY)?';
const F = 'FAC(?:ILITY)?';

// Order matters only in that each column is taken once; the patterns are anchored so the OPPS columns
// ("NON-FACILITY PE USED FOR OPPS PAYMENT AMOUNT") never match the plain PE RVU columns.
const SPECS: [RvuField, string, RegExp, boolean, Kind][] = [
  ['code', 'HCPCS', /^(CPT\/)?HCPCS( CODE)?$/, true, { pad: 5 }],
  ['modifier', 'MOD', /^MOD(IFIER)?$/, true, 'text'],
  ['description', 'DESCRIPTION', /^DESC(RIPTION)?$/, true, 'text'],
  ['status', 'STATUS CODE', /^STATUS( CODE| IND(ICATOR)?)?$/, true, 'text'],
  ['notUsedForMedicare', 'NOT USED FOR MEDICARE PAYMENT', /^NOT USED FOR MEDICARE/, false, 'text'],
  ['workRvu', 'WORK RVU', /^WORK RVUS?$/, true, 'number'],
  ['nonFacPeRvu', 'NON-FAC PE RVU', new RegExp(`^${NF} PE RVUS?$`), true, 'number'],
  ['nonFacNaIndicator', 'NON-FAC NA INDICATOR', new RegExp(`^${NF} NA IND(ICATOR)?$`), true, 'text'],
  ['facPeRvu', 'FACILITY PE RVU', new RegExp(`^${F} PE RVUS?$`), true, 'number'],
  ['facNaIndicator', 'FACILITY NA INDICATOR', new RegExp(`^${F} NA IND(ICATOR)?$`), true, 'text'],
  ['mpRvu', 'MP RVU', /^(MP|MALPRACTICE|PLI) RVUS?$/, true, 'number'],
  ['nonFacTotal', 'NON-FACILITY TOTAL', new RegExp(`^${NF} TOTAL( RVUS?)?$`), true, 'number'],
  ['facTotal', 'FACILITY TOTAL', new RegExp(`^${F} TOTAL( RVUS?)?$`), true, 'number'],
  ['pctcIndicator', 'PCTC IND', /^PC\/?TC( IND(ICATOR)?)?$/, true, 'text'],
  ['globalDays', 'GLOB DAYS', /^GLOB(AL)?( DAYS| SURGERY| PERIOD)?$/, true, { pad: 3 }],
  ['preOp', 'PRE OP', /^PRE[ -]?OP(ERATIVE)?( PERCENT(AGE)?)?$/, true, 'number'],
  ['intraOp', 'INTRA OP', /^INTRA[ -]?OP(ERATIVE)?( PERCENT(AGE)?)?$/, true, 'number'],
  ['postOp', 'POST OP', /^POST[ -]?OP(ERATIVE)?( PERCENT(AGE)?)?$/, true, 'number'],
  ['multProc', 'MULT PROC', /^MULT(IPLE)? PROC(EDURE)?S?$/, true, 'text'],
  ['bilatSurg', 'BILAT SURG', /^BILAT(ERAL)? SURG(ERY)?$/, true, 'text'],
  ['asstSurg', 'ASST SURG', /^ASS(T|ISTANT)( AT)? SURG(ERY)?$/, true, 'text'],
  ['coSurg', 'CO-SURG', /^CO-?SURG(EONS?|ERY)?$/, true, 'text'],
  ['teamSurg', 'TEAM SURG', /^TEAM SURG(ERY)?$/, true, 'text'],
  ['endoBase', 'ENDO BASE', /^ENDO(SCOPIC)? BASE( CODE)?$/, false, { pad: 5 }],
  // Unanchored (leftmost column wins), so a file printing more than one factor still yields one.
  ['conversionFactor', 'CONV FACTOR', /\bCONV(ERSION)? FACTOR\b/, false, 'number'],
  ['physicianSupervision', 'PHYSICIAN SUPERVISION', /SUPERVISION/, false, { pad: 2 }],
  ['calculationFlag', 'CALCULATION FLAG', /^CALC(ULATION)? FLAG$/, false, 'text'],
  ['diagnosticImagingFamily', 'DIAGNOSTIC IMAGING FAMILY INDICATOR', /IMAGING FAMILY/, false, { pad: 2 }],
  [
    'oppsNonFacPeRvu',
    'NON-FACILITY PE USED FOR OPPS',
    new RegExp(`^${NF} PE USED FOR OPPS`),
    false,
    'number',
  ],
  ['oppsFacPeRvu', 'FACILITY PE USED FOR OPPS', new RegExp(`^${F} PE USED FOR OPPS`), false, 'number'],
  ['oppsMpRvu', 'MP USED FOR OPPS', /^(MP|MALPRACTICE|PLI) USED FOR OPPS/, false, 'number'],
];

export const RVU_COLUMNS: ColumnSpec<RvuField>[] = SPECS.map(([field, label, match, required]) => ({
  field,
  label,
  match,
  required,
}));
const KIND = new Map<RvuField, Kind>(SPECS.map(([field, , , , kind]) => [field, kind]));
const LABEL = new Map<RvuField, string>(SPECS.map(([field, label]) => [field, label]));

/** The anchor of a PPRRVU header: the line that names the HCPCS and DESCRIPTION columns. */
export function isPprrvuAnchor(cells: string[]): boolean {
  return cells.some((c) => RVU_COLUMNS[0].match.test(c)) && cells.some((c) => RVU_COLUMNS[2].match.test(c));
}

const CODE = /^[A-Z0-9]{5}$/;

/**
 * One record from a getter of raw cell text by field (undefined when the file has no such column).
 * Malformed values raise CatalogFileError with the file and line. `numericCells`: the source is a
 * spreadsheet, whose number cells lost their leading zeros ("090" stored as 90), so pad them back;
 * in text files the value as written is authoritative.
 */
export function buildRvuRecord(
  get: (field: RvuField) => string | undefined,
  file: string,
  line: number,
  numericCells = false,
): RvuRecord {
  const record = {} as Record<RvuField, unknown>;
  for (const [field, kind] of KIND) {
    const raw = get(field);
    if (kind === 'number') record[field] = parseNumber(raw, LABEL.get(field)!, file, line);
    else if (kind === 'text' || !numericCells) record[field] = textOrNull(raw);
    else record[field] = padDigits(textOrNull(raw), kind.pad);
  }
  const code = ((record.code as string | null) ?? '').toUpperCase();
  if (!CODE.test(code)) throw new CatalogFileError(file, line, `HCPCS is not a 5-character code: "${code}"`);
  const status = ((record.status as string | null) ?? '').toUpperCase();
  if (!/^[A-Z]$/.test(status))
    throw new CatalogFileError(file, line, `STATUS CODE must be one letter, got "${status}"`);
  record.code = code;
  record.status = status;
  record.modifier = ((record.modifier as string | null) ?? '').toUpperCase();
  record.description = (record.description as string | null) ?? '';
  // CMS marks "not used for Medicare payment" with "+"; any non-blank mark counts.
  record.notUsedForMedicare = record.notUsedForMedicare !== null;
  return record as RvuRecord;
}

/** Which CY2026-style variant a file name says it is: PPRRVU2026_Jan_nonQPP.csv, PPRRVU2026_Jan_QPP.txt. */
export function qppVariantOf(fileName: string): 'nonQP' | 'QP' | null {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  if (/(^|[^A-Z])NON[-_ ]?QPP?(?![A-Z])/i.test(base)) return 'nonQP';
  return /(^|[^A-Z])QPP?(?![A-Z])/i.test(base) ? 'QP' : null;
}

/**
 * The file-level fields shared by the CSV, XLSX and TXT parsers: the common conversion factor, filed
 * under the QP factor when the file is the QPP variant of a release.
 */
export function pprrvuFileFields(
  fileName: string,
  rows: readonly RvuRecord[],
): { qpp: 'nonQP' | 'QP' | null; conversionFactor: number | null; conversionFactorQp: number | null } {
  const qpp = qppVariantOf(fileName);
  const cf = commonConversionFactor(rows);
  return qpp === 'QP'
    ? { qpp, conversionFactor: null, conversionFactorQp: cf }
    : { qpp, conversionFactor: cf, conversionFactorQp: null };
}

/** The conversion factor most rows carry (CMS prints the same value on every row). */
export function commonConversionFactor(rows: readonly RvuRecord[]): number | null {
  const counts = new Map<number, number>();
  for (const r of rows)
    if (r.conversionFactor !== null)
      counts.set(r.conversionFactor, (counts.get(r.conversionFactor) ?? 0) + 1);
  let best: number | null = null;
  for (const [cf, n] of counts) if (best === null || n > counts.get(best)!) best = cf;
  return best;
}
