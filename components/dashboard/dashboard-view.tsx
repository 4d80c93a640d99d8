import { Suspense } from 'react';
import type { DashboardRange } from '@/lib/dashboard/range';
import { listReleases } from '@/lib/dashboard/reprice';
import { getDashboardRange, type DashboardOptions } from '@/lib/dashboard/queries';
import { formatDay } from '@/lib/dashboard/range';
import type { Actor } from '@/lib/session';
import { TopCodesWidget, SitesWidget } from './breakdown-widgets';
import { CumulativeWidget } from './cumulative-widget';
import { MonthlyWidget } from './monthly-widget';
import { ReleaseWidget } from './release-widget';
import { CardsSkeleton, ChartSkeleton } from './skeletons';
import { SummaryCards } from './summary-cards';
import { DashboardToolbar } from './toolbar';
import { WeeklyWidget } from './weekly-widget';

/**
 * The dashboard body, shared by /dashboard (the actor's own) and /group/[memberId] (a member's,
 * read-only). Each widget fetches its own aggregates inside its own Suspense boundary.
 */
export async function DashboardView({ actor, viewUserId, range, releaseId, basePath }: { actor: Actor; viewUserId?: string; range: DashboardRange; releaseId: string | null; basePath: string }) {
  const options: DashboardOptions = { actor, viewUserId: viewUserId ?? null, range, releaseId };
  const [{ ctx, range: resolved }, releases] = await Promise.all([getDashboardRange(options), listReleases()]);
  const detailsHref = ctx.subject.readOnly
    ? null
    : `/dashboard/cms-changes?${new URLSearchParams({ release: releaseId ?? '', from: resolved.from, to: resolved.to }).toString()}`;
  return (
    <div className="space-y-6">
      <DashboardToolbar
        basePath={basePath}
        range={{ kind: resolved.kind, from: resolved.from, to: resolved.to }}
        releaseId={releaseId}
        releases={releases.map((r) => ({ id: r.id, label: `${r.id} (from ${formatDay(r.effectiveFrom)})${r.starter ? ', starter' : ''}` }))}
      />
      <Suspense fallback={<CardsSkeleton />}>
        <SummaryCards options={options} />
      </Suspense>
      {releaseId && (
        <Suspense fallback={<ChartSkeleton title="Release comparison" />}>
          <ReleaseWidget options={{ ...options, releaseId }} detailsHref={detailsHref} />
        </Suspense>
      )}
      <div className="grid gap-6 lg:grid-cols-2">
        <Suspense fallback={<ChartSkeleton title="wRVUs by month" />}>
          <MonthlyWidget options={options} />
        </Suspense>
        <Suspense fallback={<ChartSkeleton title="Cumulative wRVUs" />}>
          <CumulativeWidget options={options} />
        </Suspense>
        <Suspense fallback={<ChartSkeleton title="Top codes" />}>
          <TopCodesWidget options={options} />
        </Suspense>
        <Suspense fallback={<ChartSkeleton title="By site" />}>
          <SitesWidget options={options} />
        </Suspense>
        <Suspense fallback={<ChartSkeleton title="Week over week" />}>
          <WeeklyWidget options={options} />
        </Suspense>
      </div>
    </div>
  );
}
