import type { Metadata } from "next";
import Link from "next/link";
import { ButtonLink, buttonClass } from "@/components/ui/button";
import { ageOn, fullName } from "@/lib/domain/text";
import { formatDate } from "@/lib/format";
import { STAFF_ROLES } from "@/lib/server/actor";
import { requireActor } from "@/lib/server/auth";
import { listPatients } from "@/lib/server/patients";

export const metadata: Metadata = { title: "Patients" };

type Search = Promise<Record<string, string | string[] | undefined>>;

export default async function PatientsPage({ searchParams }: { searchParams: Search }) {
  const actor = await requireActor(STAFF_ROLES, "/patients");
  const params = await searchParams;
  const query = typeof params.q === "string" ? params.q : "";
  const pageParam = Number(typeof params.page === "string" ? params.page : "1");
  const { items, total, page, pageCount } = await listPatients(actor, { query, page: Number.isFinite(pageParam) ? pageParam : 1 });
  const now = new Date();
  const pageHref = (p: number) => `/patients?${new URLSearchParams({ ...(query ? { q: query } : {}), page: String(p) })}`;

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold">Patients</h1>
          <p className="text-sm text-slate-600">
            {total} {total === 1 ? "patient" : "patients"}
            {query ? ` matching “${query}”` : " in your clinic"}
          </p>
        </div>
        <ButtonLink href="/patients/new">New patient</ButtonLink>
      </div>

      <form role="search" action="/patients" className="flex max-w-xl gap-2">
        <label htmlFor="q" className="sr-only">
          Search patients by name
        </label>
        <input
          id="q"
          name="q"
          type="search"
          defaultValue={query}
          placeholder="Search by name"
          maxLength={100}
          className="min-h-10 flex-1 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm"
        />
        <button type="submit" className={buttonClass("secondary")}>
          Search
        </button>
        {query ? (
          <Link href="/patients" className={buttonClass("ghost")}>
            Clear
          </Link>
        ) : null}
      </form>

      {items.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-slate-600">
          {query ? "No patients match that name. Check the spelling or search by last name." : "No patients yet. Create the first one."}
        </p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Patients, sorted by last name</caption>
            <thead className="bg-slate-50 text-slate-700">
              <tr>
                <th scope="col" className="px-4 py-3 font-medium">
                  Name
                </th>
                <th scope="col" className="px-4 py-3 font-medium">
                  Date of birth
                </th>
                <th scope="col" className="px-4 py-3 font-medium">
                  Activity
                </th>
                <th scope="col" className="px-4 py-3 font-medium">
                  Therapist
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {items.map((p) => (
                <tr key={p.id} className="hover:bg-slate-50">
                  <td className="min-w-40 px-4 py-3 [overflow-wrap:anywhere]">
                    <Link href={`/patients/${p.id}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">
                      {fullName(p)}
                    </Link>
                  </td>
                  <td className="px-4 py-3">
                    {formatDate(p.dateOfBirth)} <span className="text-slate-500">({ageOn(p.dateOfBirth, now)} y)</span>
                  </td>
                  <td className="px-4 py-3">{p.activity ?? <span className="text-slate-500">—</span>}</td>
                  <td className="px-4 py-3">{p.therapist.name}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      {pageCount > 1 ? (
        <nav aria-label="Pagination" className="flex items-center gap-3 text-sm">
          {page > 1 ? (
            <Link href={pageHref(page - 1)} className={buttonClass("secondary")}>
              Previous page
            </Link>
          ) : null}
          <span aria-current="page">
            Page {page} of {pageCount}
          </span>
          {page < pageCount ? (
            <Link href={pageHref(page + 1)} className={buttonClass("secondary")}>
              Next page
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
