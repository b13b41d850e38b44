import type { DailyLog } from "@/lib/domain/progress/types";
import { formatDate } from "@/lib/format";
import { Blank } from "./chart-figure";
import { num } from "./format";
import { ScrollBox } from "./scroll-box";

function totalSets(setsDone: Readonly<Record<string, number>>): number {
  return Object.values(setsDone).reduce((sum, n) => sum + (typeof n === "number" && Number.isFinite(n) && n > 0 ? n : 0), 0);
}

function pain(value: number | null) {
  return value === null ? <Blank /> : `${value}/10`;
}

/** The patient's latest logs, newest first. */
export function LogTable({ logs }: { logs: readonly DailyLog[] }) {
  if (logs.length === 0) return <p className="text-sm text-slate-600">No patient logs yet.</p>;
  return (
    <ScrollBox label="Recent patient logs">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Recent patient logs, newest first</caption>
        <thead className="text-slate-600">
          <tr>
            <th scope="col" className="py-2 pr-4 font-medium whitespace-nowrap">
              Date
            </th>
            <th scope="col" className="py-2 pr-4 font-medium whitespace-nowrap">
              Sets done
            </th>
            <th scope="col" className="py-2 pr-4 font-medium whitespace-nowrap">
              Pain during
            </th>
            <th scope="col" className="py-2 pr-4 font-medium whitespace-nowrap">
              Next morning
            </th>
            <th scope="col" className="py-2 font-medium">
              Note
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {logs.map((l) => (
            <tr key={l.date} className="align-top">
              <th scope="row" className="py-2 pr-4 font-normal whitespace-nowrap">
                {formatDate(l.date)}
              </th>
              <td className="py-2 pr-4 tabular-nums">{num(totalSets(l.setsDone))}</td>
              <td className="py-2 pr-4 tabular-nums">{pain(l.painDuring)}</td>
              <td className="py-2 pr-4 tabular-nums">{pain(l.painNextMorning)}</td>
              <td className="min-w-48 py-2 break-words whitespace-pre-wrap">{l.note ? l.note : <span className="text-slate-500">None</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}
