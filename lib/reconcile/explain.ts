// Explains every difference between a report and a log after matching, with the wRVU engine:
// log-only entries are possibly missed charges, report-only lines are not logged, and a matched
// pair credited differently gets the first cause the engine can reproduce the report's figure
// with: the report's units, the report's modifiers, the multiple-procedure reduction applied on
// one side only, or the code's value under another imported release; otherwise "unexplained".
// Sums are kept in hundredths so the net difference equals the sum of its causes exactly.
import { close, encounterId, findCause, priceUnlogged, variant, type Context } from './explain-cause';
import type { LogLine, MatchResult } from './match';
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
