"use client";

import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import type { PainPoint, SeriesResolution } from "@/lib/domain/progress";
import { formatDate } from "@/lib/format";
import { ChartBox, LEGEND } from "../chart-box";
import { GRID, PAIN_SERIES, TICK, X_PADDING } from "../chart-style";
import { shortDate } from "../format";

/** The pain chart's lines (loaded only where the chart is shown: ../lazy-drawings.tsx). */
export default function PainDrawing({ rows, today, resolution }: { rows: PainPoint[]; today: string; resolution: SeriesResolution }) {
  const label = (d: unknown) => (typeof d === "string" ? `${resolution === "week" ? "Week of " : ""}${formatDate(d)}` : String(d));
  return (
    <ChartBox>
      <LineChart data={rows} margin={{ top: 8, right: 12, bottom: 4, left: -16 }} accessibilityLayer={false}>
        <CartesianGrid stroke={GRID} strokeDasharray="3 3" />
        <XAxis dataKey="date" tick={TICK} tickFormatter={(d: string) => shortDate(d, today)} minTickGap={16} padding={X_PADDING} />
        <YAxis domain={[0, 10]} ticks={[0, 2, 4, 6, 8, 10]} tick={TICK} allowDecimals={false} />
        <Tooltip labelFormatter={label} formatter={(v) => `${String(v)}/10`} />
        <Legend {...LEGEND} />
        {PAIN_SERIES.map((s) => (
          <Line
            key={s.key}
            type="monotone"
            dataKey={s.key}
            name={s.label}
            stroke={s.color}
            strokeWidth={2}
            strokeDasharray={s.dash}
            dot={{ r: 3, fill: s.color }}
            legendType={s.dot === "square" ? "square" : "circle"}
            connectNulls
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    </ChartBox>
  );
}
