'use client';
import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { ACTUAL, axisTick, compact, PERCENTILE_STYLE, two } from './palette';

export type MonthlyDatum = { label: string; wrvu: number } & Partial<
  Record<'p10' | 'p25' | 'p50' | 'p75' | 'p90', number>
>;

/** Monthly wRVU bars with the benchmark percentiles prorated to each month as lines. */
export function MonthlyChart({
  data,
  percentiles,
}: {
  data: MonthlyDatum[];
  percentiles: ('p10' | 'p25' | 'p50' | 'p75' | 'p90')[];
}) {
  return (
    <div className="h-64 w-full sm:h-72">
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart
          accessibilityLayer={false}
          data={data}
          margin={{ top: 8, right: 8, bottom: 0, left: 0 }}
        >
          <CartesianGrid vertical={false} stroke="#e2e8f0" />
          <XAxis
            dataKey="label"
            tick={axisTick}
            tickLine={false}
            interval="preserveStartEnd"
            minTickGap={8}
          />
          <YAxis tick={axisTick} tickLine={false} axisLine={false} width={44} tickFormatter={compact} />
          <Tooltip formatter={two} />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <Bar dataKey="wrvu" name="Your wRVUs" fill={ACTUAL} radius={[3, 3, 0, 0]} maxBarSize={36} />
          {percentiles.map((p) => (
            <Line
              key={p}
              dataKey={p}
              name={p}
              type="linear"
              stroke={PERCENTILE_STYLE[p].color}
              strokeDasharray={PERCENTILE_STYLE[p].dash}
              strokeWidth={2}
              dot={false}
            />
          ))}
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
