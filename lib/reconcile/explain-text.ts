// The sentences that explain a matched pair's difference (one place, shared by page and exports).
import { MODIFIER_BY_CODE } from '@/lib/rvu/modifiers';
import type { LogLine } from './match';
import type { ReportLine } from './parse';
import type { Cause } from './types';

export const fmt = (n: number) => n.toFixed(2);
const list = (mods: string[]) => mods.join(', ');

function modifierSides(r: ReportLine, l: LogLine) {
  const onlyReport = r.modifiers.filter((m) => !l.modifiers.includes(m));
  const onlyLog = l.modifiers.filter((m) => !r.modifiers.includes(m));
  const credit = (m: string) => MODIFIER_BY_CODE.get(m)?.affectsWrvu ?? false;
  // Name the modifiers that change credit when there are any (59 or LT beside a 26 is noise).
  const pick = (mods: string[]) => (mods.some(credit) ? mods.filter(credit) : mods);
  return { onlyReport: pick(onlyReport), onlyLog: pick(onlyLog) };
}

export function causeDetail(x: {
  cause: Cause;
  releaseId?: string;
  reducedIn?: 'log' | 'report';
  r: ReportLine;
  l: LogLine;
  rW: number;
  lW: number;
}): string {
  const both = `Report ${fmt(x.rW)}, log ${fmt(x.lW)}`;
  switch (x.cause) {
    case 'units':
      return `${both}: the report has ${x.r.units} unit${x.r.units > 1 ? 's' : ''}, your log ${x.l.units}; at the report's units the engine credits the report's figure.`;
    case 'modifier': {
      const { onlyReport, onlyLog } = modifierSides(x.r, x.l);
      const parts = [
        onlyReport.length ? `modifier ${list(onlyReport)} only in the report` : '',
        onlyLog.length ? `modifier ${list(onlyLog)} only in your log` : '',
      ].filter(Boolean);
      return `${both}: ${parts.join(' and ')}; with the report's modifiers the engine credits the report's figure.`;
    }
    case 'multiple-procedure':
      return x.reducedIn === 'log'
        ? `${both}: your log applies the multiple-procedure reduction to this line and the report does not.`
        : `${both}: the report applies the multiple-procedure reduction to this line and your log does not.`;
    case 'other-release':
      return `${both}: the report's figure is ${x.r.code}'s credit under ${x.releaseId}; your log uses ${x.l.releaseId ?? 'the release in effect'} for this date of service.`;
    default:
      return `${both}: no single cause (units, modifiers, multiple-procedure reduction, another release) explains the difference.`;
  }
}
