import "server-only";
import { unstable_rethrow } from "next/navigation";
import type { Role } from "@/lib/generated/prisma/enums";
import type { FieldErrors } from "@/lib/validation/form";
import type { Actor } from "@/lib/server/actor";
import { getActor } from "@/lib/server/auth";
import { isAppError } from "@/lib/server/errors";
import { audit } from "@/lib/server/audit";
import { logUnexpected } from "@/lib/server/log";

export { logUnexpected };

export type ActionResult<T = undefined> =
  | { ok: true; data: T }
  | { ok: false; message: string; fieldErrors?: FieldErrors; code?: string };

/**
 * The one wrapper every server action goes through: server actions are public POST
 * endpoints, so each checks the session itself (middleware is not enough), maps expected
 * errors to a message for the form, and hides unexpected ones behind a generic message.
 */
export async function runAction<T>(
  fn: (actor: Actor) => Promise<T>,
  roles?: readonly Role[],
): Promise<ActionResult<T>> {
  const actor = await getActor();
  if (!actor) return { ok: false, code: "UNAUTHENTICATED", message: "Your session has ended. Sign in again; your entries are still in the form." };
  if (roles && !roles.includes(actor.role)) {
    await audit(actor, { action: "action.denied", outcome: "DENIED", detail: { role: actor.role } }).catch(() => {});
    return { ok: false, code: "NOT_FOUND", message: "We could not find that record." };
  }
  try {
    return { ok: true, data: await fn(actor) };
  } catch (err) {
    unstable_rethrow(err);
    if (isAppError(err)) return { ok: false, code: err.code, message: err.message, fieldErrors: err.fieldErrors };
    logUnexpected("server action", err);
    return { ok: false, code: "ERROR", message: "Something went wrong while saving. Nothing was lost from the form; try again." };
  }
}
