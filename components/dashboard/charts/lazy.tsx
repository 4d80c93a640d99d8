'use client';
// The dashboard's charts, loaded on demand: each chart's code (Recharts included) is a separate
// chunk fetched by next/dynamic only when the chart scrolls into view (WhenVisible). A phone that
// opens the dashboard downloads and runs no chart code for the charts below the fold; the numbers
// above them are server-rendered HTML. Same names and props as the eager components.
import dynamic from 'next/dynamic';
import type { ComponentProps } from 'react';
import { WhenVisible } from './when-visible';

// Type-only references: they add nothing to the bundle.
type Monthly = ComponentProps<(typeof import('./monthly-chart'))['MonthlyChart']>;
type Cumulative = ComponentProps<(typeof import('./cumulative-chart'))['CumulativeChart']>;
type Weekly = ComponentProps<(typeof import('./weekly-chart'))['WeeklyChart']>;
type BarList = ComponentProps<(typeof import('./bar-list-chart'))['BarListChart']>;

const LazyMonthly = dynamic(() => import('./monthly-chart').then((m) => m.MonthlyChart), { ssr: false });
const LazyCumulative = dynamic(() => import('./cumulative-chart').then((m) => m.CumulativeChart), {
  ssr: false,
});
const LazyWeekly = dynamic(() => import('./weekly-chart').then((m) => m.WeeklyChart), { ssr: false });
const LazyBarList = dynamic(() => import('./bar-list-chart').then((m) => m.BarListChart), { ssr: false });

// The placeholders have the charts' own heights (see each chart's wrapper). The monthly chart's is a
// minimum: a partial month adds a legend line under the chart, which must not overlap what follows.
export function MonthlyChart(props: Monthly) {
  return (
    <WhenVisible className="min-h-64 w-full sm:min-h-72">
      <LazyMonthly {...props} />
    </WhenVisible>
  );
}

export function CumulativeChart(props: Cumulative) {
  return (
    <WhenVisible className="h-64 w-full sm:h-72">
      <LazyCumulative {...props} />
    </WhenVisible>
  );
}

export function WeeklyChart(props: Weekly) {
  return (
    <WhenVisible className="h-56 w-full">
      <LazyWeekly {...props} />
    </WhenVisible>
  );
}

export function BarListChart(props: BarList) {
  return (
    <WhenVisible className="w-full" style={{ minHeight: Math.max(120, props.data.length * 30 + 30) }}>
      <LazyBarList {...props} />
    </WhenVisible>
  );
}
