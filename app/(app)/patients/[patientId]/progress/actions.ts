"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { STAFF_ROLES } from "@/lib/server/actor";
import { action } from "@/lib/server/action";
import { acknowledgeAlert } from "@/lib/server/progress";
import { zId } from "@/lib/validation/form";

/** Marks one alert as seen by the acting therapist (the data layer checks the clinic and audits it). */
export const acknowledgeAlertAction = action(
  z.object({ alertId: zId("alert") }),
  async ({ alertId }, { actor }) => {
    await acknowledgeAlert(actor, alertId);
    revalidatePath("/patients/[patientId]/progress", "page");
  },
  { name: "alert.acknowledge", roles: STAFF_ROLES },
);
