"use server";

import { revalidatePath } from "next/cache";
import { STAFF_ROLES } from "@/lib/server/actor";
import { runAction, type ActionResult } from "@/lib/server/action";
import { AppError } from "@/lib/server/errors";
import { createPatient, updatePatient } from "@/lib/server/patients";
import { fieldErrors, formToObject } from "@/lib/validation/form";
import { patientInput, patientUpdateInput } from "@/lib/validation/patient";

export async function createPatientAction(form: FormData): Promise<ActionResult<{ id: string }>> {
  return runAction(async (actor) => {
    const parsed = patientInput.safeParse(formToObject(form));
    if (!parsed.success) throw new AppError("VALIDATION", "Some fields need attention.", fieldErrors(parsed.error));
    const created = await createPatient(actor, parsed.data);
    revalidatePath("/patients");
    return created;
  }, STAFF_ROLES);
}

export async function updatePatientAction(patientId: string, form: FormData): Promise<ActionResult<{ version: number }>> {
  return runAction(async (actor) => {
    const parsed = patientUpdateInput.safeParse(formToObject(form));
    if (!parsed.success) throw new AppError("VALIDATION", "Some fields need attention.", fieldErrors(parsed.error));
    const { version, ...input } = parsed.data;
    const saved = await updatePatient(actor, patientId, version, input);
    revalidatePath(`/patients/${patientId}`);
    revalidatePath("/patients");
    return saved;
  }, STAFF_ROLES);
}
