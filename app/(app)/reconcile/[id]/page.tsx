import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AddToLog } from '@/components/reconcile/add-to-log';
import { DiscrepancyTable } from '@/components/reconcile/discrepancy-table';
import { RerunButton } from '@/components/reconcile/rerun-button';
import { ResultFilters } from '@/components/reconcile/result-filters';
import { TotalsCards } from '@/components/reconcile/totals-cards';
import { PageHeader } from '@/components/shell/page-header';
import { buttonClass } from '@/components/ui/button';
import { AppError } from '@/lib/errors';
import { getReconciliationResult } from '@/lib/reconcile/queries';
import { resultFilterSchema } from '@/lib/reconcile/schemas';
import { requireUser } from '@/lib/session';

export const metadata: Metadata = { title: 'Reconciliation' };
export const dynamic = 'force-dynamic';

export default async function ReconciliationPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { id } = await params;
  const actor = await requireUser(`/reconcile/${id}`);
  const filter = resultFilterSchema.parse(await searchParams);
  const data = await getReconciliationResult({ actor, id }).catch((err) => {
    if (err instanceof AppError && err.code === 'NOT_FOUND') notFound();
    throw err;
  });
  const { summary, result } = data;
  const all = result.discrepancies;
  const rows = all.filter(
    (d) =>
      (!filter.category || d.category === filter.category) && (!filter.cause || d.cause === filter.cause),
  );
  const counts: Record<string, number> = {};
  for (const d of all) counts[d.category] = (counts[d.category] ?? 0) + 1;
  const unlogged = all.filter((d) => d.category === 'report-only');
  const base = `/reconcile/${id}`;
  return (
    <div className="mx-auto max-w-6xl space-y-6">
      <PageHeader
        title={`Reconciliation ${summary.periodFrom} to ${summary.periodTo}`}
        description={`${summary.fileName} · ${summary.lineCount} report lines${summary.provider ? ` · ${summary.provider}` : ''} · matching window ±${summary.windowDays} days · against your log as it is now`}
        actions={<RerunButton id={id} />}
      />
      <TotalsCards totals={result.totals} />
      <div className="flex flex-wrap gap-2" aria-label="Exports for the billing office">
        {(['pdf', 'csv', 'xlsx'] as const).map((format) => (
          <a
            key={format}
            href={`/api/reconcile/${id}/${format}`}
            className={buttonClass('secondary', 'sm')}
            data-testid={`export-${format}`}
          >
            Export {format.toUpperCase()}
          </a>
        ))}
      </div>
      <ResultFilters
        base={base}
        category={filter.category}
        cause={filter.cause}
        counts={counts}
        totals={result.totals}
      />
      <DiscrepancyTable rows={rows} />
      {unlogged.length > 0 && (!filter.category || filter.category === 'report-only') && (
        <section className="space-y-2 rounded-xl border border-slate-200 bg-white p-4">
          <h2 className="text-base font-semibold text-slate-900">Not in your log</h2>
          <p className="text-sm text-slate-600">
            {unlogged
              .map(
                (d) =>
                  `${d.date} ${d.code}${d.reportModifiers?.length ? `-${d.reportModifiers.join('-')}` : ''}`,
              )
              .join(', ')}
          </p>
          <AddToLog
            id={id}
            rows={unlogged.map((d) => d.row!)}
            wrvu={unlogged.reduce((s, d) => s + (d.reportWrvu ?? 0), 0)}
          />
        </section>
      )}
      <Link href="/reconcile" className="text-sm text-brand-700 hover:underline">
        All reconciliations
      </Link>
    </div>
  );
}
