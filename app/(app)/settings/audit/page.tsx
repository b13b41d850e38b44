import type { Metadata } from "next";
import Link from "next/link";
import { SettingsTabs } from "@/components/settings/settings-tabs";
import { buttonClass } from "@/components/ui/button";
import { requireActor } from "@/lib/server/auth";
import { AUDIT_OUTCOMES, auditFiltersFrom, listAuditEvents } from "@/lib/server/audit-log";
import { orNotFound } from "@/lib/server/page";

export const metadata: Metadata = { title: "Audit log" };

const when = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  timeZone: "UTC",
});
const field = "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm min-h-10";

type Search = Promise<Record<string, string | string[] | undefined>>;

export default async function AuditLogPage({ searchParams }: { searchParams: Search }) {
  const actor = await requireActor(undefined, "/settings/audit");
  const params = await searchParams;
  const filters = auditFiltersFrom(params);
  const page = Number(Array.isArray(params.page) ? params.page[0] : params.page) || 1;
  // Admins only: anyone else gets the 404 page, and the refusal is audited.
  const log = await orNotFound(listAuditEvents(actor, filters, page));
  const query = new URLSearchParams(Object.entries(filters).filter((e): e is [string, string] => typeof e[1] === "string" && e[1] !== ""));
  const pageHref = (p: number) => `/settings/audit?${new URLSearchParams([...query.entries(), ["page", String(p)]])}`;

  return (
    <div className="space-y-6">
      <div className="space-y-3">
        <h1 className="text-2xl font-semibold">Audit log</h1>
        <SettingsTabs current="/settings/audit" />
        <p className="max-w-3xl text-sm text-slate-600">
          Every read, change, export and refusal in your clinic, newest first. Rows cannot be changed or deleted, and each is chained to the one before it (
          <code>npm run audit:verify</code> checks the chain). Times are UTC.
        </p>
      </div>

      <form method="get" role="search" aria-label="Filter the audit log" className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-3">
        <div>
          <label htmlFor="patient" className="block text-sm font-medium text-slate-800">
            Patient name
          </label>
          <input id="patient" name="patient" defaultValue={filters.patient ?? ""} className={field} />
        </div>
        <div>
          <label htmlFor="user" className="block text-sm font-medium text-slate-800">
            Staff member
          </label>
          <select id="user" name="user" defaultValue={filters.user ?? ""} className={field}>
            <option value="">Anyone</option>
            {log.users.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="action" className="block text-sm font-medium text-slate-800">
            Action
          </label>
          <select id="action" name="action" defaultValue={filters.action ?? ""} className={field}>
            <option value="">Any action</option>
            {log.actions.map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="outcome" className="block text-sm font-medium text-slate-800">
            Outcome
          </label>
          <select id="outcome" name="outcome" defaultValue={filters.outcome ?? ""} className={field}>
            <option value="">Any outcome</option>
            {AUDIT_OUTCOMES.map((o) => (
              <option key={o} value={o}>
                {o.replace("_", " ").toLowerCase()}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="from" className="block text-sm font-medium text-slate-800">
            From (date)
          </label>
          <input id="from" name="from" type="date" defaultValue={filters.from ?? ""} className={field} />
        </div>
        <div>
          <label htmlFor="to" className="block text-sm font-medium text-slate-800">
            To (date)
          </label>
          <input id="to" name="to" type="date" defaultValue={filters.to ?? ""} className={field} />
        </div>
        <div className="flex flex-wrap items-end gap-3 sm:col-span-3">
          <button type="submit" className={buttonClass("primary")}>
            Show
          </button>
          <a href={`/api/audit/export?${query}`} download className={buttonClass("secondary")}>
            Download CSV
          </a>
        </div>
      </form>

      <p role="status" className="text-sm text-slate-700">
        {log.total === 1 ? "1 entry" : `${log.total} entries`}
        {log.pageCount > 1 ? `, page ${log.page} of ${log.pageCount}` : ""}
      </p>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Audit log entries, newest first</caption>
          <thead className="bg-slate-50 text-slate-700">
            <tr>
              {["Time (UTC)", "User", "Action", "Outcome", "Record", "Patient", "Address"].map((h) => (
                <th key={h} scope="col" className="px-3 py-2 font-medium">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {log.items.map((r) => (
              <tr key={r.id} className="align-top">
                <td className="whitespace-nowrap px-3 py-2">
                  <time dateTime={r.at.toISOString()}>{when.format(r.at)}</time>
                </td>
                <td className="px-3 py-2 [overflow-wrap:anywhere]">
                  {r.actor}
                  {r.role ? <span className="text-slate-600"> ({r.role.toLowerCase()})</span> : null}
                </td>
                <td className="px-3 py-2">{r.action}</td>
                <td className="px-3 py-2">{r.outcome.replace("_", " ").toLowerCase()}</td>
                <td className="px-3 py-2 [overflow-wrap:anywhere]">{r.entity}</td>
                <td className="px-3 py-2 [overflow-wrap:anywhere]">{r.patient ?? ""}</td>
                <td className="px-3 py-2">{r.ip ?? ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {log.pageCount > 1 ? (
        <nav aria-label="Audit log pages" className="flex gap-3 text-sm">
          {log.page > 1 ? (
            <Link href={pageHref(log.page - 1)} className="text-brand-700 underline">
              Newer entries
            </Link>
          ) : null}
          {log.page < log.pageCount ? (
            <Link href={pageHref(log.page + 1)} className="text-brand-700 underline">
              Older entries
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
