import { LEFS_MEANINGFUL_CHANGE } from "@/lib/domain/progress/series";
import type { FunctionPoint } from "@/lib/domain/progress/types";
import { formatDate } from "@/lib/format";
import { ChartFigure, DataTable } from "./chart-figure";
import { latestWith, num, shortDate } from "./format";
import { LefsDrawing } from "./lazy-drawings";

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
      chart={<LefsDrawing rows={rows} today={today} />}
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
