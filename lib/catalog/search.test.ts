// Code search against PostgreSQL with the real CMS files (RVU25D, HCPCS 2025 Oct, ASP 2025Q4) and the
// curated synonyms of the starter catalog (applied alone):
//   node scripts/with-db.mjs --fresh -- npx vitest run lib/catalog/search.test.ts
import { beforeAll, describe, expect, it } from 'vitest';
import { db, getDb } from '@/lib/db';
import { importCatalogFile } from './import';
import { normalizeQuery, searchCodes, searchCodesSql } from './search';
import { applyStarterCurated } from './starter';
import { loadTypoIndex } from './typo-index';
import { CMS, readCms } from './test-files';

describe('normalizeQuery', () => {
  it('trims, lower-cases, turns punctuation into spaces and collapses them', () => {
    expect(normalizeQuery('  Lap.  Chole!! ')).toBe('lap chole');
    expect(normalizeQuery('27447-50')).toBe('27447 50');
    expect(normalizeQuery('Ménière')).toBe('meniere');
    expect(normalizeQuery('%_\'";--')).toBe('');
  });

  it('caps the query at 100 characters', () => {
    expect(normalizeQuery('knee '.repeat(50)).length).toBeLessThanOrEqual(100);
  });
});

const codes = (results: { code: string }[]) => results.map((r) => r.code);

