// The one place that turns the errors the layers below throw into what a user is told.
// Expected failures become an AppError (code + user message + field errors); anything else is
// unexpected and answered by the caller with a generic message, its details only logged.
import { z } from "zod";
import { ClinicalError, type ClinicalErrorCode } from "@/lib/domain/clinical/errors";
import { PlanEditError } from "@/lib/domain/plan-edits";
import { Prisma } from "@/lib/generated/prisma/client";
import { AppError, type AppErrorCode } from "@/lib/server/errors";
import { fieldErrors } from "@/lib/validation/form";

// ClinicalError messages are written for developers (they quote template keys and raw values),
// so users get these instead. Typed by code: a new code does not compile without its message.
const CLINICAL: Record<ClinicalErrorCode, { code: AppErrorCode; message: string; field?: string }> = {
  INVALID_DATE: { code: "VALIDATION", message: "One of the dates is not a real calendar date. Enter dates as YYYY-MM-DD." },
  START_BEFORE_INJURY: { code: "VALIDATION", message: "The plan cannot start before the date of injury.", field: "startDate" },
  GRADE_NOT_COVERED: { code: "VALIDATION", message: "This protocol template does not cover the grade of this strain. Choose another template." },
  EMPTY_TEMPLATE: { code: "BLOCKED", message: "This protocol template has no stages yet. Choose another template, or ask an admin to finish this one." },
  UNKNOWN_EXERCISE: { code: "BLOCKED", message: "This protocol template uses an exercise that is no longer in the library. Ask an admin to fix the template." },
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

/** The user-facing AppError for an expected failure of any layer, or null for an unexpected one. */
export function toAppError(err: unknown): AppError | null {
  if (err instanceof AppError) return err;
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
