// Pairs the report's lines with the log's entries as two multisets: every line and every entry is
// used at most once. Passes, each over what is still unpaired: same date, code, modifiers and
// units; same date, code and modifiers; same date, code and units; same date and code; then, for
// reports that use post dates, the same code within +-windowDays (exact modifiers and units
// first, then the nearest day). Lines are taken in file order, entries in date-then-id order, so
// the result is deterministic.
import { lineDate, type ReportLine } from './parse';

export type LogLine = {
  id: string;
  dateOfService: string;
  code: string;
  modifiers: string[];
  units: number;
  encounterKey: string;
  creditedWrvu: number;
  releaseId: string | null;
};

export type MatchPass = 'exact' | 'modifiers' | 'units' | 'code' | 'window';
export type Match = { report: ReportLine; log: LogLine; pass: MatchPass; days: number };
export type MatchResult = { matched: Match[]; reportOnly: ReportLine[]; logOnly: LogLine[] };

export const modKey = (mods: readonly string[]) => [...mods].sort().join(' ');
const dayNumber = (iso: string) =>
  Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 86_400_000;

type Key = (date: string, code: string, mods: readonly string[], units: number) => string;
const SAME_DAY_PASSES: [MatchPass, Key][] = [
  ['exact', (d, c, m, u) => `${d}|${c}|${modKey(m)}|${u}`],
  ['modifiers', (d, c, m) => `${d}|${c}|${modKey(m)}`],
  ['units', (d, c, _m, u) => `${d}|${c}|${u}`],
  ['code', (d, c) => `${d}|${c}`],
];

export function matchLines(
  report: readonly ReportLine[],
  log: readonly LogLine[],
  windowDays: number,
): MatchResult {
  const order = [...log.keys()].sort(
    (a, b) => log[a].dateOfService.localeCompare(log[b].dateOfService) || log[a].id.localeCompare(log[b].id),
  );
  const logUsed = new Uint8Array(log.length);
  const reportMatch: (Match | undefined)[] = new Array(report.length);

  for (const [pass, key] of SAME_DAY_PASSES) {
    const buckets = new Map<string, number[]>();
    for (const i of order) {
      if (logUsed[i]) continue;
      const l = log[i];
      const k = key(l.dateOfService, l.code, l.modifiers, l.units);
      const bucket = buckets.get(k);
      if (bucket) bucket.push(i);
      else buckets.set(k, [i]);
    }
    report.forEach((r, ri) => {
      if (reportMatch[ri]) return;
      const bucket = buckets.get(key(lineDate(r), r.code, r.modifiers, r.units));
      if (!bucket?.length) return;
      const li = bucket.shift()!;
      logUsed[li] = 1;
      reportMatch[ri] = { report: r, log: log[li], pass, days: 0 };
    });
  }

  if (windowDays > 0) {
    const byCode = new Map<string, number[]>();
    for (const i of order) {
      if (logUsed[i]) continue;
      const list = byCode.get(log[i].code);
      if (list) list.push(i);
      else byCode.set(log[i].code, [i]);
    }
    report.forEach((r, ri) => {
      if (reportMatch[ri]) return;
      const candidates = byCode.get(r.code);
      if (!candidates?.length) return;
      const day = dayNumber(lineDate(r));
      const mods = modKey(r.modifiers);
      let best = -1;
      let bestScore = Infinity;
      candidates.forEach((li, ci) => {
        const l = log[li];
        const days = Math.abs(dayNumber(l.dateOfService) - day);
        if (days > windowDays) return;
        const score = (modKey(l.modifiers) === mods && l.units === r.units ? 0 : 1000) + days;
        if (score < bestScore) {
          bestScore = score;
          best = ci;
        }
      });
      if (best < 0) return;
      const li = candidates.splice(best, 1)[0];
      logUsed[li] = 1;
      reportMatch[ri] = {
        report: r,
        log: log[li],
        pass: 'window',
        days: dayNumber(log[li].dateOfService) - day,
      };
    });
  }

  return {
    matched: reportMatch.filter((m): m is Match => Boolean(m)),
    reportOnly: report.filter((_, ri) => !reportMatch[ri]),
    logOnly: order.filter((i) => !logUsed[i]).map((i) => log[i]),
  };
}
