import Link from "next/link";
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

/** One page of the patient's logs, newest first. */
export function LogTable({ logs }: { logs: readonly DailyLog[] }) {
  if (logs.length === 0) return <p className="text-sm text-slate-600">No patient logs yet.</p>;
  return (
    <ScrollBox label="Patient logs table">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Patient logs, newest first</caption>
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

/**
 * Links through the log table's pages (page 1: the newest logs), plain links so they work
 * without JavaScript; the page size is the server's (lib/server/progress.ts LOG_PAGE_SIZE).
 */
export function LogPager({ patientId, page, pages, total, size }: { patientId: string; page: number; pages: number; total: number; size: number }) {
  if (pages <= 1) return null;
  const href = (n: number) => `/patients/${patientId}/progress?logs=${n}#logs-heading`;
  const first = (page - 1) * size + 1;
  const last = Math.min(page * size, total);
  const link = "font-medium text-brand-700 underline underline-offset-2";
  return (
    <nav aria-label="Log pages" className="flex flex-wrap items-center gap-x-4 gap-y-2 border-t border-slate-100 pt-3 text-sm">
      {page > 1 ? (
        <Link href={href(page - 1)} className={link}>
          Newer logs
        </Link>
      ) : null}
      <p>
        Page {page} of {pages} (logs {first}–{last} of {total}, newest first)
      </p>
      {page < pages ? (
        <Link href={href(page + 1)} className={link}>
          Older logs
        </Link>
      ) : null}
    </nav>
  );
}
