// Column definitions shared by the CSV and XLSX writers, so both files carry the same headers,
// types and values. A column's type decides how a cell is written: text cells are neutralised
// against formula injection, numbers stay numbers, dates are calendar dates.
export type ColumnType = 'text' | 'number' | 'integer' | 'date';

export type Column<T> = {
  header: string;
  type: ColumnType;
  /** Text, a decimal string such as '12.34' (exact), a number, an ISO date, or null for empty. */
  value: (row: T) => string | number | null;
  /** Excel column width in characters. */
  width?: number;
};

/** Numbers as exact decimal strings: RVUs come from Decimal(8,2) columns and must not drift. */
const NUMERIC = /^-?\d+(\.\d+)?$/;
export function isNumeric(value: string | number): boolean {
  return typeof value === 'number' ? Number.isFinite(value) : NUMERIC.test(value);
}
