import { describe, expect, it } from 'vitest';
import { monthsIn, parseDashboardParams, periodText, proratePercentiles, resolveRange } from './range';

describe('dashboard ranges', () => {
  it('parses search params, falling back to fiscal year to date', () => {
    expect(parseDashboardParams({})).toEqual({ range: { kind: 'fytd' }, releaseId: null });
    expect(parseDashboardParams({ range: '12m', release: 'RVU25A' })).toEqual({
      range: { kind: '12m' },
      releaseId: 'RVU25A',
    });
    expect(parseDashboardParams({ range: 'custom', from: '2026-03-01', to: '2026-01-01' }).range).toEqual({
      kind: 'custom',
      from: '2026-01-01',
      to: '2026-03-01',
    });
    expect(parseDashboardParams({ range: 'custom', from: '2026-02-30', to: '2026-03-01' }).range).toEqual({
      kind: 'fytd',
    });
    expect(parseDashboardParams({ range: 'nonsense', release: 'x; drop' })).toEqual({
      range: { kind: 'fytd' },
      releaseId: null,
    });
  });

  it('resolves ranges against today and the fiscal year, never into the future', () => {
    expect(resolveRange({ kind: 'fytd' }, '2026-03-15', 7)).toMatchObject({
      from: '2025-07-01',
      to: '2026-03-15',
      label: 'FY2026 to date',
    });
    // The trailing 12 months ending today (in December it still includes last December).
    expect(resolveRange({ kind: '12m' }, '2026-03-15', 1)).toMatchObject({
      from: '2025-03-16',
      to: '2026-03-15',
    });
    expect(resolveRange({ kind: '12m' }, '2026-12-03', 1)).toMatchObject({
      from: '2025-12-04',
      to: '2026-12-03',
    });
    expect(resolveRange({ kind: '12m' }, '2028-02-29', 1)).toMatchObject({
      from: '2027-03-01',
      to: '2028-02-29',
    });
    expect(periodText(resolveRange({ kind: '12m' }, '2026-12-03', 1))).toBe(
      'Last 12 months (Dec 4, 2025 - Dec 3, 2026)',
    );
    expect(periodText(resolveRange({ kind: 'fytd' }, '2026-03-15', 7))).toBe(
      'FY2026 to date (Jul 1, 2025 - Mar 15, 2026)',
    );
    expect(
      resolveRange({ kind: 'custom', from: '2026-03-01', to: '2026-12-31' }, '2026-03-15', 1),
    ).toMatchObject({ from: '2026-03-01', to: '2026-03-15' });
  });

  it('splits a range into months clipped at both ends', () => {
    expect(monthsIn('2025-12-15', '2026-02-10')).toEqual([
      { month: '2025-12', from: '2025-12-15', to: '2025-12-31', days: 17, fullDays: 31 },
      { month: '2026-01', from: '2026-01-01', to: '2026-01-31', days: 31, fullDays: 31 },
      { month: '2026-02', from: '2026-02-01', to: '2026-02-10', days: 10, fullDays: 28 },
    ]);
  });

  it('prorates published percentiles to days and FTE, skipping unpublished ones', () => {
    const lines = proratePercentiles(
      { p25: 3650, p50: 7300, p90: null },
      { from: '2025-03-01', days: 31, clinicalFte: 0.5, fiscalYearStartMonth: 1 },
    );
    expect(lines).toEqual({ p25: (3650 * 0.5 * 31) / 365, p50: (7300 * 0.5 * 31) / 365 });
    // A leap fiscal year has 366 days.
    expect(
      proratePercentiles(
        { p50: 366 },
        { from: '2024-02-01', days: 29, clinicalFte: 1, fiscalYearStartMonth: 1 },
      ).p50,
    ).toBe(29);
  });
});
