// The PDF's entry list: a fixed-layout table (one line per entry) whose page count is known
// before a row is drawn (entryPageCount), so each page is numbered "Page X of Y" and flushed to
// the stream as it is written.
import { describeEntryCount } from '@/lib/format';
import { shortRole } from './entry-columns';
import { toHundredths } from './breakdowns';
import type { ReportData, ReportEntry } from './types';
import { BOTTOM, C, footer, M, RIGHT, wrvu, type Writer } from './pdf-writer';

/** How many entries there are and their batches, oldest first. */
export type EntryList = { count: number; batches: AsyncIterable<readonly ReportEntry[]> };

// Entry table columns: [header, width, right-aligned].
const ENTRY_COLS: [string, number, boolean][] = [
  ['Date', 54, false],
  ['Code', 36, false],
  ['Mod', 34, false],
  ['Units', 26, true],
  ['Description', 196, false],
  ['Site', 70, false],
  ['Role', 56, false],
  ['wRVU', 44, true],
];
const ROW_H = 12;
const TITLE_H = 22; // "Entries" title on the first entry page
const HEADER_H = 16; // the repeated column header
const TOTAL_H = 20; // the closing total line
const FIRST_ROWS = Math.floor((BOTTOM - (M + TITLE_H + HEADER_H)) / ROW_H);
const NEXT_ROWS = Math.floor((BOTTOM - (M + HEADER_H)) / ROW_H);

/**
 * Pages the entry list takes for n rows. The table's layout is fixed (one line per row, no
 * wrapping), so the page count is known before a row is drawn: each page gets "Page X of Y" as it
 * is written and is flushed to the stream, instead of the whole document being held in memory.
 */
export function entryPageCount(n: number): number {
  let pages = 1;
  let rowsOnLast = n;
  if (n > FIRST_ROWS) {
    const rest = n - FIRST_ROWS;
    pages += Math.ceil(rest / NEXT_ROWS);
    rowsOnLast = rest - (pages - 2) * NEXT_ROWS;
  }
  const y = (pages === 1 ? M + TITLE_H + HEADER_H : M + HEADER_H) + rowsOnLast * ROW_H;
  return y + TOTAL_H > BOTTOM ? pages + 1 : pages;
}

export async function entryTable(
  w: Writer,
  list: EntryList,
  data: ReportData,
  firstPage: number,
  totalPages: number,
) {
  const { doc } = w;
  let page = firstPage;
  const startPage = () => {
    // Earlier pages are complete: write them out now, so memory holds one page, not the document.
    doc.flushPages();
    doc.addPage();
    footer(doc, data, page++, totalPages);
    w.y = M;
  };
  const header = () => {
    doc.rect(M, w.y, RIGHT - M, 14).fill(C.band);
    w.font(true, 7.5, C.muted);
    let x = M;
    for (const [h, width, right] of ENTRY_COLS) {
      if (right) w.right(h, x + width - 3, w.y + 4);
      else w.text(h, x + 3, w.y + 4);
      x += width;
    }
    w.y += HEADER_H;
    w.font(false, 7.5, C.ink);
  };
  startPage();
  w.font(true, 13).text('Entries', M, w.y);
  w.font(false, 8.5, C.muted).right(data.period.label, RIGHT, w.y + 3);
  w.y += TITLE_H;
  header();
  let capacity = FIRST_ROWS;
  let onPage = 0;
  let count = 0;
  let hundredths = 0;
  let excluded = 0;
  // The page count was fixed from list.count; rows beyond it (logged while the file was being
  // written) are left out and said so, rather than breaking "Page X of Y".
  let late = 0;
  for await (const batch of list.batches) {
    for (const e of batch) {
      if (count === list.count) {
        late++;
        continue;
      }
      if (onPage === capacity) {
        startPage();
        header();
        capacity = NEXT_ROWS;
        onPage = 0;
      }
      const cells = [
        e.dateOfService,
        e.code,
        e.modifiers.join(' '),
        String(e.units),
        e.description,
        e.site ?? '',
        shortRole(e.role),
        e.excluded ? 'excl.' : e.creditedWrvu,
      ];
      let x = M;
      ENTRY_COLS.forEach(([, width, right], i) => {
        const v = cells[i];
        if (v) {
          if (right) w.right(v, x + width - 3, w.y);
          else w.text(i >= 4 ? w.fit(v, width - 6) : v, x + 3, w.y);
        }
        x += width;
      });
      w.y += ROW_H;
      onPage++;
      count++;
      if (e.excluded) excluded++;
      hundredths += toHundredths(e.creditedWrvu);
    }
  }
  // Fewer rows than counted (entries deleted meanwhile): keep the promised pages.
  const last = firstPage + entryPageCount(list.count) - 1;
  while (page - 1 < last && (count < list.count || w.y + TOTAL_H > BOTTOM)) startPage();
  doc
    .moveTo(M, w.y + 2)
    .lineTo(RIGHT, w.y + 2)
    .lineWidth(0.75)
    .strokeColor(C.muted)
    .stroke();
  w.font(true, 8.5).text(`Total: ${describeEntryCount({ entries: count, excluded })}`, M + 3, w.y + 6);
  w.right(`${wrvu(hundredths / 100)} wRVUs`, RIGHT - 3, w.y + 6);
  const changed =
    late > 0
      ? `${late} entries logged while this report was generated are not included.`
      : count < list.count
        ? `${list.count - count} entries were deleted while this report was generated.`
        : null;
  if (changed) w.font(false, 7.5, C.warn).text(changed, M + 180, w.y + 7);
  w.y += TOTAL_H;
}
