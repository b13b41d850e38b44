import type { StrengthChart as StrengthChartConfig } from "@/lib/domain/injuries";
import type { StrengthPoint } from "@/lib/domain/progress/types";
import { formatDate } from "@/lib/format";
import { Blank, ChartFigure, DataTable } from "./chart-figure";
import { num, shortDate } from "./format";
import { StrengthDrawing } from "./lazy-drawings";

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

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
  const id = `${chart.inputs.map((i) => i.input).join("-")}-chart`;
  return (
    <ChartFigure
      id={id}
      title={`${chart.title} and symmetry`}
      isEmpty={rows.length === 0}
      emptyText={chart.emptyText}
      caption={caption(chart, rows, today)}
      chart={<StrengthDrawing chart={chart} rows={rows} today={today} />}
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
