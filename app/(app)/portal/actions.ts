"use server";

import { revalidatePath } from "next/cache";
import { runAction, type ActionResult } from "@/lib/server/action";
import { AppError } from "@/lib/server/errors";
import { saveDailyLog } from "@/lib/server/portal";
import { fieldErrors, formToObject } from "@/lib/validation/form";
import { dailyLogInput } from "@/lib/validation/portal";

const MAX_EXERCISES = 50;

/** Saves the patient's log for one day: sets per exercise (`sets_<exerciseKey>`), pain and a note. */
export async function saveDailyLogAction(form: FormData): Promise<ActionResult<{ date: string }>> {
  return runAction(async (actor) => {
    const values = formToObject(form);
    const parsed = dailyLogInput.safeParse(values);
    const errors = parsed.success ? {} : fieldErrors(parsed.error);
    const setsDone: Record<string, number> = {};
    for (const [name, value] of Object.entries(values)) {
      if (!name.startsWith("sets_") || Object.keys(setsDone).length >= MAX_EXERCISES) continue;
      const sets = value === undefined ? 0 : Number(value);
      if (!Number.isInteger(sets) || sets < 0) errors[name] = "Enter a whole number of sets: 0 or more.";
      else setsDone[name.slice("sets_".length)] = sets;
    }
    if (!parsed.success || Object.keys(errors).length > 0) throw new AppError("VALIDATION", "Some answers need another look.", errors);
    const saved = await saveDailyLog(actor, { ...parsed.data, setsDone });
    revalidatePath("/portal", "layout");
    return saved;
  }, ["PATIENT"]);
}
