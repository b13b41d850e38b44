"use server";

import { redirect } from "next/navigation";
import { STAFF_ROLES } from "@/lib/server/actor";
import { runAction, type ActionResult } from "@/lib/server/action";
import { AppError } from "@/lib/server/errors";
import { createPlan } from "@/lib/server/plans";
import { planStartInput } from "@/lib/validation/clinical";
import { fieldErrors, formToObject } from "@/lib/validation/form";

export async function createPlanAction(episodeId: string, form: FormData): Promise<ActionResult<{ id: string }>> {
  const result = await runAction(async (actor) => {
    const parsed = planStartInput.safeParse(formToObject(form));
    if (!parsed.success) throw new AppError("VALIDATION", "Some fields need attention.", fieldErrors(parsed.error));
    return createPlan(actor, episodeId, parsed.data);
  }, STAFF_ROLES);
  if (result.ok) redirect(`/plans/${result.data.id}`);
  return result;
}
