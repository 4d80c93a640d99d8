import { describe, expect, it } from 'vitest';
import { aspDrugStatus, type AspPriceRow } from './asp-drug';

const q4: AspPriceRow = {
  quarter: '2025Q4',
  paymentLimit: 50.365,
  dosage: '50 MCG',
  effectiveFrom: '2025-10-01',
  effectiveTo: '2025-12-31',
};
const q3: AspPriceRow = {
  quarter: '2025Q3',
  paymentLimit: '49.120',
  dosage: '50 MCG',
  effectiveFrom: new Date('2025-07-01T00:00:00Z'),
  effectiveTo: new Date('2025-09-30T00:00:00Z'),
};

describe('aspDrugStatus', () => {
  it('flags a drug with an ASP limit and status E (no work RVU), with the reason in words', () => {
    const result = aspDrugStatus({
      code: 'J2820',
      dateOfService: '2025-10-15',
      rvu: { workRvu: '0.00', status: 'E' },
      prices: [q3, q4],
    });
    expect(result.aspDrug).toBe(true);
    expect(result.price).toBe(q4);
    expect(result.reason).toBe(
      'J2820 is a drug paid by Average Sales Price: CMS publishes an ASP payment limit of $50.365 per 50 MCG for 2025Q4 and the code has no physician work RVU (status E: excluded from the fee schedule by regulation). It earns no work RVUs; reimbursement follows the ASP limit, fee schedules or payer contracts.',
    );
  });

  it('flags a priced code that is absent from the release', () => {
    const result = aspDrugStatus({ code: 'Q9997', dateOfService: '2025-12-31', rvu: null, prices: [q4] });
    expect(result.aspDrug).toBe(true);
    expect(result.reason).toMatch(/is not in the physician fee schedule release in effect/);
  });

  it('uses the price of the quarter of the date of service, at its boundaries', () => {
    expect(
      aspDrugStatus({ code: 'J2820', dateOfService: '2025-09-30', rvu: null, prices: [q3, q4] }).price,
    ).toBe(q3);
    expect(
      aspDrugStatus({ code: 'J2820', dateOfService: '2025-10-01', rvu: null, prices: [q3, q4] }).price,
    ).toBe(q4);
  });

  it('falls back to the latest quarter published before the date (a log runs ahead of the ASP files)', () => {
    const result = aspDrugStatus({
      code: 'J2820',
      dateOfService: '2026-01-01',
      rvu: { workRvu: 0, status: 'E' },
      prices: [q3, q4],
    });
    expect(result.aspDrug).toBe(true);
    expect(result.price).toBe(q4);
  });

  it('does not flag without any price published on or before the date', () => {
    const result = aspDrugStatus({
      code: 'J2820',
      dateOfService: '2025-06-30',
      rvu: { workRvu: 0, status: 'E' },
      prices: [q3, q4],
    });
    expect(result).toEqual({
      aspDrug: false,
      price: null,
      reason: 'J2820 has no ASP payment limit in effect on 2025-06-30.',
    });
  });

  it('does not flag a code with a work RVU, or one paid under the fee schedule', () => {
    expect(
      aspDrugStatus({
        code: '90371',
        dateOfService: '2025-11-01',
        rvu: { workRvu: 0.17, status: 'A' },
        prices: [q4],
      }),
    ).toMatchObject({ aspDrug: false, reason: expect.stringMatching(/work RVU of 0.17/) });
    expect(
      aspDrugStatus({
        code: 'J0000',
        dateOfService: '2025-11-01',
        rvu: { workRvu: 0, status: 'A' },
        prices: [q4],
      }),
    ).toMatchObject({ aspDrug: false, reason: expect.stringMatching(/status A/) });
  });

  it('explains a listed drug without a payment limit (N/A)', () => {
    const na: AspPriceRow = { ...q4, paymentLimit: null, dosage: '1 microCurie' };
    const result = aspDrugStatus({
      code: 'A9606',
      dateOfService: '2025-11-01',
      rvu: { workRvu: null, status: 'I' },
      prices: [na],
    });
    expect(result.aspDrug).toBe(true);
    expect(result.reason).toMatch(
      /without a published payment limit \(N\/A\).*status I: not valid for Medicare purposes/,
    );
  });
});
