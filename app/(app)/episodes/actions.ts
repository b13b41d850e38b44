"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { STAFF_ROLES } from "@/lib/server/actor";
import { action } from "@/lib/server/action";
import { recordDvtClearance } from "@/lib/server/assessments";
import { clinicToday } from "@/lib/server/clinic";
import { createPlan } from "@/lib/server/plans";
import { dvtClearanceInput, planStartInput } from "@/lib/validation/clinical";
import { zId } from "@/lib/validation/form";

/**
 * Called as createPlanAction(episodeId, form) from the plan preview; opens the new plan. The
 * template and start date are hidden inputs (chosen on the preview), so their errors are the
 * form's message.
 */
export const createPlanAction = action(
  planStartInput,
  async (input, { actor, args: [episodeId] }) => {
    const { id } = await createPlan(actor, episodeId, input);
    redirect(`/plans/${id}`);
  },
  { name: "plan.create", roles: STAFF_ROLES, args: [zId("assessment")], hidden: ["templateId", "startDate"] },
);

/**
 * Called as recordDvtClearanceAction(episodeId, form) from a blocked assessment whose only red
 * flags are DVT flags: records who cleared the patient and when (not after the clinic's today).
 */
export const recordDvtClearanceAction = action(
  async ({ actor }) => dvtClearanceInput({ today: await clinicToday(actor) }),
  async (input, { actor, args: [episodeId] }) => {
    await recordDvtClearance(actor, episodeId, input);
    revalidatePath(`/episodes/${episodeId}`);
  },
  { name: "dvt-clearance.create", roles: STAFF_ROLES, args: [zId("assessment")] },
);
