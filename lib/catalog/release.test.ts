import { describe, expect, it } from 'vitest';
import {
  quarterEnd,
  quarterStart,
  releaseFit,
  releaseForDate,
  releaseInEffect,
  releaseMetaFromFileName,
  releaseMetaFromId,
  releaseMetaFromTitle,
  releasedOnFromText,
  resolveReleaseMeta,
} from './release';

const rel = (id: string, effectiveFrom: string | Date) => ({ id, effectiveFrom });

describe('release metadata', () => {
  it('reads year and quarter from the title line', () => {
    expect(
      releaseMetaFromTitle('2025 National Physician Fee Schedule Relative Value File October Release'),
    ).toMatchObject({ id: 'RVU25D', year: 2025, quarter: 'D', effectiveFrom: '2025-10-01' });
    expect(
      releaseMetaFromTitle('2025 National Physician Fee Schedule Relative Value File January Release')?.id,
    ).toBe('RVU25A');
    expect(
      releaseMetaFromTitle('2024 NATIONAL PHYSICIAN FEE SCHEDULE RELATIVE VALUE FILE APRIL RELEASE')?.id,
    ).toBe('RVU24B');
    expect(
      releaseMetaFromTitle('2026 National Physician Fee Schedule Relative Value File July Release'),
    ).toMatchObject({ id: 'RVU26C', effectiveFrom: '2026-07-01' });
    expect(
      releaseMetaFromTitle('CPT codes and descriptions only are copyright 2024 American Medical Association'),
    ).toBeNull();
  });

  it('reads the release date', () => {
    expect(releasedOnFromText('RELEASED 09/11/2025')).toBe('2025-09-11');
    expect(releasedOnFromText('Released: 1/5/2026')).toBe('2026-01-05');
    expect(releasedOnFromText('2025 National Physician Fee Schedule')).toBeNull();
  });

  it('reads the release from file names', () => {
    expect(releaseMetaFromFileName('PPRRVU2025_Oct.txt')?.id).toBe('RVU25D');
    expect(releaseMetaFromFileName('PPRRVU25_JAN.csv')?.id).toBe('RVU25A');
    expect(releaseMetaFromFileName('/tmp/x/PPRRVU26_APR.xlsx')?.id).toBe('RVU26B');
    expect(releaseMetaFromFileName('RVU25D.zip')?.id).toBe('RVU25D');
    expect(releaseMetaFromFileName('rvu24c_0.zip')?.id).toBe('RVU24C');
    expect(releaseMetaFromFileName('PPRRVU.txt')).toBeNull();
  });

  it('reads release ids, including corrections', () => {
    expect(releaseMetaFromId('RVU25D')).toMatchObject({
      year: 2025,
      quarter: 'D',
      effectiveFrom: '2025-10-01',
    });
    expect(releaseMetaFromId('rvu25ar')).toMatchObject({ id: 'RVU25AR', quarter: 'A' });
    expect(releaseMetaFromId('2025Q4')).toBeNull();
  });

  it('prefers the explicit id, then the title, then the file name', () => {
    const title = '2025 National Physician Fee Schedule Relative Value File October Release';
    expect(resolveReleaseMeta({ title, fileNames: ['PPRRVU25_JAN.csv'] })?.id).toBe('RVU25D');
    expect(resolveReleaseMeta({ fileNames: ['PPRRVU25_JAN.csv'] })?.id).toBe('RVU25A');
    expect(resolveReleaseMeta({ releaseId: 'RVU25B', title, fileNames: ['x.csv'] })).toMatchObject({
      id: 'RVU25B',
      quarter: 'B',
      title,
    });
    expect(resolveReleaseMeta({ releaseId: 'custom-oct', title, fileNames: ['x.csv'] })).toMatchObject({
      id: 'custom-oct',
      quarter: 'D',
    });
    expect(resolveReleaseMeta({ fileNames: ['data.csv'] })).toBeNull();
  });

  it('knows the quarter boundaries', () => {
    expect([
      quarterStart(2025, 'A'),
      quarterStart(2025, 'B'),
      quarterStart(2025, 'C'),
      quarterStart(2025, 'D'),
    ]).toEqual(['2025-01-01', '2025-04-01', '2025-07-01', '2025-10-01']);
    expect([
      quarterEnd(2025, 'A'),
      quarterEnd(2025, 'B'),
      quarterEnd(2025, 'C'),
      quarterEnd(2025, 'D'),
    ]).toEqual(['2025-03-31', '2025-06-30', '2025-09-30', '2025-12-31']);
  });
});

