// The Medicare build end to end against PostgreSQL and the real RVU23A release, on the fixtures in
// __fixtures__ (309 rows in CMS's 2023 layout: organisations, drug lines, a code not in the release,
// low-volume providers, CA and TX, plus the same rows under the older column names). The expected
// distributions are recomputed here from the fixture's own rows by a plain, independent calculation.
//   node scripts/with-db.mjs --fresh -- npx vitest run lib/benchmarks/medicare
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { zipSync } from 'fflate';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { db, sql } from '@/lib/db';
import { ensureCatalog } from '@/lib/testing/catalog';
import { MEDICARE_METRIC, medicareSourceKey } from './caveat';
import { importMedicareBenchmarksAsOperator } from './import';
import { specialtyForProviderType } from './specialty-map';

const fixture = (name: string) => path.join(__dirname, '__fixtures__', name);

/**
 * Independent expectation in exact integer arithmetic: work RVUs have 2 decimals and Tot_Srvcs at
 * most 1, so each provider's wRVU is an integer number of thousandths; percentiles and means are then
 * interpolated and rounded half-up to hundredths without any floating-point step.
 */
async function expected(minServices: number) {
  const work = new Map(
    (
      await sql<{ code: string; w: string }>(
        `SELECT code, "workRvu"::text AS w FROM "RvuRow" WHERE "releaseId" = 'RVU23A' AND modifier = '' AND "workRvu" IS NOT NULL`,
      )
    ).map((r) => [r.code, Math.round(Number(r.w) * 100)]),
  );
  const rows = Papa.parse<Record<string, string>>(readFileSync(fixture('medicare-2023.csv'), 'utf8'), {
    header: true,
    skipEmptyLines: true,
  }).data;
  const npis: Record<string, { type: string; state: string; milli: number; tenths: number }> = {};
  let unpricedTenths = 0;
  for (const r of rows) {
    if (r.Rndrng_Prvdr_Ent_Cd !== 'I' || r.HCPCS_Drug_Ind === 'Y') continue;
    const p = (npis[r.Rndrng_NPI] ??= {
      type: r.Rndrng_Prvdr_Type,
      state: r.Rndrng_Prvdr_State_Abrvtn,
      milli: 0,
      tenths: 0,
    });
    const tenths = Math.round(Number(r.Tot_Srvcs) * 10);
    p.tenths += tenths;
    if (work.has(r.HCPCS_Cd)) p.milli += tenths * work.get(r.HCPCS_Cd)!;
    else unpricedTenths += tenths;
  }
  const kept = Object.values(npis).filter((p) => p.tenths >= minServices * 10);
  // Percentile P (in %) of ascending thousandths, interpolated (percentile_cont), in hundredths, half-up.
  const q = (v: number[], P: number) => {
    const h = (v.length - 1) * P;
    const lo = Math.floor(h / 100);
    const exact = v[lo] * 100 + (h % 100) * ((v[lo + 1] ?? v[lo]) - v[lo]); // in 1/100,000
    return Math.floor((exact + 500) / 1000) / 100;
  };
  const groups = new Map<string, number[]>();
  for (const p of kept) {
    const specialty = specialtyForProviderType(p.type);
    if (!specialty) continue;
    for (const segment of ['all', p.state])
      groups.set(`${specialty}|${segment}`, [...(groups.get(`${specialty}|${segment}`) ?? []), p.milli]);
  }
  const table = [...groups]
    .filter(([key, v]) => key.endsWith('|all') || v.length >= 30)
    .map(([key, v]) => {
      v.sort((a, b) => a - b);
      const [specialty, segment] = key.split('|');
      const sum = v.reduce((a, b) => a + b, 0);
      return {
        specialty,
        segment,
        respondents: v.length,
        p10: q(v, 10),
        p25: q(v, 25),
        p50: q(v, 50),
        p75: q(v, 75),
        p90: q(v, 90),
        mean: Math.floor((2 * sum + 10 * v.length) / (20 * v.length)) / 100,
      };
    });
  return { table, unpriced: unpricedTenths / 10, belowMinimum: Object.values(npis).length - kept.length };
}

async function storedRows(sourceId: string) {
  const rows = await db.benchmarkRow.findMany({
    where: { sourceId },
    orderBy: [{ specialty: 'asc' }, { segment: 'asc' }],
  });
  return rows.map((r) => ({
    specialty: r.specialty,
    segment: r.segment,
    respondents: r.respondents,
    p10: r.p10!.toNumber(),
    p25: r.p25!.toNumber(),
    p50: r.p50!.toNumber(),
    p75: r.p75!.toNumber(),
    p90: r.p90!.toNumber(),
    mean: r.mean!.toNumber(),
  }));
}

