// PDF report drawn with pdfkit and its built-in Helvetica (no font files): a cover, headline
// metrics, a monthly wRVU bar chart in vector primitives, the percentile comparison with its source
// and year, top codes, category and site breakdowns, and the full entry list as a table whose header
// repeats on every page, and "Page X of Y" on each page. Numbers are printed
// with the dashboard's own formatters (lib/dashboard/format.ts), so paper and screen agree.
import type { Writable } from 'node:stream';
import PDFDocument from 'pdfkit';
import { formatWhole, formatWrvu, sourceLine } from '@/lib/dashboard/format';
import { formatDay } from '@/lib/dashboard/range';
import { toHundredths } from './breakdowns';
import { drained } from './stream';
import { shortRole } from './entry-columns';
import type { ReportContent } from './schemas';
import type { BreakdownRow, ReportData, ReportEntry } from './types';

export type PdfInput = {
  data: ReportData;
  contents: readonly ReportContent[];
  /** How many entries there are and their batches, oldest first; null when the list is not wanted. */
  entries: { count: number; batches: AsyncIterable<readonly ReportEntry[]> } | null;
};

type Doc = PDFKit.PDFDocument;

const M = 48; // margin
const W = 612; // US Letter
const H = 792;
const RIGHT = W - M;
const BOTTOM = H - M - 14; // room for the footer
const C = {
  ink: '#0f172a',
  muted: '#64748b',
  rule: '#e2e8f0',
  band: '#f1f5f9',
  brand: '#14806c',
  brandLight: '#b0e4d6',
  warn: '#b45309',
};

const STAGE: Record<string, string> = {
  STUDENT: 'Student',
  RESIDENT: 'Resident',
  FELLOW: 'Fellow',
  ATTENDING: 'Attending',
  APP: 'Advanced practice provider',
};

// The standard fonts encode WinAnsi only: map common punctuation, replace anything else.
const PUNCT: Record<string, string> = {
  '\u2013': '-',
  '\u2014': '-',
  '\u2018': "'",
  '\u2019': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u2026': '...',
  '\u2022': '-',
  '\u00a0': ' ',
};
export function pdfSafe(text: string): string {
  return text.replace(
    /[^\x20-\x7e\xa1-\xff]/g,
    (ch) => PUNCT[ch] ?? (ch === '\t' || ch === '\n' || ch === '\r' ? ' ' : '?'),
  );
}

const wrvu = (s: string | number) => formatWrvu(typeof s === 'number' ? s : Number(s));

class Writer {
  constructor(readonly doc: Doc) {}
  y = M;

  font(bold: boolean, size: number, color = C.ink) {
    this.doc
      .font(bold ? 'Helvetica-Bold' : 'Helvetica')
      .fontSize(size)
      .fillColor(color);
    return this;
  }
  /** One line of text, never wrapped (fast path in pdfkit). */
  text(s: string, x: number, y: number) {
    this.doc.text(pdfSafe(s), x, y, { lineBreak: false });
  }
  right(s: string, rightX: number, y: number) {
    const safe = pdfSafe(s);
    this.doc.text(safe, rightX - this.doc.widthOfString(safe), y, { lineBreak: false });
  }
  /** Cuts text to a width with an ellipsis (cheap first guess by characters, then measured). */
  fit(s: string, width: number): string {
    let out = pdfSafe(s);
    if (this.doc.widthOfString(out) <= width) return out;
    out = out.slice(0, Math.max(1, Math.floor(width / 3.2)));
    while (out.length > 1 && this.doc.widthOfString(`${out}...`) > width) out = out.slice(0, -1);
    return `${out.trimEnd()}...`;
  }
  /** Wrapped paragraph at the cursor. */
  para(s: string, width = RIGHT - M) {
    this.doc.text(pdfSafe(s), M, this.y, { width });
    this.y = this.doc.y + 4;
  }
  ensure(height: number) {
    if (this.y + height > BOTTOM) this.newPage();
  }
  newPage() {
    this.doc.addPage();
    this.y = M;
  }
  heading(s: string) {
    this.ensure(40);
    this.y += 6;
    this.font(true, 13).text(s, M, this.y);
    this.y += 18;
    this.doc.moveTo(M, this.y).lineTo(RIGHT, this.y).lineWidth(0.75).strokeColor(C.rule).stroke();
    this.y += 8;
  }
}

