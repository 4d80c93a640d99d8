// Bulk CSV import against real PostgreSQL and RVU25D: preview writes nothing, commit is
// all-or-nothing, the same file twice adds nothing, and 50,000 rows go through.
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { ensureCatalog } from '@/lib/testing/catalog';
import { createTestUser } from '@/lib/testing/factories';
import { commitImport, previewImport } from './import';

beforeAll(async () => {
  await ensureCatalog('RVU25D');
}, 120_000);

const HEADER = 'date_of_service,code,modifiers,units,encounter,site';

describe('CSV import', () => {
  it('previews a bad row, commits nothing, then imports the fixed file exactly once', async () => {
    const actor = await createTestUser();
    const bad = [
      HEADER,
      '2025-10-06,27447,,1,c1,General',
      '2025-10-06,20610,,1,c1,General',
      '2025-10-07,9921X,,1,c2,Clinic',
    ].join('\n');
    const preview = await previewImport({ actor, text: bad });
    expect(preview.errors).toEqual([{ row: 4, message: 'code 9921X is not in the catalog' }]);
    expect(preview.sample.map((s) => s.creditedWrvu)).toEqual([19.6, 0.4, 0]); // the unknown code prices at 0 and is flagged above
    await expect(commitImport({ actor, text: bad, fileName: 'bad.csv' })).rejects.toMatchObject({
      code: 'VALIDATION',
    });
    expect(await db.logEntry.count({ where: { userId: actor.id } })).toBe(0);
    expect(await db.site.count({ where: { userId: actor.id } })).toBe(0);

    const good = bad.replace('9921X', '99213');
    const first = await commitImport({ actor, text: good, fileName: 'good.csv' });
    expect(first).toMatchObject({ imported: 3, alreadyImported: false });
    const again = await commitImport({ actor, text: good, fileName: 'good-again.csv' });
    expect(again).toMatchObject({ imported: 0, alreadyImported: true });
    expect(await db.logEntry.count({ where: { userId: actor.id } })).toBe(3);
    const sum = await db.logEntry.aggregate({ where: { userId: actor.id }, _sum: { creditedWrvu: true } });
    expect(sum._sum.creditedWrvu?.toFixed(2)).toBe('21.30'); // 19.60 + 0.40 + 1.30
    expect(await db.site.count({ where: { userId: actor.id } })).toBe(2);
  });

  it('imports 50,000 rows in one transaction', async () => {
    const actor = await createTestUser();
    const codes = ['99213', '99214', '20610', '27447', '29881'];
    const rows = [HEADER];
    for (let i = 0; i < 50_000; i++) {
      const day = String((i % 28) + 1).padStart(2, '0');
      rows.push(`2025-10-${day},${codes[i % codes.length]},,1,enc-${Math.floor(i / 3)},Site ${i % 4}`);
    }
    const text = rows.join('\n');
    const progress: number[] = [];
    const result = await commitImport({
      actor,
      text,
      fileName: 'big.csv',
      onProgress: (done) => progress.push(done),
    });
    expect(result.imported).toBe(50_000);
    expect(progress.at(-1)).toBe(50_000);
    expect(await db.logEntry.count({ where: { userId: actor.id } })).toBe(50_000);
  }, 180_000);
});
