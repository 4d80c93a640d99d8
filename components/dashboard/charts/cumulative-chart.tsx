'use client';
import {
  Area,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { ACTUAL, axisTick, BAND_FILL, compact, PERCENTILE_STYLE, two } from './palette';

type Key = 'p25' | 'p50' | 'p75' | 'p90';
export type CumulativeDatum = { label: string; cumulative: number } & Partial<Record<Key, number>>;

const BANDS: [Key, Key][] = [
  ['p25', 'p50'],
  ['p50', 'p75'],
  ['p75', 'p90'],
];

/** Cumulative fiscal-year-to-date wRVUs against the bands between published percentiles. */
export function CumulativeChart({
  data,
  percentiles,
  seriesName = 'Your cumulative wRVUs',
}: {
  data: CumulativeDatum[];
  percentiles: Key[];
  /** "Your ..." on one's own dashboard; the member's name on a group member's. */
  seriesName?: string;
}) {
  const bands = BANDS.filter(([lo, hi]) => percentiles.includes(lo) && percentiles.includes(hi));
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
            minTickGap={16}
          />
          <YAxis tick={axisTick} tickLine={false} axisLine={false} width={44} tickFormatter={compact} />
          <Tooltip formatter={two} />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          {bands.map(([lo, hi], i) => (
            <Area
              key={`${lo}-${hi}`}
              dataKey={(d: CumulativeDatum) => [d[lo] ?? 0, d[hi] ?? 0]}
              name={`${lo}-${hi}`}
              stroke="none"
              fill={BAND_FILL[i]}
              fillOpacity={0.7}
              legendType="none"
              tooltipType="none"
              isAnimationActive={false}
            />
          ))}
          {percentiles.map((p) => (
            <Line
              key={p}
              dataKey={p}
              name={p}
              type="linear"
              stroke={PERCENTILE_STYLE[p].color}
              strokeDasharray={PERCENTILE_STYLE[p].dash}
              strokeWidth={1.5}
              dot={false}
            />
          ))}
          <Line
            dataKey="cumulative"
            name={seriesName}
            type="monotone"
            stroke={ACTUAL}
            strokeWidth={3}
            dot={false}
          />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
