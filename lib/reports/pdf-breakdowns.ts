// The PDF's breakdown tables (top codes, categories, sites): entries, wRVUs and share of the
// total, the header repeated when a table runs onto a new page.
import { toHundredths } from './breakdowns';
import type { BreakdownRow } from './types';
import { BOTTOM, C, M, RIGHT, wrvu, type Writer } from './pdf-writer';

export function breakdownTable(
  w: Writer,
  title: string,
  rows: BreakdownRow[],
  opts: { keyHeader?: string; labelHeader: string; limit?: number },
) {
  w.ensure(80); // the heading, the table header and a couple of rows stay together
  w.heading(title);
  const labelX = opts.keyHeader ? M + 74 : M + 4;
  const shown = opts.limit ? rows.slice(0, opts.limit) : rows;
  if (!shown.length) {
    w.font(false, 9, C.muted).para('Nothing credited in this period.');
    return;
  }
  const total = rows.reduce((s, r) => s + toHundredths(r.wrvu), 0);
  const header = () => {
    w.doc.rect(M, w.y, RIGHT - M, 15).fill(C.band);
    w.font(true, 8, C.muted);
    if (opts.keyHeader) w.text(opts.keyHeader, M + 4, w.y + 4);
    w.text(opts.labelHeader, labelX, w.y + 4);
    w.right('Entries', RIGHT - 130, w.y + 4);
    w.right('wRVUs', RIGHT - 60, w.y + 4);
    w.right('Share', RIGHT - 4, w.y + 4);
    w.y += 17;
  };
  w.ensure(32);
  header();
  for (const r of shown) {
    if (w.y + 13 > BOTTOM) {
      w.newPage();
      header();
    }
    w.font(false, 8.5);
    if (opts.keyHeader) w.text(w.fit(r.key, 66), M + 4, w.y);
    w.text(w.fit(r.label, RIGHT - 170 - labelX), labelX, w.y);
    w.right(r.entries.toLocaleString('en-US'), RIGHT - 130, w.y);
    w.right(wrvu(r.wrvu), RIGHT - 60, w.y);
    w.right(total > 0 ? `${((toHundredths(r.wrvu) / total) * 100).toFixed(1)}%` : '-', RIGHT - 4, w.y);
    w.y += 13;
  }
  if (opts.limit && rows.length > opts.limit)
    w.font(false, 8, C.muted).text(
      `${rows.length - opts.limit} more codes in the CSV/XLSX summary.`,
      M + 4,
      w.y + 2,
    );
  w.y += 10;
}
