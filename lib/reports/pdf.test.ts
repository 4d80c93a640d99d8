import { describeEntryCount } from '@/lib/format';
import { PassThrough } from 'node:stream';
import { extractText } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { SYNTHETIC_LABEL } from '@/lib/benchmarks/synthetic';
import { fakeEntries, fakeReportData } from './fixtures';
import { entryPageCount, pdfSafe, writePdf, type PdfInput } from './pdf';

async function render(input: PdfInput): Promise<Buffer> {
  const out = new PassThrough();
  const parts: Buffer[] = [];
  out.on('data', (d: Buffer) => parts.push(d));
  const ended = new Promise((resolve) => out.on('end', resolve));
  await writePdf(out, input);
  await ended;
  return Buffer.concat(parts);
}

async function* inBatches<T>(rows: T[], size = 2000) {
  for (let i = 0; i < rows.length; i += size) yield rows.slice(i, i + size);
}

describe('pdf writer', () => {
  it('prints the cover, metrics, the labelled synthetic benchmark, top codes and numbered pages', async () => {
    const entries = fakeEntries(4);
    const pdf = await render({
      data: fakeReportData(),
      contents: ['entries', 'summary', 'benchmarks'],
      entries: { count: entries.length, batches: inBatches(entries) },
    });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const { totalPages, text } = await extractText(new Uint8Array(pdf), { mergePages: true });
    // The first page carries the cover and the headline metrics (it is not mostly blank).
    const firstPage = (await extractText(new Uint8Array(pdf))).text[0];
    expect(firstPage).toContain('Generated at');
    expect(firstPage).toContain('Headline metrics');
    for (const s of [
      'Dr. Ada Example',
      'Orthopedic surgery',
      'Attending',
      'Generated at',
      'Headline metrics',
      'Monthly wRVUs',
      'Percentile comparison',
      SYNTHETIC_LABEL,
      'Top codes',
      '27447',
      'Total knee arthroplasty',
      `Page 1 of ${totalPages}`,
      `Page ${totalPages} of ${totalPages}`,
      'Total: 4 entries',
      '23.61 wRVUs',
    ]) {
      expect(text).toContain(s);
    }
    expect(text).toMatch(/Source: Synthetic demo data - not survey data, 2025/);
  });

  it('repeats the entry header on every page and renders 5,000 entries (speed: npm run bench:reports)', async () => {
    const entries = fakeEntries(5000);
    const pdf = await render({
      data: fakeReportData(),
      contents: ['entries'],
      entries: { count: entries.length, batches: inBatches(entries) },
    });
    const { totalPages, text } = await extractText(new Uint8Array(pdf));
    expect(totalPages).toBeGreaterThan(80);
    const entryPages = text.slice(1);
    expect(entryPages.every((page) => page.includes('Description') && page.includes('wRVU'))).toBe(true);
    expect(text.at(-1)).toContain(`Page ${totalPages} of ${totalPages}`);
  });

  it('knows the page count before drawing, at every boundary', async () => {
    // Find where the first page fills up, then check counts around each boundary.
    let n = 1;
    while (entryPageCount(n) === 1) n++;
    const firstFull = n - 1;
    for (const count of [
      0,
      1,
      firstFull - 1,
      firstFull,
      firstFull + 1,
      firstFull + 60,
      firstFull + 61,
      5000,
    ]) {
      const rows = fakeEntries(count);
      const pdf = await render({
        data: fakeReportData(),
        contents: ['entries'],
        entries: { count, batches: inBatches(rows, 700) },
      });
      const { totalPages, text } = await extractText(new Uint8Array(pdf));
      expect(totalPages, `${count} entries`).toBe(1 + entryPageCount(count));
      expect(text.at(-1)).toContain(`Page ${totalPages} of ${totalPages}`);
      expect(text.at(-1)).toContain(`Total: ${describeEntryCount({ entries: count, excluded: 0 })}`);
    }
  });

  it('keeps its page numbers honest when the log changes while the file is written', async () => {
    const rows = fakeEntries(100);
    const fewer = await render({
      data: fakeReportData(),
      contents: ['entries'],
      entries: { count: 100, batches: inBatches(rows.slice(0, 90)) },
    });
    const a = await extractText(new Uint8Array(fewer), { mergePages: true });
    expect(a.totalPages).toBe(1 + entryPageCount(100));
    expect(a.text).toContain('10 entries were deleted while this report was generated.');
    expect(a.text).toContain(`Page ${a.totalPages} of ${a.totalPages}`);

    const more = await render({
      data: fakeReportData(),
      contents: ['entries'],
      entries: { count: 90, batches: inBatches(rows) },
    });
    const b = await extractText(new Uint8Array(more), { mergePages: true });
    expect(b.totalPages).toBe(1 + entryPageCount(90));
    expect(b.text).toContain('Total: 90 entries');
    expect(b.text).toContain('10 entries logged while this report was generated are not included.');
  });

  it('keeps text within the standard fonts', () => {
    expect(pdfSafe('Café – “quoted” … 中')).toBe('Café - "quoted" ... ?');
  });
});
