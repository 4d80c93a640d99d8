// The explainer against the pure engine and the RVU25D fixture rows (plus a made-up older release
// "RVU24X" in which 99213 is worth 1.00), with no database: every cause, and totals that add up.
import { describe, expect, it } from 'vitest';
import { priceLines } from '@/lib/rvu/engine';
import { catalogFor, fixtureRow } from '@/lib/rvu/__fixtures__/rvu25d';
import { DEFAULT_POLICY, type CatalogLookup } from '@/lib/rvu/types';
import { explainReconciliation } from './explain';
import { matchLines, type LogLine } from './match';
import type { ReportLine } from './parse';
import type { Pricer } from './types';

const older: CatalogLookup = (line) => {
  const current = catalogFor(line);
  if (!current) return null;
  return {
    releaseId: 'RVU24X',
    rows: current.rows.map((r) => (r.code === '99213' ? { ...r, workRvu: '1.00' } : r)),
  };
};
const pricer: Pricer = {
  releases: ['RVU25D', 'RVU24X'],
  price: (lines, options = {}) =>
    priceLines({
      lines,
      policy: { ...DEFAULT_POLICY, ...options.policy },
      catalogFor: options.releaseId === 'RVU24X' ? older : catalogFor,
    }),
};

let row = 0;
const r = (date: string, code: string, workRvu: number, over: Partial<ReportLine> = {}): ReportLine => ({
  row: ++row,
  dateOfService: date,
  postDate: null,
  code,
  modifiers: [],
  units: 1,
  workRvu,
  totalRvu: null,
  location: null,
  ...over,
});
/** A log entry credited as the engine credits it within its encounter. */
function logOf(
  entries: { id: string; date: string; code: string; enc: string; units?: number }[],
): LogLine[] {
  const lines = entries.map((e) => ({
    id: e.id,
    dateOfService: e.date,
    code: e.code,
    modifiers: [],
    units: e.units ?? 1,
    encounterKey: e.enc,
  }));
  const priced = pricer.price(lines);
  return lines.map((l, i) => ({
    ...l,
    creditedWrvu: priced[i].creditedWrvu,
    releaseId: priced[i].releaseId,
  }));
}

describe('explainReconciliation', () => {
  const w = (code: string) => Number(fixtureRow(code).workRvu);
  const log = logOf([
    { id: 'visit', date: '2025-10-06', code: '99213', enc: 'v' },
    { id: 'knee', date: '2025-10-07', code: '27447', enc: 'or' },
    { id: 'debride', date: '2025-10-07', code: '11042', enc: 'or' },
    { id: 'addon', date: '2025-10-08', code: '11045', enc: 'w' },
    { id: 'hip', date: '2025-10-09', code: '27130', enc: 'h' },
    { id: 'other', date: '2025-10-10', code: '99213', enc: 'x' },
    { id: 'missed', date: '2025-10-11', code: '99213', enc: 'm' },
  ]);
  const report = [
    r('2025-10-06', '99213', 1.0), // RVU24X's value
    r('2025-10-07', '27447', w('27447')),
    r('2025-10-07', '11042', w('11042')), // unreduced: the log applies the 50 % reduction
    r('2025-10-08', '11045', 2 * w('11045'), { units: 2 }),
    r('2025-10-09', '27130', Math.round(w('27130') * 16) / 100, { modifiers: ['80'] }),
    r('2025-10-10', '99213', 0.42),
    r('2025-10-11', '27447', w('27447')),
  ];
  const result = explainReconciliation({
    match: matchLines(report, log, 0),
    report,
    log,
    period: { from: '2025-10-06', to: '2025-10-11' },
    pricer,
  });

  it('names one cause per difference', () => {
    expect(result.discrepancies.map((d) => [d.date, d.code, d.category, d.cause, d.releaseId])).toEqual([
      ['2025-10-06', '99213', 'credited-differently', 'other-release', 'RVU24X'],
      ['2025-10-07', '11042', 'credited-differently', 'multiple-procedure', undefined],
      ['2025-10-08', '11045', 'credited-differently', 'units', undefined],
      ['2025-10-09', '27130', 'credited-differently', 'modifier', undefined],
      ['2025-10-10', '99213', 'credited-differently', 'unexplained', undefined],
      ['2025-10-11', '27447', 'report-only', 'not-logged', undefined],
      ['2025-10-11', '99213', 'log-only', 'missed-charge', undefined],
    ]);
  });

  it('keeps totals exact: the net is report minus log and the sum of its causes', () => {
    const t = result.totals;
    const causes = Object.values(t.byCause).reduce((s, c) => s + Math.round(c.wrvu * 100), 0);
    expect(Math.round(t.net * 100)).toBe(causes);
    expect(Math.round((t.reportWrvu - t.loggedWrvu) * 100)).toBe(Math.round(t.net * 100));
    expect(t.matchedLines).toBe(6);
    expect(t.byCause['missed-charge']).toEqual({ count: 1, wrvu: -w('99213') });
    expect(t.byCause['not-logged']).toEqual({ count: 1, wrvu: w('27447') });
  });
});
