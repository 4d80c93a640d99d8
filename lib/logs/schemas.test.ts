import { describe, expect, it } from 'vitest';
import { dateOfServiceSchema, latestAllowedDate } from './schemas';

describe('a date of service is not in the future, in the user time zone', () => {
  it('accepts today in UTC+14 and refuses the day after', () => {
    // 2026-12-03 10:30 UTC is 2026-12-04 00:30 in Kiritimati (UTC+14) and 23:30 on Dec 3 in Auckland (UTC+13).
    const now = new Date('2026-12-03T10:30:00Z');
    expect(latestAllowedDate(now)).toBe('2026-12-04');
    // Just before midnight UTC: 2026-12-04 13:59 in Kiritimati, still Dec 4.
    expect(latestAllowedDate(new Date('2026-12-03T23:59:00Z'))).toBe('2026-12-04');
    // In UTC-10 (Hawaii) at 23:00 on Dec 3 it is 09:00 UTC on Dec 4; Kiritimati is already on Dec 4 23:00.
    expect(latestAllowedDate(new Date('2026-12-04T09:00:00Z'))).toBe('2026-12-04');
  });

  it('the schema refuses a date after today in UTC+14', () => {
    const tomorrowEverywhere = new Date(Date.now() + 38 * 3600 * 1000).toISOString().slice(0, 10);
    const result = dateOfServiceSchema.safeParse(tomorrowEverywhere);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].message).toBe('The date of service cannot be in the future.');
    expect(dateOfServiceSchema.safeParse(latestAllowedDate()).success).toBe(true);
  });
});
