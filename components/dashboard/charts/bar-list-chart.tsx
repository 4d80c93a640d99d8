'use client';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ACTUAL, axisTick, compact, two } from './palette';

export type BarDatum = { label: string; wrvu: number };

/** Horizontal bars, largest first: top codes, categories, sites. */
export function BarListChart({ data, color = ACTUAL }: { data: BarDatum[]; color?: string }) {
  const height = Math.max(120, data.length * 30 + 30);
  return (
    <div className="w-full" style={{ height }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart
          accessibilityLayer={false}
          data={data}
          layout="vertical"
          margin={{ top: 4, right: 12, bottom: 4, left: 4 }}
        >
          <CartesianGrid horizontal={false} stroke="#e2e8f0" />
          <XAxis type="number" tick={axisTick} tickLine={false} tickFormatter={compact} />
          <YAxis
            type="category"
            dataKey="label"
            tick={axisTick}
            tickLine={false}
            axisLine={false}
            width={110}
          />
          <Tooltip formatter={two} />
          <Bar dataKey="wrvu" name="wRVUs" fill={color} radius={[0, 3, 3, 0]} maxBarSize={22} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
