"use server";

import { isoDate } from "@/lib/format";
import { STAFF_ROLES } from "@/lib/server/actor";
import { runAction, type ActionResult } from "@/lib/server/action";
import { createAssessment } from "@/lib/server/assessments";
import { clinicToday } from "@/lib/server/clinic";
import { AppError } from "@/lib/server/errors";
import { getPatient } from "@/lib/server/patients";
import { parseAssessment } from "@/lib/validation/clinical";
import { formToObject } from "@/lib/validation/form";

export async function createAssessmentAction(patientId: string, form: FormData): Promise<ActionResult<{ id: string; blocked: boolean }>> {
  return runAction(async (actor) => {
    const patient = await getPatient(actor, patientId);
    const parsed = parseAssessment(formToObject(form), { dateOfBirth: isoDate(patient.dateOfBirth), today: await clinicToday(actor) });
    if (!parsed.ok) throw new AppError("VALIDATION", "Some fields need attention.", parsed.errors);
    const { id, screen } = await createAssessment(actor, patientId, parsed.data);
    return { id, blocked: screen.blocksPlan };
  }, STAFF_ROLES);
}
