// Explains every difference between a report and a log after matching, with the wRVU engine:
// log-only entries are possibly missed charges, report-only lines are not logged, and a matched
// pair credited differently gets the first cause the engine can reproduce the report's figure
// with: the report's units, the report's modifiers, the multiple-procedure reduction applied on
// one side only, or the code's value under another imported release; otherwise "unexplained".
// Sums are kept in hundredths so the net difference equals the sum of its causes exactly.
import type { ProcedureLine } from '@/lib/rvu/types';
import { modKey, type LogLine, type MatchResult } from './match';
import { lineDate, type ReportLine } from './parse';
import {
  CAUSES,
  type Cause,
  type Discrepancy,
  type Pricer,
  type ReconcileResult,
  type Totals,
} from './types';
import { causeDetail, fmt } from './explain-text';
import { fromHundredths, toHundredths } from './values';

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

type Context = {
  pricer: Pricer;
  encounters: Map<string, LogLine[]>;
  reportByDay: Map<string, ReportLine[]>;
};
const encounterId = (l: Pick<LogLine, 'dateOfService' | 'encounterKey'>) =>
  `${l.dateOfService}\u0000${l.encounterKey.trim()}`;

/** The log line's credit when it (alone) is changed, priced within its encounter. */
function variant(
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
function reportGroupPrice(ctx: Context, r: ReportLine) {
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
function priceUnlogged(ctx: Context, lines: readonly ReportLine[]) {
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

type Found = { cause: Cause; releaseId?: string; reducedIn?: 'log' | 'report' };

function findCause(ctx: Context, r: ReportLine, l: LogLine, rW: number): Found {
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

export function explainReconciliation(input: {
  match: MatchResult;
  report: readonly ReportLine[];
  /** Every entry the match saw (the period widened by the window). */
  log: readonly LogLine[];
  period: { from: string; to: string };
  pricer: Pricer;
}): ReconcileResult {
  const { match, report, log, period, pricer } = input;
  const encounters = new Map<string, LogLine[]>();
  for (const l of log) {
    const k = encounterId(l);
    if (!encounters.has(k)) encounters.set(k, []);
    encounters.get(k)!.push(l);
  }
  const reportByDay = new Map<string, ReportLine[]>();
  for (const r of report) {
    const day = lineDate(r);
    if (!reportByDay.has(day)) reportByDay.set(day, []);
    reportByDay.get(day)!.push(r);
  }
  for (const day of reportByDay.values()) day.sort((a, b) => (b.workRvu ?? 0) - (a.workRvu ?? 0));
  const ctx: Context = { pricer, encounters, reportByDay };
  const out: Discrepancy[] = [];
  const byCause = Object.fromEntries(CAUSES.map((c) => [c, { count: 0, h: 0 }])) as Record<
    Cause,
    { count: number; h: number }
  >;
  let reportH = 0;
  let loggedH = 0;
  let matchedReportH = 0;
  let matchedLoggedH = 0;
  const add = (d: Discrepancy) => {
    out.push(d);
    byCause[d.cause].count++;
    byCause[d.cause].h += toHundredths(d.difference);
  };

  for (const { report: r, log: l } of match.matched) {
    const lW = l.creditedWrvu;
    // Without a wRVU column the report's figure is what the engine credits its line (its units and modifiers).
    const rW = r.workRvu ?? variant(ctx, l, { modifiers: r.modifiers, units: r.units }).creditedWrvu;
    reportH += toHundredths(rW);
    loggedH += toHundredths(lW);
    matchedReportH += toHundredths(rW);
    matchedLoggedH += toHundredths(lW);
    if (close(rW, lW)) continue;
    const found = findCause(ctx, r, l, rW);
    add({
      category: 'credited-differently',
      cause: found.cause,
      date: lineDate(r),
      code: r.code,
      reportModifiers: r.modifiers,
      logModifiers: l.modifiers,
      reportUnits: r.units,
      logUnits: l.units,
      reportWrvu: rW,
      logWrvu: lW,
      difference: fromHundredths(toHundredths(rW) - toHundredths(lW)),
      detail: causeDetail({ ...found, r, l, rW, lW }),
      releaseId: found.releaseId,
      row: r.row,
      entryId: l.id,
    });
  }

  for (const l of match.logOnly) {
    if (l.dateOfService < period.from || l.dateOfService > period.to) continue; // seen only for the window
    loggedH += toHundredths(l.creditedWrvu);
    add({
      category: 'log-only',
      cause: 'missed-charge',
      date: l.dateOfService,
      code: l.code,
      reportModifiers: null,
      logModifiers: l.modifiers,
      reportUnits: null,
      logUnits: l.units,
      reportWrvu: null,
      logWrvu: l.creditedWrvu,
      difference: -l.creditedWrvu,
      detail: `In your log (${fmt(l.creditedWrvu)} wRVU), not in the report: possibly a missed charge.`,
      entryId: l.id,
    });
  }

  const unlogged = priceUnlogged(ctx, match.reportOnly);
  for (const r of match.reportOnly) {
    const priced = unlogged.get(String(r.row))!;
    const rW = r.workRvu ?? priced.creditedWrvu;
    reportH += toHundredths(rW);
    add({
      category: 'report-only',
      cause: 'not-logged',
      date: lineDate(r),
      code: r.code,
      reportModifiers: r.modifiers,
      logModifiers: null,
      reportUnits: r.units,
      logUnits: null,
      reportWrvu: rW,
      logWrvu: null,
      difference: rW,
      engineWrvu: priced.creditedWrvu,
      detail: `In the report (${fmt(rW)} wRVU), not in your log. Logged, it would be credited ${fmt(priced.creditedWrvu)}${priced.releaseId ? ` under ${priced.releaseId}` : ''}.`,
      row: r.row,
    });
  }

  out.sort(
    (a, b) => a.date.localeCompare(b.date) || a.code.localeCompare(b.code) || (a.row ?? 0) - (b.row ?? 0),
  );
  const totals: Totals = {
    reportLines: report.length,
    logEntries: match.matched.length + out.filter((d) => d.category === 'log-only').length,
    reportWrvu: fromHundredths(reportH),
    loggedWrvu: fromHundredths(loggedH),
    matchedLines: match.matched.length,
    matchedReportWrvu: fromHundredths(matchedReportH),
    matchedLoggedWrvu: fromHundredths(matchedLoggedH),
    net: fromHundredths(reportH - loggedH),
    byCause: Object.fromEntries(
      CAUSES.map((c) => [c, { count: byCause[c].count, wrvu: fromHundredths(byCause[c].h) }]),
    ) as Totals['byCause'],
  };
  return { discrepancies: out, totals };
}
