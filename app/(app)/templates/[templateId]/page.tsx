import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { musclesText, SharedBadge, STATUS_LABELS, StatusBadge } from "@/components/templates/labels";
import { ClinicianNotes, DurationTable, ExerciseTable, GatesTable, painRuleText, TextList, TrackList } from "@/components/templates/template-parts";
import { TemplateNameForm } from "@/components/templates/stage-forms";
import { DuplicateButton, NewVersionButton, PublishButton } from "@/components/templates/template-actions";
import { ButtonLink } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import { formatDateTime } from "@/lib/format";
import { requireActor } from "@/lib/server/auth";
import { orNotFound } from "@/lib/server/page";
import { getAdminTemplate } from "@/lib/server/template-admin";

export const metadata: Metadata = { title: "Protocol template" };

export default async function TemplatePage({ params }: { params: Promise<{ templateId: string }> }) {
  const { templateId } = await params;
  const actor = await requireActor(["ADMIN"], `/templates/${templateId}`);
  const t = await orNotFound(getAdminTemplate(actor, templateId));
  const { template } = t;
  const ownPublished = !t.shared && t.status === "PUBLISHED";
  const newerPublished = t.versions.find((v) => v.status === "PUBLISHED" && v.version > t.version);
  const names = new Map(t.library.map((e) => [e.key, e.name]));

  return (
    <div className="space-y-8">
      <Breadcrumbs items={[{ label: "Templates", href: "/templates" }]} current={t.name} />

      <div className="space-y-3">
        <h1 className="text-2xl font-semibold">{t.name}</h1>
        <dl className="flex flex-wrap gap-x-6 gap-y-2 text-sm">
          <div className="flex items-center gap-2">
            <dt className="text-slate-600">Version</dt>
            <dd className="font-semibold" data-testid="template-version">
              {t.version}
            </dd>
          </div>
          <div className="flex items-center gap-2">
            <dt className="text-slate-600">Status</dt>
            <dd>
              <StatusBadge status={t.status} />
            </dd>
          </div>
          <div className="flex items-center gap-2">
            <dt className="text-slate-600">Library</dt>
            <dd>{t.shared ? <SharedBadge /> : "Your clinic"}</dd>
          </div>
          <div className="flex items-center gap-2">
            <dt className="text-slate-600">Muscles</dt>
            <dd>{musclesText(template.muscles)}</dd>
          </div>
          <div className="flex items-center gap-2">
            <dt className="text-slate-600">Grades</dt>
            <dd>{template.grades.join(", ")}</dd>
          </div>
          {t.publishedAt ? (
            <div className="flex items-center gap-2">
              <dt className="text-slate-600">Published on</dt>
              <dd>{formatDateTime(t.publishedAt)}</dd>
            </div>
          ) : null}
          {t.basedOn ? (
            <div className="flex items-center gap-2">
              <dt className="text-slate-600">Based on</dt>
              <dd>
                <Link href={`/templates/${t.basedOn.id}`} className="text-brand-700 underline underline-offset-2">
                  {t.basedOn.name}, version {t.basedOn.version}
                  {t.basedOn.shared ? " (shared)" : ""}
                </Link>
              </dd>
            </div>
          ) : null}
        </dl>
        <p className="text-sm">
          <a href={`/api/templates/${t.id}/fhir`} download className="text-brand-700 underline underline-offset-2">
            Download as FHIR PlanDefinition (JSON)
          </a>
        </p>
        {t.versions.length > 1 ? (
          <nav aria-label="Versions of this template" className="text-sm">
            <span className="text-slate-600">Versions: </span>
            <ul className="inline-flex flex-wrap gap-2">
              {t.versions.map((v) => (
                <li key={v.id}>
                  {v.id === t.id ? (
                    <span aria-current="page" className="font-semibold">
                      v{v.version} ({STATUS_LABELS[v.status].toLowerCase()})
                    </span>
                  ) : (
                    <Link href={`/templates/${v.id}`} className="text-brand-700 underline underline-offset-2">
                      v{v.version} ({STATUS_LABELS[v.status].toLowerCase()})
                    </Link>
                  )}
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
      </div>

      <ClinicianNotes notes={template.clinicianNotes ?? []} heading="Notes for clinicians" />

      <section aria-labelledby="actions-heading" className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="actions-heading" className="text-lg font-semibold">
          {t.editable ? "Edit and publish" : "Actions"}
        </h2>
        {t.shared ? (
          <FormMessage tone="info">Shared templates are read-only. Duplicate this one into your clinic to adapt it.</FormMessage>
        ) : t.status === "PUBLISHED" ? (
          <FormMessage tone="info">Published versions cannot be edited; start a new version. Plans made from this version keep it unchanged.</FormMessage>
        ) : t.status === "ARCHIVED" ? (
          <FormMessage tone="info">
            This version is archived{newerPublished ? ` (version ${newerPublished.version} is published)` : ""}. It stays unchanged for the plans made from it.
          </FormMessage>
        ) : (
          <p className="text-sm text-slate-700">
            This draft is not used for plans until you publish it. Edit each stage below; publishing checks the whole template first.
          </p>
        )}
        {t.editable ? <TemplateNameForm templateId={t.id} name={t.name} /> : null}
        <div className="flex flex-wrap items-start gap-3">
          {t.editable ? <PublishButton templateId={t.id} version={t.version} /> : null}
          {ownPublished ? <NewVersionButton templateId={t.id} /> : null}
          <DuplicateButton templateId={t.id} variant={t.shared ? "primary" : "secondary"} />
        </div>
      </section>

      <section aria-labelledby="stages-heading" className="space-y-6">
        <h2 id="stages-heading" className="text-xl font-semibold">
          Stages
        </h2>
        {t.stages.map((stage, index) => (
          <section key={stage.id} aria-labelledby={`stage-${stage.id}`} className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
            <div className="flex flex-wrap items-start justify-between gap-3">
              <h3 id={`stage-${stage.id}`} className="text-lg font-semibold">
                {index + 1}. {stage.name}
              </h3>
              {t.editable ? (
                <ButtonLink href={`/templates/${t.id}/stages/${stage.id}`} variant="secondary" aria-label={`Edit stage ${index + 1}: ${stage.name}`}>
                  Edit stage
                </ButtonLink>
              ) : null}
            </div>
            <p className="text-sm text-slate-700">{stage.purpose}</p>
            {stage.requiresSpecialistReview ? (
              <p className="text-sm font-medium text-slate-800">Grade 3: needs a specialist / surgical decision in this stage.</p>
            ) : null}

            <DurationTable durationDays={stage.durationDays} />
            {stage.painRule ? <p className="text-sm">Session pain rule: {painRuleText(stage.painRule)}</p> : null}

            <div className="grid gap-4 sm:grid-cols-2">
              <div>
                <h4 className="text-sm font-semibold">Goals</h4>
                <TextList items={stage.goals} />
              </div>
              <div>
                <h4 className="text-sm font-semibold">Precautions</h4>
                <TextList items={stage.precautions} />
              </div>
            </div>

            {stage.exercises.length || !stage.tracks?.length ? (
              <ExerciseTable exercises={stage.exercises.map((e) => ({ key: e.id, name: e.name, dose: e.dose, grades: e.grades }))} />
            ) : null}
            {stage.tracks?.length ? (
              <TrackList
                stageId={stage.id}
                tracks={stage.tracks}
                names={names}
                editHref={
                  t.editable
                    ? (trackKey, phaseKey) => {
                        const row = t.phases.find((p) => p.stageId === stage.id && p.trackKey === trackKey && p.key === phaseKey);
                        return row ? `/templates/${t.id}/stages/${row.id}` : null;
                      }
                    : undefined
                }
              />
            ) : null}
            <GatesTable
              caption={stage.tracks?.length ? "Gates of the stage itself (besides finishing every track)" : "Gates to move on"}
              gates={stage.gates.map((g) => ({ ...g, rowKey: g.id }))}
              empty={index === t.stages.length - 1 ? "Last stage: no gates." : stage.tracks?.length ? "No gates besides finishing every track." : "No gates."}
            />
          </section>
        ))}
      </section>

      <section aria-labelledby="education-heading" className="space-y-2">
        <h2 id="education-heading" className="text-xl font-semibold">
          Education sections
        </h2>
        <TextList items={template.education.map((e) => e.title)} />
      </section>

      <section aria-labelledby="sources-heading" className="space-y-2">
        <h2 id="sources-heading" className="text-xl font-semibold">
          Sources
        </h2>
        <ul className="list-disc space-y-1 pl-5 text-sm">
          {template.sources.map((s, i) => (
            <li key={i}>
              <span className="font-medium">{s.label}</span>: {s.citation}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
