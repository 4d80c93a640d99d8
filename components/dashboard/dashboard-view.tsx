import { Suspense } from 'react';
import type { DashboardRange } from '@/lib/dashboard/range';
import { listReleases } from '@/lib/dashboard/reprice';
import { getDashboardRange, type DashboardOptions } from '@/lib/dashboard/queries';
import { formatDay } from '@/lib/dashboard/range';
import type { Actor } from '@/lib/session';
import { TopCodesWidget, SitesWidget } from './breakdown-widgets';
import { CumulativeWidget } from './cumulative-widget';
import { MonthlyWidget } from './monthly-widget';
import { ReleaseFitBanner } from './release-fit-banner';
import { ReleaseWidget } from './release-widget';
import { ChartSkeleton } from './skeletons';
import { SummaryCards } from './summary-cards';
import { DashboardToolbar } from './toolbar';
import { WeeklyWidget } from './weekly-widget';

/**
 * The dashboard body, shared by /dashboard (the actor's own) and /group/[memberId] (a member's,
 * read-only). The widgets share the request's cached aggregates (lib/dashboard/queries: a few
 * statements for the whole page), so they render in one pass behind the page's loading skeleton
 * (loading.tsx) rather than streaming one by one, which measured twice as costly per view
 * (npm run bench:load); only the release comparison, which re-prices the range, streams in later.
 */
export async function DashboardView({
  actor,
  viewUserId,
  range,
  releaseId,
  basePath,
}: {
  actor: Actor;
  viewUserId?: string;
  range: DashboardRange;
  releaseId: string | null;
  basePath: string;
}) {
  const options: DashboardOptions = { actor, viewUserId: viewUserId ?? null, range, releaseId };
  const [{ ctx, range: resolved }, releases] = await Promise.all([
    getDashboardRange(options),
    listReleases(),
  ]);
  const detailsHref = ctx.subject.readOnly
    ? null
    : `/dashboard/cms-changes?${new URLSearchParams({ release: releaseId ?? '', from: resolved.from, to: resolved.to }).toString()}`;
  return (
    <div className="space-y-6">
      <DashboardToolbar
        basePath={basePath}
        range={{ kind: resolved.kind, from: resolved.from, to: resolved.to }}
        releaseId={releaseId}
        releases={releases.map((r) => ({
          id: r.id,
          label: `${r.id} (from ${formatDay(r.effectiveFrom)})${r.starter ? ', starter' : ''}`,
        }))}
      />
      <ReleaseFitBanner options={options} />
      <SummaryCards options={options} />
      {releaseId && (
        // Re-pricing the range under another release is the one slow widget: it streams in later.
        <Suspense fallback={<ChartSkeleton title="Release comparison" />}>
          <ReleaseWidget options={{ ...options, releaseId }} detailsHref={detailsHref} />
        </Suspense>
      )}
      <div className="grid gap-6 lg:grid-cols-2">
        <MonthlyWidget options={options} />
        <CumulativeWidget options={options} />
        <TopCodesWidget options={options} />
        <SitesWidget options={options} />
        <WeeklyWidget options={options} />
      </div>
    </div>
  );
}
