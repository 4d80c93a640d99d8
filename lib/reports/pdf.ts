// PDF report drawn with pdfkit and its built-in Helvetica (no font files): a cover, headline
// metrics, a monthly wRVU bar chart in vector primitives, the percentile comparison with its source
// and year, top codes, category and site breakdowns, and the full entry list as a table whose header
// repeats on every page, and "Page X of Y" on each page. Numbers are printed
// with the dashboard's own formatters (lib/format.ts), so paper and screen agree.
// The pieces: pdf-writer.ts (layout primitives), pdf-front.ts (cover, headline metrics),
// pdf-monthly-chart.ts, pdf-benchmark.ts, pdf-breakdowns.ts and pdf-entries.ts (the sections).
import type { Writable } from 'node:stream';
import PDFDocument from 'pdfkit';
import { drained } from './stream';
import type { ReportContent } from './schemas';
import type { ReportData } from './types';
import { benchmarkSection } from './pdf-benchmark';
import { breakdownTable } from './pdf-breakdowns';
import { entryPageCount, entryTable, type EntryList } from './pdf-entries';
import { cover, headline } from './pdf-front';
import { monthlyChart } from './pdf-monthly-chart';
import { footer, M, pdfSafe, Writer } from './pdf-writer';

export { entryPageCount } from './pdf-entries';
export { pdfSafe } from './pdf-writer';

export type PdfInput = {
  data: ReportData;
  contents: readonly ReportContent[];
  /** How many entries there are and their batches, oldest first; null when the list is not wanted. */
  entries: EntryList | null;
};

/** Batches handed over only as fast as the reader takes the file. */
async function* paced<T>(batches: AsyncIterable<T>, out: Writable): AsyncGenerator<T> {
  for await (const batch of batches) {
    yield batch;
    await drained(out);
  }
}

/**
 * Writes the report into `out` and ends the document (pdfkit ends `out` when it is done). The
 * front matter is buffered (its length depends on the data) and numbered once complete; the entry
 * list's pages are numbered and flushed as they are written.
 */
export async function writePdf(out: Writable, { data, contents, entries }: PdfInput): Promise<void> {
  const doc = new PDFDocument({
    size: 'LETTER',
    margin: M,
    bufferPages: true,
    info: {
      Title: `Benchline wRVU report - ${pdfSafe(data.profile.name)}`,
      Author: 'Benchline',
      Creator: 'Benchline',
    },
  });
  doc.pipe(out);
  const w = new Writer(doc);
  cover(w, data);
  const summary = contents.includes('summary');
  if (summary || contents.includes('benchmarks')) {
    // The headline follows the cover on page 1 (a page of its own left the first page mostly blank).
    w.y += 12;
    headline(w, data);
    if (summary) monthlyChart(w, data.breakdowns.byMonth);
    if (contents.includes('benchmarks')) benchmarkSection(w, data);
    if (summary) {
      breakdownTable(w, 'Top codes', data.breakdowns.byCode, {
        keyHeader: 'Code',
        labelHeader: 'Description',
        limit: 15,
      });
      breakdownTable(w, 'By category', data.breakdowns.byCategory, { labelHeader: 'Category' });
      breakdownTable(w, 'By site', data.breakdowns.bySite, { labelHeader: 'Site' });
    }
  }
  const front = doc.bufferedPageRange().count;
  const total = front + (entries ? entryPageCount(entries.count) : 0);
  for (let i = 0; i < front; i++) {
    doc.switchToPage(i);
    footer(doc, data, i + 1, total);
  }
  if (entries)
    await entryTable(
      w,
      { count: entries.count, batches: paced(entries.batches, out) },
      data,
      front + 1,
      total,
    );
  doc.end();
}
