// Parses a CSV of past procedures into validated lines, with an error for every bad row.
// Two formats, recognised by their header:
// - Benchline's template: date_of_service,code,modifiers,units,encounter[,site,setting,role,note]
//   (the pricing CLI reads the same first five columns);
// - RVU Wallet's export: Date, Encounter ID, Reference ID, Location, Codes, Total Work RVUs,
//   Adjusted Work RVUs (one row per encounter; Codes lists several "CODE-MOD" items).
// Pure: no database; the caller prices and stores what this returns.
import Papa from 'papaparse';
import { parseModifiers } from '@/lib/rvu/modifiers';
import { codeSchema, dateOfServiceSchema } from './schemas';

export const BENCHLINE_CSV_TEMPLATE = [
  'date_of_service,code,modifiers,units,encounter,site,setting,role,note',
  '2025-10-06,27447,,1,case-1,General Hospital,FACILITY,PRIMARY,',
  '2025-10-06,20610,RT,1,case-1,General Hospital,FACILITY,PRIMARY,',
  '2025-10-07,99213,25,1,clinic-7,Main Clinic,NON_FACILITY,,',
].join('\n');

export type ImportFormat = 'benchline' | 'rvu-wallet';
export type ImportLine = {
  row: number; // 1-based line number in the file (header = 1)
  dateOfService: string;
  code: string;
  modifiers: string[];
  units: number;
  encounter: string;
  site?: string;
  setting?: 'FACILITY' | 'NON_FACILITY';
  role?: string;
  note?: string;
};
export type RowError = { row: number; message: string };
export type ParsedImport = {
  format: ImportFormat;
  lines: ImportLine[];
  errors: RowError[];
  rowCount: number;
};

const norm = (h: string) =>
  h
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');
const ROLES = new Set(['PRIMARY', 'CO_SURGEON', 'ASSISTANT', 'SUPERVISING', 'RESIDENT']);

/** ISO dates, and US-style M/D/YYYY (RVU Wallet and spreadsheets). */
export function normaliseDate(raw: string): string | null {
  const s = raw.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return s;
  const us = s.match(/^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/);
  if (us) {
    const year = us[3].length === 2 ? `20${us[3]}` : us[3];
    return `${year}-${us[1].padStart(2, '0')}-${us[2].padStart(2, '0')}`;
  }
  return null;
}

function checkDate(raw: string): { ok: true; value: string } | { ok: false; message: string } {
  const iso = normaliseDate(raw ?? '');
  if (!iso) return { ok: false, message: `date "${raw ?? ''}" is not a date (use 2025-10-14 or 10/14/2025)` };
  const parsed = dateOfServiceSchema.safeParse(iso);
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, message: `date ${iso}: ${parsed.error.issues[0].message}` };
}

/** One "CODE", "CODE-MOD-MOD" or "CODE MOD" item. */
function parseCodeItem(item: string): { code: string; modifiers: string[] } | string {
  const [rawCode, ...rest] = item.trim().split(/[\s-]+/);
  const code = codeSchema.safeParse(rawCode ?? '');
  if (!code.success) return `code "${rawCode ?? ''}": ${code.error.issues[0].message}`;
  const mods = parseModifiers(rest.join(' '));
  if (mods.errors.length) return `${code.data}: ${mods.errors.join('; ')}`;
  return { code: code.data, modifiers: mods.modifiers };
}

/**
 * Parses the file row by row (papaparse's step callback: the rows are never all held as arrays of
 * strings at once, only the validated lines), so a 15 MB file parses in bounded memory.
 */
export function parseProcedureCsv(text: string): ParsedImport {
  const lines: ImportLine[] = [];
  const errors: RowError[] = [];
  let cols: string[] | null = null;
  let format: ImportFormat | null = null;
  let rowCount = 0;
  const at = (row: string[], name: string) => {
    const i = cols!.indexOf(name);
    return i === -1 ? '' : (row[i] ?? '').trim();
  };

  const benchlineRow = (row: string[], rowNo: number) => {
    const date = checkDate(at(row, 'date_of_service'));
    const item = parseCodeItem([at(row, 'code'), at(row, 'modifiers')].join(' '));
    const unitsRaw = at(row, 'units') || '1';
    const units = Number(unitsRaw);
    const setting = at(row, 'setting').toUpperCase().replace(/[-\s]/g, '_');
    const role = at(row, 'role').toUpperCase().replace(/[-\s]/g, '_');
    const problems: string[] = [];
    if (!date.ok) problems.push(date.message);
    if (typeof item === 'string') problems.push(item);
    if (!Number.isInteger(units) || units < 1 || units > 99)
      problems.push(`units "${unitsRaw}" must be a whole number from 1 to 99`);
    if (setting && setting !== 'FACILITY' && setting !== 'NON_FACILITY')
      problems.push(`setting "${at(row, 'setting')}" must be FACILITY or NON_FACILITY`);
    if (role && !ROLES.has(role))
      problems.push(`role "${at(row, 'role')}" is not one of ${[...ROLES].join(', ')}`);
    if (at(row, 'note').length > 500) problems.push('note is longer than 500 characters');
    if (problems.length || !date.ok || typeof item === 'string') {
      errors.push({ row: rowNo, message: problems.join('; ') });
      return;
    }
    lines.push({
      row: rowNo,
      dateOfService: date.value,
      code: item.code,
      modifiers: item.modifiers,
      units,
      encounter: at(row, 'encounter') || `row-${rowNo}`,
      site: at(row, 'site') || undefined,
      setting: (setting || undefined) as ImportLine['setting'],
      role: role || undefined,
      note: at(row, 'note') || undefined,
    });
  };

  const walletRow = (row: string[], rowNo: number) => {
    const date = checkDate(at(row, 'date'));
    const items = at(row, 'codes')
      .split(/[,;|]/)
      .map((s) => s.trim())
      .filter(Boolean);
    const parsedItems = items.map(parseCodeItem);
    const problems = parsedItems.filter((p): p is string => typeof p === 'string');
    if (!date.ok) problems.unshift(date.message);
    if (!items.length) problems.push('no codes in the Codes column');
    if (problems.length || !date.ok) {
      errors.push({ row: rowNo, message: problems.join('; ') });
      return;
    }
    const encounter = at(row, 'encounter_id') || at(row, 'reference_id') || `row-${rowNo}`;
    for (const item of parsedItems as { code: string; modifiers: string[] }[]) {
      lines.push({
        row: rowNo,
        dateOfService: date.value,
        code: item.code,
        modifiers: item.modifiers,
        units: 1,
        encounter,
        site: at(row, 'location') || undefined,
      });
    }
  };

  Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
    skipEmptyLines: 'greedy',
    step: ({ data: row }) => {
      if (!cols) {
        cols = row.map(norm);
        if (cols.includes('date_of_service') && cols.includes('code')) format = 'benchline';
        else if (cols.includes('date') && cols.includes('codes')) format = 'rvu-wallet';
        return;
      }
      rowCount++;
      const rowNo = rowCount + 1;
      if (format === 'benchline') benchlineRow(row, rowNo);
      else if (format === 'rvu-wallet') walletRow(row, rowNo);
    },
  });

  if (format) return { format, lines, errors, rowCount };
  return {
    format: 'benchline',
    lines: [],
    errors: [
      {
        row: 1,
        message:
          "Unrecognised header. Use Benchline's template (date_of_service,code,modifiers,units,encounter,…) or an RVU Wallet export (Date, Encounter ID, Reference ID, Location, Codes, …).",
      },
    ],
    rowCount,
  };
}
