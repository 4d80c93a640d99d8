// Cell values of employer productivity reports: dates in the usual US spellings (MM/DD/YYYY,
// M/D/YY, ISO, with or without a time, Excel serial day numbers) and numbers with thousands
// separators, currency-style parentheses or a trailing minus. Pure; returns null for what it
// cannot read so the caller can say which row and column is wrong.

const pad = (n: number) => String(n).padStart(2, '0');

function isoIfReal(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

// Excel's day 1 is 1900-01-01 and it counts a 29 February 1900 that never was: serials from 61 on
// are one day ahead, so day 0 is effectively 1899-12-30 for every date a report can hold.
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
/** Serials for 1982-2064 only: a bare number outside that range is not taken for a date. */
const SERIAL_MIN = 30_000;
const SERIAL_MAX = 60_000;

export function excelSerialToIso(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < SERIAL_MIN || serial > SERIAL_MAX) return null;
  const d = new Date(EXCEL_EPOCH + Math.floor(serial) * 86_400_000);
  return isoIfReal(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** A calendar date 'YYYY-MM-DD' from a report cell, or null when it is not a readable date. */
export function parseReportDate(raw: unknown): string | null {
  if (raw instanceof Date) {
    if (Number.isNaN(raw.getTime())) return null;
    return isoIfReal(raw.getUTCFullYear(), raw.getUTCMonth() + 1, raw.getUTCDate());
  }
  if (typeof raw === 'number') return excelSerialToIso(raw);
  if (typeof raw !== 'string') return null;
  const s = raw.trim();
  if (!s) return null;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(s);
  if (iso) return isoIfReal(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const us = /^(\d{1,2})[/-](\d{1,2})[/-](\d{2}|\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]M)?)?$/i.exec(
    s,
  );
  if (us) {
    const y = Number(us[3]);
    // Two-digit years: 00-69 are 20xx, 70-99 are 19xx (the spreadsheet convention).
    const year = us[3].length === 2 ? (y < 70 ? 2000 + y : 1900 + y) : y;
    return isoIfReal(year, Number(us[1]), Number(us[2]));
  }
  if (/^\d{5}(?:\.\d+)?$/.test(s)) return excelSerialToIso(Number(s));
  return null;
}

/**
 * A number from a report cell: "1,234.56", "(2.50)" and "2.50-" (negative), "$12", " 3 ".
 * Returns null for blanks and for anything else that is not a number.
 */
export function parseReportNumber(raw: unknown): number | null {
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : null;
  if (typeof raw !== 'string') return null;
  let s = raw.trim().replace(/^\$/, '').replace(/\s/g, '');
  if (!s) return null;
  let sign = 1;
  const paren = /^\((.*)\)$/.exec(s);
  if (paren) {
    sign = -1;
    s = paren[1];
  } else if (s.endsWith('-')) {
    sign = -1;
    s = s.slice(0, -1);
  }
  if (!/^[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?$/.test(s) || !/\d/.test(s)) return null;
  return sign * Number(s.replace(/,/g, ''));
}

/** Whole hundredths (cents of an RVU), so that sums never drift: 1.005 is taken as published. */
export const toHundredths = (n: number) => Math.round(n * 100 + (n >= 0 ? 1e-9 : -1e-9));
export const fromHundredths = (h: number) => h / 100;
