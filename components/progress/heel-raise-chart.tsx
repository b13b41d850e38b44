"use client";

import { Bar, CartesianGrid, ComposedChart, Legend, Line, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import type { HeelRaisePoint } from "@/lib/domain/progress/types";
import { formatDate } from "@/lib/format";
import { COLORS, ChartBox, GRID, LEGEND, TICK } from "./chart-box";
import { Blank, ChartFigure, DataTable } from "./chart-figure";
import { num, shortDate } from "./format";

/** Symmetry the gates aim for before running. */
const SYMMETRY_TARGET = 90;

const BARS = [
  { key: "affectedStraight", label: "Injured, straight knee", color: COLORS.red },
  { key: "unaffectedStraight", label: "Other side, straight knee", color: COLORS.blue },
  { key: "affectedBent", label: "Injured, bent knee", color: COLORS.orange },
  { key: "unaffectedBent", label: "Other side, bent knee", color: COLORS.sky },
] as const;

const LINES = [
  { key: "symmetryStraight", label: "Symmetry, straight knee (%)", color: COLORS.green, dash: undefined },
  { key: "symmetryBent", label: "Symmetry, bent knee (%)", color: COLORS.purple, dash: "6 3" },
] as const;

/** 0 up to a round number at or above `max`, in 4-5 even steps (0, 10, 20, 30). */
function niceTicks(max: number): number[] {
  const step = [5, 10, 20, 25, 50, 100].find((s) => Math.ceil(max / s) <= 5) ?? Math.ceil(max / 500) * 100;
  const top = Math.max(step, Math.ceil(max / step) * step);
  return Array.from({ length: top / step + 1 }, (_, i) => i * step);
}

function reps(value: number | null) {
  return value === null ? <Blank /> : num(value);
}

function pct(value: number | null) {
  return value === null ? <Blank /> : `${num(value)}%`;
}

function pair(a: number | null, b: number | null): string {
  return `${a === null ? "–" : num(a)} / ${b === null ? "–" : num(b)}`;
}

function caption(rows: readonly HeelRaisePoint[], today: string): string {
  const last = rows.at(-1);
  if (!last) return "";
  const sym = [
    last.symmetryStraight !== null ? `${num(last.symmetryStraight)}% straight knee` : null,
    last.symmetryBent !== null ? `${num(last.symmetryBent)}% bent knee` : null,
  ].filter(Boolean);
  return (
    `Single-leg heel raises to fatigue. Latest visit ${shortDate(last.date, today)}: injured side ${pair(last.affectedStraight, last.affectedBent)}, ` +
    `other side ${pair(last.unaffectedStraight, last.unaffectedBent)} reps (straight / bent knee)` +
    (sym.length ? `; symmetry ${sym.join(", ")} (target ${SYMMETRY_TARGET}% or more).` : ".")
  );
}

export function HeelRaiseChart({ rows, today }: { rows: HeelRaisePoint[]; today: string }) {
  const maxSymmetry = Math.max(100, ...rows.flatMap((r) => [r.symmetryStraight ?? 0, r.symmetryBent ?? 0]));
  const repTicks = niceTicks(Math.max(0, ...rows.flatMap((r) => BARS.map((b) => r[b.key] ?? 0))));
  return (
    <ChartFigure
      id="heel-raise-chart"
      title="Heel raises and symmetry"
      isEmpty={rows.length === 0}
      emptyText="No heel-raise tests recorded yet."
      caption={caption(rows, today)}
      chart={
        <ChartBox tall>
          <ComposedChart data={rows} margin={{ top: 8, right: 0, bottom: 4, left: -16 }} accessibilityLayer={false}>
            <CartesianGrid stroke={GRID} strokeDasharray="3 3" />
            <XAxis dataKey="date" tick={TICK} tickFormatter={(d: string) => shortDate(d, today)} minTickGap={16} />
            <YAxis yAxisId="reps" domain={[0, repTicks.at(-1)!]} ticks={repTicks} tick={TICK} allowDecimals={false} />
            <YAxis yAxisId="sym" orientation="right" domain={[0, Math.ceil(maxSymmetry / 10) * 10]} tick={TICK} unit="%" width={52} />
            <Tooltip labelFormatter={(d) => (typeof d === "string" ? formatDate(d) : d)} />
            <Legend {...LEGEND} />
            <ReferenceLine
              yAxisId="sym"
              y={SYMMETRY_TARGET}
              stroke={COLORS.green}
              strokeDasharray="4 4"
              label={{ value: `${SYMMETRY_TARGET}% target`, position: "insideTopLeft", fill: "#047857", fontSize: 12 }}
            />
            {BARS.map((b) => (
              <Bar key={b.key} yAxisId="reps" dataKey={b.key} name={b.label} fill={b.color} maxBarSize={18} isAnimationActive={false} />
            ))}
            {LINES.map((l) => (
              <Line
                key={l.key}
                yAxisId="sym"
                type="monotone"
                dataKey={l.key}
                name={l.label}
                stroke={l.color}
                strokeWidth={2}
                strokeDasharray={l.dash}
                dot={{ r: 3, fill: l.color }}
                connectNulls
                isAnimationActive={false}
              />
            ))}
          </ComposedChart>
        </ChartBox>
      }
      table={
        <DataTable
          caption="Heel raises (reps) and symmetry by visit"
          rows={rows}
          rowKey={(r) => r.date}
          groups={[
            { label: "Straight knee", span: 3 },
            { label: "Bent knee", span: 3 },
          ]}
          columns={[
            { header: "Date", rowHeader: true, cell: (r) => formatDate(r.date) },
            { header: "Injured", id: "as", cell: (r) => reps(r.affectedStraight) },
            { header: "Other", id: "us", cell: (r) => reps(r.unaffectedStraight) },
            { header: "Symmetry", id: "ss", cell: (r) => pct(r.symmetryStraight) },
            { header: "Injured", id: "ab", cell: (r) => reps(r.affectedBent) },
            { header: "Other", id: "ub", cell: (r) => reps(r.unaffectedBent) },
            { header: "Symmetry", id: "sb", cell: (r) => pct(r.symmetryBent) },
          ]}
        />
      }
    />
  );
}
