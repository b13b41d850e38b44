import "server-only";
import { NextResponse } from "next/server";
import type { Actor } from "@/lib/server/actor";
import { logUnexpected } from "@/lib/server/log";
import { getActor } from "@/lib/server/auth";
import { AppError, isAppError } from "@/lib/server/errors";

export function jsonError(err: AppError): NextResponse {
  return NextResponse.json(
    { error: { code: err.code, message: err.message, ...(err.fieldErrors ? { fields: err.fieldErrors } : {}) } },
    { status: err.status, headers: { "Cache-Control": "no-store" } },
  );
}

/** Route handlers check the session themselves and answer errors as JSON with a status. */
export function withActor<C>(handler: (actor: Actor, req: Request, ctx: C) => Promise<Response>) {
  return async (req: Request, ctx: C): Promise<Response> => {
    const actor = await getActor();
    if (!actor) return jsonError(new AppError("UNAUTHENTICATED"));
    try {
      return await handler(actor, req, ctx);
    } catch (err) {
      if (isAppError(err)) return jsonError(err);
      logUnexpected(`route ${new URL(req.url).pathname.replace(/[0-9a-f-]{36}/gi, ":id")}`, err);
      return NextResponse.json(
        { error: { code: "ERROR", message: "Something went wrong. Try again." } },
        { status: 500, headers: { "Cache-Control": "no-store" } },
      );
    }
  };
}