const sortRows = <T extends { specialty: string; segment: string }>(rows: T[]) =>
  [...rows].sort((a, b) => a.specialty.localeCompare(b.specialty) || a.segment.localeCompare(b.segment));

describe('importMedicareBenchmarksAsOperator', () => {
  beforeAll(async () => {
    await ensureCatalog('RVU23A');
  }, 120_000);

  it('stores exactly the independently computed distributions per specialty, and per state where n >= 30', async () => {
    const result = await importMedicareBenchmarksAsOperator({
      source: fixture('medicare-2023.csv'),
      year: 2023,
      minServices: 100,
    });
    if (!result.ok) throw new Error(result.message);
    const want = await expected(100);
    expect(result.release).toMatchObject({ id: 'RVU23A', exactJanuary: true });
    expect(sortRows(await storedRows(result.sourceId))).toEqual(sortRows(want.table));
    // The fixture exercises what it claims: a state row, unpriced services, low-volume providers.
    expect(want.table.map((r) => `${r.specialty}|${r.segment}`)).toContain('Internal medicine|CA');
    expect(result.stats.unpricedServices).toBe(want.unpriced);
    expect(want.unpriced).toBeGreaterThan(0);
    expect(result.stats.providersBelowMinimum).toBe(want.belowMinimum);
    expect(result.stats.organisationRows).toBe(12);
    expect(result.stats.drugRows).toBeGreaterThan(0);
    expect(result.unmappedTypes.map((t) => t.providerType)).toEqual(['Nurse Practitioner']);

    const source = await db.benchmarkSource.findUniqueOrThrow({ where: { id: result.sourceId } });
    expect(source).toMatchObject({
      key: medicareSourceKey(2023),
      kind: 'MEDICARE_DERIVED',
      builtIn: false,
      organizationId: null,
      survey: 'Medicare Physician & Other Practitioners, data year 2023, Medicare FFS volume only',
    });
    expect(source.population).toContain('RVU23A (the January 2023 release)');
    expect(source.population).toContain(`${want.unpriced} services`);
    // Only distributions are stored: no NPI and no name from the file anywhere in the rows.
    const text = JSON.stringify(await db.benchmarkRow.findMany({ where: { sourceId: result.sourceId } }));
    expect(text).not.toMatch(/1000000\d{3}|DOE|ALEX|MAIN ST/);
    expect((await db.benchmarkRow.findFirstOrThrow({ where: { sourceId: result.sourceId } })).metric).toBe(
      MEDICARE_METRIC,
    );
  }, 60_000);

  it('reads the older column names and a zip to the same figures, replacing the year idempotently', async () => {
    const first = await importMedicareBenchmarksAsOperator({
      source: fixture('medicare-old-names.csv'),
      year: 2023,
      minServices: 100,
    });
    const dir = mkdtempSync(path.join(tmpdir(), 'medicare-'));
    const zip = path.join(dir, 'MUP_PHY_R25_P05_V20_D23_Prov_Svc.zip');
    writeFileSync(
      zip,
      zipSync({
        'readme.txt': new TextEncoder().encode('x'),
        'MUP_PHY_D23.csv': readFileSync(fixture('medicare-2023.csv')),
      }),
    );
    const second = await importMedicareBenchmarksAsOperator({ source: zip, year: 2023, minServices: 100 });
    if (!first.ok || !second.ok) throw new Error('import refused');
    expect(second.sourceId).toBe(first.sourceId);
    expect(sortRows(await storedRows(second.sourceId))).toEqual(sortRows((await expected(100)).table));
    expect(await db.benchmarkSource.count({ where: { key: medicareSourceKey(2023) } })).toBe(1);
  }, 60_000);

  it('refuses a file missing required columns, naming them, and stores nothing', async () => {
    const before = { sources: await db.benchmarkSource.count(), rows: await db.benchmarkRow.count() };
    const result = await importMedicareBenchmarksAsOperator({
      source: fixture('medicare-missing-columns.csv'),
      year: 2022,
      minServices: 100,
    });
    expect(result).toMatchObject({ ok: false, missing: ['Rndrng_Prvdr_Type', 'Tot_Srvcs'] });
    expect(!result.ok && result.message).toMatch(/Rndrng_Prvdr_Type, Tot_Srvcs/);
    expect({ sources: await db.benchmarkSource.count(), rows: await db.benchmarkRow.count() }).toEqual(
      before,
    );
    expect(await db.benchmarkSource.count({ where: { key: medicareSourceKey(2022) } })).toBe(0);
  });
});