describe('releaseInEffect', () => {
  const all = [
    rel('RVU24D', '2024-10-01'),
    rel('RVU25A', '2025-01-01'),
    rel('RVU25B', '2025-04-01'),
    rel('RVU25C', '2025-07-01'),
    rel('RVU25D', '2025-10-01'),
  ];

  it('picks the release of the date of service quarter at every boundary', () => {
    expect(releaseInEffect('2025-01-01', all)?.id).toBe('RVU25A');
    expect(releaseInEffect('2025-03-31', all)?.id).toBe('RVU25A');
    expect(releaseInEffect('2025-04-01', all)?.id).toBe('RVU25B');
    expect(releaseInEffect('2025-06-30', all)?.id).toBe('RVU25B');
    expect(releaseInEffect('2025-07-01', all)?.id).toBe('RVU25C');
    expect(releaseInEffect('2025-09-30', all)?.id).toBe('RVU25C');
    expect(releaseInEffect('2025-10-01', all)?.id).toBe('RVU25D');
    expect(releaseInEffect('2025-12-31', all)?.id).toBe('RVU25D');
  });

  it('crosses the year boundary', () => {
    expect(releaseInEffect('2024-12-31', all)?.id).toBe('RVU24D');
    expect(releaseInEffect('2025-01-01', all)?.id).toBe('RVU25A');
  });

  it('falls back to the latest earlier release when the quarter is not imported', () => {
    const some = [rel('RVU25A', '2025-01-01'), rel('RVU25D', '2025-10-01')];
    expect(releaseInEffect('2025-05-15', some)?.id).toBe('RVU25A');
    expect(releaseInEffect('2025-09-30', some)?.id).toBe('RVU25A');
    expect(releaseInEffect('2026-02-01', some)?.id).toBe('RVU25D');
    expect(releaseInEffect('2027-12-31', some)?.id).toBe('RVU25D');
  });

  it('returns null before the first release', () => {
    expect(releaseInEffect('2024-12-31', [rel('RVU25A', '2025-01-01')])).toBeNull();
    expect(releaseInEffect('2025-06-01', [])).toBeNull();
  });

  it('does not depend on the order given and accepts Date values from the database', () => {
    const shuffled = [
      rel('RVU25D', new Date('2025-10-01T00:00:00Z')),
      rel('RVU25A', new Date('2025-01-01T00:00:00Z')),
      rel('RVU25B', new Date('2025-04-01T00:00:00Z')),
    ];
    expect(releaseInEffect('2025-04-01', shuffled)?.id).toBe('RVU25B');
    expect(releaseInEffect('2025-03-31', shuffled)?.id).toBe('RVU25A');
  });

  it('honours an effective date the file states and prefers a correction on the same date', () => {
    const midQuarter = [
      rel('RVU25A', '2025-01-01'),
      rel('RVU25AR', '2025-01-01'),
      rel('RVU25B', '2025-04-15'),
    ];
    expect(releaseInEffect('2025-01-02', midQuarter)?.id).toBe('RVU25AR');
    expect(releaseInEffect('2025-04-14', midQuarter)?.id).toBe('RVU25AR');
    expect(releaseInEffect('2025-04-15', midQuarter)?.id).toBe('RVU25B');
  });

  it('rejects a date that is not YYYY-MM-DD', () => {
    expect(() => releaseInEffect('10/01/2025', all)).toThrow(RangeError);
  });
});

describe('releaseForDate and releaseFit', () => {
  const some = [rel('RVU24B', '2024-04-01'), rel('RVU25A', '2025-01-01'), rel('RVU25D', '2025-10-01')];

  it('is current for a date in the release year, whichever quarter of it', () => {
    expect(releaseForDate('2025-10-01', some)).toMatchObject({ release: { id: 'RVU25D' }, fit: 'current' });
    expect(releaseForDate('2025-05-15', some)).toMatchObject({ release: { id: 'RVU25A' }, fit: 'current' });
    expect(releaseForDate('2024-12-31', some)).toMatchObject({ release: { id: 'RVU24B' }, fit: 'current' });
  });

  it('is older when the date falls in a later calendar year than the release', () => {
    expect(releaseForDate('2026-01-01', some)).toMatchObject({ release: { id: 'RVU25D' }, fit: 'older' });
    expect(releaseForDate('2027-06-30', some)).toMatchObject({ release: { id: 'RVU25D' }, fit: 'older' });
    const gap = [rel('RVU23A', '2023-01-01'), rel('RVU25D', '2025-10-01')];
    expect(releaseForDate('2024-07-01', gap)).toMatchObject({ release: { id: 'RVU23A' }, fit: 'older' });
  });

  it('prices a date before every release with the earliest one, marked newer', () => {
    expect(releaseForDate('2024-03-31', some)).toMatchObject({ release: { id: 'RVU24B' }, fit: 'newer' });
    expect(releaseForDate('2019-01-01', [rel('RVU25D', new Date('2025-10-01T00:00:00Z'))])).toMatchObject({
      release: { id: 'RVU25D' },
      fit: 'newer',
    });
  });

  it('is null only without any release', () => {
    expect(releaseForDate('2025-06-01', [])).toBeNull();
  });

  it('judges a forced release by its own effective date', () => {
    expect(releaseFit('2024-01-02', { effectiveFrom: '2025-10-01' })).toBe('newer');
    expect(releaseFit('2026-01-02', { effectiveFrom: new Date('2025-10-01T00:00:00Z') })).toBe('older');
    expect(releaseFit('2025-12-31', { effectiveFrom: '2025-01-01' })).toBe('current');
  });
});
