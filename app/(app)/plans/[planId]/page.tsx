import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { ExercisePicture as Picture, type ClinicPicture } from "@/components/exercise-picture";
import { PlanStages } from "@/components/plan-preview";
import { AddExerciseForm, DoseForm, ExerciseOrderControls, MoveStageForm, MoveTrackForm, NotesForm } from "@/components/plan-editor";
import { GateTable } from "@/components/gate-table";
import { HandoutDownload } from "@/components/handout-download";
import { PrognosisCard } from "@/components/prognosis-card";
import { ClinicianNotes } from "@/components/templates/template-parts";
import { ButtonLink } from "@/components/ui/button";
import { stagePrescription } from "@/lib/domain/clinical/stage-prescription";
import { exerciseDrawing } from "@/lib/domain/injuries/illustrations";
import { describeInjury } from "@/lib/domain/labels";
import { describeDose } from "@/lib/domain/plan-edits";
import { formatDate, formatDateTime } from "@/lib/format";
import { STAFF_ROLES } from "@/lib/server/actor";
import { requireActor } from "@/lib/server/auth";
import { orNotFound } from "@/lib/server/page";
import { clinicPictures } from "@/lib/server/exercise-images";
import { getPlan } from "@/lib/server/plans";
import { listExerciseLibrary } from "@/lib/server/templates";
import { workParts } from "@/lib/domain/clinical/tracks";
import { addExerciseAction, editDoseAction, exerciseOrderAction, moveStageAction, moveTrackAction, notesAction } from "../actions";

export const metadata: Metadata = { title: "Rehab plan" };

/** The exercise's picture, as the patient sees it in the handout and portal (decisions 019, 031). */
function ExercisePicture({ exerciseKey, pictures, size }: { exerciseKey: string; pictures: ReadonlyMap<string, ClinicPicture>; size: "thumbnail" | "large" }) {
  return (
    <Picture
      picture={pictures.get(exerciseKey)}
      drawing={exerciseDrawing(exerciseKey)}
      className={`${size === "thumbnail" ? "h-auto w-20" : "h-auto w-48"} shrink-0 rounded border border-slate-100 bg-white`}
    />
  );
}

/**
 * The plan page leads with the decision (decision 035): the current stage, its gates with their
 * status and the move control first; the exercises compactly, with their editors behind "Edit
 * exercises" (?edit=exercises, a plain link); the handout, notes, time line and history below.
 */
