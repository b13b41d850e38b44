"use server";

import { revalidatePath } from "next/cache";
import type { Dose } from "@/lib/domain/clinical/types";
import { STAFF_ROLES } from "@/lib/server/actor";
import { runAction, type ActionResult } from "@/lib/server/action";
import { AppError } from "@/lib/server/errors";
import { editPlan, moveStage, setPlanNotes, type PlanEditInput } from "@/lib/server/plans";
import { doseForm } from "@/lib/validation/template";
import { fieldErrors, formToObject } from "@/lib/validation/form";

type Result = Promise<ActionResult<{ version: number }>>;

function intField(raw: Record<string, string | undefined>, name: string): number {
  const n = Number(raw[name]);
  if (!Number.isInteger(n) || n < 0) throw new AppError("VALIDATION", "The form is out of date. Reload the plan.");
  return n;
}

function parseDose(raw: Record<string, string | undefined>): Dose {
  const parsed = doseForm.safeParse(raw);
  if (!parsed.success) throw new AppError("VALIDATION", "Check the dose.", fieldErrors(parsed.error));
  return parsed.data;
}

async function edit(planId: string, form: FormData, build: (raw: Record<string, string | undefined>) => PlanEditInput): Result {
  return runAction(async (actor) => {
    const raw = formToObject(form);
    const saved = await editPlan(actor, planId, intField(raw, "version"), build(raw));
    revalidatePath(`/plans/${planId}`);
    return saved;
  }, STAFF_ROLES);
}

export async function editDoseAction(planId: string, form: FormData): Result {
  return edit(planId, form, (raw) => ({ type: "dose", stageIndex: intField(raw, "stageIndex"), exerciseIndex: intField(raw, "exerciseIndex"), dose: parseDose(raw) }));
}

export async function addExerciseAction(planId: string, form: FormData): Result {
  return edit(planId, form, (raw) => {
    if (!raw.exerciseKey) throw new AppError("VALIDATION", "Check the exercise.", { exerciseKey: "Choose an exercise from the library." });
    return { type: "addExercise", stageIndex: intField(raw, "stageIndex"), exerciseKey: raw.exerciseKey, dose: parseDose(raw) };
  });
}

export async function exerciseOrderAction(planId: string, form: FormData): Result {
  return edit(planId, form, (raw) => {
    const base = { stageIndex: intField(raw, "stageIndex"), exerciseIndex: intField(raw, "exerciseIndex") };
    if (raw.op === "remove") return { type: "removeExercise", ...base };
    if (raw.op === "up" || raw.op === "down") return { type: "moveExercise", ...base, direction: raw.op === "up" ? -1 : 1 };
    throw new AppError("VALIDATION", "Unknown change. Reload the plan.");
  });
}

export async function notesAction(planId: string, form: FormData): Result {
  return runAction(async (actor) => {
    const raw = formToObject(form);
    const notes = raw.notes ?? null;
    if (notes && notes.length > 4000) throw new AppError("VALIDATION", "Check the notes.", { notes: "Notes can be at most 4000 characters." });
    const saved = await setPlanNotes(actor, planId, intField(raw, "version"), notes);
    revalidatePath(`/plans/${planId}`);
    return saved;
  }, STAFF_ROLES);
}

export async function moveStageAction(planId: string, form: FormData): Result {
  return runAction(async (actor) => {
    const raw = formToObject(form);
    const direction = raw.direction === "back" ? -1 : 1;
    const saved = await moveStage(actor, planId, intField(raw, "version"), direction, { override: raw.override === "on" });
    revalidatePath(`/plans/${planId}`);
    return { version: saved.version };
  }, STAFF_ROLES);
}
