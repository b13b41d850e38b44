import type { AdherencePoint, WeekAdherence } from "@/lib/domain/progress/types";
import { formatDate } from "@/lib/format";
import { ADHERENCE_TARGET as TARGET } from "./chart-style";
import { Blank, ChartFigure, DataTable } from "./chart-figure";
import { num, shortDate } from "./format";
import { AdherenceDrawing } from "./lazy-drawings";

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
      chart={<AdherenceDrawing rows={rows} today={today} />}
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
