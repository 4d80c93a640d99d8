// The PDF's layout primitives: the US Letter page and its margins, the colours, WinAnsi-safe text
// (pdfSafe), and the Writer that keeps the cursor, sets fonts, draws single lines, fits text to a
// width, wraps paragraphs, breaks pages and draws section headings; plus the page footer.
import { formatWrvu } from '@/lib/format';
import type { ReportData } from './types';

export type Doc = PDFKit.PDFDocument;

export const M = 48; // margin
export const W = 612; // US Letter
export const H = 792;
export const RIGHT = W - M;
export const BOTTOM = H - M - 14; // room for the footer
export const C = {
  ink: '#0f172a',
  muted: '#64748b',
  rule: '#e2e8f0',
  band: '#f1f5f9',
  brand: '#14806c',
  brandLight: '#b0e4d6',
  warn: '#b45309',
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

export const wrvu = (s: string | number) => formatWrvu(typeof s === 'number' ? s : Number(s));

export class Writer {
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

export function footer(doc: Doc, data: ReportData, page: number, total: number) {
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
