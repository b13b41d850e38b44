"use server";

import { revalidatePath } from "next/cache";
import { STAFF_ROLES } from "@/lib/server/actor";
import { runAction, type ActionResult } from "@/lib/server/action";
import { AppError } from "@/lib/server/errors";
import { clinicToday } from "@/lib/server/clinic";
import { recordMeasurement } from "@/lib/server/measurements";
import { parseMeasurement } from "@/lib/validation/clinical";
import { formToObject } from "@/lib/validation/form";

export async function recordMeasurementAction(patientId: string, form: FormData): Promise<ActionResult<{ id: string }>> {
  return runAction(async (actor) => {
    const parsed = parseMeasurement(formToObject(form), { today: await clinicToday(actor) });
    if (!parsed.ok) throw new AppError("VALIDATION", parsed.errors._form ?? "Some fields need attention.", parsed.errors);
    const saved = await recordMeasurement(actor, patientId, parsed.data);
    revalidatePath(`/patients/${patientId}`);
    return saved;
  }, STAFF_ROLES);
}
