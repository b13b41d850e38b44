import { NextResponse } from "next/server";
import { poolStats } from "@/lib/server/db";
import { RETRY_AFTER_SECONDS } from "@/lib/server/errors";
import { probeDatabase } from "@/lib/server/unavailable";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const TIMEOUT_MS = 2_000;

/**
 * Liveness and database check for load balancers and `npm start`'s readiness wait. It opens a
 * connection of its own rather than taking one from the app's pool, so it tells the truth while
 * the pool is saturated (a busy pool is reported beside the database, not as an outage).
 */
export async function GET() {
  const headers = { "Cache-Control": "no-store" };
  const pool = poolStats();
  const poolView = pool ? { ...pool, saturated: pool.idle === 0 && pool.total >= pool.max && pool.waiting > 0 } : null;
  const probe = await probeDatabase(TIMEOUT_MS);
  if (probe.ok) return NextResponse.json({ status: poolView?.saturated ? "busy" : "ok", db: "ok", pool: poolView }, { headers });
  return NextResponse.json(
    { status: "degraded", db: "unavailable", reason: `The database did not answer${probe.code ? ` (${probe.code})` : ""}.`, pool: poolView },
    { status: 503, headers: { ...headers, "Retry-After": String(RETRY_AFTER_SECONDS) } },
  );
}
