"use server";

import { revalidatePath } from "next/cache";
import { actionWording } from "@/lib/i18n/translate";
import { action } from "@/lib/server/action";
import { portalLocale, saveDailyLog, setPortalLanguage } from "@/lib/server/portal";
import { dailyLogFormFor, portalLanguageInput } from "@/lib/validation/portal";

// Every message the patient can get back is in their language (the patient record's).

/** Saves the patient's log for one day: sets per exercise (`sets_<exerciseKey>`), pain and a note. */
export const saveDailyLogAction = action(
  async ({ actor }) => dailyLogFormFor(await portalLocale(actor)),
  async (log, { actor }) => {
    const saved = await saveDailyLog(actor, log);
    revalidatePath("/portal", "layout");
    return saved;
  },
  {
    name: "portal.log",
    roles: ["PATIENT"],
    invalid: "Some answers need another look.",
    wording: async (actor) => actionWording(await portalLocale(actor), "invalidLog"),
  },
);

/** The patient's language switch: saves their preferred language; every page then re-renders in it. */
export const setPortalLanguageAction = action(
  portalLanguageInput,
  async ({ language }, { actor }) => {
    const saved = await setPortalLanguage(actor, language);
    revalidatePath("/", "layout");
    return saved;
  },
  {
    name: "portal.language",
    roles: ["PATIENT"],
    invalid: "Choose English or Español.",
    wording: async (actor) => actionWording(await portalLocale(actor), "chooseLanguage"),
  },
);