export default async function PlanPage({ params, searchParams }: { params: Promise<{ planId: string }>; searchParams: Promise<{ edit?: string | string[] }> }) {
  const [{ planId }, query] = await Promise.all([params, searchParams]);
  const editing = query.edit === "exercises";
  const actor = await requireActor(STAFF_ROLES, `/plans/${planId}`);
  const view = await orNotFound(getPlan(actor, planId));
  // The clinic's exercise library is only for the "add an exercise" form of the edit mode.
  const [library, pictures] = await Promise.all([editing ? listExerciseLibrary(actor) : null, clinicPictures(actor.clinicId)]);
  const { plan } = view.snapshot;
  const index = view.currentStageIndex;
  const stage = plan.stages[index]!;
  const isLast = index === plan.stages.length - 1;
  // What the patient works on now: the stage, or each of its tracks' current phase (decision 028).
  const parts = workParts(stage);
  const tracked = (stage.tracks?.length ?? 0) > 0;
  const progress = view.progress;
  // What the patient is told in this stage: the same prescription the handout and portal show.
  const rx = stagePrescription(plan, index, view.snapshot.exercises, { locale: "en", checks: view.latest.checks });
  const withheld = new Set(rx.withheld.map((p) => p.exercise.exerciseKey));
  const painTexts = new Map([...rx.exercises, ...rx.withheld].map((p) => [p.exercise.exerciseKey, p.painText]));
  const bind = <A,>(fn: (id: string, f: FormData) => A) => fn.bind(null, view.id);
  const planHref = `/plans/${view.id}`;

  const exerciseText = (e: (typeof stage.exercises)[number], i: number) => (
    <div className="min-w-0 flex-1">
      <p className="font-medium break-words">
        {i + 1}. {e.name}
        {withheld.has(e.exerciseKey) ? (
          <span className="ml-2 rounded bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-900">Held until specialist clearance</span>
        ) : null}
      </p>
      <p className="text-sm text-slate-700">{describeDose(e.dose, { pain: false })}</p>
      {painTexts.get(e.exerciseKey) ? <p className="text-sm text-slate-700">{painTexts.get(e.exerciseKey)}</p> : null}
    </div>
  );

  return (
    <div className="space-y-6">
      <Breadcrumbs items={[{ label: view.patient.name, href: `/patients/${view.patient.id}` }]} current="Rehab plan" />
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="min-w-0">
          <h1 className="text-2xl font-semibold break-words">Rehab plan: {describeInjury(view.injury)}</h1>
          <p className="text-sm text-slate-600">
            {view.templateName} v{view.templateVersion} · started {formatDate(view.startDate)} · {view.status.toLowerCase()} · plan version {view.version}
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          <ButtonLink href={`/patients/${view.patient.id}/measurements/new?plan=${view.id}`} variant="secondary">
            Record measurements
          </ButtonLink>
        </div>
      </div>

      <section aria-labelledby="current-heading" className="space-y-4 rounded-lg border-2 border-brand-600 bg-white p-4 sm:p-6">
        <div>
          <p className="text-sm font-medium text-brand-700">
            Current stage {index + 1} of {plan.stages.length} · since {formatDate(view.timeline.stages[index]?.start.earliest ?? view.stageStartedOn)}
          </p>
          <h2 id="current-heading" className="text-xl font-semibold">
            {stage.name}
          </h2>
          <p className="text-slate-700">{stage.purpose}</p>
        </div>

        {rx.held ? (
          <div role="note" aria-labelledby="hold-heading" className="space-y-2 rounded-md border-2 border-amber-500 bg-amber-50 p-4">
            <h3 id="hold-heading" className="font-semibold">
              Waiting for the specialist: protection and circulation only
            </h3>
            <p className="text-sm">
              Until a visit records &ldquo;Specialist / surgical decision made and rehab cleared&rdquo;, the patient&apos;s handout and portal show only this
              notice, the advice below and the circulation exercises. The loading exercises stay in the plan, held back.
            </p>
            <p className="text-sm font-medium">Patient sees: {rx.notice}</p>
            <ul className="list-disc pl-5 text-sm">
              {rx.advice.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </div>
        ) : null}

        {tracked ? (
          <section aria-labelledby="tracks-heading" className="space-y-4 border-t border-slate-100 pt-4">
            <h3 id="tracks-heading" className="text-lg font-semibold">
              Tracks: each moves on its own gates
            </h3>
            <p className="text-sm text-slate-700">
              This stage runs {progress.tracks.length} tracks side by side. It is finished when every track is in its last phase with that phase&apos;s gates
              met.
            </p>
            <div className="grid gap-4 xl:grid-cols-2">
              {progress.tracks.map((t) => {
                const headingId = `track-${t.track.key}-heading`;
                const next = t.track.phases[t.phaseIndex + 1];
                const previous = t.track.phases[t.phaseIndex - 1];
                return (
                  <section
                    key={t.track.key}
                    aria-labelledby={`${headingId}-track ${headingId}`}
                    className="min-w-0 space-y-2 rounded-md border border-slate-200 p-3"
                  >
                    <p id={`${headingId}-track`} className="text-sm font-medium text-brand-700">
                      {t.track.name} · phase {t.phaseIndex + 1} of {t.track.phases.length}
                      {t.track.phaseStartedOn ? ` · since ${formatDate(t.track.phaseStartedOn)}` : ""}
                    </p>
                    <h4 id={headingId} className="font-semibold">
                      {t.phase.name}
                    </h4>
                    <p className="text-sm text-slate-700">{t.phase.purpose}</p>
                    {t.phase.goals.length ? (
                      <ul className="list-disc pl-5 text-sm" aria-label={`Goals of ${t.phase.name}`}>
                        {t.phase.goals.map((g) => (
                          <li key={g}>{g}</li>
                        ))}
                      </ul>
                    ) : null}
                    <p className="text-sm text-slate-700" aria-live="polite">
                      {t.finished ? "Finished: this track's last phase has all its gates met." : t.evaluation.summary}
                    </p>
                    {t.evaluation.results.length ? <GateTable results={t.evaluation.results} measuredOn={{}} /> : null}
                    <div className="flex flex-wrap items-end gap-4">
                      {next ? (
                        <MoveTrackForm
                          action={bind(moveTrackAction)}
                          version={view.version}
                          track={t.track.key}
                          trackName={t.track.name}
                          direction="next"
                          allMet={t.evaluation.allMet}
                          targetName={next.name}
                        />
                      ) : null}
                      {previous ? (
                        <MoveTrackForm
                          action={bind(moveTrackAction)}
                          version={view.version}
                          track={t.track.key}
                          trackName={t.track.name}
                          direction="back"
                          allMet={t.evaluation.allMet}
                          targetName={previous.name}
                        />
                      ) : null}
                    </div>
                  </section>
                );
              })}
            </div>
            <section aria-labelledby="gates-heading" className="space-y-3 border-t border-slate-100 pt-4">
              <h3 id="gates-heading" className="text-lg font-semibold">
                {isLast ? "Final stage" : `Move on to ${plan.stages[index + 1]!.name}`}
              </h3>
              <p className="text-sm text-slate-700">{progress.readyToAdvance ? "Every track is finished." : progress.summary}</p>
              {progress.own.results.length ? <GateTable results={progress.own.results} measuredOn={view.gates.measuredOn} /> : null}
              <div className="flex flex-wrap items-end gap-4">
                {!isLast ? (
                  <MoveStageForm
                    action={bind(moveStageAction)}
                    version={view.version}
                    direction="next"
                    allMet={progress.readyToAdvance}
                    targetName={plan.stages[index + 1]!.name}
                  />
                ) : null}
                {index > 0 ? (
                  <MoveStageForm
                    action={bind(moveStageAction)}
                    version={view.version}
                    direction="back"
                    allMet={progress.readyToAdvance}
                    targetName={plan.stages[index - 1]!.name}
                  />
                ) : null}
              </div>
            </section>
          </section>
        ) : (
          <section aria-labelledby="gates-heading" className="space-y-3 border-t border-slate-100 pt-4">
            <h3 id="gates-heading" className="text-lg font-semibold">
              {isLast ? "Final stage" : `Gates to move on to ${plan.stages[index + 1]!.name}`}
            </h3>
            <p className="text-sm text-slate-700" aria-live="polite">
              {view.gates.summary}
              {view.latest.lastMeasuredOn ? ` · latest measurements ${formatDate(view.latest.lastMeasuredOn)}` : " · no measurements recorded yet"}
            </p>
            {view.gates.results.length ? <GateTable results={view.gates.results} measuredOn={view.gates.measuredOn} /> : null}
            <div className="flex flex-wrap items-end gap-4">
              {!isLast ? (
                <MoveStageForm
                  action={bind(moveStageAction)}
                  version={view.version}
                  direction="next"
                  allMet={view.gates.allMet}
                  targetName={plan.stages[index + 1]!.name}
                />
              ) : null}
              {index > 0 ? (
                <MoveStageForm
                  action={bind(moveStageAction)}
                  version={view.version}
                  direction="back"
                  allMet={view.gates.allMet}
                  targetName={plan.stages[index - 1]!.name}
                />
              ) : null}
            </div>
          </section>
        )}

        {stage.goals.length || stage.precautions.length ? (
          <div className="grid gap-4 border-t border-slate-100 pt-4 sm:grid-cols-2">
            {stage.goals.length ? (
              <div>
                <h3 className="text-sm font-semibold">Goals</h3>
                <ul className="list-disc pl-5 text-sm">
                  {stage.goals.map((g) => (
                    <li key={g}>{g}</li>
                  ))}
                </ul>
              </div>
            ) : null}
            {stage.precautions.length ? (
              <div>
                <h3 className="text-sm font-semibold">Precautions</h3>
                <ul className="list-disc pl-5 text-sm">
                  {stage.precautions.map((g) => (
                    <li key={g}>{g}</li>
                  ))}
                </ul>
              </div>
            ) : null}
          </div>
        ) : null}
      </section>

      <section aria-labelledby="exercises-heading" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="exercises-heading" className="text-lg font-semibold">
            Exercises and doses
          </h2>
          {editing ? (
            <Link href={planHref} className="text-sm font-medium text-brand-700 underline underline-offset-2">
              Done editing
            </Link>
          ) : (
            <Link href={`${planHref}?edit=exercises#exercises-heading`} className="text-sm font-medium text-brand-700 underline underline-offset-2">
              Edit exercises
            </Link>
          )}
        </div>
        {rx.painRule ? (
          <p className="text-sm">
            <span className="font-semibold">Pain rule for this stage: </span>
            {rx.painRule}
          </p>
        ) : null}
        {parts.map((part) => {
          const used = new Set(part.exercises.map((e) => e.exerciseKey));
          return (
            <div key={part.track?.key ?? "stage"} className="space-y-3">
              {part.track ? (
                <h3 className="font-semibold">
                  {part.track.name}: {part.phase!.name}
                </h3>
              ) : null}
              {part.exercises.length === 0 ? (
                <p className="text-sm text-slate-600">No exercises in this stage. {editing ? "Add one below." : "Choose Edit exercises to add one."}</p>
              ) : null}
              {editing ? (
                <>
                  <ol className="space-y-3">
                    {part.exercises.map((e, i) => (
                      <li key={e.exerciseKey} className="rounded-md border border-slate-200 p-3">
                        <div className="flex flex-wrap items-center justify-between gap-2">
                          <ExercisePicture exerciseKey={e.exerciseKey} pictures={pictures} size="thumbnail" />
                          {exerciseText(e, i)}
                          <ExerciseOrderControls
                            action={bind(exerciseOrderAction)}
                            version={view.version}
                            stageIndex={index}
                            track={part.track?.key}
                            exerciseIndex={i}
                            name={e.name}
                            isFirst={i === 0}
                            isLast={i === part.exercises.length - 1}
                          />
                        </div>
                        <details className="mt-2">
                          <summary className="cursor-pointer text-sm text-brand-700">Edit dose of {e.name}</summary>
                          <DoseForm
                            action={bind(editDoseAction)}
                            version={view.version}
                            stageIndex={index}
                            track={part.track?.key}
                            exerciseIndex={i}
                            name={e.name}
                            dose={e.dose}
                          />
                        </details>
                      </li>
                    ))}
                  </ol>
                  <details className="rounded-md border border-dashed border-slate-300 p-3">
                    <summary className="cursor-pointer text-sm font-medium text-brand-700">
                      Add an exercise to {part.track ? `${part.track.name}, ${part.phase!.name}` : "this stage"}
                    </summary>
                    <AddExerciseForm
                      action={bind(addExerciseAction)}
                      version={view.version}
                      stageIndex={index}
                      track={part.track?.key}
                      options={(library ?? []).filter((x) => !used.has(x.key)).map((x) => ({ key: x.key, name: x.name }))}
                    />
                  </details>
                </>
              ) : (
                <ol className="grid gap-3 lg:grid-cols-2">
                  {part.exercises.map((e, i) => (
                    <li key={e.exerciseKey} className="flex items-start gap-3 rounded-md border border-slate-200 p-3">
                      <ExercisePicture exerciseKey={e.exerciseKey} pictures={pictures} size="thumbnail" />
                      {exerciseText(e, i)}
                    </li>
                  ))}
                </ol>
              )}
            </div>
          );
        })}
      </section>

      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="handout-heading" className="min-w-0 rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
          <h2 id="handout-heading" className="mb-2 text-lg font-semibold">
            Patient handout (PDF)
          </h2>
          <HandoutDownload planId={view.id} defaultLanguage={view.patient.language} />
        </section>
        <section aria-labelledby="notes-heading" className="min-w-0 rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
          <h2 id="notes-heading" className="mb-3 text-lg font-semibold">
            Notes
          </h2>
          <NotesForm action={bind(notesAction)} version={view.version} notes={view.notes} />
        </section>
      </div>

      <PrognosisCard prognosis={view.prognosis} timeline={view.timeline} />

      <ClinicianNotes notes={view.clinicianNotes} heading="Notes for clinicians from the template" />

      <section aria-labelledby="timeline-heading" className="space-y-3">
        <h2 id="timeline-heading" className="text-lg font-semibold">
          All stages
        </h2>
        <PlanStages plan={plan} timeline={view.timeline} currentIndex={index} library={view.snapshot.exercises} />
      </section>

      <section aria-labelledby="history-heading" className="rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
        <h2 id="history-heading" className="mb-3 text-lg font-semibold">
          History
        </h2>
        <ol className="space-y-2 text-sm">
          {view.events.map((e) => (
            <li key={e.id} className="border-l-2 border-slate-200 pl-3">
              <p>{e.summary}</p>
              <p className="text-slate-600">
                {e.actorName} · {formatDateTime(e.createdAt)} · version {e.planVersion}
              </p>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
