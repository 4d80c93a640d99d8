// Finding a table's header by its content and mapping its columns by name. CMS spreadsheets put a
// preamble (title, copyright, release date) above the header and, in the PPRRVU files, split each
// column name over several stacked lines ("WORK" above "RVU"). The header is found by an anchor row
// (e.g. the one naming HCPCS and DESCRIPTION); the stacked lines above it are combined per column, and
// the stack depth that names the most known columns wins, so a preamble line is never mistaken for
// part of a column name.
import { normaliseHeader } from './parse-util';

export type ColumnSpec<F extends string> = {
  field: F;
  label: string; // how the error message names the column
  match: RegExp; // tested against the normalised, combined column name
  required: boolean;
};

export type HeaderMatch<F extends string> = {
  index: number; // row index of the anchor (last header line)
  firstIndex: number; // row index of the first stacked header line
  names: string[]; // combined, normalised name per column
  columns: Map<F, number>;
  missing: ColumnSpec<F>[]; // required columns that no header names
  width: number; // columns up to the last named one
};

function combine(rows: string[][], from: number, to: number): string[] {
  const width = Math.max(0, ...rows.slice(from, to + 1).map((r) => r.length));
  const names: string[] = [];
  for (let c = 0; c < width; c++) {
    const parts = [];
    for (let r = from; r <= to; r++) {
      const cell = (rows[r][c] ?? '').trim();
      if (cell) parts.push(cell);
    }
    names.push(normaliseHeader(parts.join(' ')));
  }
  return names;
}

/** Map each spec to the first not-yet-taken column whose name it matches. */
export function mapColumns<F extends string>(names: string[], specs: readonly ColumnSpec<F>[]) {
  const columns = new Map<F, number>();
  const taken = new Set<number>();
  for (const spec of specs) {
    const index = names.findIndex((name, i) => !taken.has(i) && name !== '' && spec.match.test(name));
    if (index >= 0) {
      columns.set(spec.field, index);
      taken.add(index);
    }
  }
  const missing = specs.filter((s) => s.required && !columns.has(s.field));
  return { columns, missing };
}

/**
 * Locate the header within the first `maxScan` rows. `isAnchor` recognises the last header line from
 * its own normalised cells; up to `maxStack` lines above it may be stacked onto it.
 */
export function locateHeader<F extends string>(
  rows: string[][],
  specs: readonly ColumnSpec<F>[],
  opts: { isAnchor: (cells: string[]) => boolean; maxStack?: number; maxScan?: number },
): HeaderMatch<F> | null {
  const maxScan = Math.min(rows.length, opts.maxScan ?? 100);
  for (let i = 0; i < maxScan; i++) {
    if (!opts.isAnchor(rows[i].map((c) => normaliseHeader(c ?? '')))) continue;
    let best: HeaderMatch<F> | null = null;
    for (let depth = 0; depth <= (opts.maxStack ?? 0) && i - depth >= 0; depth++) {
      const names = combine(rows, i - depth, i);
      const { columns, missing } = mapColumns(names, specs);
      // Strictly more named columns wins; on a tie the shallower stack (fewer stray lines) is kept.
      if (!best || columns.size > best.columns.size) {
        const width = names.reduce((w, n, c) => (n ? c + 1 : w), 0);
        best = { index: i, firstIndex: i - depth, names, columns, missing, width };
      }
    }
    return best;
  }
  return null;
}

/** Blank: every cell empty, white space or a DOS end-of-file mark (Ctrl-Z, as in a CMS .xlsx's last row). */
export function isBlankRow(row: readonly string[]): boolean {
  return row.every((c) => (c ?? '').replace(/\x1a/g, '').trim() === '');
}
