"use client";

import { Bar, CartesianGrid, ComposedChart, Legend, Line, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import type { StrengthChart as StrengthChartConfig } from "@/lib/domain/injuries";
import type { StrengthPoint } from "@/lib/domain/progress/types";
import { formatDate } from "@/lib/format";
import { COLORS, ChartBox, GRID, LEGEND, TICK } from "./chart-box";
import { Blank, ChartFigure, DataTable } from "./chart-figure";
import { num, shortDate } from "./format";

const BAR_COLORS = [
  [COLORS.red, COLORS.blue],
  [COLORS.orange, COLORS.sky],
] as const;
const LINE_STYLES = [
  { color: COLORS.green, dash: undefined },
  { color: COLORS.purple, dash: "6 3" },
] as const;

/** A chart row: the point's sides and symmetry flattened to `<input>_affected` etc. for Recharts. */
type Row = { date: string } & Record<string, number | null | string>;

function flatten(point: StrengthPoint): Row {
  const row: Row = { date: point.date };
  for (const [input, v] of Object.entries(point.values)) {
    row[`${input}_affected`] = v.affected;
    row[`${input}_unaffected`] = v.unaffected;
    row[`${input}_symmetry`] = v.symmetry;
  }
  return row;
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** 0 up to a round number at or above `max`, in 4-5 even steps (0, 10, 20, 30). */
function niceTicks(max: number): number[] {
  const step = [5, 10, 20, 25, 50, 100].find((s) => Math.ceil(max / s) <= 5) ?? Math.ceil(max / 500) * 100;
  const top = Math.max(step, Math.ceil(max / step) * step);
  return Array.from({ length: top / step + 1 }, (_, i) => i * step);
}

function value(v: number | null | undefined) {
  return v === null || v === undefined ? <Blank /> : num(v);
}

function pct(v: number | null | undefined) {
  return v === null || v === undefined ? <Blank /> : `${num(v)}%`;
}

function sides(values: readonly (number | null | undefined)[]): string {
  return values.map((v) => (v === null || v === undefined ? "–" : num(v))).join(" / ");
}

function caption(chart: StrengthChartConfig, rows: readonly StrengthPoint[], today: string): string {
  const last = rows.at(-1);
  if (!last) return "";
  const at = chart.inputs.map((i) => last.values[i.input]);
  const sym = chart.inputs
    .map((i) => (last.values[i.input]?.symmetry != null ? `${num(last.values[i.input]!.symmetry!)}% ${i.variant}` : null))
    .filter(Boolean);
  return (
    `${chart.caption} Latest visit ${shortDate(last.date, today)}: injured side ${sides(at.map((v) => v?.affected))}, ` +
    `other side ${sides(at.map((v) => v?.unaffected))} ${chart.unit} (${chart.inputs.map((i) => i.variant).join(" / ")})` +
    (sym.length ? `; symmetry ${sym.join(", ")} (target ${chart.symmetryTarget}% or more).` : ".")
  );
}

/** The injury kind's paired strength test per visit: both legs as bars, symmetry as lines. */
export function StrengthChart({ chart, rows, today }: { chart: StrengthChartConfig; rows: StrengthPoint[]; today: string }) {
  const data = rows.map(flatten);
  const bars = chart.inputs.flatMap((i, n) => [
    { key: `${i.input}_affected`, label: `Injured, ${i.variant}`, color: BAR_COLORS[n % 2]![0] },
    { key: `${i.input}_unaffected`, label: `Other side, ${i.variant}`, color: BAR_COLORS[n % 2]![1] },
  ]);
  const lines = chart.inputs.map((i, n) => ({ key: `${i.input}_symmetry`, label: `Symmetry, ${i.variant} (%)`, ...LINE_STYLES[n % 2]! }));
  const numbers = (keys: string[]) => data.flatMap((r) => keys.map((k) => (typeof r[k] === "number" ? r[k] : 0)));
  const maxSymmetry = Math.max(100, ...numbers(lines.map((l) => l.key)));
  const ticks = niceTicks(Math.max(0, ...numbers(bars.map((b) => b.key))));
  const id = `${chart.inputs.map((i) => i.input).join("-")}-chart`;
  return (
    <ChartFigure
      id={id}
      title={`${chart.title} and symmetry`}
      isEmpty={rows.length === 0}
      emptyText={chart.emptyText}
      caption={caption(chart, rows, today)}
      chart={
        <ChartBox tall>
          <ComposedChart data={data} margin={{ top: 8, right: 0, bottom: 4, left: -16 }} accessibilityLayer={false}>
            <CartesianGrid stroke={GRID} strokeDasharray="3 3" />
            <XAxis dataKey="date" tick={TICK} tickFormatter={(d: string) => shortDate(d, today)} minTickGap={16} />
            <YAxis yAxisId="reps" domain={[0, ticks.at(-1)!]} ticks={ticks} tick={TICK} allowDecimals={false} />
            <YAxis yAxisId="sym" orientation="right" domain={[0, Math.ceil(maxSymmetry / 10) * 10]} tick={TICK} unit="%" width={52} />
            <Tooltip labelFormatter={(d) => (typeof d === "string" ? formatDate(d) : d)} />
            <Legend {...LEGEND} />
            <ReferenceLine
              yAxisId="sym"
              y={chart.symmetryTarget}
              stroke={COLORS.green}
              strokeDasharray="4 4"
              label={{ value: `${chart.symmetryTarget}% target`, position: "insideTopLeft", fill: "#047857", fontSize: 12 }}
            />
            {bars.map((b) => (
              <Bar key={b.key} yAxisId="reps" dataKey={b.key} name={b.label} fill={b.color} maxBarSize={18} isAnimationActive={false} />
            ))}
            {lines.map((l) => (
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
          caption={`${chart.title} (${chart.unit}) and symmetry by visit`}
          rows={rows}
          rowKey={(r) => r.date}
          groups={chart.inputs.map((i) => ({ label: capitalize(i.variant), span: 3 }))}
          columns={[
            { header: "Date", rowHeader: true, cell: (r) => formatDate(r.date) },
            ...chart.inputs.flatMap((i) => [
              { header: "Injured", id: `${i.input}-a`, cell: (r: StrengthPoint) => value(r.values[i.input]?.affected) },
              { header: "Other", id: `${i.input}-u`, cell: (r: StrengthPoint) => value(r.values[i.input]?.unaffected) },
              { header: "Symmetry", id: `${i.input}-s`, cell: (r: StrengthPoint) => pct(r.values[i.input]?.symmetry) },
            ]),
          ]}
        />
      }
    />
  );
}
