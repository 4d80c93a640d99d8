import { formatDay } from '@/lib/dashboard/range';
import { formatWrvu } from '@/lib/format';
import { getCumulativeSeries, type DashboardOptions } from '@/lib/dashboard/queries';
import { roundWrvu } from '@/lib/rvu/rounding';
import { ChartCard } from './chart-card';
import { CumulativeChart } from './charts/lazy';
import { SourceNote } from './source-note';

const KEYS = ['p25', 'p50', 'p75', 'p90'] as const;

/** Fiscal-year-to-date cumulative wRVUs against the p25/p50/p75/p90 bands, week by week. */
export async function CumulativeWidget({ options }: { options: DashboardOptions }) {
  const { ctx, cumulative } = await getCumulativeSeries(options);
  const { benchmark, fiscalYear, subject } = ctx;
  const keys = KEYS.filter((k) => cumulative.some((p) => p.bands[k] !== undefined));
  const short = (date: string) => formatDay(date).replace(/, \d{4}$/, '');
  return (
    <ChartCard
      testId="chart-cumulative"
      title={`Cumulative FY${fiscalYear.label} wRVUs`}
      description={
        benchmark
          ? 'Week by week from the first day of the fiscal year, against where each published percentile would be by that day.'
          : 'Week by week from the first day of the fiscal year.'
      }
      chart={
        <CumulativeChart
          percentiles={[...keys]}
          seriesName={subject.readOnly ? `${subject.name}'s cumulative wRVUs` : 'Your cumulative wRVUs'}
          data={cumulative.map((p) => ({
            label: short(p.date),
            cumulative: roundWrvu(p.cumulative),
            ...Object.fromEntries(keys.map((k) => [k, roundWrvu(p.bands[k] ?? 0)])),
          }))}
        />
      }
      tables={[
        {
          testId: 'table-cumulative',
          caption: `Cumulative wRVUs at the end of each week of FY${fiscalYear.label} to date${keys.length ? ', with the percentile values prorated to that day' : ''}.`,
          columns: [
            { label: 'Through' },
            { label: 'Week wRVUs', numeric: true },
            { label: 'Cumulative', numeric: true },
            ...keys.map((k) => ({ label: k, numeric: true })),
          ],
          rows: cumulative.map((p) => [
            formatDay(p.date),
            formatWrvu(p.wrvu),
            formatWrvu(p.cumulative),
            ...keys.map((k) => formatWrvu(p.bands[k] ?? 0)),
          ]),
        },
      ]}
      footer={<SourceNote benchmark={benchmark} link={!subject.readOnly} />}
    />
  );
}
