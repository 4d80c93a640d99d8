// Bad input at the boundary: each unreadable report gets a clear message and nothing else happens.
import { describe, expect, it } from 'vitest';
import { epicCsv } from './fixtures';
import { prepareReport } from './prepare';
import { MAX_REPORT_LINES } from './read-file';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('prepareReport refuses what it cannot read', () => {
  it('a file without a recognisable code or date column', async () => {
    await expect(prepareReport({ bytes: utf8('Patient,MRN,Charges\nA,1,100\n') })).rejects.toThrow(
      /No column of the report looks like a code or a date/,
    );
  });

  it('a file in another encoding (Windows-1252)', async () => {
    const latin1 = Uint8Array.from([
      ...utf8('DOS,CPT,Patient\n10/06/2025,99213,'),
      0xc9,
      0x6c,
      0x6f,
      0xef,
      0x73,
      0x65,
      0x0a,
    ]);
    await expect(prepareReport({ bytes: latin1 })).rejects.toThrow(/not UTF-8 text/);
  });

  it('reads UTF-16 with a byte-order mark (Excel "Unicode text")', async () => {
    const text = 'DOS,CPT\n10/06/2025,99213\n';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) bytes[2 + i * 2] = text.charCodeAt(i);
    const prepared = await prepareReport({ bytes });
    expect(prepared.parsed?.lines.map((l) => l.code)).toEqual(['99213']);
  });

  it(`a report of 200,000 lines (the limit is ${MAX_REPORT_LINES.toLocaleString('en-US')})`, async () => {
    const text = 'DOS,CPT\n' + '10/06/2025,99213\n'.repeat(200_000);
    await expect(prepareReport({ bytes: utf8(text) })).rejects.toThrow(
      /The report has 200,001 lines; reconciliation takes up to 100,000/,
    );
  });

  it('a PDF, an old .xls, an empty file', async () => {
    await expect(prepareReport({ bytes: utf8('%PDF-1.7 ...') })).rejects.toThrow(
      /PDF reports cannot be read yet/,
    );
    await expect(prepareReport({ bytes: Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0]) })).rejects.toThrow(
      /\.xls/,
    );
    await expect(prepareReport({ bytes: new Uint8Array() })).rejects.toThrow(/empty/);
  });

  it('unreadable dates: every bad line is named, and the mapping can be fixed', async () => {
    const prepared = await prepareReport({ bytes: utf8('DOS,CPT\n10/06/2025,99213\n31/10/2025,99214\n') });
    expect(prepared.parsed?.errors).toEqual([
      {
        row: 3,
        message: 'date of service "31/10/2025" is not a date (use 10/14/2025, 2025-10-14 or an Excel date)',
      },
    ]);
  });

  it('asks for the provider when the report has several, and names the choices', async () => {
    const prepared = await prepareReport({ bytes: utf8(epicCsv()) });
    expect(prepared.providers).toEqual(['JONES, PAT DO', 'SMITH, JANE MD']);
    expect(prepared.problems).toEqual(['The report lists several providers: choose yours.']);
    expect(prepared.parsed).toBeNull();
  });
});
