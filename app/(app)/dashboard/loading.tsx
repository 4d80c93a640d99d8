import { CardsSkeleton, ChartSkeleton } from '@/components/dashboard/skeletons';

export default function DashboardLoading() {
  return (
    <div className="space-y-6">
      <div className="h-8 w-48 animate-pulse rounded bg-slate-200" />
      <CardsSkeleton />
      <div className="grid gap-6 lg:grid-cols-2">
        <ChartSkeleton title="wRVUs by month" />
        <ChartSkeleton title="Cumulative wRVUs" />
      </div>
    </div>
  );
}
