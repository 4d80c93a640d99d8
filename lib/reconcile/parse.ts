// From report rows to report lines: finds the header row under any title lines, reads only the
// mapped columns of each row (the others are never looked at), skips blank, totals and other
// providers' rows, nets reversals, and collects one clear error per unreadable row.
import { headerScore, type ColumnMapping } from './fields';
import { fromHundredths, parseReportDate, parseReportNumber, toHundredths } from './values';

export type ReportLine = {
  /** 1-based row in the file, as a spreadsheet shows it. */
  row: number;
  dateOfService: string | null;
  postDate: string | null;
  code: string;
  modifiers: string[];
  units: number;
  workRvu: number | null;
  totalRvu: number | null;
  location: string | null;
};

export type RowError = { row: number; message: string };
export type Skipped = { blank: number; totals: number; otherProviders: number; reversed: number };
export type ParsedReport = {
  lines: ReportLine[];
  errors: RowError[];
  errorCount: number;
  skipped: Skipped;
  period: { from: string; to: string } | null;
  providers: string[];
};

export const MAX_ERRORS_SHOWN = 50;
const HEADER_SCAN = 30;
const CODE = /^[A-Z0-9]{4}[A-Z0-9]$/;
const MODIFIER = /^[A-Z0-9]{2}$/;

/** The date a line is matched on: the date of service, else the post date. */
export const lineDate = (l: Pick<ReportLine, 'dateOfService' | 'postDate'>) =>
  (l.dateOfService ?? l.postDate)!;

/** Index of the header row: the first of the top rows naming the most known fields (at least 2). */
export function locateHeaderRow(rows: readonly string[][]): number | null {
  let best: { index: number; score: number } | null = null;
  for (let i = 0; i < Math.min(rows.length, HEADER_SCAN); i++) {
    const score = headerScore(rows[i] ?? []);
    if (score >= 2 && (!best || score > best.score)) best = { index: i, score };
  }
  return best?.index ?? null;
}

const cell = (row: readonly string[], index: number | undefined) =>
  index === undefined ? '' : String(row[index] ?? '').trim();

/** The distinct values of the provider column (for the "which one are you" choice). */
export function providersOf(
  rows: readonly string[][],
  headerIndex: number,
  mapping: ColumnMapping,
): string[] {
  if (mapping.provider === undefined) return [];
  const set = new Set<string>();
  for (let i = headerIndex + 1; i < rows.length; i++) {
    const p = cell(rows[i], mapping.provider);
    if (p && cell(rows[i], mapping.code)) set.add(p);
  }
  return [...set].sort((a, b) => a.localeCompare(b));
}

type RowResult = { line: ReportLine } | { error: string } | { skip: keyof Skipped };

