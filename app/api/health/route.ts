import { NextResponse } from "next/server";
import { db } from "@/lib/server/db";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Liveness and database check for load balancers and `npm start`'s readiness wait. */
export async function GET() {
  try {
    await db.$queryRaw`SELECT 1`;
    return NextResponse.json({ status: "ok", db: "ok" }, { headers: { "Cache-Control": "no-store" } });
  } catch (err) {
    const code = (err as { code?: string })?.code;
    return NextResponse.json(
      { status: "degraded", db: "unavailable", reason: `The database did not answer${code ? ` (${code})` : ""}.` },
      { status: 503, headers: { "Cache-Control": "no-store" } },
    );
  }
}
