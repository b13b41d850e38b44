"use server";

import { z } from "zod";
import { action } from "@/lib/server/action";
import { beginMfaSetup, confirmMfaSetup, disableMfa, replaceRecoveryCodes } from "@/lib/server/mfa";
import { endOtherSessions, endOwnSession } from "@/lib/server/sessions";
import { changeOwnPassword } from "@/lib/server/staff";
import { actionWording } from "@/lib/i18n/translate";
import { portalLocale } from "@/lib/server/portal";
import { zId } from "@/lib/validation/form";
import { changePasswordInput } from "@/lib/validation/staff";

const ALL = ["ADMIN", "THERAPIST", "PATIENT"] as const;
// Two-step sign-in is offered to staff (decision 025); patients stay on their password.
const STAFF = ["ADMIN", "THERAPIST"] as const;

/** Changes the signed-in user's password (every role); other sessions end. */
export const changePasswordAction = action(changePasswordInput, async (input, { actor }) => changeOwnPassword(actor, input), {
  name: "account.password",
  roles: ALL,
  trim: false,
  invalid: "Check the password fields.",
  wording: async (actor) => actionWording(await portalLocale(actor), "invalidPassword"),
});

const codeInput = z.object({ code: z.string().max(40, "Type the 6-digit code, or a recovery code.") });

export const beginMfaAction = action(z.object({}), async (_input, { actor }) => void (await beginMfaSetup(actor)), {
  name: "account.mfa_setup",
  roles: STAFF,
});

export const confirmMfaAction = action(codeInput, async ({ code }, { actor }) => confirmMfaSetup(actor, code), {
  name: "account.mfa_enable",
  roles: STAFF,
});

export const newRecoveryCodesAction = action(codeInput, async ({ code }, { actor }) => replaceRecoveryCodes(actor, code), {
  name: "account.mfa_recovery_codes",
  roles: STAFF,
});

export const disableMfaAction = action(codeInput, async ({ code }, { actor }) => disableMfa(actor, code), {
  name: "account.mfa_disable",
  roles: STAFF,
});

/** Ends one of the user's own sessions (another device). */
export const endSessionAction = action(z.object({}), async (_input, { actor, args: [sessionId] }) => endOwnSession(actor, sessionId), {
  name: "account.session_end",
  roles: ALL,
  args: [zId("session")],
  wording: async (actor) => actionWording(await portalLocale(actor), "invalidPassword"),
});

export const endOtherSessionsAction = action(z.object({}), async (_input, { actor }) => void (await endOtherSessions(actor)), {
  name: "account.sessions_end_others",
  roles: ALL,
  wording: async (actor) => actionWording(await portalLocale(actor), "invalidPassword"),
});
