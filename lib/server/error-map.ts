// The one place that turns the errors the layers below throw into what a user is told.
// Expected failures become an AppError (code + user message + field errors); anything else is
// unexpected and answered by the caller with a generic message, its details only logged.
import { z } from "zod";
import { ClinicalError, type ClinicalErrorCode } from "@/lib/domain/clinical/errors";
import { PlanEditError } from "@/lib/domain/plan-edits";
import { Prisma } from "@/lib/generated/prisma/client";
import { AppError, type AppErrorCode } from "@/lib/server/errors";
import { dbOutage } from "@/lib/server/log";
import { fieldErrors } from "@/lib/validation/form";

// ClinicalError messages are written for developers (they quote template keys and raw values),
// so users get these instead. Typed by code: a new code does not compile without its message.
const CLINICAL: Record<ClinicalErrorCode, { code: AppErrorCode; message: string; field?: string }> = {
  INVALID_DATE: { code: "VALIDATION", message: "One of the dates is not a real calendar date. Enter dates as YYYY-MM-DD." },
  START_BEFORE_INJURY: { code: "VALIDATION", message: "The plan cannot start before the date of injury.", field: "startDate" },
  GRADE_NOT_COVERED: { code: "VALIDATION", message: "This protocol template does not cover the grade of this strain. Choose another template." },
  EMPTY_TEMPLATE: { code: "BLOCKED", message: "This protocol template has no stages yet. Choose another template, or ask an admin to finish this one." },
  UNKNOWN_EXERCISE: { code: "BLOCKED", message: "This protocol template uses an exercise that is no longer in the library. Ask an admin to fix the template." },
  UNKNOWN_TRACK: { code: "VALIDATION", message: "The current stage has no such track. Reload the plan to see its tracks." },
  TRACK_END: { code: "VALIDATION", message: "This track cannot move that way: it is already in its first or last phase." },
};

// Prisma errors that a user can act on; every other Prisma error is unexpected.
const PRISMA: Record<string, () => AppError> = {
  // A unique index refused a write that raced another one (one active plan, one pending invitation).
  P2002: () => new AppError("CONFLICT", "Someone else changed this at the same moment. Reload and try again."),
  // A transaction lost a write conflict or deadlock to a concurrent one.
  P2034: () => new AppError("CONFLICT", "Someone else changed this at the same moment. Reload and try again."),
  // The row to update or delete was gone (deleted since the page was opened).
  P2025: () => new AppError("NOT_FOUND"),
};

/** What the user is told while the database cannot be reached (pages, forms and JSON alike). */
export const UNREACHABLE_MESSAGE = "Restride can't reach its database right now. Nothing you typed is lost; try again in a moment.";
/** ... and while every connection is busy (the pool is exhausted or a statement ran out of time). */
export const BUSY_MESSAGE = "Restride is very busy right now. Nothing you typed is lost; try again in a moment.";
/** ... and when another save holds the row (NOWAIT, lock_timeout). */
export const LOCKED_MESSAGE = "Someone else is saving this record right now. Try again in a moment.";

/** How a database failure should be told, or null when it is not one of these. */
export type DbFailure = "unreachable" | "busy" | "timeout" | "locked";

// SQLSTATEs: connection exceptions (08…), the server shutting down or starting (57P0x), too many
// connections (53300); 55P03 lock_not_available (NOWAIT, lock_timeout); 57014 query_canceled
// (statement_timeout).
const UNREACHABLE_STATES = /^(08...|57P0[1-4]|53300)$/;
const UNREACHABLE_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections", "TlsConnectionError"]);
const UNREACHABLE_SOCKET = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "ENOTFOUND", "EHOSTUNREACH", "EPIPE"]);
// Prisma: P1001 can't reach the server, P1002 timed out, P1017 the server closed the connection.
const UNREACHABLE_PRISMA = new Set(["P1001", "P1002", "P1017"]);

/**
 * Classifies an error from pg, pg-pool or Prisma's pg adapter as a database failure the user
 * cannot fix by changing the form: the server is unreachable, every connection is busy, or a
 * row is locked by another save. Null for anything else (a constraint, a bug).
 */
export function dbFailureOf(err: unknown): DbFailure | null {
  if (!err || typeof err !== "object") return null;
  if (err instanceof AppError) return err.dbFailure ?? null; // already classified (lib/server/db.ts)
  const e = err as { code?: unknown; message?: unknown; meta?: { driverAdapterError?: { cause?: Record<string, unknown> } }; cause?: unknown };
  const cause = e.meta?.driverAdapterError?.cause;
  const state =
    typeof cause?.originalCode === "string" ? cause.originalCode : typeof cause?.code === "string" ? cause.code : typeof e.code === "string" ? e.code : "";
  const message = typeof e.message === "string" ? e.message : "";
  if (state === "55P03") return "locked";
  if (state === "57014") return "timeout";
  if (UNREACHABLE_STATES.test(state) || UNREACHABLE_SOCKET.has(state) || UNREACHABLE_PRISMA.has(state)) return "unreachable";
  if (typeof cause?.kind === "string" && UNREACHABLE_KINDS.has(cause.kind)) return "unreachable";
  // pg-pool, waiting for a connection: "timeout exceeded when trying to connect"; Prisma, waiting
  // for a connection to start a transaction (P2028): "Unable to start a transaction in the given time".
  if (/timeout exceeded when trying to connect|Unable to start a transaction in the given time/.test(message)) return "busy";
  if (/Connection terminated|Can't reach database server|connect ECONNREFUSED/.test(message)) return "unreachable";
  return e.cause && e.cause !== err ? dbFailureOf(e.cause) : null;
}

/** The AppError for a database failure: 503 with the matching message, or 409 for a locked row. */
export function dbFailureError(failure: DbFailure): AppError {
  const err =
    failure === "locked"
      ? new AppError("CONFLICT", LOCKED_MESSAGE)
      : new AppError("UNAVAILABLE", failure === "unreachable" ? UNREACHABLE_MESSAGE : BUSY_MESSAGE);
  err.dbFailure = failure;
  return err;
}

/** The user-facing AppError for an expected failure of any layer, or null for an unexpected one. */
export function toAppError(err: unknown): AppError | null {
  if (err instanceof AppError) return err;
  const failure = dbFailureOf(err);
  if (failure) {
    if (failure === "unreachable") dbOutage.down();
    return dbFailureError(failure);
  }
  if (err instanceof ClinicalError) {
    const known = CLINICAL[err.code];
    return new AppError(known.code, known.message, known.field ? { [known.field]: known.message } : undefined);
  }
  // Plan edit messages are written for the therapist ("… is already in this stage.").
  if (err instanceof PlanEditError) return new AppError("VALIDATION", err.message);
  if (err instanceof z.ZodError) return new AppError("VALIDATION", undefined, fieldErrors(err));
  if (err instanceof Prisma.PrismaClientKnownRequestError) return PRISMA[err.code]?.() ?? null;
  return null;
}
