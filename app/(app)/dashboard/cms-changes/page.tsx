import type { Metadata } from 'next';
import Link from 'next/link';
import { z } from 'zod';
import { PageHeader } from '@/components/shell/page-header';
import { DataTable } from '@/components/dashboard/data-table';
import { buttonClass } from '@/components/ui/button';
import { Card, EmptyState } from '@/components/ui/card';
import { Input, Select } from '@/components/ui/field';
import { AppError } from '@/lib/errors';
import { formatCount, formatDelta, formatWrvu } from '@/lib/format';
import { getDashboardRange } from '@/lib/dashboard/queries';
import { formatDay } from '@/lib/dashboard/range';
import { compareReleases, listReleases, type ReleaseComparison } from '@/lib/dashboard/reprice';
import { requireUser } from '@/lib/session';

export const metadata: Metadata = { title: 'What CMS changed for me' };

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const paramsSchema = z.object({
  release: z.string().trim().max(20).optional().catch(undefined),
  base: z.string().trim().max(20).optional().catch(undefined),
  from: date.optional().catch(undefined),
  to: date.optional().catch(undefined),
});

export default async function CmsChangesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const actor = await requireUser('/dashboard/cms-changes');
  const params = paramsSchema.parse(await searchParams);
  const [{ range }, releases] = await Promise.all([getDashboardRange({ actor }), listReleases()]);
  const from = params.from ?? range.from;
  const to = params.to ?? range.to;
  let comparison: ReleaseComparison | null = null;
  let problem: string | null = null;
  if (params.release) {
    try {
      comparison = await compareReleases({
        actor,
        releaseId: params.release,
        baseReleaseId: params.base || null,
        from: from <= to ? from : to,
        to: from <= to ? to : from,
      });
    } catch (err) {
      if (!(err instanceof AppError) || err.code !== 'NOT_FOUND') throw err;
      problem = err.message;
    }
  }
  const baseLabel = comparison?.baseReleaseId ?? 'As credited';
  return (
    <>
      <PageHeader
        title="What CMS changed for me"
        description="Your entries of a period priced again under another imported fee-schedule release, in memory: nothing you logged is changed."
        actions={
          <Link href="/dashboard" className={buttonClass('secondary')}>
            Back to dashboard
          </Link>
        }
      />
      <form
        method="get"
        className="mb-6 grid gap-3 rounded-xl border border-slate-200 bg-white p-4 sm:grid-cols-5"
        aria-label="Compare releases"
      >
        <label className="text-xs font-medium text-slate-600">
          Price under
          <Select name="release" defaultValue={params.release ?? ''} className="mt-1" required>
            <option value="">Choose a release</option>
            {releases.map((r) => (
              <option key={r.id} value={r.id}>
                {r.id} (from {formatDay(r.effectiveFrom)})
              </option>
            ))}
          </Select>
        </label>
        <label className="text-xs font-medium text-slate-600">
          Compared with
          <Select name="base" defaultValue={params.base ?? ''} className="mt-1">
            <option value="">As credited (release in effect)</option>
            {releases.map((r) => (
              <option key={r.id} value={r.id}>
                {r.id}
              </option>
            ))}
          </Select>
        </label>
        <label className="text-xs font-medium text-slate-600">
          From
          <Input type="date" name="from" defaultValue={from} className="mt-1" />
        </label>
        <label className="text-xs font-medium text-slate-600">
          To
          <Input type="date" name="to" defaultValue={to} className="mt-1" />
        </label>
        <div className="flex items-end">
          <button type="submit" className={buttonClass()}>
            Compare
          </button>
        </div>
      </form>

      {problem && (
        <p className="mb-4 rounded-lg border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900">
          {problem}
        </p>
      )}
      {releases.length === 0 && (
        <EmptyState title="No fee-schedule release imported">Import a CMS PFS release to compare.</EmptyState>
      )}
      {comparison && (
        <Card className="p-4" data-testid="cms-changes">
          <p className="mb-4 text-sm text-slate-600">
            {formatCount(comparison.entries)} entries from {formatDay(comparison.from)} to{' '}
            {formatDay(comparison.to)}: {baseLabel}{' '}
            <span className="tabular font-semibold text-slate-900">{formatWrvu(comparison.total.base)}</span>{' '}
            wRVUs, under {comparison.releaseId}{' '}
            <span className="tabular font-semibold text-slate-900">
              {formatWrvu(comparison.total.repriced)}
            </span>
            , difference{' '}
            <span className="tabular font-semibold text-slate-900" data-testid="cms-changes-total">
              {formatDelta(comparison.total.difference)}
            </span>
            .
          </p>
          {comparison.byCode.length === 0 ? (
            <p className="text-sm text-slate-600">No entries in this period.</p>
          ) : (
            <DataTable
              testId="table-cms-changes"
              caption={`wRVUs by code: ${baseLabel} vs ${comparison.releaseId}, largest changes first.`}
              columns={[
                { label: 'Code' },
                { label: 'Description' },
                { label: 'Entries', numeric: true },
                { label: baseLabel, numeric: true },
                { label: comparison.releaseId, numeric: true },
                { label: 'Difference', numeric: true },
              ]}
              rows={comparison.byCode.map((c) => [
                c.code,
                c.unpriced
                  ? `${c.description} (not priced in ${comparison.releaseId}: ${c.unpriced})`
                  : c.description,
                formatCount(c.entries),
                formatWrvu(c.base),
                formatWrvu(c.repriced),
                formatDelta(c.difference),
              ])}
              foot={[
                'Total',
                '',
                formatCount(comparison.entries),
                formatWrvu(comparison.total.base),
                formatWrvu(comparison.total.repriced),
                formatDelta(comparison.total.difference),
              ]}
            />
          )}
        </Card>
      )}
    </>
  );
}
