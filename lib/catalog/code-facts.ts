// The facts of a code from the fee schedule: which columns of an RvuRow a page reads (rowSelect)
// and how one row becomes RvuFacts (status and global period explained, payment indicators).
import { Prisma } from '@/lib/db';
import { explainIndicators, explainStatus, GLOBAL_DAYS_MEANINGS } from '@/lib/rvu/indicators';
import type { RvuFacts } from './code-page-types';

export const num = (v: Prisma.Decimal | null): number | null => (v === null ? null : v.toNumber());
export const day = (d: Date): string => d.toISOString().slice(0, 10);

export const rowSelect = {
  releaseId: true,
  modifier: true,
  description: true,
  status: true,
  notUsedForMedicare: true,
  workRvu: true,
  nonFacPeRvu: true,
  nonFacNaIndicator: true,
  facPeRvu: true,
  facNaIndicator: true,
  mpRvu: true,
  nonFacTotal: true,
  facTotal: true,
  pctcIndicator: true,
  globalDays: true,
  preOp: true,
  intraOp: true,
  postOp: true,
  multProc: true,
  bilatSurg: true,
  asstSurg: true,
  coSurg: true,
  teamSurg: true,
  endoBase: true,
  physicianSupervision: true,
  diagnosticImagingFamily: true,
} satisfies Prisma.RvuRowSelect;
type RowRecord = Prisma.RvuRowGetPayload<{ select: typeof rowSelect }>;

export function toFacts(code: string, row: RowRecord): RvuFacts {
  const values = {
    workRvu: num(row.workRvu),
    nonFacPeRvu: num(row.nonFacPeRvu),
    facPeRvu: num(row.facPeRvu),
    mpRvu: num(row.mpRvu),
    nonFacTotal: num(row.nonFacTotal),
    facTotal: num(row.facTotal),
  };
  const indicators = explainIndicators({
    ...row,
    code,
    workRvu: values.workRvu,
    preOp: num(row.preOp),
    intraOp: num(row.intraOp),
    postOp: num(row.postOp),
  }).filter((i) => i.label !== 'Work RVU' && i.label !== 'Status');
  return {
    modifier: row.modifier,
    description: row.description,
    status: row.status,
    statusMeaning: explainStatus(row.status),
    notUsedForMedicare: row.notUsedForMedicare,
    ...values,
    nonFacNaIndicator: row.nonFacNaIndicator,
    facNaIndicator: row.facNaIndicator,
    globalDays: row.globalDays,
    globalMeaning: row.globalDays ? (GLOBAL_DAYS_MEANINGS[row.globalDays] ?? null) : null,
    indicators,
  };
}
