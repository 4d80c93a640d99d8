// The three formats of the real CMS RVU24B distribution (PPRRVU24_APR.csv, .txt and .xlsx inside
// RVU24B.zip) are the same release: each parses to the same 18,534 records. The xlsx ends with a
// row holding only a DOS end-of-file mark (Ctrl-Z), which is not a data row.
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseCatalogFile } from './parse';
import { readCms } from './test-files';
import type { PprrvuFile } from './types';

describe('RVU24B.zip formats', () => {
  const zip = unzipSync(readCms('pfs/RVU24B/RVU24B.zip'));
  const parse = async (name: string): Promise<PprrvuFile> => {
    const parsed = await parseCatalogFile(zip[name], name);
    if (parsed.kind !== 'PPRRVU') throw new Error(`${name} is ${parsed.kind}`);
    return parsed.file;
  };

  it('reads the csv, the fixed-width txt and the xlsx to identical records', async () => {
    const csv = await parse('PPRRVU24_APR.csv');
    expect(csv.meta.id).toBe('RVU24B');
    expect(csv.rows).toHaveLength(18534);
    expect(csv.conversionFactor).toBe(33.2875);
    const strings = new TextDecoder().decode(unzipSync(zip['PPRRVU24_APR.xlsx'])['xl/sharedStrings.xml']);
    expect(strings).toContain('_x001A_'); // the end-of-file mark (Ctrl-Z), XML-escaped
    for (const name of ['PPRRVU24_APR.txt', 'PPRRVU24_APR.xlsx']) {
      const other = await parse(name);
      expect(other.meta.id, name).toBe('RVU24B');
      expect(other.rows, name).toEqual(csv.rows);
    }
  }, 60_000);
});
