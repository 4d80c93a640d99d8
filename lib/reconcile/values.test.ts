import { describe, expect, it } from 'vitest';
import { excelSerialToIso, parseReportDate, parseReportNumber } from './values';

describe('parseReportDate', () => {
  it.each([
    ['10/14/2025', '2025-10-14'],
    ['1/5/2025', '2025-01-05'],
    ['1/5/25', '2025-01-05'],
    ['12/31/99', '1999-12-31'],
    ['2025-10-14', '2025-10-14'],
    ['2025-10-14T00:00:00', '2025-10-14'],
    ['2025-10-14 00:00:00', '2025-10-14'],
    ['10/14/2025 12:00:00 AM', '2025-10-14'],
    ['45944', '2025-10-14'],
    [45944, '2025-10-14'],
  ])('%s -> %s', (raw, iso) => expect(parseReportDate(raw)).toBe(iso));

  it.each(['02/30/2025', '13/01/2025', 'Oct 14', 'TOTAL', '', '12', '2025-13-01', 99])('refuses %s', (raw) =>
    expect(parseReportDate(raw)).toBeNull(),
  );

  it('reads Excel serials with the 1900 leap-year quirk (day 45658 is 2025-01-01)', () => {
    expect(excelSerialToIso(45658)).toBe('2025-01-01');
    expect(excelSerialToIso(45657.75)).toBe('2024-12-31');
  });
});

describe('parseReportNumber', () => {
  it.each([
    ['1.30', 1.3],
    [' 2 ', 2],
    ['1,234.56', 1234.56],
    ['12,345', 12345],
    ['(1.30)', -1.3],
    ['1.30-', -1.3],
    ['$19.60', 19.6],
    ['.5', 0.5],
    [3.14, 3.14],
  ])('%s -> %s', (raw, n) => expect(parseReportNumber(raw)).toBe(n));

  it.each(['', 'n/a', '1,23', '1.2.3', '12a', '-'])('refuses %s', (raw) =>
    expect(parseReportNumber(raw)).toBeNull(),
  );
});
