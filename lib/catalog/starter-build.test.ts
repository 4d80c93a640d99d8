import { describe, expect, it } from 'vitest';
import { parseAspCsv } from './asp';
import type { CuratedCode } from './content/types';
import { parsePprrvuCsv } from './pprrvu';
import { ADMINISTRATION_CODES, buildStarterCatalog, starterCatalogJson } from './starter-build';
import { starterCatalogSchema } from './starter-format';
import { CMS, readCms } from './test-files';
import type { HcpcsFile } from './types';

const curated: CuratedCode[] = [
  {
    code: '27447',
    synonyms: ['tka', 'total knee replacement'],
    plainLanguage: 'Replacing the worn surfaces of the knee joint with an artificial joint.',
    clinicalContext: 'Done for end-stage knee arthritis when pain limits daily life despite other treatment.',
    specialties: ['Orthopedic Surgery'],
    popularity: 80,
  },
  {
    code: 'J2820',
    synonyms: ['leukine', 'sargramostim', 'gm-csf'],
    plainLanguage: 'A medicine that helps the body make white blood cells.',
    clinicalContext: 'Given to speed recovery of white cells after chemotherapy or a stem cell transplant.',
    specialties: ['Hematology', 'Oncology'],
    billingNotes: 'Record the dose given and the NDC.',
    popularity: 20,
    administration: 'injection',
  },
  { code: 'X9999', synonyms: [], plainLanguage: 'x', clinicalContext: 'x', specialties: [], popularity: 1 },
];

const hcpcs: HcpcsFile = {
  fileName: 'HCPC.xlsx',
  codes: [
    {
      code: 'J2820',
      shortDescription: 'Sargramostim injection',
      longDescription: 'Injection, sargramostim (gm-csf), 50 mcg',
      addedOn: '1982-01-01',
      effectiveOn: '1998-01-01',
      terminatedOn: null,
      actionCode: 'N',
    },
  ],
  modifiers: [],
};

describe('buildStarterCatalog', () => {
  const pprrvu = parsePprrvuCsv(readCms(CMS.rvu25dCsv), 'PPRRVU2025_Oct.csv');
  const asp = parseAspCsv(readCms(CMS.asp), 'asp_pricing_oct2025.csv');
  const { catalog, warnings } = buildStarterCatalog({ pprrvu, hcpcs, asp, curated });

  it('keeps the curated codes and the administration codes with every RVU row', () => {
    const codes = catalog.codes.map((c) => c.code);
    expect(codes).toContain('27447');
    expect(codes).toContain('J2820');
    expect(codes).toEqual(expect.arrayContaining(['96365', '96372', '96374', '96379']));
    expect(codes).not.toContain('96378'); // not a code in RVU25D: skipped quietly
    expect(catalog.rows.every((r) => codes.includes(r.code))).toBe(true);
    expect(catalog.rows.find((r) => r.code === '27447')).toEqual(pprrvu.rows.find((r) => r.code === '27447'));
    expect(new Set(catalog.rows.map((r) => r.code))).toEqual(
      new Set(pprrvu.rows.filter((r) => codes.includes(r.code)).map((r) => r.code)),
    );
  });

  it('merges CMS descriptors with the curated text', () => {
    expect(catalog.codes.find((c) => c.code === 'J2820')).toEqual({
      code: 'J2820',
      kind: 'HCPCS',
      shortDescription: 'Sargramostim injection',
      longDescription: 'Injection, sargramostim (gm-csf), 50 mcg',
      category: 'j-codes',
      addedOn: '1982-01-01',
      effectiveOn: '1998-01-01',
      terminatedOn: null,
      curated: true,
      synonyms: ['leukine', 'sargramostim', 'gm-csf'],
      plainLanguage: 'A medicine that helps the body make white blood cells.',
      clinicalContext: 'Given to speed recovery of white cells after chemotherapy or a stem cell transplant.',
      billingNotes: 'Record the dose given and the NDC.',
      specialties: ['Hematology', 'Oncology'],
      popularity: 20,
    });
    expect(catalog.codes.find((c) => c.code === '96365')).toMatchObject({
      curated: false,
      synonyms: [],
      plainLanguage: null,
      category: 'medicine',
      kind: 'CPT',
    });
  });

  it('carries the ASP price of curated drug codes and the release facts', () => {
    expect(catalog.drugPrices).toMatchObject({
      quarter: '2025Q4',
      effectiveFrom: '2025-10-01',
      effectiveTo: '2025-12-31',
    });
    expect(catalog.drugPrices?.prices).toEqual([
      {
        code: 'J2820',
        shortDescription: 'Sargramostim injection',
        dosage: '50 MCG',
        paymentLimit: 50.365,
        notes: null,
      },
    ]);
    expect(catalog.release).toMatchObject({
      id: 'RVU25D',
      effectiveFrom: '2025-10-01',
      conversionFactor: 32.3465,
      sourceFile: 'PPRRVU2025_Oct.csv',
    });
  });

  it('warns about curated codes found in no file and duplicates', () => {
    expect(warnings).toEqual(['X9999 is curated but in no CMS file given (PPRRVU, HCPCS or ASP); left out']);
    expect(
      buildStarterCatalog({ pprrvu, hcpcs: null, asp: null, curated: [curated[0], curated[0]] }).warnings[0],
    ).toMatch(/27447 is curated twice/);
  });

  it('writes JSON that the loader schema accepts, one record per line', () => {
    const json = starterCatalogJson(catalog);
    expect(starterCatalogSchema.parse(JSON.parse(json))).toEqual(catalog);
    expect(json.split('\n').length).toBeGreaterThan(catalog.rows.length + catalog.codes.length);
    expect(ADMINISTRATION_CODES).toHaveLength(15);
  });
});
