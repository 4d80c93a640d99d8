// The Medicare computation by hand on a tiny file, the header mapping and the release choice.
import { describe, expect, it } from 'vitest';
import { MedicareAccumulator, percentileCont } from './aggregate';
import { mapMedicareColumns } from './columns';
import { pickMedicareRelease } from './release';

const HEADER = [
  'Rndrng_NPI',
  'Rndrng_Prvdr_Ent_Cd',
  'Rndrng_Prvdr_Type',
  'Rndrng_Prvdr_State_Abrvtn',
  'HCPCS_Cd',
  'HCPCS_Drug_Ind',
  'Tot_Srvcs',
];
// Work RVUs invented for this arithmetic test (the real ones come from an imported release).
const WORK = new Map([
  ['A1', 2],
  ['B2', 0.5],
]);

function build(rows: string[][], minServices: number) {
  const mapping = mapMedicareColumns(HEADER);
  if (!mapping.ok) throw new Error(mapping.message);
  const acc = new MedicareAccumulator(WORK, mapping.indexes);
  for (const r of rows) acc.add(r);
  return { distributions: acc.finish(minServices), stats: acc.stats };
}

describe('MedicareAccumulator', () => {
  it('sums services x work RVU per individual NPI, skipping organisations, drugs and unpriced codes', () => {
    const { distributions, stats } = build(
      [
        ['1', 'I', 'Cardiology', 'CA', 'A1', 'N', '10'], // 20
        ['1', 'I', 'Cardiology', 'CA', 'B2', 'N', '4'], // 2 -> NPI 1 = 22 wRVU, 14 services
        ['1', 'I', 'Cardiology', 'CA', 'J9', 'Y', '500'], // drug: excluded, not counted as services
        ['2', 'I', 'Cardiology', 'TX', 'A1', 'N', '5'], // 10
        ['2', 'I', 'Cardiology', 'TX', 'ZZ', 'N', '6'], // not in the release -> NPI 2 = 10 wRVU, 11 services
        ['3', 'I', 'Cardiology', 'TX', 'B2', 'N', '12'], // 6 wRVU, 12 services
        ['4', 'I', 'Cardiology', 'TX', 'A1', 'N', '3'], // below the minimum of 10 services
        ['9', 'O', 'Clinical Laboratory', 'TX', 'A1', 'N', '1000'], // organisation
      ],
      10,
    );
    // Values 6, 10, 22: p50 = 10; p10 = 6 + 0.2 x 4 = 6.8; p25 = 6 + 0.5 x 4 = 8; p75 = 10 + 0.5 x 12 = 16;
    // p90 = 10 + 0.8 x 12 = 19.6; mean = 38 / 3.
    expect(distributions).toEqual([
      {
        providerType: 'Cardiology',
        state: null,
        n: 3,
        p10: 6.8,
        p25: 8,
        p50: 10,
        p75: 16,
        p90: 19.6,
        mean: 38 / 3,
      },
    ]);
    expect(stats).toMatchObject({
      rows: 8,
      organisationRows: 1,
      drugRows: 1,
      drugServices: 500,
      pricedServices: 10 + 4 + 5 + 12 + 3,
      unpricedServices: 6,
      unpricedCodes: 1,
      providers: 4,
      providersBelowMinimum: 1,
    });
  });

  it('refuses a row whose Tot_Srvcs is not a number', () => {
    expect(() => build([['1', 'I', 'Cardiology', 'CA', 'A1', 'N', 'many']], 0)).toThrow(/Tot_Srvcs "many"/);
  });

  it('percentileCont interpolates like PostgreSQL percentile_cont', () => {
    expect(percentileCont(Float64Array.from([1, 2, 3, 4]), 0.5)).toBe(2.5);
    expect(percentileCont(Float64Array.from([7]), 0.9)).toBe(7);
  });
});

describe('mapMedicareColumns', () => {
  it('maps the 2023 names and the older names, in any case and order', () => {
    const old = [
      'LINE_SRVC_CNT',
      'npi',
      'nppes_entity_code',
      'provider_type',
      'nppes_provider_state',
      'hcpcs_code',
      'hcpcs_drug_indicator',
    ];
    const mapping = mapMedicareColumns(old);
    expect(mapping.ok && mapping.indexes).toEqual({
      services: 0,
      npi: 1,
      entity: 2,
      providerType: 3,
      state: 4,
      hcpcs: 5,
      drug: 6,
    });
  });

  it('names every missing column', () => {
    const mapping = mapMedicareColumns(HEADER.filter((h) => h !== 'Tot_Srvcs' && h !== 'HCPCS_Drug_Ind'));
    expect(mapping).toMatchObject({ ok: false, missing: ['HCPCS_Drug_Ind', 'Tot_Srvcs'] });
    expect(!mapping.ok && mapping.message).toMatch(
      /missing columns HCPCS_Drug_Ind, Tot_Srvcs.*Nothing was stored/,
    );
  });
});

describe('pickMedicareRelease', () => {
  const r = (id: string, year: number, quarter: string, from: string) => ({
    id,
    year,
    quarter,
    effectiveFrom: new Date(from),
    starter: false,
  });
  const releases = [
    r('RVU23A', 2023, 'A', '2023-01-01'),
    r('RVU25A', 2025, 'A', '2025-01-01'),
    r('RVU25D', 2025, 'D', '2025-10-01'),
  ];

  it('takes the January release of the data year when imported', () => {
    expect(pickMedicareRelease(releases, 2025)).toMatchObject({ id: 'RVU25A', exactJanuary: true });
  });

  it('else the release nearest to 1 January of the data year, and says so', () => {
    expect(pickMedicareRelease(releases, 2026)).toMatchObject({ id: 'RVU25D', exactJanuary: false });
    expect(pickMedicareRelease(releases, 2022)).toMatchObject({ id: 'RVU23A', exactJanuary: false });
    expect(pickMedicareRelease([], 2023)).toBeNull();
  });
});
