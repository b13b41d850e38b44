"use server";

import { revalidatePath } from "next/cache";
import { STAFF_ROLES } from "@/lib/server/actor";
import { latestInjuryKind } from "@/lib/server/assessments";
import { action } from "@/lib/server/action";
import { clinicToday } from "@/lib/server/clinic";
import { recordMeasurement } from "@/lib/server/measurements";
import { parseMeasurement } from "@/lib/validation/clinical";
import { formParser, zId } from "@/lib/validation/form";

/**
 * Called as recordMeasurementAction(patientId, form); the visit date may not be after the clinic's
 * today, and the fields are those of the patient's injury kind (the form shows the same ones).
 */
export const recordMeasurementAction = action(
  async ({ actor, args: [patientId] }) => {
    const [today, kind] = await Promise.all([clinicToday(actor), latestInjuryKind(actor, patientId)]);
    return formParser((fields) => parseMeasurement(fields, { today, kind }));
  },
  async (measurement, { actor, args: [patientId] }) => {
    const saved = await recordMeasurement(actor, patientId, measurement);
    revalidatePath(`/patients/${patientId}`);
    return saved;
  },
  { name: "measurement.create", roles: STAFF_ROLES, args: [zId("patient")] },
);
