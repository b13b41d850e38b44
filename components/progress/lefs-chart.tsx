"use client";

import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import { LEFS_MEANINGFUL_CHANGE } from "@/lib/domain/progress/series";
import type { FunctionPoint } from "@/lib/domain/progress/types";
import { formatDate } from "@/lib/format";
import { COLORS, ChartBox, GRID, LEGEND, TICK, X_PADDING } from "./chart-box";
import { ChartFigure, DataTable } from "./chart-figure";
import { latestWith, num, shortDate } from "./format";

function signed(value: number): string {
  return value > 0 ? `+${num(value)}` : value < 0 ? `−${num(-value)}` : "0";
}

function caption(rows: readonly FunctionPoint[], today: string): string {
  const latest = latestWith(rows, "lefs");
  if (!latest) return "";
  const change = latest.row.lefsChange ?? 0;
  const meaning =
    rows.length < 2
      ? "one visit so far"
      : `${signed(change)} since the first score, ${Math.abs(change) >= LEFS_MEANINGFUL_CHANGE ? "a" : "not yet a"} meaningful change (about ${LEFS_MEANINGFUL_CHANGE} points)`;
  return `Lower Extremity Functional Scale, 0-80, higher is better. Latest: ${num(latest.value)}/80 on ${shortDate(latest.row.date, today)}; ${meaning}.`;
}

export function LefsChart({ rows, today }: { rows: FunctionPoint[]; today: string }) {
  return (
    <ChartFigure
      id="lefs-chart"
      title="Function (LEFS)"
      isEmpty={rows.length === 0}
      emptyText="No LEFS scores recorded yet."
      caption={caption(rows, today)}
      chart={
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
      }
      table={
        <DataTable
          caption="LEFS by visit"
          rows={rows}
          rowKey={(r) => r.date}
          columns={[
            { header: "Date", rowHeader: true, cell: (r) => formatDate(r.date) },
            { header: "LEFS (0-80)", cell: (r) => (r.lefs === null ? "—" : num(r.lefs)) },
            { header: "Change from first", cell: (r) => (r.lefsChange === null ? "—" : signed(r.lefsChange)) },
          ]}
        />
      }
    />
  );
}
