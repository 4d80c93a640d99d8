// Shared vocabulary of the encounter-level rules (multiple-procedure.ts, endoscopy.ts): a credited
// line as those rules see it, the adjustment they return, and the one ranking order they use, so
// that the result never depends on the order in which lines were logged.
import type { AppliedFactor, CatalogRow, ProcedureLine } from './types';

/** A credited line as the encounter rules need it. */
export interface EncounterLine {
  index: number;
  line: ProcedureLine;
  code: string;
  row: CatalogRow;
  releaseId: string;
  /** Work RVU of one unit after the bilateral factor: the value CMS ranks by. */
  perUnit: number;
  units: number;
  /** Product of the factors applied after ranking (62, 80, 54...): breaks ties deterministically. */
  afterProduct: number;
}

export interface EncounterAdjustment {
  factors: AppliedFactor[];
  warnings: string[];
}

/** Finds the base endoscopy's own work RVU in the member's release (null when it is not there). */
export type BaseValueLookup = (member: EncounterLine, baseCode: string) => number | null;

export interface Rankable {
  value: number;
  after: number;
  key: string;
}

const ORDINALS = [
  'highest',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
];

export function ordinal(rank: number): string {
  return ORDINALS[rank - 1] ?? `${rank}th`;
}

export function sortKey(l: EncounterLine): string {
  return `${l.code}|${[...l.line.modifiers].sort().join(' ')}|${l.units}|${l.line.id}`;
}

/**
 * Highest value first. Ties go to the line that keeps more of its value after its modifiers,
 * then to a key built from the line itself: never to input order, so totals are order-free.
 */
export function bySlotRank(a: Rankable, b: Rankable): number {
  return b.value - a.value || b.after - a.after || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}
