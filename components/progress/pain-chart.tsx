"use client";

import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import type { PainPoint } from "@/lib/domain/progress/types";
import { formatDate } from "@/lib/format";
import { COLORS, ChartBox, GRID, LEGEND, TICK, X_PADDING } from "./chart-box";
import { Blank, ChartFigure, DataTable } from "./chart-figure";
import { latestWith, num, shortDate } from "./format";

const SERIES = [
  { key: "painDuring", label: "During exercise", color: COLORS.red, dash: undefined, dot: "circle" },
  { key: "painNextMorning", label: "Next morning", color: COLORS.orange, dash: "6 3", dot: "square" },
  { key: "painRest", label: "At rest", color: COLORS.blue, dash: "2 3", dot: "circle" },
  { key: "painWalking", label: "Walking", color: COLORS.purple, dash: "10 4 2 4", dot: "square" },
] as const satisfies readonly { key: keyof PainPoint; label: string; color: string; dash?: string; dot: string }[];

function pain(value: number | null) {
  return value === null ? <Blank /> : `${num(value)}/10`;
}

function caption(rows: readonly PainPoint[], today: string): string {
  const parts = SERIES.flatMap((s) => {
    const latest = latestWith(rows, s.key);
    return latest ? [`${s.label.toLowerCase()} ${num(latest.value)}/10 (${shortDate(latest.row.date, today)})`] : [];
  });
  return `Pain 0-10, lower is better. Latest: ${parts.join("; ")}. During exercise and next morning come from the patient's logs, at rest and walking from clinic visits.`;
}

export function PainChart({ rows, today }: { rows: PainPoint[]; today: string }) {
  return (
    <ChartFigure
      id="pain-chart"
      title="Pain over time"
      isEmpty={rows.length === 0}
      emptyText="No pain ratings recorded yet."
      caption={caption(rows, today)}
      chart={
        <ChartBox>
          <LineChart data={rows} margin={{ top: 8, right: 12, bottom: 4, left: -16 }} accessibilityLayer={false}>
            <CartesianGrid stroke={GRID} strokeDasharray="3 3" />
            <XAxis dataKey="date" tick={TICK} tickFormatter={(d: string) => shortDate(d, today)} minTickGap={16} padding={X_PADDING} />
            <YAxis domain={[0, 10]} ticks={[0, 2, 4, 6, 8, 10]} tick={TICK} allowDecimals={false} />
            <Tooltip labelFormatter={(d) => (typeof d === "string" ? formatDate(d) : d)} formatter={(v) => `${String(v)}/10`} />
            <Legend {...LEGEND} />
            {SERIES.map((s) => (
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
      }
      table={
        <DataTable
          caption="Pain ratings by date (0-10)"
          rows={rows}
          rowKey={(r) => r.date}
          columns={[
            { header: "Date", rowHeader: true, cell: (r) => formatDate(r.date) },
            ...SERIES.map((s) => ({ header: s.label, cell: (r: PainPoint) => pain(r[s.key]) })),
          ]}
        />
      }
    />
  );
}
