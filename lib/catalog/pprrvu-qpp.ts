// The CY2026 pair: CMS publishes each release as a nonQPP and a QPP file with the same RVUs and two
// conversion factors (33.4009 non-QP, 33.5675 QP); the QPP file also omits some status-I rows. The
// two become one release: the rows of both (a row only one file has is kept), both factors. A row
// present in both whose RVUs or indicators differ is refused, naming that row.
import { CatalogFileError } from './parse-util';
import type { RvuField } from './pprrvu-columns';
import type { PprrvuFile, RvuRecord } from './types';

// Everything a row publishes except its descriptor and conversion factor (which differ by design).
const COMPARED: RvuField[] = [
  'status',
  'notUsedForMedicare',
  'workRvu',
  'nonFacPeRvu',
  'nonFacNaIndicator',
  'facPeRvu',
  'facNaIndicator',
  'mpRvu',
  'nonFacTotal',
  'facTotal',
  'pctcIndicator',
  'globalDays',
  'preOp',
  'intraOp',
  'postOp',
  'multProc',
  'bilatSurg',
  'asstSurg',
  'coSurg',
  'teamSurg',
  'endoBase',
  'physicianSupervision',
  'calculationFlag',
  'diagnosticImagingFamily',
  'oppsNonFacPeRvu',
  'oppsFacPeRvu',
  'oppsMpRvu',
];

export const rowKey = (r: Pick<RvuRecord, 'code' | 'modifier'>) =>
  r.modifier ? `${r.code}-${r.modifier}` : r.code;

export type RowDifference = { key: string; field: RvuField; ours: unknown; theirs: unknown };

/** The first row (in `theirs` order) present in both lists whose published values differ, or null. */
export function firstRowDifference(
  ours: readonly RvuRecord[],
  theirs: readonly RvuRecord[],
): RowDifference | null {
  const byKey = new Map(ours.map((r) => [rowKey(r), r]));
  for (const row of theirs) {
    const mine = byKey.get(rowKey(row));
    if (!mine) continue;
    for (const field of COMPARED)
      if (mine[field] !== row[field])
        return { key: rowKey(row), field, ours: mine[field], theirs: row[field] };
  }
  return null;
}

export function describeDifference(d: RowDifference, oursName: string, theirsName: string): string {
  const show = (v: unknown) => (v === null || v === '' ? 'blank' : String(v));
  return `${d.key} differs: ${d.field} is ${show(d.theirs)} in ${theirsName} but ${show(d.ours)} in ${oursName}`;
}

/** One release from its nonQPP and QPP files (parsed separately). */
export function mergeQppPair(nonQp: PprrvuFile, qp: PprrvuFile): PprrvuFile {
  if (nonQp.meta.id !== qp.meta.id)
    throw new CatalogFileError(
      qp.fileName,
      null,
      `is release ${qp.meta.id} but ${nonQp.fileName} is ${nonQp.meta.id}; a QPP and a nonQPP file must be the same release`,
    );
  const difference = firstRowDifference(nonQp.rows, qp.rows);
  if (difference)
    throw new CatalogFileError(
      qp.fileName,
      null,
      `${describeDifference(difference, nonQp.fileName, qp.fileName)}; the two files of a release must carry the same RVUs`,
    );
  const have = new Set(nonQp.rows.map(rowKey));
  return {
    ...nonQp,
    fileName: `${nonQp.fileName} + ${qp.fileName}`,
    qpp: 'both',
    conversionFactorQp: qp.conversionFactorQp,
    rows: [...nonQp.rows, ...qp.rows.filter((r) => !have.has(rowKey(r)))],
  };
}
