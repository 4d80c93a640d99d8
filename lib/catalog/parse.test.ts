import ExcelJS from 'exceljs';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseCatalogFile, pickCatalogEntry, sniffCatalogKind } from './parse';
import { CatalogFileError } from './parse-util';
import { CMS, csvCells, readCms } from './test-files';

const bundle = (files: Record<string, Uint8Array>) => zipSync(files, { level: 1 });

describe('CMS RVU zip bundle', () => {
  const gpci = readCms(CMS.gpci);
  const locco = readCms(CMS.locco);

  it('imports the PPRRVU CSV from the bundle, ignoring GPCI and locality files', async () => {
    const zip = bundle({
      'GPCI2025.csv': gpci,
      '25LOCCO.csv': locco,
      'PPRRVU2025_Oct.txt': readCms(CMS.rvu25dTxt),
      'PPRRVU2025_Oct.csv': readCms(CMS.rvu25dCsv),
    });
    expect(pickCatalogEntry(zip, 'RVU25D.zip').name).toBe('PPRRVU2025_Oct.csv');
    const parsed = await parseCatalogFile(zip, 'RVU25D.zip');
    expect(parsed.kind).toBe('PPRRVU');
    if (parsed.kind !== 'PPRRVU') return;
    expect(parsed.file.format).toBe('csv');
    expect(parsed.file.rows).toHaveLength(19090);
    expect(parsed.file.meta.releasedOn).toBe('2025-09-11');
  });

  it('prefers XLSX over TXT, and takes a TXT-only release from the bundle name', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('s').addRows(csvCells(readCms(CMS.rvu25dCsv)).slice(0, 20));
    const xlsx = new Uint8Array(await workbook.xlsx.writeBuffer());
    expect(
      pickCatalogEntry(
        bundle({ 'rvu/PPRRVU25.txt': readCms(CMS.rvu25dTxt), 'rvu/PPRRVU25.xlsx': xlsx }),
        'RVU25D.zip',
      ).name,
    ).toBe('PPRRVU25.xlsx');

    const txtOnly = await parseCatalogFile(
      bundle({ 'PPRRVU.txt': readCms(CMS.rvu25dTxt), 'GPCI2025.csv': gpci }),
      'RVU25D.zip',
    );
    expect(txtOnly.kind === 'PPRRVU' && txtOnly.file.meta.id).toBe('RVU25D');
    expect(txtOnly.kind === 'PPRRVU' && txtOnly.file.rows.length).toBe(19090);
  });

  it('says so when the zip holds no PPRRVU file, and names the inner file in errors', async () => {
    await expect(
      parseCatalogFile(bundle({ 'GPCI2025.csv': gpci, 'RVU25D.pdf': strToU8('%PDF') }), 'RVU25D.zip'),
    ).rejects.toThrow(/RVU25D.zip: the zip holds no PPRRVU, HCPCS or ASP file/);
    const broken = strToU8('HCPCS,MOD,DESCRIPTION\n27447,,Knee\n');
    await expect(parseCatalogFile(bundle({ 'PPRRVU25_OCT.csv': broken }), 'RVU25D.zip')).rejects.toThrow(
      /RVU25D.zip\/PPRRVU25_OCT.csv, line 1: required columns missing/,
    );
  });
});

describe('HCPCS and ASP downloads as zips', () => {
  it('finds the HCPCS workbook or the ASP file among the other files of the zip', async () => {
    const hcpcs = await parseCatalogFile(
      bundle({
        'HCPC2025_OCT_ANWEB.xlsx': readCms(CMS.hcpcs),
        'readme.txt': strToU8('Alpha-numeric HCPCS file'),
      }),
      'hcpc2025_oct_anweb.zip',
    );
    expect(hcpcs.kind === 'HCPCS' && hcpcs.file.codes.length).toBe(8463);
    const zip = bundle({
      'asp_ndc_hcpcs_crosswalk.csv': readCms('asp/asp_ndc_hcpcs_crosswalk.csv'),
      'asp_pricing_oct2025.csv': readCms(CMS.asp),
    });
    const asp = await parseCatalogFile(zip, 'october-2025-asp-pricing-file.zip');
    expect(asp.kind === 'ASP' && asp.file.prices.length).toBe(1012);
    expect(sniffCatalogKind(zip, 'october-2025-asp-pricing-file.zip')).toBe('ASP');
  });
});

describe('parseCatalogFile recognises files by content', () => {
  it.each([
    [CMS.rvu25dCsv, 'PPRRVU'],
    [CMS.rvu25dTxt, 'PPRRVU'],
    [CMS.hcpcs, 'HCPCS'],
    [CMS.asp, 'ASP'],
  ])('%s is %s', async (file, kind) => {
    // A neutral name: the kind must come from the content.
    const name = file.endsWith('.txt') ? 'PPRRVU2025_Oct.txt' : `upload.${file.split('.').pop()}`;
    const parsed = await parseCatalogFile(readCms(file), name);
    expect(parsed.kind).toBe(kind);
  });

  it('rejects files it does not know, with the file name', async () => {
    await expect(parseCatalogFile(readCms(CMS.gpci), 'GPCI2025.csv')).rejects.toThrow(
      /GPCI2025.csv: not a recognised CMS file/,
    );
    await expect(
      parseCatalogFile(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'x.zip'),
    ).rejects.toBeInstanceOf(CatalogFileError);
  });
});

describe('sniffCatalogKind', () => {
  it.each([
    [CMS.rvu25dCsv, 'PPRRVU'],
    [CMS.rvu25dTxt, 'PPRRVU'],
    [CMS.hcpcs, 'HCPCS'],
    [CMS.asp, 'ASP'],
    [CMS.gpci, null],
    [CMS.locco, null],
    ['pfs/RVU25D/RVU25D-layout.txt', null],
    ['asp/asp_ndc_hcpcs_crosswalk.csv', null],
  ])('%s is %s', (file, kind) => {
    expect(sniffCatalogKind(readCms(file), file.split('/').pop()!)).toBe(kind);
  });

  it('recognises a PPRRVU bundle and a PPRRVU workbook', async () => {
    expect(sniffCatalogKind(bundle({ 'PPRRVU2025_Oct.csv': readCms(CMS.rvu25dCsv) }), 'RVU25D.zip')).toBe(
      'PPRRVU',
    );
    expect(sniffCatalogKind(bundle({ 'GPCI2025.csv': readCms(CMS.gpci) }), 'other.zip')).toBeNull();
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('s').addRows(csvCells(readCms(CMS.rvu25dCsv)).slice(0, 20));
    expect(sniffCatalogKind(new Uint8Array(await workbook.xlsx.writeBuffer()), 'x.xlsx')).toBe('PPRRVU');
  });
});
