/** One error type for expected failures, with one map to HTTP status and user message. */
export type AppErrorCode = "UNAUTHENTICATED" | "NOT_FOUND" | "VALIDATION" | "CONFLICT" | "BLOCKED" | "RATE_LIMITED" | "UNAVAILABLE";

export const HTTP_STATUS: Record<AppErrorCode, number> = {
  UNAUTHENTICATED: 401,
  NOT_FOUND: 404,
  VALIDATION: 422,
  CONFLICT: 409,
  BLOCKED: 422,
  RATE_LIMITED: 429,
  UNAVAILABLE: 503,
};

const DEFAULT_MESSAGE: Record<AppErrorCode, string> = {
  UNAUTHENTICATED: "Your session has ended. Please sign in again.",
  NOT_FOUND: "We could not find that record.",
  VALIDATION: "Some fields need attention.",
  CONFLICT: "This record changed since you opened it. Reload to see the latest version.",
  BLOCKED: "This action is not possible right now.",
  RATE_LIMITED: "Too many attempts. Wait a minute and try again.",
  UNAVAILABLE: "The service is temporarily unavailable. Try again in a moment.",
};

/**
 * The digest an UNAVAILABLE error carries into Next's error boundary (app/error.tsx). Next keeps
 * a digest the error already has, and in production it is the only thing the boundary learns
 * about a server error, so this is how the page knows to say "try again in a moment".
 */
export const UNAVAILABLE_DIGEST = "RESTRIDE_UNAVAILABLE";

/** Seconds a client should wait before retrying an UNAVAILABLE answer (Retry-After). */
export const RETRY_AFTER_SECONDS = 5;

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly fieldErrors?: Record<string, string>;
  /** Set for UNAVAILABLE only: see UNAVAILABLE_DIGEST. */
  readonly digest?: string;
  /** Which database failure this stands for, when it is one (lib/server/error-map.ts). */
  dbFailure?: "unreachable" | "busy" | "timeout" | "locked";
  constructor(code: AppErrorCode, message?: string, fieldErrors?: Record<string, string>) {
    super(message ?? DEFAULT_MESSAGE[code]);
    this.name = "AppError";
    this.code = code;
    this.fieldErrors = fieldErrors;
    if (code === "UNAVAILABLE") this.digest = UNAVAILABLE_DIGEST;
  }
  get status() {
    return HTTP_STATUS[this.code];
  }
}

export const notFound = () => new AppError("NOT_FOUND");

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}
