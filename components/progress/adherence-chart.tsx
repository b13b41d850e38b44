"use client";

import { Bar, BarChart, CartesianGrid, Legend, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import type { AdherencePoint, WeekAdherence } from "@/lib/domain/progress/types";
import { formatDate } from "@/lib/format";
import { COLORS, ChartBox, GRID, LEGEND, TICK } from "./chart-box";
import { Blank, ChartFigure, DataTable } from "./chart-figure";
import { num, shortDate } from "./format";

const TARGET = 80;

/** "16–22 Nov 2026", "30 Nov – 6 Dec 2026", "29 Dec 2025 – 4 Jan 2026". */
function weekRange(start: string, end: string): string {
  const to = formatDate(end);
  if (start.slice(0, 7) === end.slice(0, 7)) return `${Number(start.slice(8, 10))}–${to}`;
  if (start.slice(0, 4) === end.slice(0, 4)) return `${shortDate(start, end)} – ${to}`;
  return `${formatDate(start)} – ${to}`;
}

function caption(weeks: readonly WeekAdherence[], today: string): string {
  const last = weeks.at(-1);
  if (!last) return "";
  const week = `week of ${shortDate(last.weekStart, today)}`;
  const latest =
    last.percent === null
      ? `Nothing was prescribed in the ${week}.`
      : `Latest: ${last.percent}% in the ${week} (${num(last.doneSets)} of ${num(last.prescribedSets)} sets, ${last.daysLogged} of ${last.daysCounted} days logged so far).`;
  return `Share of prescribed exercise sets done per week (the daily aims the patient's portal shows); the target is ${TARGET}% or more. ${latest}`;
}

export function AdherenceChart({ rows, weeks, today }: { rows: AdherencePoint[]; weeks: WeekAdherence[]; today: string }) {
  return (
    <ChartFigure
      id="adherence-chart"
      title="Exercise adherence per week"
      isEmpty={rows.length === 0}
      emptyText="No exercise weeks recorded yet."
      caption={caption(weeks, today)}
      chart={
        <ChartBox>
          <BarChart data={rows} margin={{ top: 8, right: 12, bottom: 4, left: -16 }} accessibilityLayer={false}>
            <CartesianGrid stroke={GRID} strokeDasharray="3 3" />
            <XAxis dataKey="week" tick={TICK} tickFormatter={(d: string) => shortDate(d, today)} minTickGap={8} />
            <YAxis domain={[0, 100]} ticks={[0, 20, 40, 60, 80, 100]} tick={TICK} unit="%" />
            <Tooltip labelFormatter={(d) => (typeof d === "string" ? `Week of ${formatDate(d)}` : d)} formatter={(v) => `${String(v)}%`} />
            <Legend {...LEGEND} />
            <ReferenceLine
              y={TARGET}
              stroke={COLORS.slate}
              strokeDasharray="4 4"
              label={{ value: `${TARGET}% target`, position: "insideTopLeft", fill: COLORS.slate, fontSize: 12 }}
            />
            <Bar dataKey="percent" name="Sets done (% of prescribed)" fill={COLORS.brand} maxBarSize={40} isAnimationActive={false} />
          </BarChart>
        </ChartBox>
      }
      table={
        <DataTable
          caption="Exercise adherence by week"
          rows={weeks}
          rowKey={(w) => w.weekStart}
          columns={[
            { header: "Week", rowHeader: true, cell: (w) => weekRange(w.weekStart, w.weekEnd) },
            { header: "Adherence", cell: (w) => (w.percent === null ? <Blank /> : `${w.percent}%`) },
            { header: "Sets done", cell: (w) => `${num(w.doneSets)} of ${num(w.prescribedSets)}` },
            { header: "Days logged", cell: (w) => `${w.daysLogged} of ${w.daysCounted}` },
          ]}
        />
      }
    />
  );
}
