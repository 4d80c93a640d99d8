// The pricing CLI (npm run rvu -- price) on a starter-only install: its older_release column says
// "yes" for a date in a later calendar year than the newest imported release, "no" otherwise, and a
// date before the earliest release is priced with it (not 0) and says so.
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { db } from '@/lib/db';
import { loadStarterCatalog } from '@/lib/catalog/starter';

const reset = () =>
  db.$executeRawUnsafe('TRUNCATE "RvuRelease", "RvuRow", "Code", "DrugPrice", "CatalogImport"');

function price(csv: string, ...args: string[]): Record<string, string>[] {
  const out = execFileSync(
    'npx',
    ['tsx', '--conditions=react-server', 'scripts/rvu.ts', 'price', '--input', '-', ...args],
    { input: csv, encoding: 'utf8', env: { ...process.env } },
  );
  return Papa.parse<Record<string, string>>(out.trim(), { header: true }).data;
}

describe.skipIf(!process.env.DATABASE_URL)('rvu price CLI: older_release', () => {
  let newest: { id: string; effectiveFrom: Date };
  let earliest: { id: string; effectiveFrom: Date };
  let work: (releaseId: string, code: string) => Promise<string>;

  beforeAll(async () => {
    await reset();
    await loadStarterCatalog(db);
    const releases = await db.rvuRelease.findMany({ orderBy: { effectiveFrom: 'asc' } });
    earliest = releases[0];
    newest = releases[releases.length - 1];
    work = async (releaseId, code) =>
      (await db.rvuRow.findFirstOrThrow({ where: { releaseId, code, modifier: '' } })).workRvu!.toFixed(2);
  });
  afterAll(reset);

  it('marks a date in a later year than the newest release and prices a date before the earliest', async () => {
    const year = newest.effectiveFrom.getUTCFullYear();
    const later = `${year + 1}-01-05`; // in the past: the app refuses future dates
    const inYear = newest.effectiveFrom.toISOString().slice(0, 10);
    const before = new Date(earliest.effectiveFrom.getTime() - 86_400_000).toISOString().slice(0, 10);
    const rows = price(
      [
        'date_of_service,code,modifiers,units,encounter',
        `${later},99213,,1,a`,
        `${inYear},99213,,1,b`,
        `${before},99213,,1,c`,
      ].join('\n'),
    );
    expect(rows.map((r) => [r.release, r.older_release])).toEqual([
      [newest.id, 'yes'],
      [newest.id, 'no'],
      [earliest.id, 'no'],
    ]);
    expect(rows[0].credited_wrvu).toBe(await work(newest.id, '99213'));
    expect(rows[0].reason).toContain('Priced with an older fee schedule');
    // Before every release: the earliest release's value, marked, never a silent 0.
    expect(rows[2].credited_wrvu).toBe(await work(earliest.id, '99213'));
    expect(rows[2].reason).toContain('Priced with a newer fee schedule');
  });

  it('judges a forced release by the date too', async () => {
    const later = `${newest.effectiveFrom.getUTCFullYear() + 1}-01-05`;
    const rows = price(
      `date_of_service,code,modifiers,units,encounter\n${later},27447,,1,a\n`,
      '--release',
      earliest.id,
    );
    expect(rows).toMatchObject([{ release: earliest.id, older_release: 'yes' }]);
    expect(rows[0].credited_wrvu).toBe(await work(earliest.id, '27447'));
  });
});
