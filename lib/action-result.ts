// What every server action returns. Client components import this module, so it holds types
// only: nothing here may pull server code (the database, the session) into the browser bundle.
import type { AppErrorCode } from "@/lib/server/errors";
import type { FieldErrors } from "@/lib/validation/form";

/** AppError's codes, plus ERROR for an unexpected failure (its details are logged, never shown). */
export type ActionErrorCode = AppErrorCode | "ERROR";

/**
 * `ok` with the handler's data, or a message for the top of the form with, for bad input, one
 * message per field keyed by the field's `name` (shown beside it; `_form` when no field fits).
 */
export type ActionResult<T = undefined> = { ok: true; data: T } | { ok: false; code: ActionErrorCode; message: string; fieldErrors?: FieldErrors };
