/**
 * Therapist edits to a patient's plan, as pure functions over the stored snapshot. The data
 * layer (lib/server/plans.ts) applies them under optimistic locking and records each summary
 * in the plan's history.
 */
import { currentPhase } from "./clinical/tracks";
import type { Dose, EducationSection, ExerciseEntry, Plan, PlanExercise } from "./clinical/types";

/** What a plan row stores: the generated plan plus the exercise and education texts it uses, frozen. */
export interface PlanSnapshot {
  plan: Plan;
  exercises: ExerciseEntry[];
  education: EducationSection[];
}

/** `track`: the edit is to that track's current phase of the stage (a stage with tracks). */
export type PlanEdit = (
  | { type: "dose"; stageIndex: number; exerciseIndex: number; dose: Dose }
  | { type: "addExercise"; stageIndex: number; exercise: ExerciseEntry; dose: Dose }
  | { type: "removeExercise"; stageIndex: number; exerciseIndex: number }
  | { type: "moveExercise"; stageIndex: number; exerciseIndex: number; direction: -1 | 1 }
) & { track?: string | null };

export class PlanEditError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PlanEditError";
  }
}

/**
 * The clinician's shorthand for a dose: "3 × 15, 2×/day, pain 3/10 or less". `pain: false` leaves
 * the pain limit out, for lists that state the stage's one pain rule once instead.
 */
export function describeDose(d: Dose, { pain = true }: { pain?: boolean } = {}): string {
  const amount =
    d.reps != null
      ? `${d.sets} × ${d.reps}`
      : d.holdSeconds != null
        ? `${d.sets} × ${d.holdSeconds} s hold`
        : d.durationMinutes != null
          ? `${d.sets} × ${d.durationMinutes} min`
          : `${d.sets} sets`;
  const load = d.load ? `, ${d.load}` : "";
  const often = `${d.frequency.times}×/${d.frequency.per === "DAY" ? "day" : "week"}`;
  return pain ? `${amount}${load}, ${often}, pain ${d.painLimit}/10 or less` : `${amount}${load}, ${often}`;
}

/** The exercise list an edit changes: a stage's, or the current phase's of one of its tracks. */
function unitAt(plan: Plan, index: number, trackKey: string | null | undefined): { name: string; exercises: PlanExercise[] } {
  const stage = plan.stages[index];
  if (!stage) throw new PlanEditError("That stage is not part of this plan.");
  if (!trackKey) return stage;
  const track = stage.tracks?.find((t) => t.key === trackKey);
  if (!track) throw new PlanEditError("That track is not part of this stage. Reload the plan.");
  const { phase } = currentPhase(track);
  return { name: `${stage.name} (${track.name}: ${phase.name})`, exercises: phase.exercises };
}

/** Applies one edit; returns a new snapshot (the input is not mutated) and a one-line summary. */
export function applyPlanEdit(snapshot: PlanSnapshot, edit: PlanEdit): { snapshot: PlanSnapshot; summary: string } {
  const next: PlanSnapshot = structuredClone(snapshot);
  const stage = unitAt(next.plan, edit.stageIndex, edit.track);
  const exerciseAt = (i: number) => {
    const e = stage.exercises[i];
    if (!e) throw new PlanEditError("That exercise is no longer in this stage. Reload the plan.");
    return e;
  };
  switch (edit.type) {
    case "dose": {
      const e = exerciseAt(edit.exerciseIndex);
      const before = describeDose(e.dose);
      e.dose = edit.dose;
      return { snapshot: next, summary: `${stage.name}: ${e.name} dose changed from ${before} to ${describeDose(e.dose)}` };
    }
    case "addExercise": {
      if (stage.exercises.some((e) => e.exerciseKey === edit.exercise.key)) {
        throw new PlanEditError(`${edit.exercise.name} is already in this stage.`);
      }
      stage.exercises.push({ exerciseKey: edit.exercise.key, name: edit.exercise.name, dose: edit.dose });
      if (!next.exercises.some((e) => e.key === edit.exercise.key)) next.exercises.push(edit.exercise);
      return { snapshot: next, summary: `${stage.name}: added ${edit.exercise.name} (${describeDose(edit.dose)})` };
    }
    case "removeExercise": {
      const e = exerciseAt(edit.exerciseIndex);
      stage.exercises.splice(edit.exerciseIndex, 1);
      return { snapshot: next, summary: `${stage.name}: removed ${e.name}` };
    }
    case "moveExercise": {
      const e = exerciseAt(edit.exerciseIndex);
      const to = edit.exerciseIndex + edit.direction;
      if (to < 0 || to >= stage.exercises.length) throw new PlanEditError(`${e.name} cannot move further ${edit.direction < 0 ? "up" : "down"}.`);
      stage.exercises.splice(edit.exerciseIndex, 1);
      stage.exercises.splice(to, 0, e);
      return { snapshot: next, summary: `${stage.name}: moved ${e.name} ${edit.direction < 0 ? "up" : "down"} to position ${to + 1}` };
    }
  }
}
