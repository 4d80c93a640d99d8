// XLSX writer on exceljs's streaming WorkbookWriter: rows are committed as they are produced, so an
// Entries sheet of 100,000 rows never sits in memory. Sheets are written one after another (the zip
// takes one entry at a time): Entries first (streamed), then the small Summary and Benchmarks.
// Cells are typed: dates are real dates, RVUs numbers with numFmt '0.00'; header row bold and frozen.
// Text is written as text cells (never formulas), so no formula-injection prefix is needed here.
import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Column } from './columns';
import { isNumeric } from './columns';
import { drained } from './stream';

export type SheetSpec<T> = {
  name: string;
  columns: readonly Column<T>[];
  rows: AsyncIterable<readonly T[]> | readonly T[];
};

const NUM_FMT: Record<Column<unknown>['type'], string | undefined> = {
  number: '0.00',
  integer: '0',
  date: 'yyyy-mm-dd',
  text: undefined,
};

const STYLE = Object.fromEntries(
  Object.entries(NUM_FMT).map(([type, numFmt]) => [type, numFmt ? { numFmt } : {}]),
) as Record<Column<unknown>['type'], Partial<ExcelJS.Style>>;

function cellValue(value: string | number | null, type: Column<unknown>['type']): ExcelJS.CellValue {
  if (value === null || value === '') return null;
  if ((type === 'number' || type === 'integer') && isNumeric(value)) return Number(value);
  if (type === 'date' && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value))
    return new Date(`${value}T00:00:00Z`);
  return String(value);
}

// A list of sheets mixes row types; each spec is checked when built with sheet(), then erased.
export type AnySheet = SheetSpec<any>; // eslint-disable-line @typescript-eslint/no-explicit-any
export const sheet = <T>(spec: SheetSpec<T>): AnySheet => spec;

async function writeSheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  out: Writable,
  spec: AnySheet,
): Promise<number> {
  const sheet = workbook.addWorksheet(spec.name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = spec.columns.map((c, i) => ({ key: `c${i}`, width: c.width ?? 14 }));
  // One style object per column type, shared by every cell of the sheet: exceljs recognises a style
  // object it has seen (by reference) without re-keying it, where a column style would be copied
  // into each cell and looked up afresh (most of the time of a 30,000-line export).
  const styles = spec.columns.map((c) => STYLE[c.type]);
  const header = sheet.addRow(spec.columns.map((c) => c.header));
  header.font = { bold: true };
  header.commit();
  let count = 0;
  const write = (batch: readonly unknown[]) => {
    for (const row of batch) {
      const added = sheet.addRow(spec.columns.map((c) => cellValue(c.value(row), c.type)));
      for (let i = 0; i < styles.length; i++) added.getCell(i + 1).style = styles[i];
      added.commit();
      count++;
    }
  };
  if (Array.isArray(spec.rows)) write(spec.rows);
  else {
    for await (const batch of spec.rows as AsyncIterable<readonly unknown[]>) {
      write(batch);
      await drained(out);
    }
  }
  sheet.commit();
  return count;
}

/** Writes the sheets in order into `out` and ends it. */
export async function writeXlsx(
  out: Writable,
  sheets: readonly AnySheet[],
  meta: { creator?: string; title?: string } = {},
): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  workbook.creator = meta.creator ?? 'Benchline';
  workbook.title = meta.title ?? '';
  workbook.created = new Date();
  for (const spec of sheets) await writeSheet(workbook, out, spec);
  await workbook.commit();
}
