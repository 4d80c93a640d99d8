import { describe, expect, it } from 'vitest';
import { describeEntryCount, formatCount, formatDateRange, formatDay, formatWrvu } from './format';

describe('the one number formatter', () => {
  it('prints thousands separators for counts and wRVUs, also from Decimal strings', () => {
    expect(formatCount(2640)).toBe('2,640');
    expect(formatWrvu(8150.06)).toBe('8,150.06');
    expect(formatWrvu('8150.06')).toBe('8,150.06');
    expect(formatWrvu(1.245)).toBe('1.25');
  });

  it('names calendar days and periods without shifting them by the time zone', () => {
    expect(formatDay('2026-12-01')).toBe('Tue, Dec 1, 2026');
    expect(formatDateRange('2025-12-04', '2026-12-03')).toBe('Dec 4, 2025 – Dec 3, 2026');
  });

  it('counts every entry and names the excluded ones', () => {
    expect(describeEntryCount({ entries: 26, excluded: 2 })).toBe('26 entries (2 excluded lines, 0 wRVU)');
    expect(describeEntryCount({ entries: 1, excluded: 1 })).toBe('1 entry (1 excluded line, 0 wRVU)');
    expect(describeEntryCount({ entries: 2640, excluded: 0 })).toBe('2,640 entries');
  });
});
