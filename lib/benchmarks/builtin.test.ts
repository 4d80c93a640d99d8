import { describe, expect, it } from 'vitest';
import {
  BUILTIN_SOURCES,
  EXCLUDED_REFERENCE_POINTS,
  REAL_BUILTIN_SOURCES,
  SYNTHETIC_DEMO_KEY,
  SYNTHETIC_LABEL,
} from './builtin';
import { rowSchema } from './csv-row';
import { PERCENTILE_KEYS } from './percentile';

const asCells = (row: Record<string, unknown>) =>
  Object.fromEntries(
    ['specialty', 'segment', 'metric', ...PERCENTILE_KEYS, 'mean', 'respondents'].map((k) => [
      k,
      row[k] === undefined ? '' : String(row[k]),
    ]),
  );

describe('built-in benchmark data', () => {
  it('passes the same validation as an imported CSV, under canonical specialty names', () => {
    for (const source of BUILTIN_SOURCES) {
      const seen = new Set<string>();
      for (const row of source.rows) {
        const parsed = rowSchema.safeParse(asCells(row));
        expect(parsed.success, `${source.key} ${row.specialty}`).toBe(true);
        expect(parsed.data?.specialty).toBe(row.specialty);
        const id = `${row.specialty}|${row.segment.toLowerCase()}`;
        expect(seen.has(id), `${source.key} duplicates ${id}`).toBe(false);
        seen.add(id);
      }
    }
  });

  it('gives every source a stable unique key and a citation', () => {
    const keys = BUILTIN_SOURCES.map((s) => s.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const s of BUILTIN_SOURCES) {
      expect(s.key).toMatch(/^[a-z0-9-]+$/); // imports use "org:..." keys, so no colon here
      expect(s.citation.length).toBeGreaterThan(10);
      expect(s.rows.length).toBeGreaterThan(0);
    }
    for (const s of REAL_BUILTIN_SOURCES) {
      expect(s.url).toMatch(/^https?:\/\//);
      expect(['A', 'B']).toContain(s.quality);
      expect(s.synthetic).toBe(false);
      expect(JSON.stringify(s)).not.toContain(SYNTHETIC_LABEL);
    }
  });

  it('transcribes the cited figures exactly and invents no percentile', () => {
    const fm = REAL_BUILTIN_SOURCES.find((s) => s.key === 'mgma-2014-family-medicine');
    expect(fm?.rows).toEqual([
      {
        specialty: 'Family medicine',
        segment: 'without OB, all practices',
        p25: 3695,
        p50: 4763,
        p75: 5887,
        p90: 7342,
      },
    ]);
    const gi = REAL_BUILTIN_SOURCES.find((s) => s.key === 'mgma-datadive-2016-gastroenterology');
    expect(gi?.rows).toEqual([{ specialty: 'Gastroenterology', segment: 'all', p75: 10051 }]);
    // No public source publishes p10; practice-level VHA means and FairRVU figures are left out.
    const all = REAL_BUILTIN_SOURCES.flatMap((s) => s.rows);
    expect(all.some((r) => r.p10 !== undefined)).toBe(false);
    const values = all.flatMap((r) => [r.p25, r.p50, r.p75, r.p90, r.mean]);
    for (const excluded of [6899, 7080, 4154, 4251, 3365, 13118, 10322, 3900, 7800, 5100, 6000])
      expect(values).not.toContain(excluded);
    expect(EXCLUDED_REFERENCE_POINTS.length).toBeGreaterThan(5);
  });

  it('labels the synthetic demo set everywhere and keeps it separate', () => {
    const synthetic = BUILTIN_SOURCES.filter((s) => s.synthetic);
    expect(synthetic).toHaveLength(1);
    const demo = synthetic[0];
    expect(demo.key).toBe(SYNTHETIC_DEMO_KEY);
    expect(demo.citation).toBe('Synthetic demo data - not survey data');
    expect(SYNTHETIC_LABEL).toBe('Synthetic demo data - not survey data');
    for (const text of [demo.survey, demo.population, demo.licenceNote, demo.caveat])
      expect(text).toContain(SYNTHETIC_LABEL);
    expect(demo.rows.length).toBeGreaterThanOrEqual(15);
    for (const row of demo.rows) {
      expect(row.note).toBe(SYNTHETIC_LABEL);
      expect([row.p25, row.p50, row.p75, row.p90].every((v) => typeof v === 'number')).toBe(true);
    }
  });
});
