// Builds and stores one Medicare-derived benchmark source (for scripts/medicare-import.ts, tests and
// the e2e seed: it runs with the operator's database access and is never reachable from a request).
// Everything is computed first; the one transaction at the end replaces the data year's source, so a
// refused or failed file stores nothing and re-running the same year is idempotent. Only the
// distributions are stored: no NPI, no name, no per-provider figure.
import 'server-only';
import { db } from '@/lib/db';
import { roundWrvu } from '@/lib/rvu/rounding';
import type { MedicareDistribution, MedicareStats } from './aggregate';
import { MEDICARE_METRIC, MEDICARE_PUBLISHER, medicareSourceKey, medicareSurveyName } from './caveat';
import { computeMedicareDistributions } from './compute';
import { openMedicareSource } from './open-source';
import { chooseMedicareRelease, loadWorkRvus, type MedicareRelease } from './release';
import { specialtyForProviderType } from './specialty-map';

export type ImportMedicareOptions = {
  source: string;
  year: number;
  minServices: number;
  onStart?: (totalBytes: number | null) => void;
  onBytes?: (n: number) => void;
};

export type ImportMedicareResult =
  | {
      ok: true;
      sourceId: string;
      release: MedicareRelease;
      stats: MedicareStats;
      distributions: MedicareDistribution[];
      rowCount: number;
      unmappedTypes: { providerType: string; n: number }[];
      columns: Record<string, string>;
    }
  | { ok: false; missing: string[]; message: string };

export async function importMedicareBenchmarksAsOperator(
  options: ImportMedicareOptions,
): Promise<ImportMedicareResult> {
  const release = await chooseMedicareRelease(options.year);
  const workRvu = await loadWorkRvus(release.id);
  const opened = await openMedicareSource(options.source, options.onBytes);
  options.onStart?.(opened.totalBytes);
  const computed = await computeMedicareDistributions({
    stream: opened.stream,
    workRvu,
    minServices: options.minServices,
  });
  if (!computed.ok) return computed;
  const { distributions, stats } = computed;

  const unmappedTypes = distributions
    .filter((d) => d.state === null && !specialtyForProviderType(d.providerType))
    .map((d) => ({ providerType: d.providerType, n: d.n }));
  const rows = distributions.flatMap((d) => {
    const specialty = specialtyForProviderType(d.providerType);
    if (!specialty) return [];
    return [
      {
        specialty,
        segment: d.state ?? 'all',
        metric: MEDICARE_METRIC,
        p10: roundWrvu(d.p10),
        p25: roundWrvu(d.p25),
        p50: roundWrvu(d.p50),
        p75: roundWrvu(d.p75),
        p90: roundWrvu(d.p90),
        mean: roundWrvu(d.mean),
        respondents: d.n,
        note: `CMS provider type "${d.providerType}"${d.state ? `, state ${d.state}` : ''}: ${d.n} individual providers`,
      },
    ];
  });

  const year = options.year;
  const key = medicareSourceKey(year);
  const unpricedShare =
    stats.pricedServices + stats.unpricedServices > 0
      ? (100 * stats.unpricedServices) / (stats.pricedServices + stats.unpricedServices)
      : 0;
  const fields = {
    kind: 'MEDICARE_DERIVED' as const,
    publisher: MEDICARE_PUBLISHER,
    survey: medicareSurveyName(year),
    dataYear: year,
    rvuBasisYear: release.effectiveFrom.getUTCFullYear(),
    population:
      `Individual providers (entity I) with at least ${options.minServices} non-drug Medicare services in ${year}; ` +
      `annual Medicare FFS wRVUs = Tot_Srvcs x work RVU of ${release.id}` +
      `${release.exactJanuary ? ` (the January ${year} release)` : ` (nearest imported release to January ${year})`}` +
      `${release.starter ? ', starter subset of the release' : ''}; drug codes excluded; ` +
      `${stats.unpricedServices} services (${unpricedShare.toFixed(1)}%) on codes without a work RVU not priced.`,
    licenceNote: 'Public CMS data (data.cms.gov); distributions computed by Benchline.',
    url: 'https://data.cms.gov/provider-summary-by-type-of-service/medicare-physician-other-practitioners/medicare-physician-other-practitioners-by-provider-and-service',
    citation: `CMS, Medicare Physician & Other Practitioners - by Provider and Service, data year ${year} (Benchline-derived, ${release.id})`,
  };
  const sourceId = await db.$transaction(
    async (tx) => {
      const existing = await tx.benchmarkSource.findUnique({ where: { key }, select: { id: true } });
      const saved = existing
        ? await tx.benchmarkSource.update({ where: { id: existing.id }, data: fields, select: { id: true } })
        : await tx.benchmarkSource.create({
            data: { key, organizationId: null, ...fields },
            select: { id: true },
          });
      if (existing) await tx.benchmarkRow.deleteMany({ where: { sourceId: saved.id } });
      await tx.benchmarkRow.createMany({ data: rows.map((r) => ({ sourceId: saved.id, ...r })) });
      await tx.auditEvent.create({
        data: {
          actorId: null,
          entityType: 'BenchmarkSource',
          entityId: saved.id,
          action: existing ? 'benchmark.replace' : 'benchmark.import',
          after: { key, rowCount: rows.length, release: release.id, via: 'cli:medicare' },
        },
      });
      return saved.id;
    },
    { timeout: 60_000 },
  );
  return {
    ok: true,
    sourceId,
    release,
    stats,
    distributions,
    rowCount: rows.length,
    unmappedTypes,
    columns: computed.columns,
  };
}
