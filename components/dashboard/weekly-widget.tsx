import { formatDay, periodText } from '@/lib/dashboard/range';
import { formatCount, formatDelta, formatWrvu } from '@/lib/format';
import { getWeeklyTrend, TREND_WEEKS, type DashboardOptions } from '@/lib/dashboard/queries';
import { roundWrvu } from '@/lib/rvu/rounding';
import { ChartCard } from './chart-card';
import { WeeklyChart } from './charts/lazy';

/** Week-over-week trend: the last weeks of the range (Monday to Sunday) and each week's change. */
export async function WeeklyWidget({ options }: { options: DashboardOptions }) {
  const { weekly, range } = await getWeeklyTrend(options);
  const short = (date: string) => formatDay(date).replace(/, \d{4}$/, '');
  const last = weekly.at(-1);
  return (
    <ChartCard
      testId="chart-weekly"
      title="Week over week"
      description={`${periodText(range)}: the last ${weekly.length === TREND_WEEKS ? TREND_WEEKS : weekly.length} weeks, Monday to Sunday.${
        last && last.change !== null
          ? ` Latest week: ${formatWrvu(last.wrvu)} wRVUs (${formatDelta(last.change)} on the week before).`
          : ''
      }`}
      chart={
        <WeeklyChart
          data={weekly.map((w) => ({
            label: short(w.weekStart),
            wrvu: roundWrvu(w.wrvu),
            partial: w.partial,
          }))}
        />
      }
      tables={[
        {
          testId: 'table-weekly',
          caption:
            'wRVUs by week (Monday to Sunday) and the change on the week before. * = only part of the week is in the range.',
          columns: [
            { label: 'Week of' },
            { label: 'wRVUs', numeric: true },
            { label: 'Entries', numeric: true },
            { label: 'Change', numeric: true },
          ],
          rows: weekly.map((w) => [
            `${formatDay(w.weekStart)}${w.partial ? '*' : ''}`,
            formatWrvu(w.wrvu),
            formatCount(w.entries),
            w.change === null ? '-' : formatDelta(w.change),
          ]),
        },
      ]}
    />
  );
}