function readRow(row: readonly string[], rowNumber: number, m: ColumnMapping, provider?: string): RowResult {
  const rawCode = cell(row, m.code).toUpperCase();
  const mapped = [m.serviceDate, m.postDate, m.units, m.workRvu, m.totalRvu, m.location, m.provider];
  if (!rawCode) return { skip: mapped.some((i) => cell(row, i)) ? 'totals' : 'blank' };
  if (/TOTAL/.test(rawCode)) return { skip: 'totals' };
  if (provider !== undefined && m.provider !== undefined && cell(row, m.provider) !== provider)
    return { skip: 'otherProviders' };
  const [code, ...codeMods] = rawCode.split(/[\s\-:]+/);
  if (!CODE.test(code)) return { error: `"${rawCode}" is not a CPT / HCPCS code (5 letters or digits)` };
  const modifiers: string[] = [];
  for (const token of [
    ...codeMods,
    ...m.modifiers.flatMap((i) =>
      cell(row, i)
        .toUpperCase()
        .split(/[\s,;\-]+/),
    ),
  ]) {
    if (!token) continue;
    if (!MODIFIER.test(token)) return { error: `"${token}" is not a modifier (2 letters or digits)` };
    if (!modifiers.includes(token)) modifiers.push(token);
  }
  const rawDos = cell(row, m.serviceDate);
  const rawPost = cell(row, m.postDate);
  const dateOfService = rawDos ? parseReportDate(rawDos) : null;
  const postDate = rawPost ? parseReportDate(rawPost) : null;
  if (rawDos && !dateOfService)
    return {
      error: `date of service "${rawDos}" is not a date (use 10/14/2025, 2025-10-14 or an Excel date)`,
    };
  if (rawPost && !postDate)
    return { error: `post date "${rawPost}" is not a date (use 10/14/2025, 2025-10-14 or an Excel date)` };
  if (!dateOfService && !postDate) return { error: 'the line has no date' };
  const rawUnits = cell(row, m.units);
  const units = rawUnits ? parseReportNumber(rawUnits) : 1;
  if (units === null || !Number.isInteger(units) || units === 0 || Math.abs(units) > 999)
    return { error: `units "${rawUnits}" are not a whole number from 1 to 999` };
  const numberAt = (index: number | undefined, label: string): number | null | string => {
    const raw = cell(row, index);
    if (!raw) return null;
    const n = parseReportNumber(raw);
    if (n === null || Math.abs(n) >= 100_000) return `${label} "${raw}" is not a number`;
    return fromHundredths(toHundredths(n)); // stored as Decimal(10,2): round once, here
  };
  const workRvu = numberAt(m.workRvu, 'work RVU');
  if (typeof workRvu === 'string') return { error: workRvu };
  const totalRvu = numberAt(m.totalRvu, 'total RVU');
  if (typeof totalRvu === 'string') return { error: totalRvu };
  const location = cell(row, m.location).slice(0, 80) || null;
  const line = {
    row: rowNumber,
    dateOfService,
    postDate,
    code,
    modifiers,
    units,
    workRvu,
    totalRvu,
    location,
  };
  return { line };
}

const reversalKey = (l: ReportLine) =>
  `${lineDate(l)}|${l.code}|${[...l.modifiers].sort().join(' ')}|${Math.abs(l.units)}`;

/** A negative-units line reverses an earlier identical charge: both leave the report. */
function netReversals(lines: ReportLine[], errors: RowError[], skipped: Skipped): ReportLine[] {
  const open = new Map<string, number[]>();
  const dropped = new Set<number>();
  lines.forEach((l, i) => {
    const key = reversalKey(l);
    if (l.units > 0) {
      if (!open.has(key)) open.set(key, []);
      open.get(key)!.push(i);
      return;
    }
    const charge = open.get(key)?.pop();
    if (charge === undefined)
      errors.push({ row: l.row, message: 'a reversal (negative units) of no earlier charge' });
    else {
      dropped.add(charge).add(i);
      skipped.reversed += 2;
    }
  });
  return lines.filter((l, i) => !dropped.has(i) && l.units > 0);
}

export function parseReport(
  rows: readonly string[][],
  headerIndex: number,
  mapping: ColumnMapping,
  options: { provider?: string } = {},
): ParsedReport {
  const errors: RowError[] = [];
  const skipped: Skipped = { blank: 0, totals: 0, otherProviders: 0, reversed: 0 };
  let lines: ReportLine[] = [];
  for (let i = headerIndex + 1; i < rows.length; i++) {
    const r = readRow(rows[i] ?? [], i + 1, mapping, options.provider);
    if ('line' in r) lines.push(r.line);
    else if ('skip' in r) skipped[r.skip]++;
    else errors.push({ row: i + 1, message: r.error });
  }
  lines = netReversals(lines, errors, skipped);
  errors.sort((a, b) => a.row - b.row);
  let from: string | null = null;
  let to: string | null = null;
  for (const l of lines) {
    const d = lineDate(l);
    if (!from || d < from) from = d;
    if (!to || d > to) to = d;
  }
  return {
    lines,
    errors: errors.slice(0, MAX_ERRORS_SHOWN),
    errorCount: errors.length,
    skipped,
    period: from && to ? { from, to } : null,
    providers: providersOf(rows, headerIndex, mapping),
  };
}
