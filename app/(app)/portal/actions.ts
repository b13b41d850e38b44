"use server";

import { revalidatePath } from "next/cache";
import { action } from "@/lib/server/action";
import { saveDailyLog, setPortalLanguage } from "@/lib/server/portal";
import { dailyLogForm, portalLanguageInput } from "@/lib/validation/portal";

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

/** The patient's language switch: saves their preferred language; every page then re-renders in it. */
export const setPortalLanguageAction = action(
  portalLanguageInput,
  async ({ language }, { actor }) => {
    const saved = await setPortalLanguage(actor, language);
    revalidatePath("/", "layout");
    return saved;
  },
  { name: "portal.language", roles: ["PATIENT"], invalid: "Choose English or Español." },
);
