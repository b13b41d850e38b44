"use server";

import { redirect } from "next/navigation";
import { STAFF_ROLES } from "@/lib/server/actor";
import { action } from "@/lib/server/action";
import { createPlan } from "@/lib/server/plans";
import { planStartInput } from "@/lib/validation/clinical";
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
