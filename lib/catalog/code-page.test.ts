// The public code page's data against PostgreSQL with the real CMS files (RVU25A and RVU25D, HCPCS
// 2025 Oct, ASP 2025Q4) and the curated content of the starter catalog:
//   node scripts/with-db.mjs --fresh -- npx vitest run lib/catalog/code-page.test.ts
import { beforeAll, describe, expect, it } from 'vitest';
import { db, getDb } from '@/lib/db';
import {
  CODES_PER_PAGE,
  getCategoryCounts,
  getCodePage,
  getLatestRelease,
  listCodes,
  type CodePage,
} from './code-page';
import { importCatalogFile } from './import';
import { applyStarterCurated } from './starter';
import { CMS, readCms } from './test-files';

async function page(code: string): Promise<CodePage> {
  const result = await getCodePage(code);
  expect(result).not.toBeNull();
  return result!;
}

describe.skipIf(!process.env.DATABASE_URL)('code page queries (database)', () => {
  beforeAll(async () => {
    await db.$executeRawUnsafe('TRUNCATE "RvuRelease", "RvuRow", "Code", "DrugPrice", "CatalogImport"');
    for (const file of [CMS.rvu25aCsv, CMS.rvu25dCsv, CMS.hcpcs, CMS.asp]) {
      await importCatalogFile({ buffer: readCms(file), fileName: file.split('/').pop()! });
    }
    await applyStarterCurated(getDb());
  }, 240_000);

  it('knows the latest release', async () => {
    expect(await getLatestRelease()).toEqual({ id: 'RVU25D', effectiveFrom: '2025-10-01' });
  });

  it('J2820 is an ASP-reimbursed drug: 50 MCG at $50.365 (2025Q4), no work RVU, with the administration codes', async () => {
    const j2820 = await page('j2820');
    expect(j2820).toMatchObject({
      code: 'J2820',
      kind: 'HCPCS',
      shortDescription: 'Sargramostim injection',
      category: { slug: 'j-codes', label: 'J Codes (Drugs)' },
      aspDrug: true,
      isDrug: true,
      administration: 'injection',
      price: {
        quarter: '2025Q4',
        dosage: '50 MCG',
        paymentLimit: 50.365,
        effectiveFrom: '2025-10-01',
        effectiveTo: '2025-12-31',
      },
    });
    expect(j2820.description).toMatch(/sargramostim/i);
    expect(j2820.rvu).toMatchObject({ status: 'E', workRvu: 0 });
    expect(j2820.aspReason).toMatch(/Average Sales Price.*\$50\.365 per 50 MCG for 2025Q4.*status E/);
    // 96365-96379 with their RVU25D work RVUs, each once.
    const admin = new Map(j2820.administrationCodes.map((a) => [a.code, a.workRvu]));
    expect(admin.get('96365')).toBe(0.21);
    expect(admin.get('96372')).toBe(0.17);
    expect(admin.get('96374')).toBe(0.18);
    expect([...admin.keys()].every((c) => c >= '96365' && c <= '96379')).toBe(true);
    expect(j2820.faq.map((f) => f.question)).toEqual([
      'What is HCPCS code J2820?',
      'How is J2820 administered?',
      'When is J2820 used?',
      'How many work RVUs is J2820?',
    ]);
    expect(j2820.faq[3].answer).toMatch(/no physician work RVU.*\$50\.365 per 50 MCG \(2025Q4\)/);
  });

  it('27447 has its RVU25D values and every indicator in words', async () => {
    const tka = await page('27447');
    expect(tka).toMatchObject({
      kind: 'CPT',
      curated: true,
      aspDrug: false,
      isDrug: false,
      price: null,
      administrationCodes: [],
    });
    expect(tka.synonyms).toContain('tka');
    expect(tka.rvu).toMatchObject({
      status: 'A',
      workRvu: 19.6,
      nonFacNaIndicator: 'NA',
      facPeRvu: 15.3,
      mpRvu: 3.98,
      facTotal: 38.88,
      globalDays: '090',
      globalMeaning: expect.stringContaining('90 days after'),
      statusMeaning: expect.stringContaining('active code'),
    });
    const meaning = Object.fromEntries(tka.rvu!.indicators.map((i) => [i.label, `${i.value}: ${i.meaning}`]));
    expect(meaning['Bilateral surgery (50)']).toMatch(/^1: .*150 %/);
    expect(meaning['Assistant at surgery (80, 81, 82, AS)']).toMatch(/^2: .*may be paid/);
    expect(meaning['Co-surgeons (62)']).toMatch(/^1: .*documentation/);
    expect(meaning['Multiple procedures (51)']).toMatch(/^2: /);
    expect(meaning['Global package split']).toBe(
      '10 % / 69 % / 21 %: ' + tka.rvu!.indicators.find((i) => i.label === 'Global package split')!.meaning,
    );
    expect(tka.history.map((h) => [h.releaseId, h.workRvu, h.status])).toEqual([
      ['RVU25D', 19.6, 'A'],
      ['RVU25A', 19.6, 'A'],
    ]);
    expect(tka.faq[1]).toEqual({
      question: 'How is 27447 performed?',
      answer: expect.stringContaining('90 days'),
    });
    expect(tka.faq[3].answer).toBe(
      'In CMS PFS release RVU25D, 27447 carries 19.60 work RVUs, with 38.88 in a facility.',
    );
  });

  it('points vaccines to the immunization administration codes, not 96365-96379', async () => {
    const tdap = await page('90715');
    expect(tdap).toMatchObject({ isDrug: true, isVaccine: true, administrationCodes: [] });
    expect(tdap.faq.find((f) => f.question === 'How is 90715 administered?')?.answer).toMatch(
      /immunization administration code, 90460-90474/,
    );
  });

  it('lists the professional and technical components of a split code', async () => {
    const ct = await page('71250');
    expect(ct.components.map((c) => [c.modifier, c.workRvu])).toEqual([
      ['26', 1.08],
      ['TC', 0],
    ]);
  });

  it('describes an uncurated code from its data only', async () => {
    const cane = await page('E0100');
    expect(cane).toMatchObject({ curated: false, rvu: null, plainLanguage: null, clinicalContext: null });
    expect(cane.faq.map((f) => f.question)).toContain('How is E0100 provided?');
    expect(cane.faq.find((f) => f.question === 'How is E0100 provided?')?.answer).toMatch(
      /no plain-language summary/,
    );
    expect(cane.faq.find((f) => f.question === 'When is E0100 used?')?.answer).toMatch(
      /not in CMS PFS release RVU25D/,
    );
    expect(cane.faq.find((f) => f.question === 'How many work RVUs is E0100?')?.answer).toBe(
      'E0100 is not in CMS PFS release RVU25D, so it has no work RVUs.',
    );
  });

  it('returns null for unknown or malformed codes', async () => {
    expect(await getCodePage('ZZZZZ')).toBeNull();
    expect(await getCodePage('not a code')).toBeNull();
    expect(await getCodePage("27447' OR '1'='1")).toBeNull();
  });

  it('pages through a category, 50 codes at a time, in code order', async () => {
    const first = await listCodes({ category: 'em', page: 1 });
    const second = await listCodes({ category: 'em', page: 2 });
    expect(first.category).toEqual({ slug: 'em', label: 'Evaluation and Management (E/M)' });
    expect(first.total).toBe(await db.code.count({ where: { category: 'em' } }));
    expect(first.pageCount).toBe(Math.ceil(first.total / CODES_PER_PAGE));
    expect(first.items).toHaveLength(CODES_PER_PAGE);
    const all = [...first.items, ...second.items].map((i) => i.code);
    expect(all).toEqual([...all].sort());
    expect(new Set(all).size).toBe(all.length);
    expect(first.items.find((i) => i.code === '99213')?.workRvu).toBe(1.3);
    expect((await listCodes({ category: 'em', page: 999 })).items).toEqual([]);
  });

  it('counts codes per category, in browse order', async () => {
    const counts = await getCategoryCounts();
    expect(counts.reduce((sum, c) => sum + c.count, 0)).toBe(await db.code.count());
    expect(counts.find((c) => c.slug === 'j-codes')?.count).toBeGreaterThan(100);
    expect(counts.every((c) => c.count > 0)).toBe(true);
    expect(counts.findIndex((c) => c.slug === 'em')).toBeLessThan(
      counts.findIndex((c) => c.slug === 'j-codes'),
    );
  });
});