describe.skipIf(!process.env.DATABASE_URL)('searchCodes (database)', () => {
  beforeAll(async () => {
    await db.$executeRawUnsafe('TRUNCATE "RvuRelease", "RvuRow", "Code", "DrugPrice", "CatalogImport"');
    for (const file of [CMS.rvu25dCsv, CMS.hcpcs, CMS.asp]) {
      await importCatalogFile({ buffer: readCms(file), fileName: file.split('/').pop()! });
    }
    // Curated synonyms ("tka", "lap chole", ...) reach Code.searchText through the starter loader.
    await applyStarterCurated(getDb());
    await db.$executeRawUnsafe('ANALYZE "Code"');
    // Typos go through the in-memory word index once it is built (in the background in the app).
    await loadTypoIndex();
  }, 240_000);

  it('returns nothing for an empty or punctuation-only query', async () => {
    expect(await searchCodes({ q: '' })).toEqual([]);
    expect(await searchCodes({ q: '  -- ' })).toEqual([]);
  });

  it('finds 27447 from the abbreviation "tka" and the typo "knee arthroplsty", in the top 3', async () => {
    expect(codes(await searchCodes({ q: 'tka' })).slice(0, 3)).toContain('27447');
    expect(codes(await searchCodes({ q: 'knee arthroplsty' })).slice(0, 3)).toContain('27447');
    expect(codes(await searchCodes({ q: 'TKA' }))[0]).toBe('27447');
  });

  it('returns E/M codes starting with 992 for the prefix "992", popular ones first', async () => {
    const results = await searchCodes({ q: '992', limit: 20 });
    expect(results).toHaveLength(20);
    for (const r of results) {
      expect(r.code).toMatch(/^992\d\d$/);
      expect(r.category).toBe('em');
    }
    expect(codes(results).slice(0, 5)).toContain('99213');
  });

  it('understands clinical abbreviations: lap chole, egd, cabg', async () => {
    expect(codes(await searchCodes({ q: 'lap chole' })).slice(0, 3)).toContain('47562');
    expect(codes(await searchCodes({ q: 'egd' })).slice(0, 3)).toContain('43235');
    expect(codes(await searchCodes({ q: 'cabg' })).slice(0, 3)).toContain('33533');
  });

  it('finds words in any order', async () => {
    const forward = codes(await searchCodes({ q: 'knee arthroplasty' }));
    const backward = codes(await searchCodes({ q: 'arthroplasty knee' }));
    expect(forward.slice(0, 3)).toContain('27447');
    expect(backward.slice(0, 3)).toContain('27447');
    expect(codes(await searchCodes({ q: 'knee arthro', limit: 50 }))).toEqual(
      expect.arrayContaining(['27447', '29881']),
    );
  });

  it('tolerates typos with pg_trgm', async () => {
    expect(codes(await searchCodes({ q: 'arthroplsty' })).slice(0, 5)).toContain('27447');
    expect(codes(await searchCodes({ q: 'cholecystecomy' })).slice(0, 3)).toContain('47562');
    expect(codes(await searchCodes({ q: 'colonscopy' })).slice(0, 5)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^453\d\d$/)]),
    );
  });

  it('keeps the top results of common searches right, typed well or with a typo', async () => {
    expect(codes(await searchCodes({ q: 'tka' }))[0]).toBe('27447');
    expect(codes(await searchCodes({ q: 'knee replacement' }))[0]).toBe('27447');
    expect(codes(await searchCodes({ q: 'lap chole' }))[0]).toBe('47562');
    expect(codes(await searchCodes({ q: 'colonoscopy' }))[0]).toBe('45378');
    // A typo ranks like the word it is one slip from.
    const typo = codes(await searchCodes({ q: 'colonscopy', limit: 8 }));
    expect(typo[0]).toBe('45378');
    expect(typo.slice(0, 3)).toEqual(codes(await searchCodes({ q: 'colonoscopy', limit: 8 })).slice(0, 3));
    expect(codes(await searchCodes({ q: 'knee replacment' }))[0]).toBe('27447');
    expect(codes(await searchCodes({ q: 'lap cholecystecomy' }))[0]).toBe('47562');
  });

  it('finds typos with pg_trgm alone while the word index is not built yet', async () => {
    const statements = searchCodesSql({ q: 'colonscopy', limit: 8 }, null)!;
    expect(statements.skipExact).toBe(false);
    const rows = await db.$queryRaw<{ code: string }[]>(statements.fuzzy!);
    expect(codes(rows).slice(0, 5)).toContain('45378');
  });

  it('puts the exact code first, with the latest work RVU and the ASP drug flag', async () => {
    const [j2820] = await searchCodes({ q: 'J2820' });
    expect(j2820).toEqual({
      code: 'J2820',
      shortDescription: 'Sargramostim injection',
      category: 'j-codes',
      curated: expect.any(Boolean),
      workRvu: 0,
      aspDrug: true,
    });
    expect((await searchCodes({ q: 'j2820' }))[0].code).toBe('J2820');
    const [tka] = await searchCodes({ q: '27447' });
    expect(tka).toMatchObject({ code: '27447', workRvu: 19.6, aspDrug: false, curated: true });
  });

  it('ranks exact code > code prefix > word matches, and curated codes first within a tier', async () => {
    const mixed = codes(await searchCodes({ q: '27447 knee', limit: 10 }));
    expect(mixed[0]).toBe('27447');
    expect(new Set(mixed).size).toBe(mixed.length);

    const prefix = await searchCodes({ q: '2744', limit: 10 });
    expect(prefix.every((r) => r.code.startsWith('2744'))).toBe(true);
    expect(prefix[0].code).toBe('27447'); // curated and popular before plain code order

    const words = await searchCodes({ q: 'knee arthroscopy', limit: 20 });
    const firstPlain = words.findIndex((r) => !r.curated);
    expect(firstPlain).toBeGreaterThan(0);
    expect(words.slice(firstPlain).every((r) => !r.curated)).toBe(true);
  });

  it('respects the limit (capped at 50) and the category filter', async () => {
    expect(await searchCodes({ q: 'injection', limit: 5 })).toHaveLength(5);
    expect(await searchCodes({ q: '9', limit: 500 })).toHaveLength(50);
    const drugs = await searchCodes({ q: 'injection', category: 'j-codes', limit: 30 });
    expect(drugs.length).toBe(30);
    expect(drugs.every((r) => r.category === 'j-codes')).toBe(true);
  });

  it('treats the query as data, never as SQL', async () => {
    const before = await db.code.count();
    await expect(searchCodes({ q: `x'; DROP TABLE "Code"; --` })).resolves.toBeInstanceOf(Array);
    await expect(searchCodes({ q: `%' OR 1=1 --` })).resolves.toBeInstanceOf(Array);
    expect(await db.code.count()).toBe(before);
  });
});
