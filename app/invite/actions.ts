"use server";

import { unstable_rethrow } from "next/navigation";
import { logUnexpected, type ActionResult } from "@/lib/server/action";
import { isAppError } from "@/lib/server/errors";
import { acceptInvitation } from "@/lib/server/invitations";
import { fieldErrors } from "@/lib/validation/form";
import { setPasswordInput } from "@/lib/validation/portal";

const TOKEN = /^[A-Za-z0-9_-]{20,100}$/;

/**
 * Sets the patient's password from an invitation link. There is no session to check here: the
 * single-use token is the credential, so it is never logged or echoed back. Passwords are not
 * trimmed (spaces are part of a passphrase).
 */
export async function acceptInvitationAction(token: string, form: FormData): Promise<ActionResult<{ email: string }>> {
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" ? value : undefined;
  };
  const parsed = setPasswordInput.safeParse({ password: text("password"), confirm: text("confirm") });
  if (!parsed.success) return { ok: false, code: "VALIDATION", message: "Check the password fields.", fieldErrors: fieldErrors(parsed.error) };
  if (typeof token !== "string" || !TOKEN.test(token)) {
    return { ok: false, code: "BLOCKED", message: "This invitation link is not valid. Check that you copied all of it, or ask your therapist for a new one." };
  }
  try {
    return { ok: true, data: await acceptInvitation(token, parsed.data.password) };
  } catch (err) {
    unstable_rethrow(err);
    if (isAppError(err)) return { ok: false, code: err.code, message: err.message };
    logUnexpected("invitation acceptance", err);
    return { ok: false, code: "ERROR", message: "Something went wrong while saving your password. Try again in a moment." };
  }
}
