// A Medicare-derived source in use: chosen explicitly in the profile it is the comparison, with its
// caveat on the resolved benchmark, the benchmarks page table and the CSV/XLSX benchmark lines; it is
// never picked as a default for someone who did not choose it.
//   node scripts/with-db.mjs --fresh -- npx vitest run lib/benchmarks/medicare
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { getBenchmarkTable, listBenchmarkSources } from '@/lib/benchmarks/queries';
import { resolveBenchmark } from '@/lib/dashboard/benchmark';
import { createPhysician, ensureBuiltinBenchmarks } from '@/lib/dashboard/test-helpers';
import { benchmarkLines } from '@/lib/reports/summary-columns';
import { ensureCatalog } from '@/lib/testing/catalog';
import { MEDICARE_CAVEAT } from './caveat';
import { importMedicareBenchmarksAsOperator } from './import';

let sourceId = '';

beforeAll(async () => {
  await ensureCatalog('RVU23A');
  await ensureBuiltinBenchmarks();
  const result = await importMedicareBenchmarksAsOperator({
    source: path.join(__dirname, '__fixtures__', 'medicare-2023.csv'),
    year: 2023,
    minServices: 100,
  });
  if (!result.ok) throw new Error(result.message);
  sourceId = result.sourceId;
}, 120_000);

describe('Medicare-derived source as a comparison', () => {
  it('is used only when chosen, and carries its caveat', async () => {
    const chooser = await createPhysician({ specialty: 'Cardiology' });
    const chosen = await resolveBenchmark({
      id: chooser.id,
      specialty: 'Cardiology',
      benchmarkSourceId: sourceId,
    });
    expect(chosen).toMatchObject({
      sourceId,
      chosen: 'profile',
      kind: 'MEDICARE_DERIVED',
      caveat: MEDICARE_CAVEAT,
      segment: 'all',
    });
    expect(chosen!.table.p50).toBeGreaterThan(0);

    const other = await resolveBenchmark({
      id: chooser.id,
      specialty: 'Cardiology',
      benchmarkSourceId: null,
    });
    expect(other?.sourceId).not.toBe(sourceId);
    expect(other?.kind).not.toBe('MEDICARE_DERIVED');
  });

  it('is listed next to the survey sources and shows its table with the caveat', async () => {
    const actor = await createPhysician({ specialty: 'Internal medicine' });
    const sources = await listBenchmarkSources({ actor, specialty: 'Internal medicine' });
    expect(sources.find((s) => s.id === sourceId)).toMatchObject({
      kind: 'MEDICARE_DERIVED',
      caveat: MEDICARE_CAVEAT,
    });
    const table = await getBenchmarkTable({ actor, sourceId, specialty: 'Internal medicine' });
    expect(table.segments).toEqual(['all', 'CA']);
    expect(table.row?.respondents).toBeGreaterThan(30);
    expect(table.source.caveat).toBe(MEDICARE_CAVEAT);
  });

  it('puts the caveat and the right unit in the exported benchmark lines', () => {
    const lines = benchmarkLines({
      publisher: 'CMS',
      survey: 's',
      citation: 'c',
      dataYear: 2023,
      synthetic: false,
      kind: 'MEDICARE_DERIVED',
      label: null,
      caveat: MEDICARE_CAVEAT,
      specialty: 'Cardiology',
      segment: 'all',
      percentiles: [{ key: 'p50', value: 1000 }],
      pace: 900,
      rank: 'p40',
    });
    expect(lines).toContainEqual({ label: 'Caveat', value: null, note: MEDICARE_CAVEAT });
    expect(lines).toContainEqual({ label: 'p50 (Medicare FFS wRVUs per provider)', value: 1000, note: '' });
  });
});
