// The engine's side of explaining one difference: a log line re-priced with one thing changed
// (within its encounter), the report's own multiple-procedure ranking of a line, report-only lines
// priced as the entry import would, and the first cause that reproduces the report's figure.
import type { ProcedureLine } from '@/lib/rvu/types';
import { modKey, type LogLine } from './match';
import { lineDate, type ReportLine } from './parse';
import type { Cause, Pricer } from './types';

/** Report figures are often rounded their own way: a hundredth either side is the same credit. */
export const close = (a: number, b: number) => Math.abs(a - b) < 0.0101;

const asLine = (l: LogLine): ProcedureLine => ({
  id: l.id,
  dateOfService: l.dateOfService,
  code: l.code,
  modifiers: l.modifiers,
  units: l.units,
  encounterKey: l.encounterKey,
});

export type Context = {
  pricer: Pricer;
  encounters: Map<string, LogLine[]>;
  reportByDay: Map<string, ReportLine[]>;
};
export const encounterId = (l: Pick<LogLine, 'dateOfService' | 'encounterKey'>) =>
  `${l.dateOfService}\u0000${l.encounterKey.trim()}`;

/** The log line's credit when it (alone) is changed, priced within its encounter. */
export function variant(
  ctx: Context,
  l: LogLine,
  change: Partial<ProcedureLine>,
  options?: Parameters<Pricer['price']>[1],
) {
  const group = (ctx.encounters.get(encounterId(l)) ?? [l]).map((x) =>
    x.id === l.id ? { ...asLine(x), ...change } : asLine(x),
  );
  return ctx.pricer.price(group, options).find((r) => r.lineId === l.id)!;
}

// The report has no encounters (patient columns are dropped), so "did the report reduce this line"
// is asked of the line with the day's highest-valued other report lines: the only ones that could
// outrank it in CMS's multiple-procedure ranking.
const RIVALS = 5;
export function reportGroupPrice(ctx: Context, r: ReportLine) {
  const day = lineDate(r);
  const rivals = (ctx.reportByDay.get(day) ?? []).filter((x) => x.row !== r.row).slice(0, RIVALS);
  const lines = [r, ...rivals].map((x) => ({
    id: String(x.row),
    dateOfService: day,
    code: x.code,
    modifiers: x.modifiers,
    units: x.units,
    encounterKey: '',
  }));
  return ctx.pricer.price(lines).find((res) => res.lineId === String(r.row))!;
}

/** Report-only lines as the entry import would price them: one encounter per day among themselves. */
export function priceUnlogged(ctx: Context, lines: readonly ReportLine[]) {
  const priced = ctx.pricer.price(
    lines.map((x) => ({
      id: String(x.row),
      dateOfService: lineDate(x),
      code: x.code,
      modifiers: x.modifiers,
      units: x.units,
      encounterKey: `reconcile-${lineDate(x)}`,
    })),
  );
  return new Map(priced.map((p) => [p.lineId, p]));
}

export type Found = { cause: Cause; releaseId?: string; reducedIn?: 'log' | 'report' };

export function findCause(ctx: Context, r: ReportLine, l: LogLine, rW: number): Found {
  const unitsDiffer = r.units !== l.units;
  const modsDiffer = modKey(r.modifiers) !== modKey(l.modifiers);
  if (unitsDiffer && close(variant(ctx, l, { units: r.units }).creditedWrvu, rW)) return { cause: 'units' };
  if (modsDiffer && close(variant(ctx, l, { modifiers: r.modifiers }).creditedWrvu, rW))
    return { cause: 'modifier' };
  if (
    unitsDiffer &&
    modsDiffer &&
    close(variant(ctx, l, { modifiers: r.modifiers, units: r.units }).creditedWrvu, rW)
  )
    return { cause: 'modifier' };
  const asLogged = variant(ctx, l, {});
  const reduced = asLogged.factors.some((f) => f.code === 'multiple-procedure' && f.factor < 1);
  if (
    reduced &&
    close(variant(ctx, l, {}, { policy: { multipleProcedureReduction: false } }).creditedWrvu, rW)
  )
    return { cause: 'multiple-procedure', reducedIn: 'log' };
  for (const releaseId of ctx.pricer.releases) {
    if (releaseId === l.releaseId || releaseId === asLogged.releaseId) continue;
    const other = variant(ctx, l, {}, { releaseId });
    if (other.status !== null && close(other.creditedWrvu, rW)) return { cause: 'other-release', releaseId };
  }
  if (!reduced) {
    const inReport = reportGroupPrice(ctx, r);
    if (
      inReport.factors.some((f) => f.code === 'multiple-procedure' && f.factor < 1) &&
      close(inReport.creditedWrvu, rW)
    )
      return { cause: 'multiple-procedure', reducedIn: 'report' };
  }
  return { cause: 'unexplained' };
}
