"use server";

import { actionWording } from "@/lib/i18n/translate";
import { action } from "@/lib/server/action";
import { acceptInvitation, invitationLocale } from "@/lib/server/invitations";
import { invitationToken, setPasswordInputFor } from "@/lib/validation/portal";

/**
 * Sets the patient's password from an invitation link: acceptInvitationAction(token, form).
 * There is no session to check here: the single-use token is the credential, so it is never
 * logged or echoed back. Passwords are not trimmed (spaces are part of a passphrase). Messages
 * are in the invited patient's language, as the invitation page is.
 */
export const acceptInvitationAction = action(
  async ({ args: [token] }) => setPasswordInputFor(await invitationLocale(token)),
  async ({ password }, { args: [token] }) => acceptInvitation(token, password),
  {
    name: "portal.accept",
    public: true,
    args: [invitationToken],
    trim: false,
    invalid: "Check the password fields.",
    wording: async (_actor, [token]) => actionWording(await invitationLocale(typeof token === "string" ? token : ""), "invalidPassword"),
  },
);
