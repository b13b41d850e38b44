import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { STAGE_KEYS } from "@/lib/domain/clinical/types";
import { formatDate } from "@/lib/format";
import { STAFF_ROLES } from "@/lib/server/actor";
import { requireActor } from "@/lib/server/auth";
import { ALERT_FILTERS, getWorklist, parseWorklistQuery, type Worklist } from "@/lib/server/worklist";

export const metadata: Metadata = { title: "Dashboard" };

const count = new Intl.NumberFormat("en-GB");

/** The worklist's URL for a query: every filter is in the address, so back and forward work. */
function hrefFor(query: Worklist["query"], page: number, change: Partial<Worklist["query"]> = {}): string {
  const q = { ...query, ...change };
  const params = new URLSearchParams();
  if (q.scope === "clinic") params.set("scope", "clinic");
  if (q.q) params.set("q", q.q);
  if (q.stage) params.set("stage", String(q.stage));
  if (q.alert) params.set("alert", q.alert);
  if (page > 1) params.set("page", String(page));
  const s = params.toString();
  return s ? `/dashboard?${s}` : "/dashboard";
}

export default async function DashboardPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor(STAFF_ROLES, "/dashboard");
  const list = await getWorklist(actor, parseWorklistQuery(await searchParams));
  const { rows, total, page, pageCount, pageSize, query } = list;
  const first = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const last = (page - 1) * pageSize + rows.length;
  const filtered = Boolean(query.q || query.stage || query.alert);
  const whose = query.scope === "mine" ? "your patients with an active plan" : "active plans in the clinic";

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold">Dashboard</h1>
          <p className="text-sm text-slate-600">Worklist of {whose}: those who need attention first.</p>
        </div>
        <nav aria-label="Whose patients" className="flex gap-1 text-sm">
          {(["mine", "clinic"] as const).map((scope) => (
            <Link
              key={scope}
              href={hrefFor(query, 1, { scope })}
              aria-current={query.scope === scope ? "page" : undefined}
              className={`rounded-md px-3 py-2 ${query.scope === scope ? "bg-brand-50 font-medium text-brand-800" : "text-slate-700 hover:bg-slate-100"}`}
            >
              {scope === "mine" ? "My patients" : "Whole clinic"}
            </Link>
          ))}
        </nav>
      </div>

      <form role="search" action="/dashboard" aria-label="Search and filter the worklist" className="flex flex-wrap items-end gap-3">
        {query.scope === "clinic" ? <input type="hidden" name="scope" value="clinic" /> : null}
        <div className="flex min-w-56 flex-1 flex-col gap-1">
          <label htmlFor="worklist-q" className="text-sm font-medium text-slate-700">
            Patient name
          </label>
          <input
            id="worklist-q"
            name="q"
            type="search"
            defaultValue={query.q}
            maxLength={100}
            className="min-h-10 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm"
          />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="worklist-stage" className="text-sm font-medium text-slate-700">
            Stage
          </label>
          <select
            id="worklist-stage"
            name="stage"
            defaultValue={query.stage ? String(query.stage) : ""}
            className="min-h-10 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm"
          >
            <option value="">Any stage</option>
            {STAGE_KEYS.map((_, i) => (
              <option key={i} value={String(i + 1)}>
                Stage {i + 1}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="worklist-alert" className="text-sm font-medium text-slate-700">
            Alert
          </label>
          <select
            id="worklist-alert"
            name="alert"
            defaultValue={query.alert ?? ""}
            className="min-h-10 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm"
          >
            <option value="">With or without alerts</option>
            {ALERT_FILTERS.map((f) => (
              <option key={f.value} value={f.value}>
                {f.label}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className={buttonClass("secondary")}>
          Apply
        </button>
        {filtered ? (
          <Link href={hrefFor({ q: "", scope: query.scope, stage: null, alert: null }, 1)} className={buttonClass("ghost")}>
            Clear
          </Link>
        ) : null}
      </form>

      <p className="text-sm text-slate-700" role="status">
        {total === 0
          ? "No plans match."
          : `Showing ${count.format(first)}–${count.format(last)} of ${count.format(total)} ${total === 1 ? "plan" : "plans"}${filtered ? " that match" : ""}`}
      </p>

      {rows.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-slate-600">
          {filtered ? (
            "No active plan matches this search and these filters."
          ) : (
            <>
              No active plans here yet.{" "}
              <Link href="/patients" className="text-brand-700 underline">
                Open a patient
              </Link>{" "}
              to assess them and create a plan.
            </>
          )}
        </p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">
              Worklist, page {page} of {pageCount}: patients needing attention first (open alerts, then all gates met, then the longest without activity), then
              by name.
            </caption>
            <thead className="bg-slate-50 text-slate-800">
              <tr>
                <th scope="col" className="px-4 py-3 font-medium">
                  Patient
                </th>
                <th scope="col" className="px-4 py-3 font-medium">
                  Stage
                </th>
                <th scope="col" className="px-4 py-3 font-medium">
                  Gates met
                </th>
                <th scope="col" className="px-4 py-3 font-medium">
                  Last activity
                </th>
                <th scope="col" className="px-4 py-3 font-medium">
                  Adherence this week
                </th>
                <th scope="col" className="px-4 py-3 font-medium">
                  Open alerts
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((r) => (
                <tr key={r.planId}>
                  <th scope="row" className="min-w-40 px-4 py-3 font-medium [overflow-wrap:anywhere]">
                    <Link href={`/patients/${r.patientId}`} className="text-brand-700 underline-offset-2 hover:underline">
                      {r.name}
                    </Link>
                  </th>
                  <td className="px-4 py-3">
                    {r.stageNumber}. {r.stage} <span className="text-slate-500">(of {r.stageCount})</span>
                  </td>
                  <td className="px-4 py-3">{r.gatesTotal ? `${r.gatesMet} of ${r.gatesTotal}` : <span className="text-slate-500">No gates</span>}</td>
                  <td className="px-4 py-3">{r.lastActivity ? formatDate(r.lastActivity) : <span className="text-slate-500">None</span>}</td>
                  <td className="px-4 py-3">{r.adherence !== null ? `${r.adherence}%` : <span className="text-slate-500">—</span>}</td>
                  <td className="px-4 py-3">
                    {r.openAlerts ? (
                      <Link
                        href={`/patients/${r.patientId}/progress`}
                        className={`inline-flex items-center gap-2 rounded px-2 py-1 underline-offset-2 [overflow-wrap:anywhere] hover:underline ${r.openWarnings ? "bg-amber-100 text-amber-950" : "bg-sky-50 text-sky-950"}`}
                      >
                        {r.openAlerts} · {r.topAlert}
                      </Link>
                    ) : (
                      <span className="text-slate-500">None</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      {pageCount > 1 ? (
        <nav aria-label="Worklist pages" className="flex flex-wrap items-center gap-3 text-sm">
          {page > 1 ? (
            <Link href={hrefFor(query, page - 1)} className={buttonClass("secondary")}>
              Previous page
            </Link>
          ) : null}
          <span aria-current="page">
            Page {page} of {pageCount}
          </span>
          {page < pageCount ? (
            <Link href={hrefFor(query, page + 1)} className={buttonClass("secondary")}>
              Next page
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
