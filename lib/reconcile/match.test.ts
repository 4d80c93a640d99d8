import { describe, expect, it } from 'vitest';
import { matchLines, type LogLine } from './match';
import type { ReportLine } from './parse';

const r = (row: number, date: string, code: string, over: Partial<ReportLine> = {}): ReportLine => ({
  row,
  dateOfService: date,
  postDate: null,
  code,
  modifiers: [],
  units: 1,
  workRvu: null,
  totalRvu: null,
  location: null,
  ...over,
});
const l = (id: string, date: string, code: string, over: Partial<LogLine> = {}): LogLine => ({
  id,
  dateOfService: date,
  code,
  modifiers: [],
  units: 1,
  encounterKey: id,
  creditedWrvu: 1,
  releaseId: 'RVU25D',
  ...over,
});
const pairs = (m: ReturnType<typeof matchLines>) => m.matched.map((x) => [x.report.row, x.log.id, x.pass]);

describe('matchLines', () => {
  it('is a multiset: two identical report lines take two identical entries, a third is unmatched', () => {
    const m = matchLines(
      [r(1, '2025-10-06', '99213'), r(2, '2025-10-06', '99213'), r(3, '2025-10-06', '99213')],
      [l('a', '2025-10-06', '99213'), l('b', '2025-10-06', '99213')],
      0,
    );
    expect(pairs(m)).toEqual([
      [1, 'a', 'exact'],
      [2, 'b', 'exact'],
    ]);
    expect(m.reportOnly.map((x) => x.row)).toEqual([3]);
    expect(m.logOnly).toEqual([]);
  });

  it('prefers the entry with the same modifiers, then the same units, before any same-code entry', () => {
    const m = matchLines(
      [
        r(1, '2025-10-06', '20610', { modifiers: ['50'], units: 2 }),
        r(2, '2025-10-06', '20610', { units: 2 }),
      ],
      [
        l('plain', '2025-10-06', '20610'),
        l('twoUnits', '2025-10-06', '20610', { units: 2 }),
        l('bilateral', '2025-10-06', '20610', { modifiers: ['50'] }),
      ],
      0,
    );
    expect(pairs(m)).toEqual([
      [1, 'bilateral', 'modifiers'],
      [2, 'twoUnits', 'exact'],
    ]);
    expect(m.logOnly.map((x) => x.id)).toEqual(['plain']);
  });

  it('matches post dates within the window only, nearest day first, and never twice', () => {
    const report = [
      r(1, '', '99214', { dateOfService: null, postDate: '2025-10-09' }),
      r(2, '', '99214', { dateOfService: null, postDate: '2025-10-20' }),
    ];
    const log = [
      l('far', '2025-10-01', '99214'),
      l('near', '2025-10-07', '99214'),
      l('mid', '2025-10-06', '99214'),
    ];
    const m = matchLines(report, log, 3);
    expect(m.matched.map((x) => [x.report.row, x.log.id, x.pass, x.days])).toEqual([
      [1, 'near', 'window', -2],
    ]);
    expect(m.reportOnly.map((x) => x.row)).toEqual([2]);
    expect(m.logOnly.map((x) => x.id)).toEqual(['far', 'mid']);
    expect(matchLines(report, log, 0).matched).toEqual([]);
  });

  it('never pairs different codes', () => {
    const m = matchLines([r(1, '2025-10-06', '99213')], [l('a', '2025-10-06', '99214')], 5);
    expect(m.matched).toEqual([]);
  });
});
