import type { Metadata } from 'next';
import Link from 'next/link';
import { z } from 'zod';
import { BenchmarkChooser } from '@/components/benchmarks/benchmark-chooser';
import { BenchmarkImportForm } from '@/components/benchmarks/import-form';
import { BenchmarkTableCard } from '@/components/benchmarks/benchmark-table';
import { NoBenchmark } from '@/components/benchmarks/no-benchmark';
import { PageHeader } from '@/components/shell/page-header';
import { buttonClass } from '@/components/ui/button';
import { Card, CardHeader, EmptyState } from '@/components/ui/card';
import { getBenchmarkTable, listBenchmarkSources, listSourceSpecialties } from '@/lib/benchmarks/queries';
import { resolveSpecialty, SPECIALTIES } from '@/lib/benchmarks/specialties';
import { listAdministeredOrganizations } from '@/lib/dashboard/group';
import { requireUser } from '@/lib/session';
import { getProfile } from '@/lib/users/queries';

export const metadata: Metadata = { title: 'Benchmarks' };

const paramsSchema = z.object({
  source: z.string().max(40).optional().catch(undefined),
  specialty: z.string().max(120).optional().catch(undefined),
  segment: z.string().max(120).optional().catch(undefined),
});

export default async function BenchmarksPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const actor = await requireUser('/benchmarks');
  const params = paramsSchema.parse(await searchParams);
  const profile = await getProfile({ actor });
  // The synthetic demo set is shown (labelled) to the demo account only.
  const includeSynthetic = profile.demo;
  const [allSources, adminOrgs, coverage] = await Promise.all([
    listBenchmarkSources({ actor, includeSynthetic }),
    listAdministeredOrganizations(actor),
    listSourceSpecialties({ actor }),
  ]);
  const specialty =
    resolveSpecialty(params.specialty ?? '') ??
    (profile.specialty ? resolveSpecialty(profile.specialty) : null) ??
    SPECIALTIES[0].name;
  const withData = await listBenchmarkSources({ actor, specialty, includeSynthetic });
  const sourceId =
    (params.source && allSources.some((s) => s.id === params.source) ? params.source : null) ??
    withData[0]?.id ??
    null;
  let table = sourceId
    ? await getBenchmarkTable({ actor, sourceId, specialty, segment: params.segment })
    : null;
  // Several segments and none chosen: show the first rather than an empty card.
  if (sourceId && table && !table.row && table.segments.length > 0)
    table = await getBenchmarkTable({ actor, sourceId, specialty, segment: table.segments[0] });
  const importTargets = [...adminOrgs, ...(actor.role === 'ADMIN' ? [{ id: '', name: '' }] : [])];
  const qs = (over: Record<string, string>) =>
    new URLSearchParams({ specialty, ...(sourceId ? { source: sourceId } : {}), ...over }).toString();

  return (
    <>
      <PageHeader
        title="Benchmarks"
        description="Published percentiles of annual wRVUs per 1.0 clinical FTE, each with its source. Nothing is interpolated beyond what a source publishes."
      />
      <BenchmarkChooser
        specialties={SPECIALTIES.map((s) => s.name)}
        specialty={specialty}
        sourceId={sourceId}
        sources={allSources.map((s) => ({ id: s.id, label: `${s.publisher}: ${s.survey} (${s.dataYear})` }))}
        coverage={coverage}
      />

      {withData.length === 0 || !table || table.segments.length === 0 ? (
        <EmptyState
          title={
            withData.length === 0
              ? `No published benchmark for ${specialty}`
              : `This source has no data for ${specialty}`
          }
          action={
            importTargets.length > 0 ? (
              <a href="#import" className={buttonClass()}>
                Import a table
              </a>
            ) : undefined
          }
        >
          {withData.length === 0 && <NoBenchmark specialty={specialty} className="mb-2 text-left" />}
          {importTargets.length === 0 &&
            ' Ask an administrator of your organisation to import the licensed table.'}
          {withData.length > 0 &&
            ` Sources with ${specialty}: ${withData.map((s) => `${s.publisher} ${s.dataYear}`).join(', ')}.`}
        </EmptyState>
      ) : (
        <Card>
          <CardHeader
            title={`${table.source.publisher}: ${table.source.survey}`}
            description={`${specialty}${table.row && table.row.segment !== 'all' ? `, ${table.row.segment}` : ''}`}
          />
          <div className="space-y-4 p-5">
            {table.segments.length > 1 && (
              <nav aria-label="Segments" className="flex flex-wrap gap-2 text-sm">
                {table.segments.map((segment) => (
                  <Link
                    key={segment}
                    href={`/benchmarks?${qs({ segment })}`}
                    aria-current={table.row?.segment === segment ? 'true' : undefined}
                    className={
                      table.row?.segment === segment
                        ? 'rounded-lg bg-brand-50 px-3 py-1 font-medium text-brand-800'
                        : 'rounded-lg border border-slate-200 px-3 py-1 text-slate-700'
                    }
                  >
                    {segment}
                  </Link>
                ))}
              </nav>
            )}
            {!table.row && (
              <p className="text-sm text-slate-600">
                This source publishes several segments for {specialty}: choose one.
              </p>
            )}
            <BenchmarkTableCard table={table} />
          </div>
        </Card>
      )}

      {importTargets.length > 0 && (
        <Card className="mt-6" id="import">
          <CardHeader
            title="Import your organisation's table"
            description="For the licensed survey your organisation buys. Members of the organisation see it; nobody else does. Every row is checked first: one bad row and nothing is written."
          />
          <div className="p-5">
            <BenchmarkImportForm organizations={importTargets} />
          </div>
        </Card>
      )}
    </>
  );
}
