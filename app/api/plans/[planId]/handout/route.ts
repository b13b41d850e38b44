import { getHandout, parseHandoutRequest } from "@/lib/server/handouts";
import { withActor } from "@/lib/server/route";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** GET /api/plans/:planId/handout?lang=en|es&large=1&all=1 → the patient handout PDF. */
export const GET = withActor<{ params: Promise<{ planId: string }> }>(async (actor, req, ctx) => {
  // A link on another site must not make a signed-in user export patient data.
  if (req.headers.get("sec-fetch-site") === "cross-site") {
    return Response.json(
      { error: { code: "FORBIDDEN", message: "Open the handout from Restride itself." } },
      { status: 403, headers: { "Cache-Control": "no-store" } },
    );
  }
  const { planId } = await ctx.params;
  const handout = await getHandout(actor, planId, parseHandoutRequest(new URL(req.url).searchParams));
  return new Response(new Uint8Array(handout.bytes), {
    status: 200,
    headers: {
      "Content-Type": "application/pdf",
      "Content-Length": String(handout.bytes.length),
      "Content-Disposition": `attachment; filename="${handout.fileName}"`,
      "Cache-Control": "no-store",
      "X-Restride-Handout-Cache": handout.cached ? "hit" : "miss",
    },
  });
});
