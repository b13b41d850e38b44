"use server";

import { revalidatePath } from "next/cache";
import { STAFF_ROLES } from "@/lib/server/actor";
import { runAction, type ActionResult } from "@/lib/server/action";
import { AppError } from "@/lib/server/errors";
import { acknowledgeAlert } from "@/lib/server/progress";

/** Marks one alert as seen by the acting therapist (the data layer checks the clinic and audits it). */
export async function acknowledgeAlertAction(form: FormData): Promise<ActionResult<undefined>> {
  return runAction(async (actor) => {
    const alertId = form.get("alertId");
    if (typeof alertId !== "string" || !alertId) throw new AppError("NOT_FOUND", "We could not find that alert.");
    await acknowledgeAlert(actor, alertId);
    revalidatePath("/patients/[patientId]/progress", "page");
    return undefined;
  }, STAFF_ROLES);
}
