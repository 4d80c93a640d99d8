import { describe, expect, it } from 'vitest';
import { catalogFreshness, releasesToImport } from './freshness';

describe('catalogFreshness', () => {
  it('counts the quarters between the newest imported release and today', () => {
    expect(catalogFreshness({ id: 'RVU25D' }, '2026-12-03')).toEqual({
      latestImported: 'RVU25D',
      expected: 'RVU26D',
      quartersBehind: 4,
      newerPublished: true,
    });
    expect(catalogFreshness({ id: 'RVU26B' }, '2026-05-01')).toMatchObject({
      quartersBehind: 0,
      newerPublished: false,
    });
    expect(catalogFreshness({ id: 'RVU26A' }, '2026-12-31')).toMatchObject({
      quartersBehind: 3,
      newerPublished: false,
    });
  });

  it('is not behind without releases or for a release ahead of today', () => {
    expect(catalogFreshness(null, '2026-12-03')).toMatchObject({ latestImported: null, quartersBehind: 0 });
    expect(catalogFreshness({ id: 'RVU27A' }, '2026-12-03')).toMatchObject({ quartersBehind: 0 });
  });

  it('names the releases of each year to import', () => {
    expect(releasesToImport([2026, 2026])).toBe('RVU26A-RVU26D');
    expect(releasesToImport([2027, 2026])).toBe('RVU26A-RVU26D, RVU27A-RVU27D');
  });
});
