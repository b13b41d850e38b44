"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { action } from "@/lib/server/action";
import { publicBaseUrl } from "@/lib/server/base-url";
import { changeStaffRole, createPasswordReset, inviteStaff, resetStaffMfa, setMfaRequired, setStaffActive } from "@/lib/server/staff";
import { zId } from "@/lib/validation/form";
import { changeRoleInput, inviteStaffInput } from "@/lib/validation/staff";

const ADMIN = ["ADMIN"] as const;

export const inviteStaffAction = action(
  inviteStaffInput,
  async (input, { actor }) => {
    const { url, expiresAt } = await inviteStaff(actor, input, await publicBaseUrl());
    revalidatePath("/settings/staff");
    return { url, expiresAt: expiresAt.toISOString() };
  },
  { name: "staff.invite", roles: ADMIN, invalid: "Check the invitation's fields." },
);

/** Called as changeRoleAction(userId, form). */
export const changeRoleAction = action(
  changeRoleInput,
  async ({ role }, { actor, args: [userId] }) => {
    await changeStaffRole(actor, userId, role);
    revalidatePath("/settings/staff");
  },
  { name: "staff.role", roles: ADMIN, args: [zId("staff member")] },
);

/** Called as setActiveAction(userId, { active }). */
export const setActiveAction = action(
  z.object({ active: z.enum(["true", "false"]).transform((v) => v === "true") }),
  async ({ active }, { actor, args: [userId] }) => {
    await setStaffActive(actor, userId, active);
    revalidatePath("/settings/staff");
  },
  { name: "staff.active", roles: ADMIN, args: [zId("staff member")] },
);

/** Called as resetLinkAction(userId). */
export const resetLinkAction = action(
  z.object({}),
  async (_input, { actor, args: [userId] }) => {
    const { url, expiresAt } = await createPasswordReset(actor, userId, await publicBaseUrl());
    return { url, expiresAt: expiresAt.toISOString() };
  },
  { name: "staff.reset_link", roles: ADMIN, args: [zId("staff member")] },
);

/** Called as resetMfaAction(userId): turns the member's two-step sign-in off. */
export const resetMfaAction = action(
  z.object({}),
  async (_input, { actor, args: [userId] }) => {
    await resetStaffMfa(actor, userId);
    revalidatePath("/settings/staff");
  },
  { name: "staff.mfa_reset", roles: ADMIN, args: [zId("staff member")] },
);

/** The clinic's rule: every staff member signs in with two steps. */
export const setMfaRequiredAction = action(
  z.object({ required: z.enum(["true", "false"]).transform((v) => v === "true") }),
  async ({ required }, { actor }) => {
    await setMfaRequired(actor, required);
    revalidatePath("/settings/staff");
  },
  { name: "clinic.mfa_required", roles: ADMIN },
);
