import { PERCENTILE_KEYS, type PercentileKey } from '@/lib/benchmarks/percentile';
import { formatMonth, periodText } from '@/lib/dashboard/range';
import { formatCount, formatWrvu } from '@/lib/format';
import { getMonthlySeries, type DashboardOptions } from '@/lib/dashboard/queries';
import { roundWrvu } from '@/lib/rvu/rounding';
import { ChartCard } from './chart-card';
import { MonthlyChart } from './charts/lazy';
import { SourceNote } from './source-note';

/** Monthly wRVU bars with the percentile lines prorated to each month (and to the FTE). */
export async function MonthlyWidget({ options }: { options: DashboardOptions }) {
  const { ctx, range, monthly } = await getMonthlySeries(options);
  const { benchmark, subject } = ctx;
  const keys = PERCENTILE_KEYS.filter((k) =>
    monthly.some((m) => m.lines[k] !== undefined),
  ) as PercentileKey[];
  const label = (m: (typeof monthly)[number]) => `${formatMonth(m.month)}${m.partial ? '*' : ''}`;
  const total = monthly.reduce((s, m) => s + Math.round(m.wrvu * 100), 0) / 100;
  return (
    <ChartCard
      testId="chart-monthly"
      title="wRVUs by month"
      description={`${periodText(range)}. Percentile lines are prorated to the days each bar covers${subject.clinicalFte !== 1 ? ` and to ${subject.clinicalFte} FTE` : ''}.`}
      chart={
        <MonthlyChart
          percentiles={keys}
          seriesName={subject.readOnly ? `${subject.name}'s wRVUs` : 'Your wRVUs'}
          data={monthly.map((m) => ({
            label: label(m),
            wrvu: roundWrvu(m.wrvu),
            partial: m.partial,
            ...Object.fromEntries(keys.map((k) => [k, roundWrvu(m.lines[k] ?? 0)])),
          }))}
        />
      }
      tables={[
        {
          testId: 'table-monthly',
          caption: `wRVUs by month, ${periodText(range)}${benchmark ? ', with prorated percentiles' : ''}. * = part of the month.`,
          columns: [
            { label: 'Month' },
            { label: 'wRVUs', numeric: true },
            { label: 'Entries', numeric: true },
            ...keys.map((k) => ({ label: k, numeric: true })),
          ],
          rows: monthly.map((m) => [
            label(m),
            formatWrvu(m.wrvu),
            formatCount(m.entries),
            ...keys.map((k) => formatWrvu(m.lines[k] ?? 0)),
          ]),
          foot: [
            'Total',
            formatWrvu(total),
            formatCount(monthly.reduce((s, m) => s + m.entries, 0)),
            ...keys.map(() => ''),
          ],
        },
      ]}
      footer={<SourceNote benchmark={benchmark} link={!subject.readOnly} />}
    />
  );
}
