import { DAILY_LIMIT_DAYS, type ChartedSeries, type PainPoint } from "@/lib/domain/progress";
import { formatDate } from "@/lib/format";
import { Blank, ChartFigure, DataTable } from "./chart-figure";
import { PAIN_SERIES as SERIES } from "./chart-style";
import { latestWith, num, shortDate } from "./format";
import { PainDrawing } from "./lazy-drawings";

function rating(value: number | null) {
  return value === null ? <Blank /> : `${num(value)}/10`;
}

function caption(rows: readonly PainPoint[], today: string, weekly: boolean): string {
  const parts = SERIES.flatMap((s) => {
    const latest = latestWith(rows, s.key);
    return latest ? [`${s.label.toLowerCase()} ${num(latest.value)}/10 (${weekly ? "week of " : ""}${shortDate(latest.row.date, today)})`] : [];
  });
  const scale = weekly ? ` Over ${DAILY_LIMIT_DAYS} days of history: each point is a week's mean.` : "";
  return `Pain 0-10, lower is better.${scale} Latest: ${parts.join("; ")}. During exercise and next morning come from the patient's logs, at rest and walking from clinic visits.`;
}

/** Pain ratings over time: day by day, or weekly means for a long history (lib/domain/progress chartedPain). */
export function PainChart({ pain, today }: { pain: ChartedSeries<PainPoint>; today: string }) {
  const { rows, resolution } = pain;
  const weekly = resolution === "week";
  return (
    <ChartFigure
      id="pain-chart"
      title="Pain over time"
      isEmpty={rows.length === 0}
      emptyText="No pain ratings recorded yet."
      caption={caption(rows, today, weekly)}
      chart={<PainDrawing rows={rows} today={today} resolution={resolution} />}
      table={
        <DataTable
          caption={weekly ? "Mean pain ratings by week (0-10)" : "Pain ratings by date (0-10)"}
          rows={rows}
          rowKey={(r) => r.date}
          columns={[
            { header: weekly ? "Week of" : "Date", rowHeader: true, cell: (r) => formatDate(r.date) },
            ...SERIES.map((s) => ({ header: s.label, cell: (r: PainPoint) => rating(r[s.key]) })),
          ]}
        />
      }
    />
  );
}
