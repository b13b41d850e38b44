import "server-only";
import { unstable_rethrow } from "next/navigation";
import type { Role } from "@/lib/generated/prisma/enums";
import type { FieldErrors } from "@/lib/validation/form";
import type { Actor } from "@/lib/server/actor";
import { getActor } from "@/lib/server/auth";
import { isAppError } from "@/lib/server/errors";

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
  if (roles && !roles.includes(actor.role)) return { ok: false, code: "NOT_FOUND", message: "We could not find that record." };
  try {
    return { ok: true, data: await fn(actor) };
  } catch (err) {
    unstable_rethrow(err);
    if (isAppError(err)) return { ok: false, code: err.code, message: err.message, fieldErrors: err.fieldErrors };
    logUnexpected("server action", err);
    return { ok: false, code: "ERROR", message: "Something went wrong while saving. Nothing was lost from the form; try again." };
  }
}

/** Logs an unexpected error without its message text, which can quote patient data. */
export function logUnexpected(where: string, err: unknown): void {
  const e = err as { name?: string; code?: string; stack?: string };
  const frames = (e?.stack ?? "").split("\n").slice(1, 4).map((l) => l.trim()).join(" | ");
  console.error(`restride: unexpected error in ${where}: ${e?.name ?? "Error"}${e?.code ? ` (${e.code})` : ""} at ${frames}`);
}
