// The billing office's copy of a reconciliation: CSV, XLSX and PDF with the period, the totals and
// every discrepancy (date, code, modifiers on each side, both wRVUs, difference, cause, detail).
// Built from the stored lines only, so there is no patient data to leak: none was kept.
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import PDFDocument from 'pdfkit';
import { pdfSafe } from '@/lib/reports/pdf';
import type { ReconciliationSummary } from './queries';
import { CATEGORY_LABELS, CAUSE_LABELS, CAUSES, type Discrepancy, type ReconcileResult } from './types';

export const EXPORT_FORMATS = ['csv', 'xlsx', 'pdf'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const HEADER = [
  'date',
  'code',
  'report_modifiers',
  'log_modifiers',
  'report_units',
  'log_units',
  'report_wrvu',
  'log_wrvu',
  'difference',
  'category',
  'cause',
  'detail',
];
const n2 = (n: number | null) => (n === null ? '' : n.toFixed(2));
const row = (d: Discrepancy) => [
  d.date,
  d.code,
  (d.reportModifiers ?? []).join(' '),
  (d.logModifiers ?? []).join(' '),
  d.reportUnits ?? '',
  d.logUnits ?? '',
  n2(d.reportWrvu),
  n2(d.logWrvu),
  n2(d.difference),
  CATEGORY_LABELS[d.category],
  CAUSE_LABELS[d.cause],
  d.detail,
];

function periodLine(s: ReconciliationSummary) {
  return `Productivity report reconciliation, ${s.periodFrom} to ${s.periodTo}${s.provider ? `, ${s.provider}` : ''}`;
}

export function reconciliationCsv(s: ReconciliationSummary, r: ReconcileResult): string {
  return Papa.unparse({ fields: HEADER, data: r.discrepancies.map(row) });
}

export async function reconciliationXlsx(s: ReconciliationSummary, r: ReconcileResult): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('Discrepancies');
  sheet.addRow([periodLine(s)]);
  sheet.addRow([
    `Report ${r.totals.reportWrvu.toFixed(2)} wRVU, log ${r.totals.loggedWrvu.toFixed(2)}, net ${r.totals.net.toFixed(2)}`,
  ]);
  sheet.addRow([]);
  sheet.addRow(HEADER);
  for (const d of r.discrepancies)
    sheet.addRow(row(d).map((v, i) => (i >= 6 && i <= 8 && v !== '' ? Number(v) : v)));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

export function reconciliationPdf(s: ReconciliationSummary, r: ReconcileResult): Promise<Uint8Array> {
  const doc = new PDFDocument({
    size: 'LETTER',
    margin: 40,
    layout: 'landscape',
    info: { Title: periodLine(s) },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Uint8Array>((resolve) =>
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks)))),
  );
  const t = r.totals;
  doc
    .font('Helvetica-Bold')
    .fontSize(14)
    .text(pdfSafe(periodLine(s)));
  doc.font('Helvetica').fontSize(10).moveDown(0.3);
  doc.text(
    `Report ${t.reportWrvu.toFixed(2)} wRVU (${t.reportLines} lines) - log ${t.loggedWrvu.toFixed(2)} wRVU (${t.logEntries} entries) - matched ${t.matchedLines} - net difference ${t.net.toFixed(2)} wRVU (report minus log)`,
  );
  for (const c of CAUSES.filter((c) => t.byCause[c].count))
    doc.text(`${CAUSE_LABELS[c]}: ${t.byCause[c].count} line(s), ${t.byCause[c].wrvu.toFixed(2)} wRVU`);
  doc.moveDown(0.6);
  const cols = [
    { label: 'Date', w: 62 },
    { label: 'Code', w: 42 },
    { label: 'Mods report / log', w: 80 },
    { label: 'Report wRVU', w: 58 },
    { label: 'Log wRVU', w: 52 },
    { label: 'Diff.', w: 44 },
    { label: 'Cause', w: 372 },
  ];
  const drawRow = (cells: string[], bold = false) => {
    doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(8);
    const heights = cells.map((c, i) => doc.heightOfString(pdfSafe(c), { width: cols[i].w - 4 }));
    const h = Math.max(...heights) + 4;
    if (doc.y + h > doc.page.height - 40) {
      doc.addPage();
      if (!bold)
        drawRow(
          cols.map((c) => c.label),
          true,
        );
    }
    const y = doc.y;
    let x = 40;
    cells.forEach((c, i) => {
      doc.text(pdfSafe(c), x, y, { width: cols[i].w - 4 });
      x += cols[i].w;
    });
    doc.x = 40;
    doc.y = y + h;
  };
  drawRow(
    cols.map((c) => c.label),
    true,
  );
  if (!r.discrepancies.length) doc.font('Helvetica').text('No discrepancies: the report and the log agree.');
  for (const d of r.discrepancies)
    drawRow([
      d.date,
      d.code,
      `${(d.reportModifiers ?? ['-']).join(' ') || 'none'} / ${(d.logModifiers ?? ['-']).join(' ') || 'none'}`,
      n2(d.reportWrvu) || '-',
      n2(d.logWrvu) || '-',
      n2(d.difference),
      `${CAUSE_LABELS[d.cause]}. ${d.detail}`,
    ]);
  doc.end();
  return done;
}
