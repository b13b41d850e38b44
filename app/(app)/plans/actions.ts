"use server";

import { revalidatePath } from "next/cache";
import { STAFF_ROLES } from "@/lib/server/actor";
import { action } from "@/lib/server/action";
import { editPlan, moveStage, moveTrackPhase, setPlanNotes } from "@/lib/server/plans";
import { zId } from "@/lib/validation/form";
import {
  PLAN_HIDDEN_FIELDS,
  planAddExerciseForm,
  planDoseForm,
  planExerciseOrderForm,
  planMoveStageForm,
  planMoveTrackForm,
  planNotesForm,
} from "@/lib/validation/plan";

// Every plan action is called as xAction(planId, form) and answers the plan's new version.
const PLAN = { name: "plan.update", roles: STAFF_ROLES, args: [zId("plan")], hidden: PLAN_HIDDEN_FIELDS } as const;

function changed(planId: string, saved: { version: number }): { version: number } {
  revalidatePath(`/plans/${planId}`);
  return { version: saved.version };
}

export const editDoseAction = action(
  planDoseForm,
  async ({ version, stageIndex, exerciseIndex, track, dose }, { actor, args: [planId] }) =>
    changed(planId, await editPlan(actor, planId, version, { type: "dose", stageIndex, exerciseIndex, track, dose })),
  { ...PLAN, invalid: "Check the dose." },
);

export const addExerciseAction = action(
  planAddExerciseForm,
  async ({ version, stageIndex, track, exerciseKey, dose }, { actor, args: [planId] }) =>
    changed(planId, await editPlan(actor, planId, version, { type: "addExercise", stageIndex, track, exerciseKey, dose })),
  { ...PLAN, invalid: "Check the exercise." },
);

export const exerciseOrderAction = action(
  planExerciseOrderForm,
  async ({ version, stageIndex, exerciseIndex, track, op }, { actor, args: [planId] }) => {
    const edit =
      op === "remove"
        ? ({ type: "removeExercise", stageIndex, exerciseIndex, track } as const)
        : ({ type: "moveExercise", stageIndex, exerciseIndex, track, direction: op === "up" ? -1 : 1 } as const);
    return changed(planId, await editPlan(actor, planId, version, edit));
  },
  PLAN,
);

export const notesAction = action(
  planNotesForm,
  async ({ version, notes }, { actor, args: [planId] }) => changed(planId, await setPlanNotes(actor, planId, version, notes ?? null)),
  { ...PLAN, invalid: "Check the notes." },
);

export const moveStageAction = action(
  planMoveStageForm,
  async ({ version, direction, override }, { actor, args: [planId] }) =>
    changed(planId, await moveStage(actor, planId, version, direction === "back" ? -1 : 1, { override })),
  PLAN,
);

export const moveTrackAction = action(
  planMoveTrackForm,
  async ({ version, track, direction, override }, { actor, args: [planId] }) =>
    changed(planId, await moveTrackPhase(actor, planId, version, track, direction === "back" ? -1 : 1, { override })),
  PLAN,
);
