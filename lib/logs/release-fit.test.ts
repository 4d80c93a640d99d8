// Release fit on a starter-only install: a five-year CSV history is priced throughout (dates
// before the earliest shipped release with that release, marked "newer"; dates in a later year
// than the newest release marked "older"), and importing the missing release re-prices those
// entries and the marks disappear. Values: CMS PFS RVU25A / RVU25D (real files); the 2026
// release below is a stand-in made from the real RVU25D CSV with 27447 set to RVU26A's 19.11.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { importCatalogFile } from '@/lib/catalog/import';
import { loadStarterCatalog } from '@/lib/catalog/starter';
import { releaseFit } from '@/lib/catalog/release';
import { cmsFile } from '@/lib/testing/catalog';
import { createTestUser } from '@/lib/testing/factories';
import { commitImport } from './import';
import { recomputeForRelease } from './recompute';

const reset = () =>
  db.$executeRawUnsafe('TRUNCATE "RvuRelease", "RvuRow", "Code", "DrugPrice", "CatalogImport"');

const iso = (d: Date) => d.toISOString().slice(0, 10);

beforeAll(async () => {
  await reset();
  await loadStarterCatalog(db);
}, 120_000);
afterAll(reset); // the files that follow import what they need again

/** One line a week for five years up to today's year, alternating 99213 and 27447. */
function fiveYears(lastDay: string): string {
  const rows = ['date_of_service,code,modifiers,units,encounter'];
  const end = new Date(`${lastDay}T00:00:00Z`);
  for (let i = 0; i < 5 * 52; i++) {
    const d = new Date(end.getTime() - i * 7 * 86_400_000);
    rows.push(`${iso(d)},${i % 2 ? '27447' : '99213'},,1,e${i}`);
  }
  return rows.join('\n');
}

describe('release fit on a starter-only install', () => {
  it('prices five years of history, marks what a release from another year priced, and clears it on import', async () => {
    const releases = await db.rvuRelease.findMany({ orderBy: { effectiveFrom: 'asc' } });
    const earliest = releases[0];
    const newest = releases[releases.length - 1];
    const lastDay = `${newest.effectiveFrom.getUTCFullYear() + 1}-06-30`; // a year after the newest release
    const actor = await createTestUser();
    const result = await commitImport({ actor, text: fiveYears(lastDay), fileName: 'five-years.csv' });
    expect(result.imported).toBe(260);

    const entries = await db.logEntry.findMany({ where: { userId: actor.id } });
    expect(entries.filter((e) => e.releaseId === null || Number(e.creditedWrvu) === 0)).toEqual([]);
    const before = entries.filter((e) => e.dateOfService < earliest.effectiveFrom);
    // Five years back from a year after the newest release always reaches before the earliest one.
    const expectedBefore = fiveYears(lastDay)
      .split('\n')
      .slice(1)
      .filter((row) => row.slice(0, 10) < iso(earliest.effectiveFrom)).length;
    expect(expectedBefore).toBeGreaterThan(20);
    expect(before.length).toBe(expectedBefore);
    expect(before.every((e) => e.releaseId === earliest.id && e.releaseFit === 'newer')).toBe(true);
    const later = entries.filter(
      (e) => e.dateOfService.getUTCFullYear() > newest.effectiveFrom.getUTCFullYear(),
    );
    expect(later.length).toBeGreaterThan(20);
    expect(later.every((e) => e.releaseId === newest.id && e.releaseFit === 'older')).toBe(true);
    // Every stored fit is the one rule's answer for that entry's date and release.
    const byId = new Map(releases.map((r) => [r.id, r]));
    for (const e of entries)
      expect(e.releaseFit).toBe(releaseFit(iso(e.dateOfService), byId.get(e.releaseId!)!));
    // The explanation says so too.
    const marked = later[0].explanation as { warnings: string[] };
    expect(marked.warnings.join(' ')).toContain('Priced with an older fee schedule');

    if (newest.id === 'RVU25D' && earliest.id === 'RVU25D') {
      // Import the real RVU25A: the 2025 dates before October are now priced by their own year's release.
      await importCatalogFile({
        buffer: new Uint8Array(readFileSync(cmsFile('RVU25A'))),
        fileName: 'PPRRVU25_JAN.csv',
      });
      await recomputeForRelease({ releaseId: 'RVU25A' });
      const jan = await db.logEntry.findMany({
        where: {
          userId: actor.id,
          dateOfService: { gte: new Date('2025-01-01'), lt: new Date('2025-10-01') },
        },
      });
      expect(jan.length).toBeGreaterThan(30);
      expect(jan.every((e) => e.releaseId === 'RVU25A' && e.releaseFit === 'current')).toBe(true);
    }

    // A release for the later year: those entries are re-priced with it and lose the mark.
    const nextYear = newest.effectiveFrom.getUTCFullYear() + 1;
    const nextId = `RVU${String(nextYear % 100).padStart(2, '0')}A`;
    const stand = readFileSync(cmsFile('RVU25D'), 'latin1').replace(
      /^27447,,Total knee arthroplasty,A,,19\.60,/m,
      '27447,,Total knee arthroplasty,A,,19.11,',
    );
    await importCatalogFile({
      buffer: new Uint8Array(Buffer.from(stand, 'latin1')),
      fileName: `PPRRVU${nextYear}_Jan.csv`,
      releaseId: nextId,
    });
    await recomputeForRelease({ releaseId: nextId });
    const after = await db.logEntry.findMany({ where: { id: { in: later.map((e) => e.id) } } });
    expect(after.every((e) => e.releaseId === nextId && e.releaseFit === 'current')).toBe(true);
    expect(after.filter((e) => e.code === '27447').map((e) => e.creditedWrvu.toFixed(2))).toContain('19.11');
  }, 180_000);
});
