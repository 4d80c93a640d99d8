'use client';
import {
  Bar,
  CartesianGrid,
  Cell,
  ComposedChart,
  Legend,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { ACTUAL, axisTick, compact, PERCENTILE_STYLE, two } from './palette';

type Key = 'p10' | 'p25' | 'p50' | 'p75' | 'p90';
export type MonthlyDatum = { label: string; wrvu: number; partial?: boolean } & Partial<Record<Key, number>>;

/**
 * Monthly wRVU bars with the benchmark percentiles prorated to each month as lines. A month the
 * period covers only in part (the current one, or the first of a trailing 12 months) is drawn
 * apart: a faded bar, and its percentile points on a faint dotted segment instead of the solid
 * line, so a prorated value that is small because the month is young does not read as a plunge.
 */
export function MonthlyChart({
  data,
  percentiles,
  seriesName = 'Your wRVUs',
}: {
  data: MonthlyDatum[];
  percentiles: Key[];
  /** "Your wRVUs" on one's own dashboard; the member's name on a group member's. */
  seriesName?: string;
}) {
  const partial = (i: number) => Boolean(data[i]?.partial);
  // Each percentile becomes two series: whole months (solid) and the partial month joined to its
  // whole neighbour (faint, dotted).
  const rows = data.map((d, i) => {
    const row: Record<string, unknown> = { ...d };
    for (const p of percentiles) {
      row[p] = partial(i) ? null : d[p];
      const touchesPartial = partial(i) || partial(i - 1) || partial(i + 1);
      row[`${p}_partial`] = touchesPartial ? d[p] : null;
    }
    return row;
  });
  const anyPartial = data.some((d) => d.partial);
  return (
    <div className="w-full">
      <div className="h-64 w-full sm:h-72">
        <ResponsiveContainer width="100%" height="100%">
          <ComposedChart
            accessibilityLayer={false}
            data={rows}
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
            <Bar dataKey="wrvu" name={seriesName} fill={ACTUAL} radius={[3, 3, 0, 0]} maxBarSize={36}>
              {data.map((d, i) => (
                <Cell key={i} fill={ACTUAL} fillOpacity={d.partial ? 0.35 : 1} />
              ))}
            </Bar>
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
                connectNulls={false}
              />
            ))}
            {anyPartial &&
              percentiles.map((p) => (
                <Line
                  key={`${p}_partial`}
                  dataKey={`${p}_partial`}
                  name={`${p} (part of a month)`}
                  legendType="none"
                  type="linear"
                  stroke={PERCENTILE_STYLE[p].color}
                  strokeOpacity={0.45}
                  strokeDasharray="1 3"
                  strokeWidth={1.5}
                  dot={{ r: 2, strokeOpacity: 0.6 }}
                  connectNulls={false}
                />
              ))}
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      {anyPartial && (
        <p className="mt-1 text-center text-xs text-slate-600" data-testid="partial-month-legend">
          <span
            aria-hidden
            className="mr-1 inline-block h-2.5 w-2.5 rounded-sm align-middle"
            style={{ backgroundColor: ACTUAL, opacity: 0.35 }}
          />
          Faded bar, dotted lines (*): part of a month. Bar and percentiles cover only its days so far.
        </p>
      )}
    </div>
  );
}
