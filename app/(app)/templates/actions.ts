"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { action } from "@/lib/server/action";
import {
  addMeasureGate,
  addStageExercise,
  duplicateTemplate,
  importTemplate,
  publishTemplate,
  removeGate,
  removeStageExercise,
  startNewVersion,
  updateGate,
  updateStage,
  updateStageExercise,
  updateTemplateDetails,
} from "@/lib/server/template-admin";
import { zId } from "@/lib/validation/form";
import { addExerciseForm, doseForm, gateForm, importForm, measureGateForm, stageForm, templateDetailsForm } from "@/lib/validation/template";

// Server actions are public POST endpoints: each goes through action() (session, ADMIN role, ids,
// input, error mapping) and the data layer checks the clinic and the draft status again. Each is
// called with the ids first, then the form: updateStageAction(templateId, stageId, form).
const ADMIN = ["ADMIN"] as const;
const template = zId("template");
const none = z.object({});

function changed(templateId: string) {
  revalidatePath("/templates");
  revalidatePath(`/templates/${templateId}`, "layout");
}

export const duplicateTemplateAction = action(
  none,
  async (_input, { actor, args: [templateId] }) => {
    const created = await duplicateTemplate(actor, templateId);
    revalidatePath("/templates");
    return created;
  },
  { name: "template.duplicate", roles: ADMIN, args: [template] },
);

export const startNewVersionAction = action(
  none,
  async (_input, { actor, args: [templateId] }) => {
    const created = await startNewVersion(actor, templateId);
    revalidatePath("/templates");
    return created;
  },
  { name: "template.new_version", roles: ADMIN, args: [template] },
);

export const publishTemplateAction = action(
  none,
  async (_input, { actor, args: [templateId] }) => {
    const result = await publishTemplate(actor, templateId);
    if (result.published) changed(templateId);
    return result;
  },
  { name: "template.publish", roles: ADMIN, args: [template] },
);

export const updateTemplateDetailsAction = action(
  templateDetailsForm,
  async (details, { actor, args: [templateId] }) => {
    await updateTemplateDetails(actor, templateId, details);
    changed(templateId);
  },
  { name: "template.update", roles: ADMIN, args: [template] },
);

export const updateStageAction = action(
  stageForm,
  async (stage, { actor, args: [templateId, stageId] }) => {
    await updateStage(actor, templateId, stageId, stage);
    changed(templateId);
  },
  { name: "template.update", roles: ADMIN, args: [template, zId("stage")] },
);

export const updateDoseAction = action(
  doseForm,
  async (dose, { actor, args: [templateId, stageExerciseId] }) => {
    await updateStageExercise(actor, templateId, stageExerciseId, dose);
    changed(templateId);
  },
  { name: "template.update", roles: ADMIN, args: [template, zId("exercise")] },
);

export const removeExerciseAction = action(
  none,
  async (_input, { actor, args: [templateId, stageExerciseId] }) => {
    await removeStageExercise(actor, templateId, stageExerciseId);
    changed(templateId);
  },
  { name: "template.update", roles: ADMIN, args: [template, zId("exercise")] },
);

export const addExerciseAction = action(
  addExerciseForm,
  async (input, { actor, args: [templateId, stageId] }) => {
    const created = await addStageExercise(actor, templateId, stageId, input);
    changed(templateId);
    return created;
  },
  { name: "template.update", roles: ADMIN, args: [template, zId("stage")] },
);

export const updateGateAction = action(
  gateForm,
  async (gate, { actor, args: [templateId, gateId] }) => {
    await updateGate(actor, templateId, gateId, gate);
    changed(templateId);
  },
  { name: "template.update", roles: ADMIN, args: [template, zId("gate")] },
);

export const removeGateAction = action(
  none,
  async (_input, { actor, args: [templateId, gateId] }) => {
    await removeGate(actor, templateId, gateId);
    changed(templateId);
  },
  { name: "template.update", roles: ADMIN, args: [template, zId("gate")] },
);

export const addGateAction = action(
  measureGateForm,
  async (gate, { actor, args: [templateId, stageId] }) => {
    const created = await addMeasureGate(actor, templateId, stageId, gate);
    changed(templateId);
    return created;
  },
  { name: "template.update", roles: ADMIN, args: [template, zId("stage")] },
);

/** Import a FHIR PlanDefinition (e.g. one exported from Restride) as a new clinic DRAFT. */
export const importTemplateAction = action(
  importForm,
  async ({ fhir }, { actor }) => {
    let resource: unknown;
    try {
      resource = JSON.parse(fhir);
    } catch {
      return { imported: false as const, problems: ["This file is not JSON. Choose the .json file of a FHIR PlanDefinition."] };
    }
    const result = await importTemplate(actor, resource);
    if (result.imported) revalidatePath("/templates");
    return result;
  },
  { name: "template.import", roles: ADMIN },
);
