import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Column } from './columns';
import { csvCell, csvChunks, neutralise, toCsv } from './csv';

type Row = { text: string | null; amount: string | number; day: string };
const COLUMNS: Column<Row>[] = [
  { header: 'Text', type: 'text', value: (r) => r.text },
  { header: 'Amount', type: 'number', value: (r) => r.amount },
  { header: 'Day', type: 'date', value: (r) => r.day },
];

async function collect(gen: AsyncIterable<string>) {
  let out = '';
  for await (const chunk of gen) out += chunk;
  return out;
}

describe('csv writer', () => {
  it('quotes commas, quotes and line breaks (RFC 4180) and ends lines with CRLF', () => {
    const csv = toCsv(COLUMNS, [{ text: 'a, "b"\nc', amount: '1.50', day: '2025-01-02' }]);
    expect(csv).toBe('Text,Amount,Day\r\n"a, ""b""\nc",1.50,2025-01-02\r\n');
    const parsed = Papa.parse<string[]>(csv.trimEnd(), { newline: '\r\n' });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data[1]).toEqual(['a, "b"\nc', '1.50', '2025-01-02']);
  });

  it('neutralises text cells that a spreadsheet would run as a formula', () => {
    for (const bad of ['=HYPERLINK("http://x","y")', '+1+1', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd'])
      expect(neutralise(bad)).toBe(`'${bad}`);
    expect(neutralise('plain')).toBe('plain');
    expect(csvCell('=HYPERLINK("http://evil","click")')).toBe(`"'=HYPERLINK(""http://evil"",""click"")"`);
    expect(csvCell('=1+2')).toBe("'=1+2");
  });

  it("quotes and neutralises a cell that a ';'-separator spreadsheet would split into a formula cell", () => {
    for (const bad of ["x;=cmd|' /C calc'!A0", 'a;@SUM(A1)', 'a; +1+1', 'a|=1+1', 'a\t-2+3', 'ok,=1+2']) {
      const cell = csvCell(bad);
      // One quoted field, so no separator inside it ever starts a new cell, and a leading quote mark.
      expect(cell.startsWith(`"'`)).toBe(true);
      expect(Papa.parse<string[]>(cell, { delimiter: ';' }).data[0]).toHaveLength(1);
      expect(Papa.parse<string[]>(cell, { delimiter: ',' }).data[0]).toHaveLength(1);
    }
    expect(csvCell('a;b')).toBe('"a;b"'); // separator-like characters are always quoted
    expect(csvCell('knee - left')).toBe('knee - left'); // a dash after a space is not a formula start
  });

  it('keeps numbers of numeric columns numeric, negatives included, but neutralises text in them', () => {
    expect(csvCell('-1.25', 'number')).toBe('-1.25');
    expect(csvCell(-3, 'number')).toBe('-3');
    expect(csvCell('-1.25', 'text')).toBe("'-1.25");
    expect(csvCell('-1+cmd', 'number')).toBe("'-1+cmd");
    expect(csvCell(null, 'number')).toBe('');
  });

  it('writes no byte-order mark and a header row first', () => {
    const csv = toCsv(COLUMNS, []);
    expect(csv.charCodeAt(0)).not.toBe(0xfeff);
    expect(csv).toBe('Text,Amount,Day\r\n');
  });

  it('streams one chunk per batch and parses back to the same rows', async () => {
    async function* batches() {
      yield [{ text: 'one', amount: '1.00', day: '2025-01-01' }];
      yield [];
      yield [
        { text: 'två, ünïcødé', amount: '2.25', day: '2025-01-02' },
        { text: null, amount: '0.00', day: '2025-01-03' },
      ];
    }
    const chunks: string[] = [];
    for await (const c of csvChunks(COLUMNS, batches())) chunks.push(c);
    expect(chunks).toHaveLength(3);
    const parsed = Papa.parse<Record<string, string>>(
      (await collect(csvChunks(COLUMNS, batches()))).trimEnd(),
      { header: true },
    );
    expect(parsed.data.map((r) => r.Text)).toEqual(['one', 'två, ünïcødé', '']);
    expect(parsed.data.reduce((s, r) => s + Number(r.Amount) * 100, 0) / 100).toBe(3.25);
  });
});
