"use client";

import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import type { FunctionPoint } from "@/lib/domain/progress";
import { formatDate } from "@/lib/format";
import { ChartBox, LEGEND } from "../chart-box";
import { COLORS, GRID, TICK, X_PADDING } from "../chart-style";
import { shortDate } from "../format";

/** The LEFS line (loaded only where the chart is shown: ../lazy-drawings.tsx). */
export default function LefsDrawing({ rows, today }: { rows: FunctionPoint[]; today: string }) {
  return (
    <ChartBox>
      <LineChart data={rows} margin={{ top: 8, right: 12, bottom: 4, left: -16 }} accessibilityLayer={false}>
        <CartesianGrid stroke={GRID} strokeDasharray="3 3" />
        <XAxis dataKey="date" tick={TICK} tickFormatter={(d: string) => shortDate(d, today)} minTickGap={16} padding={X_PADDING} />
        <YAxis domain={[0, 80]} ticks={[0, 20, 40, 60, 80]} tick={TICK} allowDecimals={false} />
        <Tooltip labelFormatter={(d) => (typeof d === "string" ? formatDate(d) : d)} formatter={(v) => `${String(v)}/80`} />
        <Legend {...LEGEND} />
        <Line
          type="monotone"
          dataKey="lefs"
          name="LEFS score"
          stroke={COLORS.brand}
          strokeWidth={2}
          dot={{ r: 4, fill: COLORS.brand }}
          connectNulls
          isAnimationActive={false}
        />
      </LineChart>
    </ChartBox>
  );
}
