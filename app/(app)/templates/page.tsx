import type { Metadata } from "next";
import Link from "next/link";
import { musclesText, SharedBadge, StatusBadge } from "@/components/templates/labels";
import { DuplicateButton, ImportTemplateForm } from "@/components/templates/template-actions";
import { requireActor } from "@/lib/server/auth";
import { listAdminTemplates } from "@/lib/server/template-admin";

export const metadata: Metadata = { title: "Protocol templates" };

export default async function TemplatesPage() {
  const actor = await requireActor(["ADMIN"], "/templates");
  const items = await listAdminTemplates(actor);
  const own = items.filter((t) => !t.shared).length;

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">Protocol templates</h1>
        <p className="max-w-3xl text-sm text-slate-600">
          The shared library from Restride and your clinic&apos;s own versions ({own}). Shared templates are read-only: duplicate one into your clinic to adapt
          it, then publish it. A plan always keeps the template version it was made from.
        </p>
      </div>

      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Protocol templates: your clinic&apos;s first, then the shared library</caption>
          <thead className="bg-slate-50 text-slate-700">
            <tr>
              <th scope="col" className="px-4 py-3 font-medium">
                Name
              </th>
              <th scope="col" className="px-4 py-3 font-medium">
                Muscles
              </th>
              <th scope="col" className="px-4 py-3 font-medium">
                Grades
              </th>
              <th scope="col" className="px-4 py-3 font-medium">
                Version
              </th>
              <th scope="col" className="px-4 py-3 font-medium">
                Status
              </th>
              <th scope="col" className="px-4 py-3 font-medium">
                Library
              </th>
              <th scope="col" className="px-4 py-3 font-medium">
                Actions
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {items.map((t) => (
              <tr key={t.id} className="align-top">
                <th scope="row" className="px-4 py-3 font-normal">
                  <Link
                    href={`/templates/${t.id}`}
                    aria-label={`${t.name}, version ${t.version}`}
                    className="font-medium text-brand-700 underline-offset-2 hover:underline"
                  >
                    {t.name}
                  </Link>
                </th>
                <td className="px-4 py-3">{musclesText(t.muscles)}</td>
                <td className="px-4 py-3">{t.grades.join(", ")}</td>
                <td className="px-4 py-3">{t.version}</td>
                <td className="px-4 py-3">
                  <StatusBadge status={t.status} />
                </td>
                <td className="px-4 py-3">{t.shared ? <SharedBadge /> : <span className="text-slate-700">Your clinic</span>}</td>
                <td className="px-4 py-3">
                  <DuplicateButton templateId={t.id} templateName={`${t.name}, version ${t.version}`} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <section className="rounded-lg border border-slate-200 bg-white p-4">
        <ImportTemplateForm />
      </section>
    </div>
  );
}
