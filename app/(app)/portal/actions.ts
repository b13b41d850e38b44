"use server";

import { revalidatePath } from "next/cache";
import { action } from "@/lib/server/action";
import { saveDailyLog } from "@/lib/server/portal";
import { dailyLogForm } from "@/lib/validation/portal";

/** Saves the patient's log for one day: sets per exercise (`sets_<exerciseKey>`), pain and a note. */
export const saveDailyLogAction = action(
  dailyLogForm,
  async (log, { actor }) => {
    const saved = await saveDailyLog(actor, log);
    revalidatePath("/portal", "layout");
    return saved;
  },
  { name: "portal.log", roles: ["PATIENT"], invalid: "Some answers need another look." },
);