function cover(w: Writer, data: ReportData) {
  const { doc } = w;
  const p = data.profile;
  doc.rect(0, 0, W, 150).fill(C.brand);
  w.font(true, 12, '#ffffff').text('Benchline', M, 48);
  w.font(true, 26, '#ffffff').text('Work RVU report', M, 78);
  w.font(false, 12, '#ffffff').text(data.period.label, M, 114);
  w.y = 190;
  const stage = p.careerStage
    ? `${STAGE[p.careerStage] ?? p.careerStage}${p.pgyYear ? ` (PGY-${p.pgyYear})` : ''}`
    : 'Not set';
  const rows: [string, string][] = [
    ['Name', p.name],
    ['Specialty', p.specialty ?? 'Not set'],
    ['Career stage', stage],
    ['Clinical FTE', p.clinicalFte.toFixed(2)],
    ['Period', `${formatDay(data.period.from)} - ${formatDay(data.period.to)}`],
    ['Generated at', `${data.generatedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC`],
  ];
  for (const [label, value] of rows) {
    w.font(false, 10, C.muted).text(label, M, w.y);
    w.font(true, 12).text(value, M + 110, w.y - 1);
    w.y += 24;
  }
  w.y += 16;
  w.font(false, 9, C.muted);
  w.para(
    'Work RVUs are credited by Benchline from the CMS Physician Fee Schedule relative value files in effect on each date of service, under the crediting policy shown in the app. Totals count entries that are not deleted or excluded. This report contains no patient identifiers; notes appear as the physician wrote them.',
  );
  if (data.benchmark?.label) {
    w.y += 6;
    w.font(true, 10, C.warn).para(`Benchmarks in this report: ${data.benchmark.label}.`);
  }
}

function metricBox(
  w: Writer,
  x: number,
  y: number,
  width: number,
  label: string,
  value: string,
  sub?: string,
) {
  w.doc.roundedRect(x, y, width, 58, 6).fillAndStroke(C.band, C.rule);
  w.font(false, 8.5, C.muted).text(label, x + 10, y + 9);
  w.font(true, 16).text(value, x + 10, y + 22);
  if (sub) w.font(false, 7.5, C.muted).text(w.fit(sub, width - 20), x + 10, y + 43);
}

function headline(w: Writer, data: ReportData) {
  w.heading('Headline metrics');
  const h = data.headline;
  const gap = 12;
  const bw = (RIGHT - M - 2 * gap) / 3;
  const boxes: [string, string, string?][] = [
    [
      'wRVUs in period',
      wrvu(data.totals.wrvu),
      `${data.totals.entries.toLocaleString('en-US')} credited entries`,
    ],
    [
      h ? `Fiscal YTD wRVUs (FY${h.fiscalYearLabel})` : 'Fiscal YTD wRVUs',
      h ? wrvu(h.ytdWrvu) : '-',
      h ? `as of ${formatDay(h.asOf)}` : undefined,
    ],
    ['Annualized pace', h?.pace == null ? '-' : formatWhole(h.pace), 'wRVUs per 1.0 FTE per year'],
    [
      'Percentile rank',
      h?.percentileRank ?? '-',
      data.benchmark ? `${data.benchmark.specialty}, ${data.benchmark.dataYear}` : 'no benchmark',
    ],
    [
      'Projected at year end',
      h?.projection == null ? '-' : formatWhole(h.projection),
      'wRVUs at the current pace',
    ],
    ['Clinical FTE', data.profile.clinicalFte.toFixed(2), data.profile.specialty ?? 'specialty not set'],
  ];
  w.ensure(2 * 58 + gap + 10);
  boxes.forEach(([label, value, sub], i) =>
    metricBox(w, M + (i % 3) * (bw + gap), w.y + Math.floor(i / 3) * (58 + gap), bw, label, value, sub),
  );
  w.y += 2 * 58 + gap + 14;
}

function niceMax(max: number): number {
  if (max <= 0) return 10;
  const p = 10 ** Math.floor(Math.log10(max));
  return [1, 2, 2.5, 5, 10].map((f) => f * p).find((v) => v >= max)!;
}

