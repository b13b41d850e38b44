"use client";

import { Bar, CartesianGrid, ComposedChart, Legend, Line, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import type { StrengthChart as StrengthChartConfig } from "@/lib/domain/injuries";
import type { StrengthPoint } from "@/lib/domain/progress";
import { formatDate } from "@/lib/format";
import { ChartBox, LEGEND } from "../chart-box";
import { COLORS, GRID, TICK } from "../chart-style";
import { shortDate } from "../format";

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

/** 0 up to a round number at or above `max`, in 4-5 even steps (0, 10, 20, 30). */
function niceTicks(max: number): number[] {
  const step = [5, 10, 20, 25, 50, 100].find((s) => Math.ceil(max / s) <= 5) ?? Math.ceil(max / 500) * 100;
  const top = Math.max(step, Math.ceil(max / step) * step);
  return Array.from({ length: top / step + 1 }, (_, i) => i * step);
}

/** Both legs as bars, symmetry as lines (loaded only where the chart is shown: ../lazy-drawings.tsx). */
export default function StrengthDrawing({ chart, rows, today }: { chart: StrengthChartConfig; rows: StrengthPoint[]; today: string }) {
  const data = rows.map(flatten);
  const bars = chart.inputs.flatMap((i, n) => [
    { key: `${i.input}_affected`, label: `Injured, ${i.variant}`, color: BAR_COLORS[n % 2]![0] },
    { key: `${i.input}_unaffected`, label: `Other side, ${i.variant}`, color: BAR_COLORS[n % 2]![1] },
  ]);
  const lines = chart.inputs.map((i, n) => ({ key: `${i.input}_symmetry`, label: `Symmetry, ${i.variant} (%)`, ...LINE_STYLES[n % 2]! }));
  const numbers = (keys: string[]) => data.flatMap((r) => keys.map((k) => (typeof r[k] === "number" ? r[k] : 0)));
  const maxSymmetry = Math.max(100, ...numbers(lines.map((l) => l.key)));
  const ticks = niceTicks(Math.max(0, ...numbers(bars.map((b) => b.key))));
  return (
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
  );
}
