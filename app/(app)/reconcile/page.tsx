import type { Metadata } from 'next';
import Link from 'next/link';
import { PageHeader } from '@/components/shell/page-header';
import { buttonClass } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/card';
import { listReconciliations } from '@/lib/reconcile/queries';
import { requireUser } from '@/lib/session';

export const metadata: Metadata = { title: 'Reconcile' };
export const dynamic = 'force-dynamic';

const signed = (n: number) => (n > 0 ? `+${n.toFixed(2)}` : n.toFixed(2));

export default async function ReconcilePage() {
  const actor = await requireUser('/reconcile');
  const list = await listReconciliations({ actor });
  const action = (
    <Link href="/reconcile/new" className={buttonClass()}>
      New reconciliation
    </Link>
  );
  return (
    <div className="mx-auto max-w-4xl">
      <PageHeader
        title="Reconcile"
        description="Hold your employer's productivity report against your own log, line by line: missed charges, unlogged lines, and why credits differ."
        actions={action}
      />
      {list.length === 0 ? (
        <EmptyState title="No reconciliations yet" action={action}>
          Upload the CSV or XLSX productivity report your billing office sends you. Only the columns you map
          are kept; patient details are dropped while the file is read.
        </EmptyState>
      ) : (
        <ul
          className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white"
          data-testid="reconciliations"
        >
          {list.map((r) => (
            <li key={r.id}>
              <Link
                href={`/reconcile/${r.id}`}
                className="flex flex-wrap items-center justify-between gap-2 px-4 py-3 hover:bg-slate-50"
              >
                <span>
                  <span className="block font-medium text-slate-900">
                    {r.periodFrom} to {r.periodTo}
                  </span>
                  <span className="block text-xs text-slate-500">
                    {r.fileName} · {r.lineCount} lines · run{' '}
                    {r.ranAt.toISOString().slice(0, 16).replace('T', ' ')} UTC
                  </span>
                </span>
                <span className="text-sm text-slate-700 tabular-nums">net {signed(r.totals.net)} wRVU</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
