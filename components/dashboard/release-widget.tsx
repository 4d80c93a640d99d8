import Link from 'next/link';
import { Card, CardHeader } from '@/components/ui/card';
import { AppError } from '@/lib/errors';
import { formatDelta, formatWrvu } from '@/lib/format';
import { formatDay } from '@/lib/dashboard/range';
import { compareReleases } from '@/lib/dashboard/reprice';
import { getDashboardRange, type DashboardOptions } from '@/lib/dashboard/queries';

/** The selected release's effect on the period: credited now vs re-priced under that release. */
export async function ReleaseWidget({
  options,
  detailsHref,
}: {
  options: DashboardOptions & { releaseId: string };
  detailsHref: string | null;
}) {
  const { range } = await getDashboardRange(options);
  let comparison;
  try {
    comparison = await compareReleases({
      actor: options.actor,
      viewUserId: options.viewUserId,
      releaseId: options.releaseId,
      from: range.from,
      to: range.to,
    });
  } catch (err) {
    if (err instanceof AppError && err.code === 'NOT_FOUND') {
      return (
        <p className="rounded-lg border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900">
          Release {options.releaseId} has not been imported.
        </p>
      );
    }
    throw err;
  }
  const { total, byCode } = comparison;
  const changed = byCode.filter((c) => c.difference !== 0).slice(0, 5);
  return (
    <Card data-testid="release-comparison">
      <CardHeader
        title={`What ${comparison.releaseId} would change`}
        description={`${range.label} (${formatDay(range.from)} - ${formatDay(range.to)}), re-priced in memory; nothing is saved.`}
        action={
          detailsHref && (
            <Link href={detailsHref} className="shrink-0 text-sm font-medium text-brand-700 underline">
              By code
            </Link>
          )
        }
      />
      <div className="grid gap-4 p-4 sm:grid-cols-3">
        <p className="text-sm text-slate-600">
          As credited{' '}
          <span className="tabular block text-xl font-semibold text-slate-900">{formatWrvu(total.base)}</span>
        </p>
        <p className="text-sm text-slate-600">
          Under {comparison.releaseId}{' '}
          <span className="tabular block text-xl font-semibold text-slate-900">
            {formatWrvu(total.repriced)}
          </span>
        </p>
        <p className="text-sm text-slate-600">
          Difference{' '}
          <span className="tabular block text-xl font-semibold text-slate-900">
            {formatDelta(total.difference)}
          </span>
        </p>
        {changed.length > 0 ? (
          <ul className="text-sm text-slate-700 sm:col-span-3">
            {changed.map((c) => (
              <li key={c.code}>
                <span className="font-mono">{c.code}</span> {c.description}:{' '}
                <span className="tabular font-medium">{formatDelta(c.difference)}</span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-slate-600 sm:col-span-3">
            No code in this period is valued differently.
          </p>
        )}
      </div>
    </Card>
  );
}
