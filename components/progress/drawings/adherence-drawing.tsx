"use client";

import { Bar, BarChart, CartesianGrid, Legend, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import type { AdherencePoint } from "@/lib/domain/progress";
import { formatDate } from "@/lib/format";
import { ChartBox, LEGEND } from "../chart-box";
import { ADHERENCE_TARGET, COLORS, GRID, TICK } from "../chart-style";
import { shortDate } from "../format";

/** Weekly adherence bars (loaded only where the chart is shown: ../lazy-drawings.tsx). */
export default function AdherenceDrawing({ rows, today }: { rows: AdherencePoint[]; today: string }) {
  return (
    <ChartBox>
      <BarChart data={rows} margin={{ top: 8, right: 12, bottom: 4, left: -16 }} accessibilityLayer={false}>
        <CartesianGrid stroke={GRID} strokeDasharray="3 3" />
        <XAxis dataKey="week" tick={TICK} tickFormatter={(d: string) => shortDate(d, today)} minTickGap={8} />
        <YAxis domain={[0, 100]} ticks={[0, 20, 40, 60, 80, 100]} tick={TICK} unit="%" />
        <Tooltip labelFormatter={(d) => (typeof d === "string" ? `Week of ${formatDate(d)}` : d)} formatter={(v) => `${String(v)}%`} />
        <Legend {...LEGEND} />
        <ReferenceLine
          y={ADHERENCE_TARGET}
          stroke={COLORS.slate}
          strokeDasharray="4 4"
          label={{ value: `${ADHERENCE_TARGET}% target`, position: "insideTopLeft", fill: COLORS.slate, fontSize: 12 }}
        />
        <Bar dataKey="percent" name="Sets done (% of prescribed)" fill={COLORS.brand} maxBarSize={40} isAnimationActive={false} />
      </BarChart>
    </ChartBox>
  );
}
