// zod schemas for the plan editor's forms (components/plan-editor.tsx), whose field names they
// use. Every form carries the plan's version, and the stage and exercise it edits, as hidden
// inputs: an error on one of those means the page is out of date, not a typing mistake.
import { z } from "zod";
import { doseForm } from "@/lib/validation/template";

const STALE = "The form is out of date. Reload the plan.";
const position = z.coerce.number({ error: STALE }).int(STALE).min(0, STALE);

/** The hidden inputs of the plan editor's forms (for the action wrapper's `hidden`). */
export const PLAN_HIDDEN_FIELDS = ["version", "stageIndex", "exerciseIndex", "op", "direction", "track"] as const;

const planForm = z.object({ version: position });
/** A stage with tracks: the track whose current phase the form changes (absent for a plain stage). */
const track = z
  .string({ error: STALE })
  .max(60, STALE)
  .regex(/^[a-z0-9-]*$/, STALE)
  .optional()
  .transform((v) => (v ? v : null));
const exerciseForm = planForm.extend({ stageIndex: position, exerciseIndex: position, track });
const withDose = doseForm.transform((dose) => ({ dose }));

export const planDoseForm = exerciseForm.and(withDose);

export const planAddExerciseForm = planForm
  .extend({
    stageIndex: position,
    track,
    exerciseKey: z.string({ error: "Choose an exercise from the library." }).max(100, "Choose an exercise from the library."),
  })
  .and(withDose);

export const planExerciseOrderForm = exerciseForm.extend({
  op: z.enum(["up", "down", "remove"], { error: "Unknown change. Reload the plan." }),
});

export const planNotesForm = planForm.extend({
  notes: z.string().max(4000, "Notes can be at most 4000 characters.").optional(),
});

export const planMoveStageForm = planForm.extend({
  direction: z.enum(["next", "back"], { error: STALE }),
  override: z
    .string()
    .optional()
    .transform((v) => v === "on"),
});

/** Moves one track of the current stage a phase forward or back. */
export const planMoveTrackForm = planForm.extend({
  track: z.string({ error: STALE }).min(1, STALE).max(60, STALE),
  direction: z.enum(["next", "back"], { error: STALE }),
  override: z
    .string()
    .optional()
    .transform((v) => v === "on"),
});
