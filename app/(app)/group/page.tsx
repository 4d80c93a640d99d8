import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { GroupTable } from '@/components/group/group-table';
import { SourceNote } from '@/components/dashboard/source-note';
import { PageHeader } from '@/components/shell/page-header';
import { AppError } from '@/lib/errors';
import { formatDay } from '@/lib/dashboard/range';
import { getGroupView, GROUP_SORTS } from '@/lib/dashboard/group';
import { requireUser } from '@/lib/session';

export const metadata: Metadata = { title: 'Group' };

const paramsSchema = z.object({
  org: z.string().max(40).optional().catch(undefined),
  sort: z.enum(GROUP_SORTS).catch('name').default('name'),
  dir: z.enum(['asc', 'desc']).catch('asc').default('asc'),
});

export default async function GroupPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const actor = await requireUser('/group');
  const params = paramsSchema.parse(await searchParams);
  const view = await getGroupView({
    actor,
    organizationId: params.org,
    sort: params.sort,
    dir: params.dir,
  }).catch((err: unknown) => {
    // Members, and admins asking for another organisation, get the same 404 as a missing page.
    if (err instanceof AppError && err.code === 'NOT_FOUND') notFound();
    throw err;
  });
  const sources = [
    ...new Map(
      view.members
        .filter((m) => m.benchmark)
        .map((m) => [`${m.benchmark!.citation}|${m.benchmark!.dataYear}`, m.benchmark!]),
    ).values(),
  ];
  return (
    <>
      <PageHeader
        title={view.organization.name}
        description={`Fiscal year to date as of ${formatDay(view.asOf)}, each member in their own fiscal year. Pace is annualized by worked days and normalized to 1.0 FTE.`}
      />
      {view.organizations.length > 1 && (
        <nav aria-label="Organisations" className="mb-4 flex flex-wrap gap-2 text-sm">
          {view.organizations.map((o) => (
            <Link
              key={o.id}
              href={`/group?org=${o.id}`}
              aria-current={o.id === view.organization.id ? 'page' : undefined}
              className={
                o.id === view.organization.id
                  ? 'rounded-lg bg-brand-50 px-3 py-1.5 font-medium text-brand-800'
                  : 'rounded-lg px-3 py-1.5 text-slate-600 hover:bg-slate-100'
              }
            >
              {o.name}
            </Link>
          ))}
        </nav>
      )}
      <GroupTable view={view} />
      <div className="mt-4 space-y-1">
        <p className="text-xs text-slate-500">
          Percentiles compare each member's pace with the benchmark chosen in their profile, else the default
          for their specialty:
        </p>
        {sources.length === 0 ? (
          <SourceNote benchmark={null} />
        ) : (
          sources.map((s) => <SourceNote key={`${s.citation}|${s.dataYear}`} benchmark={s} />)
        )}
        {sources.some((s) => s.synthetic) && (
          <p className="text-xs text-amber-800">† Synthetic demo data - not survey data.</p>
        )}
      </div>
    </>
  );
}
