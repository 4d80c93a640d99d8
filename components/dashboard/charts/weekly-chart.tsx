'use client';
import { Bar, CartesianGrid, ComposedChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ACTUAL, axisTick, compact, two } from './palette';

export type WeeklyDatum = { label: string; wrvu: number; partial: boolean };

/** Weekly totals; a week only partly inside the range is drawn lighter. */
export function WeeklyChart({ data }: { data: WeeklyDatum[] }) {
  return (
    <div className="h-56 w-full">
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
          <Bar
            dataKey="wrvu"
            name="wRVUs"
            fill={ACTUAL}
            radius={[3, 3, 0, 0]}
            maxBarSize={28}
            shape={(props: unknown) => {
              const { x, y, width, height, payload } = props as {
                x: number;
                y: number;
                width: number;
                height: number;
                payload: WeeklyDatum;
              };
              return (
                <rect
                  x={x}
                  y={y}
                  width={width}
                  height={Math.max(0, height)}
                  rx={3}
                  fill={ACTUAL}
                  fillOpacity={payload.partial ? 0.45 : 1}
                />
              );
            }}
          />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
