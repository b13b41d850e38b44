"use server";

import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { runAction, type ActionResult } from "@/lib/server/action";
import { AppError } from "@/lib/server/errors";
import {
  addMeasureGate,
  addStageExercise,
  duplicateTemplate,
  publishTemplate,
  removeGate,
  removeStageExercise,
  startNewVersion,
  updateGate,
  updateStage,
  updateStageExercise,
  updateTemplateDetails,
  type PublishResult,
} from "@/lib/server/template-admin";
import { fieldErrors, formToObject } from "@/lib/validation/form";
import { addExerciseForm, doseForm, gateForm, measureGateForm, stageForm, templateDetailsForm } from "@/lib/validation/template";

// Server actions are public POST endpoints: each goes through runAction (session, ADMIN role,
// error mapping) and the data layer checks the clinic and the draft status again.
const ADMIN = ["ADMIN"] as const;

function parseForm<S extends z.ZodType>(schema: S, form: FormData): z.output<S> {
  const parsed = schema.safeParse(formToObject(form));
  if (!parsed.success) throw new AppError("VALIDATION", "Some fields need attention.", fieldErrors(parsed.error));
  return parsed.data;
}

function changed(templateId: string) {
  revalidatePath("/templates");
  revalidatePath(`/templates/${templateId}`, "layout");
}

export async function duplicateTemplateAction(templateId: string): Promise<ActionResult<{ id: string }>> {
  return runAction(async (actor) => {
    const created = await duplicateTemplate(actor, templateId);
    revalidatePath("/templates");
    return created;
  }, ADMIN);
}

export async function startNewVersionAction(templateId: string): Promise<ActionResult<{ id: string; version: number; existing: boolean }>> {
  return runAction(async (actor) => {
    const created = await startNewVersion(actor, templateId);
    revalidatePath("/templates");
    return created;
  }, ADMIN);
}

export async function publishTemplateAction(templateId: string): Promise<ActionResult<PublishResult>> {
  return runAction(async (actor) => {
    const result = await publishTemplate(actor, templateId);
    if (result.published) changed(templateId);
    return result;
  }, ADMIN);
}

export async function updateTemplateDetailsAction(templateId: string, form: FormData): Promise<ActionResult> {
  return runAction(async (actor) => {
    await updateTemplateDetails(actor, templateId, parseForm(templateDetailsForm, form));
    changed(templateId);
    return undefined;
  }, ADMIN);
}

export async function updateStageAction(templateId: string, stageId: string, form: FormData): Promise<ActionResult> {
  return runAction(async (actor) => {
    await updateStage(actor, templateId, stageId, parseForm(stageForm, form));
    changed(templateId);
    return undefined;
  }, ADMIN);
}

export async function updateDoseAction(templateId: string, stageExerciseId: string, form: FormData): Promise<ActionResult> {
  return runAction(async (actor) => {
    await updateStageExercise(actor, templateId, stageExerciseId, parseForm(doseForm, form));
    changed(templateId);
    return undefined;
  }, ADMIN);
}

export async function removeExerciseAction(templateId: string, stageExerciseId: string): Promise<ActionResult> {
  return runAction(async (actor) => {
    await removeStageExercise(actor, templateId, stageExerciseId);
    changed(templateId);
    return undefined;
  }, ADMIN);
}

export async function addExerciseAction(templateId: string, stageId: string, form: FormData): Promise<ActionResult<{ id: string }>> {
  return runAction(async (actor) => {
    const created = await addStageExercise(actor, templateId, stageId, parseForm(addExerciseForm, form));
    changed(templateId);
    return created;
  }, ADMIN);
}

export async function updateGateAction(templateId: string, gateId: string, form: FormData): Promise<ActionResult> {
  return runAction(async (actor) => {
    await updateGate(actor, templateId, gateId, parseForm(gateForm, form));
    changed(templateId);
    return undefined;
  }, ADMIN);
}

export async function removeGateAction(templateId: string, gateId: string): Promise<ActionResult> {
  return runAction(async (actor) => {
    await removeGate(actor, templateId, gateId);
    changed(templateId);
    return undefined;
  }, ADMIN);
}

export async function addGateAction(templateId: string, stageId: string, form: FormData): Promise<ActionResult<{ id: string }>> {
  return runAction(async (actor) => {
    const created = await addMeasureGate(actor, templateId, stageId, parseForm(measureGateForm, form));
    changed(templateId);
    return created;
  }, ADMIN);
}
