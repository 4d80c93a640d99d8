'use client';
import { useState } from 'react';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ACTUAL, axisTick, compact, two } from './palette';

export type BarDatum = { label: string; wrvu: number };

const CHAR_PX = 6.4; // average width of an 11 px tick character

/**
 * Horizontal bars, largest first: top codes, categories, sites. The label column is as wide as the
 * longest label needs, up to 40 % of the chart's width (so a site name is whole on a wide screen);
 * only labels longer than that are shortened, with the full name in the tooltip and the table.
 */
export function BarListChart({ data, color = ACTUAL }: { data: BarDatum[]; color?: string }) {
  const [chartWidth, setChartWidth] = useState(0);
  const height = Math.max(120, data.length * 30 + 30);
  const longest = Math.max(4, ...data.map((d) => d.label.length));
  const labelWidth = Math.round(Math.min(longest * CHAR_PX + 10, Math.max(110, (chartWidth || 275) * 0.4)));
  const maxChars = Math.floor((labelWidth - 10) / CHAR_PX);
  const fit = (label: string) => (label.length > maxChars ? `${label.slice(0, maxChars - 1)}…` : label);
  return (
    <div className="w-full" style={{ height }}>
      <ResponsiveContainer width="100%" height="100%" onResize={(w) => setChartWidth(w)}>
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
            width={labelWidth}
            tickFormatter={fit}
          />
          <Tooltip formatter={two} />
          <Bar dataKey="wrvu" name="wRVUs" fill={color} radius={[0, 3, 3, 0]} maxBarSize={22} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
