"use client";

import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { DoseFields } from "@/components/dose-fields";
import { Field, FormMessage } from "@/components/ui/field";
import { useActionForm } from "@/components/use-action-form";
import type { Dose } from "@/lib/domain/clinical/types";
import type { ActionResult } from "@/lib/action-result";
import type { FieldErrors } from "@/lib/validation/form";

type PlanAction = (form: FormData) => Promise<ActionResult<{ version: number }>>;

/** A small form that saves one plan change and refreshes the page; errors stay beside the fields. */
function PlanActionForm({
  action,
  version,
  hidden = {},
  children,
  className = "",
  label,
}: {
  action: PlanAction;
  version: number;
  hidden?: Record<string, string | number>;
  children: (state: { errors: FieldErrors; pending: boolean }) => ReactNode;
  className?: string;
  label?: string;
}) {
  const { errors, message, pending, onSubmit } = useActionForm(action);
  return (
    <form onSubmit={onSubmit} noValidate className={className} aria-label={label}>
      {message ? <FormMessage>{message}</FormMessage> : null}
      <input type="hidden" name="version" value={version} />
      {Object.entries(hidden).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      {children({ errors, pending })}
    </form>
  );
}

function SubmitButtonInner({
  pending,
  children,
  variant = "primary",
}: {
  pending: boolean;
  children: ReactNode;
  variant?: "primary" | "secondary" | "danger" | "ghost";
}) {
  return (
    <Button type="submit" variant={variant} disabled={pending}>
      {pending ? "Saving…" : children}
    </Button>
  );
}

const SubmitButton = SubmitButtonInner;

const fieldsOf = (prefix: string, errors: FieldErrors) => (name: string) => ({ id: `${prefix}-${name}`, name, error: errors[name] });

export function ExerciseOrderControls({
  action,
  version,
  stageIndex,
  track,
  exerciseIndex,
  name,
  isFirst,
  isLast,
}: {
  action: PlanAction;
  version: number;
  stageIndex: number;
  /** A stage with tracks: the track whose current phase this edits. */
  track?: string | null;
  exerciseIndex: number;
  name: string;
  isFirst: boolean;
  isLast: boolean;
}) {
  const small = "min-h-10 rounded border px-3 text-sm disabled:opacity-40";
  return (
    <PlanActionForm
      action={action}
      version={version}
      hidden={{ stageIndex, exerciseIndex, ...(track ? { track } : {}) }}
      className="flex flex-wrap gap-1"
      label={`Order of ${name}`}
    >
      {({ pending }) => (
        <>
          <button type="submit" name="op" value="up" disabled={pending || isFirst} className={`${small} border-slate-300`} aria-label={`Move ${name} up`}>
            ↑
          </button>
          <button type="submit" name="op" value="down" disabled={pending || isLast} className={`${small} border-slate-300`} aria-label={`Move ${name} down`}>
            ↓
          </button>
          <button type="submit" name="op" value="remove" disabled={pending} className={`${small} border-red-300 text-red-800`} aria-label={`Remove ${name}`}>
            Remove
          </button>
        </>
      )}
    </PlanActionForm>
  );
}

export function DoseForm({
  action,
  version,
  stageIndex,
  track,
  exerciseIndex,
  name,
  dose,
}: {
  action: PlanAction;
  version: number;
  stageIndex: number;
  /** A stage with tracks: the track whose current phase this edits. */
  track?: string | null;
  exerciseIndex: number;
  name: string;
  dose: Dose;
}) {
  return (
    <PlanActionForm
      action={action}
      version={version}
      hidden={{ stageIndex, exerciseIndex, ...(track ? { track } : {}) }}
      className="mt-3 space-y-3"
      label={`Dose of ${name}`}
    >
      {({ errors, pending }) => (
        <>
          <DoseFields field={fieldsOf(`dose-${stageIndex}-${track ? `${track}-` : ""}${exerciseIndex}`, errors)} dose={dose} />
          <SubmitButton pending={pending}>Save dose</SubmitButton>
        </>
      )}
    </PlanActionForm>
  );
}

export function AddExerciseForm({
  action,
  version,
  stageIndex,
  track,
  options,
}: {
  action: PlanAction;
  version: number;
  stageIndex: number;
  /** A stage with tracks: the track whose current phase this edits. */
  track?: string | null;
  options: { key: string; name: string }[];
}) {
  return (
    <PlanActionForm action={action} version={version} hidden={{ stageIndex, ...(track ? { track } : {}) }} className="mt-3 space-y-3" label="Add an exercise">
      {({ errors, pending }) => (
        <>
          <Field id={`add-${track ? `${track}-` : ""}exerciseKey`} label="Exercise" error={errors.exerciseKey} required>
            {(aria) => (
              <select name="exerciseKey" defaultValue="" {...aria}>
                <option value="" disabled>
                  Choose…
                </option>
                {options.map((x) => (
                  <option key={x.key} value={x.key}>
                    {x.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <DoseFields field={fieldsOf(track ? `add-${track}` : "add", errors)} />
          <SubmitButton pending={pending}>Add exercise</SubmitButton>
        </>
      )}
    </PlanActionForm>
  );
}

/** The words of one move control: the form's name, the override line, the "all met" line, the button. */
interface MoveWords {
  formLabel: string;
  override: string;
  met: string;
  button: string;
}

/** A move forward (gates met, or an override on clinical judgement) or back, of a stage or a track. */
function MoveForm({
  action,
  version,
  hidden,
  direction,
  allMet,
  words,
}: {
  action: PlanAction;
  version: number;
  hidden: Record<string, string>;
  direction: "next" | "back";
  allMet: boolean;
  words: MoveWords;
}) {
  return (
    <PlanActionForm action={action} version={version} hidden={{ ...hidden, direction }} className="space-y-2" label={words.formLabel}>
      {({ pending }) =>
        direction === "next" ? (
          <>
            {!allMet ? (
              <label className="flex items-center gap-2 text-sm">
                <input type="checkbox" name="override" className="h-5 w-5 accent-brand-700" />
                {words.override}
              </label>
            ) : (
              <p className="text-sm font-medium text-green-800">{words.met}</p>
            )}
            <SubmitButton pending={pending}>{words.button}</SubmitButton>
          </>
        ) : (
          <SubmitButton pending={pending} variant="secondary">
            {words.button}
          </SubmitButton>
        )
      }
    </PlanActionForm>
  );
}

export function MoveStageForm({
  action,
  version,
  direction,
  allMet,
  targetName,
}: {
  action: PlanAction;
  version: number;
  direction: "next" | "back";
  allMet: boolean;
  targetName: string;
}) {
  const words: MoveWords =
    direction === "next"
      ? {
          formLabel: "Move to the next stage",
          override: "Advance on clinical judgement although not all gates are met",
          met: "All gates met: the next stage is due.",
          button: "Move to next stage",
        }
      : { formLabel: "Move back a stage", override: "", met: "", button: `Move back to ${targetName}` };
  return <MoveForm action={action} version={version} hidden={{}} direction={direction} allMet={allMet} words={words} />;
}

/** Moves one track of a stage with tracks a phase forward or back (its gates, or clinical judgement). */
export function MoveTrackForm({
  action,
  version,
  track,
  trackName,
  direction,
  allMet,
  targetName,
}: {
  action: PlanAction;
  version: number;
  track: string;
  trackName: string;
  direction: "next" | "back";
  allMet: boolean;
  targetName: string;
}) {
  const words: MoveWords =
    direction === "next"
      ? {
          formLabel: `Move ${trackName} to its next phase`,
          override: `Move ${trackName} on clinical judgement although not all its gates are met`,
          met: `All gates of this phase met: ${targetName} is due.`,
          button: `${trackName}: move to ${targetName}`,
        }
      : { formLabel: `Move ${trackName} back a phase`, override: "", met: "", button: `${trackName}: back to ${targetName}` };
  return <MoveForm action={action} version={version} hidden={{ track }} direction={direction} allMet={allMet} words={words} />;
}

export function NotesForm({ action, version, notes }: { action: PlanAction; version: number; notes: string | null }) {
  return (
    <PlanActionForm action={action} version={version} className="space-y-3" label="Plan notes">
      {({ errors, pending }) => (
        <>
          <Field id="notes" label="Notes for this plan" error={errors.notes}>
            {(aria) => <textarea name="notes" rows={3} maxLength={4000} defaultValue={notes ?? ""} {...aria} />}
          </Field>
          <SubmitButton pending={pending} variant="secondary">
            Save notes
          </SubmitButton>
        </>
      )}
    </PlanActionForm>
  );
}
