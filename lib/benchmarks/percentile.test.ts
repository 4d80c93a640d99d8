import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPercentileRank, percentileRank, valueAtPercentile, type PercentileTable } from './percentile';

const TABLE = { p25: 4000, p50: 5000, p75: 6000, p90: 8000 };

describe('percentileRank', () => {
  it('is exact at each published percentile, including both ends', () => {
    expect(percentileRank(4000, TABLE)).toEqual({ kind: 'at', percentile: 25 });
    expect(percentileRank(5000, TABLE)).toEqual({ kind: 'at', percentile: 50 });
    expect(percentileRank(8000, TABLE)).toEqual({ kind: 'at', percentile: 90 });
  });

  it('interpolates linearly between neighbouring published percentiles', () => {
    expect(percentileRank(5500, TABLE)).toEqual({ kind: 'at', percentile: 62.5 });
    expect(percentileRank(7000, TABLE)).toEqual({ kind: 'at', percentile: 82.5 });
    expect(percentileRank(4400, TABLE)).toEqual({ kind: 'at', percentile: 35 });
  });

  it('never extrapolates beyond the published range', () => {
    expect(percentileRank(3999.99, TABLE)).toEqual({ kind: 'below', lowest: 'p25' });
    expect(percentileRank(0, TABLE)).toEqual({ kind: 'below', lowest: 'p25' });
    expect(percentileRank(8000.01, TABLE)).toEqual({ kind: 'above', highest: 'p90' });
    expect(percentileRank(3000, { p10: 3500, ...TABLE })).toEqual({ kind: 'below', lowest: 'p10' });
  });

  it('with a single published statistic says only below, at or above it', () => {
    expect(percentileRank(4999, { p50: 5000 })).toEqual({ kind: 'below', lowest: 'p50' });
    expect(percentileRank(5000, { p50: 5000 })).toEqual({ kind: 'at', percentile: 50 });
    expect(percentileRank(5001, { p50: 5000 })).toEqual({ kind: 'above', highest: 'p50' });
    expect(percentileRank(12000, { p75: 10051, p50: null })).toEqual({ kind: 'above', highest: 'p75' });
  });

  it('uses only published points (a gap is bridged, not filled) and ranks ties conservatively', () => {
    expect(percentileRank(5000, { p25: 4000, p75: 6000 })).toEqual({ kind: 'at', percentile: 50 });
    expect(percentileRank(4000, { p25: 4000, p50: 4000, p75: 6000 })).toEqual({ kind: 'at', percentile: 25 });
  });

  it('reports tables without percentiles and rejects corrupt input', () => {
    expect(percentileRank(5000, {})).toEqual({ kind: 'unavailable' });
    expect(() => percentileRank(5000, { p25: 6000, p50: 5000 })).toThrow(RangeError);
    expect(() => percentileRank(Number.NaN, TABLE)).toThrow(RangeError);
  });

  it('is monotone and stays inside the published range (property)', () => {
    // Five optional values; the published ones are sorted so the table is non-decreasing.
    const table = fc
      .array(fc.option(fc.integer({ min: 0, max: 20_000 }), { nil: undefined }), {
        minLength: 5,
        maxLength: 5,
      })
      .map((values): PercentileTable => {
        const sorted = values.filter((v) => v !== undefined).sort((a, b) => a - b);
        let i = 0;
        const [p10, p25, p50, p75, p90] = values.map((v) => (v === undefined ? undefined : sorted[i++]));
        return { p10, p25, p50, p75, p90 };
      });
    const numeric = (r: ReturnType<typeof percentileRank>) =>
      r.kind === 'below' ? -1 : r.kind === 'above' ? 101 : r.kind === 'at' ? r.percentile : NaN;
    fc.assert(
      fc.property(
        table,
        fc.integer({ min: 0, max: 25_000 }),
        fc.integer({ min: 0, max: 25_000 }),
        (t, a, b) => {
          const [lo, hi] = [Math.min(a, b), Math.max(a, b)];
          const [ra, rb] = [percentileRank(lo, t), percentileRank(hi, t)];
          if (ra.kind === 'unavailable') return rb.kind === 'unavailable';
          if (ra.kind === 'at') expect(ra.percentile).toBeGreaterThanOrEqual(10);
          if (ra.kind === 'at') expect(ra.percentile).toBeLessThanOrEqual(90);
          expect(numeric(ra)).toBeLessThanOrEqual(numeric(rb));
        },
      ),
    );
  });
});

describe('formatPercentileRank', () => {
  it('prints the three cases', () => {
    expect(formatPercentileRank(percentileRank(3000, TABLE))).toBe('below p25');
    expect(formatPercentileRank(percentileRank(5500, TABLE))).toBe('p63');
    expect(formatPercentileRank(percentileRank(5480, TABLE))).toBe('p62');
    expect(formatPercentileRank(percentileRank(9000, TABLE))).toBe('above p90');
    expect(formatPercentileRank({ kind: 'unavailable' })).toBe('no published percentiles');
  });
});

describe('valueAtPercentile', () => {
  it('returns published values, interpolates between them, and is null outside', () => {
    expect(valueAtPercentile(TABLE, 50)).toBe(5000);
    expect(valueAtPercentile(TABLE, 62.5)).toBe(5500);
    expect(valueAtPercentile(TABLE, 10)).toBeNull();
    expect(valueAtPercentile({ p50: 5000 }, 50)).toBe(5000);
    expect(valueAtPercentile({ p50: 5000 }, 75)).toBeNull();
  });
  it('is the inverse of percentileRank inside the range', () => {
    for (const p of [25, 30, 50, 61, 75, 89, 90]) {
      const rank = percentileRank(valueAtPercentile(TABLE, p)!, TABLE);
      expect(rank.kind === 'at' && rank.percentile).toBeCloseTo(p, 9);
    }
  });
});
