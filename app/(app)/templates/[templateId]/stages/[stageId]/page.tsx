import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { AddExerciseForm, ExerciseEditor } from "@/components/templates/exercise-forms";
import { AddGateForm, GateEditor } from "@/components/templates/gate-forms";
import { findKindOfMuscle } from "@/lib/domain/injuries";
import { StatusBadge } from "@/components/templates/labels";
import { StageForm } from "@/components/templates/stage-forms";
import { FormMessage } from "@/components/ui/field";
import { requireActor } from "@/lib/server/auth";
import { orNotFound } from "@/lib/server/page";
import { getAdminTemplate, PUBLISHED_IMMUTABLE_MESSAGE } from "@/lib/server/template-admin";

export const metadata: Metadata = { title: "Edit stage" };

export default async function EditStagePage({ params }: { params: Promise<{ templateId: string; stageId: string }> }) {
  const { templateId, stageId } = await params;
  const actor = await requireActor(["ADMIN"], `/templates/${templateId}/stages/${stageId}`);
  const t = await orNotFound(getAdminTemplate(actor, templateId));
  // A stage of the template, or a phase of one of its tracks (edited the same way, decision 039).
  const index = t.stages.findIndex((s) => s.id === stageId);
  const phase = index < 0 ? t.phases.find((p) => p.id === stageId) : undefined;
  const stage = t.stages[index] ?? phase;
  if (!stage) notFound();
  const previous = phase ? undefined : t.stages[index - 1];
  const next = phase ? undefined : t.stages[index + 1];
  const tracked = !phase && (t.stages[index]?.tracks?.length ?? 0) > 0;
  const title = phase ? `Edit ${phase.trackName}, phase ${phase.number} of ${phase.count}: ${phase.name}` : `Edit stage ${index + 1}: ${stage.name}`;

  return (
    <div className="max-w-4xl space-y-8">
      <Breadcrumbs
        items={[
          { label: "Templates", href: "/templates" },
          { label: `${t.name} (version ${t.version})`, href: `/templates/${t.id}` },
        ]}
        current={stage.name}
      />

      <div className="space-y-2">
        <h1 className="text-2xl font-semibold">{title}</h1>
        {phase ? (
          <p className="text-sm text-slate-700">
            A phase of “{phase.stageName}”. Its durations set the stage&apos;s: the stage lasts as long as its slower track.
          </p>
        ) : tracked ? (
          <p className="text-sm text-slate-700">
            This stage runs parallel tracks; edit each phase from the template page. Its durations follow its slower track.
          </p>
        ) : null}
        <p className="flex items-center gap-2 text-sm text-slate-700">
          {t.name}, version {t.version} <StatusBadge status={t.status} />
        </p>
        <nav aria-label="Other stages" className="flex flex-wrap gap-4 text-sm">
          {previous ? (
            <Link href={`/templates/${t.id}/stages/${previous.id}`} className="text-brand-700 underline underline-offset-2">
              Previous stage: {previous.name}
            </Link>
          ) : null}
          {next ? (
            <Link href={`/templates/${t.id}/stages/${next.id}`} className="text-brand-700 underline underline-offset-2">
              Next stage: {next.name}
            </Link>
          ) : null}
          <Link href={`/templates/${t.id}`} className="text-brand-700 underline underline-offset-2">
            Back to the template
          </Link>
        </nav>
      </div>

      {!t.editable ? (
        <FormMessage tone="info">
          {t.shared ? "The shared library cannot be edited; duplicate the template into your clinic first." : PUBLISHED_IMMUTABLE_MESSAGE}{" "}
          <Link href={`/templates/${t.id}`} className="underline">
            Open the template
          </Link>
        </FormMessage>
      ) : (
        <>
          <section aria-labelledby="details-heading" className="space-y-3">
            <h2 id="details-heading" className="text-xl font-semibold">
              {phase ? "Phase details" : "Stage details"}
            </h2>
            <StageForm
              templateId={t.id}
              stageId={stage.id}
              stage={{ name: stage.name, purpose: stage.purpose, goals: stage.goals, precautions: stage.precautions, durationDays: stage.durationDays }}
              noun={phase ? "phase" : "stage"}
            />
          </section>

          <section aria-labelledby="exercises-heading" className="space-y-3">
            <h2 id="exercises-heading" tabIndex={-1} className="text-xl font-semibold">
              Exercises
            </h2>
            {stage.exercises.length === 0 ? <p className="text-sm text-slate-600">No exercises yet.</p> : null}
            {stage.exercises.map((item) => (
              <ExerciseEditor key={item.id} templateId={t.id} item={item} />
            ))}
            <h3 className="pt-2 text-lg font-semibold">Add an exercise</h3>
            <AddExerciseForm templateId={t.id} stageId={stage.id} library={t.library} />
          </section>

          <section aria-labelledby="gates-heading" className="space-y-3">
            <h2 id="gates-heading" tabIndex={-1} className="text-xl font-semibold">
              {phase ? "Gates to leave this phase" : "Gates to move on"}
            </h2>
            <p className="text-sm text-slate-600">
              Every stage except the last needs at least one measured gate for each grade before the template can be published.
            </p>
            {stage.gates.length === 0 ? <p className="text-sm text-slate-600">No gates yet.</p> : null}
            {stage.gates.map((gate) => (
              <GateEditor key={gate.id} templateId={t.id} gate={gate} />
            ))}
            <h3 className="pt-2 text-lg font-semibold">Add a measured gate</h3>
            <AddGateForm templateId={t.id} stageId={stage.id} kind={t.template.muscles.map((m) => findKindOfMuscle(m)?.key).find(Boolean) ?? null} />
          </section>
        </>
      )}
    </div>
  );
}