function monthlyChart(w: Writer, months: BreakdownRow[]) {
  w.heading('Monthly wRVUs');
  const { doc } = w;
  const height = 150;
  w.ensure(height + 30);
  const [x0, y0] = [M + 40, w.y];
  const [pw, ph] = [RIGHT - x0, height];
  const values = months.map((m) => Number(m.wrvu));
  const top = niceMax(Math.max(0, ...values));
  for (let i = 0; i <= 4; i++) {
    const gy = y0 + ph - (ph * i) / 4;
    doc.moveTo(x0, gy).lineTo(RIGHT, gy).lineWidth(0.5).strokeColor(C.rule).stroke();
    w.font(false, 7, C.muted).right(formatWhole((top * i) / 4), x0 - 4, gy - 3);
  }
  const slot = pw / Math.max(1, months.length);
  const barW = Math.max(2, slot * 0.65);
  const labelEvery = months.length > 24 ? 3 : months.length > 12 ? 2 : 1;
  months.forEach((m, i) => {
    const v = values[i];
    const bh = top > 0 ? (ph * v) / top : 0;
    const bx = x0 + i * slot + (slot - barW) / 2;
    if (bh > 0) doc.rect(bx, y0 + ph - bh, barW, bh).fill(C.brand);
    if (months.length <= 12 && v > 0)
      w.font(false, 6.5, C.ink).text(
        formatWhole(v),
        bx + barW / 2 - doc.widthOfString(formatWhole(v)) / 2,
        y0 + ph - bh - 9,
      );
    if (i % labelEvery === 0) {
      const label = m.label.slice(0, 3) + (i === 0 || m.key.endsWith('-01') ? ` ${m.key.slice(2, 4)}` : '');
      w.font(false, 6.5, C.muted).text(
        label,
        x0 + i * slot + slot / 2 - doc.widthOfString(label) / 2,
        y0 + ph + 4,
      );
    }
  });
  doc
    .moveTo(x0, y0 + ph)
    .lineTo(RIGHT, y0 + ph)
    .lineWidth(0.75)
    .strokeColor(C.muted)
    .stroke();
  w.y = y0 + ph + 22;
}

function benchmarkSection(w: Writer, data: ReportData) {
  w.heading('Percentile comparison');
  const b = data.benchmark;
  if (!b) {
    w.font(false, 10, C.muted).para(data.benchmarkNote ?? 'No benchmark is available for this profile.');
    return;
  }
  if (b.label) w.font(true, 10, C.warn).para(b.label);
  w.font(false, 9, C.ink).para(
    `${b.publisher}: ${b.survey}. ${b.segment === 'all' ? b.specialty : `${b.specialty} (${b.segment})`}, annual wRVUs per 1.0 clinical FTE.`,
  );
  w.ensure(44);
  const cols = b.percentiles.length + 2;
  const cw = (RIGHT - M) / cols;
  const y = w.y;
  w.doc.rect(M, y, RIGHT - M, 16).fill(C.band);
  const heads = [...b.percentiles.map((p) => p.key), 'Your pace', 'Your rank'];
  const vals = [
    ...b.percentiles.map((p) => (p.value === null ? 'n/p' : formatWhole(p.value))),
    b.pace === null ? '-' : formatWhole(b.pace),
    b.rank ?? '-',
  ];
  heads.forEach((h, i) => w.font(true, 8.5, C.muted).text(h, M + i * cw + 6, y + 4));
  vals.forEach((v, i) => w.font(i >= b.percentiles.length, 11).text(v, M + i * cw + 6, y + 21));
  w.y = y + 42;
  w.font(false, 8, C.muted).para(
    `${sourceLine(b)}.${b.percentiles.some((p) => p.value === null) ? ' n/p = not published by the source.' : ''}`,
  );
  if (b.caveat) w.font(false, 8, C.muted).para(b.caveat);
}

function breakdownTable(
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

function footer(doc: Doc, data: ReportData, page: number, total: number) {
  // Writing inside the bottom margin would otherwise make pdfkit add a page.
  const bottom = doc.page.margins.bottom;
  doc.page.margins.bottom = 0;
  doc.font('Helvetica').fontSize(7.5).fillColor(C.muted);
  doc.text(pdfSafe(`Benchline - ${data.profile.name} - ${data.period.label}`), M, H - 34, {
    lineBreak: false,
  });
  const label = `Page ${page} of ${total}`;
  doc.text(label, RIGHT - doc.widthOfString(label), H - 34, { lineBreak: false });
  doc.page.margins.bottom = bottom;
}

type EntryList = NonNullable<PdfInput['entries']>;

async function entryTable(
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
  w.font(true, 8.5).text(`Total: ${count.toLocaleString('en-US')} entries`, M + 3, w.y + 6);
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
    w.newPage();
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
