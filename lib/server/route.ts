import "server-only";
import { NextResponse } from "next/server";
import type { Actor } from "@/lib/server/actor";
import { logUnexpected } from "@/lib/server/log";
import { audit } from "@/lib/server/audit";
import { getActor } from "@/lib/server/auth";
import { shedIfOverloaded } from "@/lib/server/db";
import { AppError, RETRY_AFTER_SECONDS } from "@/lib/server/errors";
import { toAppError } from "@/lib/server/error-map";

/** An expected failure as JSON with its status; 503 (and 429) carry Retry-After. */
export function jsonError(err: AppError, opts: { retryAfter?: number } = {}): NextResponse {
  const headers: Record<string, string> = { "Cache-Control": "no-store" };
  if (err.code === "UNAVAILABLE" || err.code === "RATE_LIMITED") headers["Retry-After"] = String(opts.retryAfter ?? RETRY_AFTER_SECONDS);
  return NextResponse.json(
    { error: { code: err.code, message: err.message, ...(err.fieldErrors ? { fields: err.fieldErrors } : {}) } },
    { status: err.status, headers },
  );
}

/**
 * Route handlers check the session themselves and answer errors as JSON with a status. The
 * session check is inside the error handling too: while the database is down or every
 * connection is busy it is a 503 with Retry-After, not a 500 (lib/server/error-map.ts).
 */
export function withActor<C>(handler: (actor: Actor, req: Request, ctx: C) => Promise<Response>) {
  return async (req: Request, ctx: C): Promise<Response> => {
    try {
      shedIfOverloaded(); // load shedding: a 503 with Retry-After at once when the pool is overloaded
      const actor = await getActor();
      if (!actor) return jsonError(new AppError("UNAUTHENTICATED"));
      if (actor.mfaSetupRequired) {
        await audit(actor, { action: "api.request", outcome: "DENIED", entityType: "Route", detail: { reason: "mfa_setup_required" } }).catch(() => {});
        return jsonError(new AppError("BLOCKED", "Your clinic requires two-step sign-in. Set it up on your account page first."));
      }
      return await handler(actor, req, ctx);
    } catch (err) {
      const known = toAppError(err);
      if (known) return jsonError(known);
      logUnexpected(`route ${new URL(req.url).pathname.replace(/[0-9a-f-]{36}/gi, ":id")}`, err);
      return NextResponse.json(
        { error: { code: "ERROR", message: "Something went wrong. Try again." } },
        { status: 500, headers: { "Cache-Control": "no-store" } },
      );
    }
  };
}
