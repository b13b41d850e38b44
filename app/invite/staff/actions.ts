"use server";

import { action } from "@/lib/server/action";
import { acceptStaffLink } from "@/lib/server/staff";
import { staffLinkToken, staffSetPasswordInput } from "@/lib/validation/staff";

/**
 * Sets a staff member's password from an invitation or reset link: acceptStaffLinkAction(token, form).
 * No session: the single-use token is the credential, never logged or echoed back.
 */
export const acceptStaffLinkAction = action(staffSetPasswordInput, async ({ password }, { args: [token] }) => acceptStaffLink(token, password), {
  name: "staff.accept",
  public: true,
  args: [staffLinkToken],
  trim: false,
  invalid: "Check the password fields.",
});
