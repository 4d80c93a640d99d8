// A corrected fee-schedule file for a past quarter re-prices the entries dated under it.
// Base values: CMS PFS RVU25D (October 2025) 27447 work 19.60; the "corrected" file is the real
// RVU25D CSV with that one value changed, imported over the release with replace.
import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { importCatalogFile } from '@/lib/catalog/import';
import { cmsFile, ensureCatalog } from '@/lib/testing/catalog';
import { createTestUser } from '@/lib/testing/factories';
import { createEntries } from './mutations';
import { describeRecompute, recomputeForRelease } from './recompute';

beforeAll(async () => {
  await ensureCatalog('RVU25A', 'RVU25D');
}, 120_000);

// Other test files share this database: put the genuine RVU25D back.
afterAll(async () => {
  await importCatalogFile({
    buffer: new Uint8Array(readFileSync(cmsFile('RVU25D'))),
    fileName: 'PPRRVU2025_Oct.csv',
    replace: true,
  });
  await recomputeForRelease({ releaseId: 'RVU25D' });
}, 120_000);

describe('recompute after a corrected release', () => {
  it('re-prices affected entries only, audits each change and reports the total', async () => {
    const actor = await createTestUser();
    const oct = {
      id: randomUUID(),
      dateOfService: '2025-10-20',
      code: '27447',
      modifiers: [],
      units: 1,
      setting: 'FACILITY' as const,
    };
    const feb = {
      id: randomUUID(),
      dateOfService: '2025-02-10',
      code: '27447',
      modifiers: [],
      units: 1,
      setting: 'FACILITY' as const,
    };
    await createEntries({ actor, entries: [oct, feb] });

    const corrected = readFileSync(cmsFile('RVU25D'), 'latin1').replace(
      /^27447,,Total knee arthroplasty,A,,19\.60,/m,
      '27447,,Total knee arthroplasty,A,,20.10,',
    );
    const result = await importCatalogFile({
      buffer: new Uint8Array(Buffer.from(corrected, 'latin1')),
      fileName: 'PPRRVU2025_Oct_corrected.csv',
      replace: true,
    });
    expect(result.status).toBe('imported');

    const report = await recomputeForRelease({ releaseId: 'RVU25D' });
    expect(report.entriesChanged).toBeGreaterThanOrEqual(1);
    expect(describeRecompute(report)).toMatch(
      /^RVU25D: re-priced [\d,]+ entr(y|ies); [\d,]+ changed for \d+ users?, /,
    );
    const [o, f] = await Promise.all([
      db.logEntry.findUniqueOrThrow({ where: { id: oct.id } }),
      db.logEntry.findUniqueOrThrow({ where: { id: feb.id } }),
    ]);
    expect(o.creditedWrvu.toFixed(2)).toBe('20.10');
    expect(f.creditedWrvu.toFixed(2)).toBe('19.60'); // priced under RVU25A, untouched
    expect(f.releaseId).toBe('RVU25A');
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { entityId: oct.id, action: 'entry.reprice' },
    });
    expect(audit.after).toMatchObject({ releaseId: 'RVU25D', creditedWrvu: '20.1' });

    // Running it again changes nothing.
    const again = await recomputeForRelease({ releaseId: 'RVU25D' });
    expect(again.entriesChanged).toBe(0);
    // The sentence never says "entries of no user(s)": unchanged entries are called unchanged.
    expect(describeRecompute(again)).toMatch(
      /^RVU25D: re-priced [\d,]+ entr(y|ies); none changed \(total [\d,]+\.\d\d wRVU\)\.$/,
    );
    expect(describeRecompute(again)).not.toMatch(/user\(s\)/);
    // Three imports of the full RVU25D file and three re-pricings of every test user's entries in its window.
  }, 180_000);
});
