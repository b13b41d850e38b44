import type { Metadata } from "next";
import Link from "next/link";
import { formatDate } from "@/lib/format";
import { STAFF_ROLES } from "@/lib/server/actor";
import { requireActor } from "@/lib/server/auth";
import { getDashboard, type DashboardSort } from "@/lib/server/progress";

export const metadata: Metadata = { title: "Dashboard" };

const COLUMNS: { key: DashboardSort; label: string }[] = [
  { key: "name", label: "Patient" },
  { key: "stage", label: "Stage" },
  { key: "activity", label: "Last activity" },
  { key: "adherence", label: "Adherence this week" },
  { key: "alerts", label: "Open alerts" },
];

export default async function DashboardPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor(STAFF_ROLES, "/dashboard");
  const q = await searchParams;
  const sort = COLUMNS.find((c) => c.key === q.sort)?.key ?? "alerts";
  const scope = q.scope === "clinic" ? "clinic" : "mine";
  const rows = await getDashboard(actor, { sort, scope });
  const href = (next: Partial<{ sort: string; scope: string }>) => `/dashboard?${new URLSearchParams({ sort, scope, ...next })}`;
  const withAlerts = rows.filter((r) => r.openAlerts > 0).length;

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold">Dashboard</h1>
          <p className="text-sm text-slate-600">
            {rows.length} {scope === "mine" ? "of your patients" : "patients in the clinic"} · {withAlerts} with open alerts
          </p>
        </div>
        <nav aria-label="Whose patients" className="flex gap-1 text-sm">
          <Link
            href={href({ scope: "mine" })}
            aria-current={scope === "mine" ? "page" : undefined}
            className={`rounded-md px-3 py-2 ${scope === "mine" ? "bg-brand-50 font-medium text-brand-800" : "text-slate-700 hover:bg-slate-100"}`}
          >
            My patients
          </Link>
          <Link
            href={href({ scope: "clinic" })}
            aria-current={scope === "clinic" ? "page" : undefined}
            className={`rounded-md px-3 py-2 ${scope === "clinic" ? "bg-brand-50 font-medium text-brand-800" : "text-slate-700 hover:bg-slate-100"}`}
          >
            Whole clinic
          </Link>
        </nav>
      </div>
      {rows.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-slate-600">
          No patients here yet.{" "}
          <Link href="/patients/new" className="text-brand-700 underline">
            Add a patient
          </Link>
          .
        </p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Patients with their stage, last activity, adherence and alerts. Column headers sort the table.</caption>
            <thead className="bg-slate-50">
              <tr>
                {COLUMNS.map((c) => (
                  <th
                    key={c.key}
                    scope="col"
                    aria-sort={sort === c.key ? (c.key === "activity" || c.key === "alerts" ? "descending" : "ascending") : undefined}
                    className="px-4 py-3 font-medium"
                  >
                    <Link href={href({ sort: c.key })} className="text-slate-800 underline-offset-2 hover:underline">
                      {c.label}
                      {sort === c.key ? <span aria-hidden="true"> {c.key === "activity" || c.key === "alerts" ? "▼" : "▲"}</span> : null}
                    </Link>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((r) => (
                <tr key={r.patientId}>
                  <th scope="row" className="min-w-40 px-4 py-3 font-medium [overflow-wrap:anywhere]">
                    <Link href={`/patients/${r.patientId}`} className="text-brand-700 underline-offset-2 hover:underline">
                      {r.name}
                    </Link>
                  </th>
                  <td className="px-4 py-3">{r.stage ? `${r.stageNumber}. ${r.stage}` : <span className="text-slate-500">No active plan</span>}</td>
                  <td className="px-4 py-3">{r.lastActivity ? formatDate(r.lastActivity) : <span className="text-slate-500">None</span>}</td>
                  <td className="px-4 py-3">{r.adherence !== null ? `${r.adherence}%` : <span className="text-slate-500">—</span>}</td>
                  <td className="px-4 py-3">
                    {r.openAlerts ? (
                      <Link
                        href={`/patients/${r.patientId}/progress`}
                        className="inline-flex items-center gap-2 rounded bg-amber-100 px-2 py-1 text-amber-950 underline-offset-2 hover:underline"
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
    </div>
  );
}
