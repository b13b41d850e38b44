// Read-only parts of a protocol template as the template page shows them: durations, exercises,
// gates, the session pain rule, and a stage's parallel tracks with their phases.
import Link from "next/link";
import { doseAmount, frequencyText, gateTest, gradesText } from "@/components/templates/labels";
import { CLINICAL_GRADES, type Dose, type GateTemplate, type GradeDurations, type PainRule, type TrackTemplate } from "@/lib/domain/clinical/types";

/** "At most 2/10 during a session, and back to usual by the next morning." */
export function painRuleText(rule: PainRule): string {
  return `At most ${rule.duringMax}/10 during a session${rule.settledByMorning ? ", and back to usual by the next morning" : ""}.`;
}

export function DurationTable({ durationDays, caption = "Duration (days)" }: { durationDays: GradeDurations; caption?: string }) {
  return (
    <table className="text-left text-sm">
      <caption className="mb-1 text-left font-medium">{caption}</caption>
      <thead className="text-slate-700">
        <tr>
          {CLINICAL_GRADES.map((g) => (
            <th key={g} scope="col" className="pr-6 font-medium">
              Grade {g}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        <tr>
          {CLINICAL_GRADES.map((g) => (
            <td key={g} className="pr-6">
              {durationDays[g].min}-{durationDays[g].max}
            </td>
          ))}
        </tr>
      </tbody>
    </table>
  );
}

function ColumnHeads({ columns }: { columns: readonly string[] }) {
  return (
    <thead className="bg-slate-50 text-slate-700">
      <tr>
        {columns.map((h) => (
          <th key={h} scope="col" className="px-3 py-2 font-medium">
            {h}
          </th>
        ))}
      </tr>
    </thead>
  );
}

export interface ExerciseRow {
  key: string;
  name: string;
  dose: Dose;
  grades?: readonly number[];
}

export function ExerciseTable({ exercises, caption = "Exercises" }: { exercises: readonly ExerciseRow[]; caption?: string }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="mb-1 text-left font-semibold">{caption}</caption>
        <ColumnHeads columns={["Exercise", "Dose", "Load", "Frequency", "Pain limit", "Grades"]} />
        <tbody className="divide-y divide-slate-100">
          {exercises.map((e) => (
            <tr key={e.key} className="align-top">
              <th scope="row" className="px-3 py-2 font-normal">
                {e.name}
                {e.dose.notes ? <span className="block text-xs text-slate-600">{e.dose.notes}</span> : null}
              </th>
              <td className="px-3 py-2 whitespace-nowrap">{doseAmount(e.dose)}</td>
              <td className="px-3 py-2">{e.dose.load ?? "—"}</td>
              <td className="px-3 py-2 whitespace-nowrap">{frequencyText(e.dose.frequency)}</td>
              <td className="px-3 py-2 whitespace-nowrap">{e.dose.painLimit}/10</td>
              <td className="px-3 py-2">{gradesText(e.grades)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {exercises.length === 0 ? <p className="text-sm text-slate-600">No exercises.</p> : null}
    </div>
  );
}

export function GatesTable({
  gates,
  caption = "Gates to move on",
  empty,
}: {
  gates: readonly (GateTemplate & { rowKey: string })[];
  caption?: string;
  empty: string;
}) {
  if (!gates.length) return <p className="text-sm text-slate-600">{empty}</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="mb-1 text-left font-semibold">{caption}</caption>
        <ColumnHeads columns={["Clinician label", "Patient wording", "Test", "Grades"]} />
        <tbody className="divide-y divide-slate-100">
          {gates.map((g) => (
            <tr key={g.rowKey} className="align-top">
              <th scope="row" className="px-3 py-2 font-normal">
                {g.label}
              </th>
              <td className="px-3 py-2">{g.patientLabel}</td>
              <td className="px-3 py-2">{gateTest(g)}</td>
              <td className="px-3 py-2">{gradesText(g.grades)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function TextList({ items }: { items: readonly string[] }) {
  if (!items.length) return <p className="text-sm text-slate-600">None.</p>;
  return (
    <ul className="list-disc space-y-1 pl-5 text-sm">
      {items.map((item, i) => (
        <li key={i}>{item}</li>
      ))}
    </ul>
  );
}

/**
 * A stage's parallel tracks (decision 028), each with its phases in order: what each phase is for,
 * its durations, exercises, gates and pain rule. Both tracks must be finished before the stage is.
 */
export function TrackList({
  stageId,
  tracks,
  names,
  editHref,
}: {
  stageId: string;
  tracks: readonly TrackTemplate[];
  names: ReadonlyMap<string, string>;
  /** A draft's phases link to their edit page: the href of a track's phase, by their keys. */
  editHref?: (trackKey: string, phaseKey: string) => string | null;
}) {
  return (
    <section aria-labelledby={`tracks-${stageId}`} className="space-y-4">
      <div>
        <h4 id={`tracks-${stageId}`} className="text-base font-semibold">
          Parallel tracks
        </h4>
        <p className="text-sm text-slate-700">
          Each track moves through its phases on its own gates; the stage is finished when every track has finished its last phase. Phases are not editable on
          this page.
        </p>
      </div>
      {tracks.map((track) => (
        <section key={track.key} aria-labelledby={`track-${stageId}-${track.key}`} className="space-y-3 rounded-md border border-slate-200 p-3">
          <h5 id={`track-${stageId}-${track.key}`} className="font-semibold">
            {track.name}
          </h5>
          <p className="text-sm text-slate-700">{track.purpose}</p>
          <ol className="space-y-4">
            {track.phases.map((phase, i) => (
              <li key={phase.key} className="space-y-2 border-l-4 border-brand-200 pl-3">
                <div className="flex flex-wrap items-start justify-between gap-3">
                  <h6 className="text-sm font-semibold">
                    {track.name}, phase {i + 1}: {phase.name}
                  </h6>
                  {editHref?.(track.key, phase.key) ? (
                    <Link
                      href={editHref(track.key, phase.key)!}
                      aria-label={`Edit phase: ${track.name}, phase ${i + 1}`}
                      className="text-sm text-brand-700 underline underline-offset-2"
                    >
                      Edit phase
                    </Link>
                  ) : null}
                </div>
                <p className="text-sm text-slate-700">{phase.purpose}</p>
                {phase.painRule ? <p className="text-sm">Session pain rule: {painRuleText(phase.painRule)}</p> : null}
                {phase.doseStage ? <p className="text-sm text-slate-700">Doses follow the rules of the “{phase.doseStage}” stage.</p> : null}
                <DurationTable durationDays={phase.durationDays} caption={`Duration of ${phase.name} (days)`} />
                <div>
                  <p className="text-sm font-semibold">Goals</p>
                  <TextList items={phase.goals} />
                </div>
                <ExerciseTable
                  caption={`Exercises of ${phase.name}`}
                  exercises={phase.exercises.map((e) => ({
                    key: e.exerciseKey,
                    name: names.get(e.exerciseKey) ?? e.exerciseKey,
                    dose: e.dose,
                    grades: e.grades,
                  }))}
                />
                <GatesTable
                  caption={`Gates to leave ${phase.name}`}
                  gates={phase.gates.map((g) => ({ ...g, rowKey: g.key }))}
                  empty={i === track.phases.length - 1 ? "Last phase: no gates of its own." : "No gates."}
                />
              </li>
            ))}
          </ol>
        </section>
      ))}
    </section>
  );
}

/** The template's staff-only notes (Template.clinicianNotes): what to check, the editable defaults. */
export function ClinicianNotes({ notes, heading }: { notes: readonly string[]; heading: string }) {
  if (!notes.length) return null;
  return (
    <section aria-labelledby="clinician-notes-heading" className="space-y-2 rounded-lg border-2 border-amber-400 bg-amber-50 p-4 sm:p-6">
      <h2 id="clinician-notes-heading" className="text-lg font-semibold">
        {heading}
      </h2>
      <ul className="list-disc space-y-1 pl-5 text-sm">
        {notes.map((note, i) => (
          <li key={i}>{note}</li>
        ))}
      </ul>
    </section>
  );
}
