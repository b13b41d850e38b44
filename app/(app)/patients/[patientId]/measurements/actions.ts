"use server";

import { revalidatePath } from "next/cache";
import { STAFF_ROLES } from "@/lib/server/actor";
import { action } from "@/lib/server/action";
import { clinicToday } from "@/lib/server/clinic";
import { recordMeasurement } from "@/lib/server/measurements";
import { parseMeasurement } from "@/lib/validation/clinical";
import { formParser, zId } from "@/lib/validation/form";

/** Called as recordMeasurementAction(patientId, form); the visit date may not be after the clinic's today. */
export const recordMeasurementAction = action(
  async ({ actor }) => {
    const today = await clinicToday(actor);
    return formParser((fields) => parseMeasurement(fields, { today }));
  },
  async (measurement, { actor, args: [patientId] }) => {
    const saved = await recordMeasurement(actor, patientId, measurement);
    revalidatePath(`/patients/${patientId}`);
    return saved;
  },
  { name: "measurement.create", roles: STAFF_ROLES, args: [zId("patient")] },
);
