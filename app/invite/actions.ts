"use server";

import { action } from "@/lib/server/action";
import { acceptInvitation } from "@/lib/server/invitations";
import { invitationToken, setPasswordInput } from "@/lib/validation/portal";

/**
 * Sets the patient's password from an invitation link: acceptInvitationAction(token, form).
 * There is no session to check here: the single-use token is the credential, so it is never
 * logged or echoed back. Passwords are not trimmed (spaces are part of a passphrase).
 */
export const acceptInvitationAction = action(setPasswordInput, async ({ password }, { args: [token] }) => acceptInvitation(token, password), {
  name: "portal.accept",
  public: true,
  args: [invitationToken],
  trim: false,
  invalid: "Check the password fields.",
});
