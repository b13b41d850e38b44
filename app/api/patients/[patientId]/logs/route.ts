import { exportProgressLogsCsv } from "@/lib/server/progress-export";
import { withActor } from "@/lib/server/route";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** GET /api/patients/:patientId/logs → every daily log of the active plan as CSV (staff; audited as an export). */
export const GET = withActor<{ params: Promise<{ patientId: string }> }>(async (actor, req, ctx) => {
  // A link on another site must not make a signed-in user export patient data.
  if (req.headers.get("sec-fetch-site") === "cross-site") {
    return Response.json(
      { error: { code: "FORBIDDEN", message: "Download the logs from Restride itself." } },
      { status: 403, headers: { "Cache-Control": "no-store" } },
    );
  }
  const { patientId } = await ctx.params;
  const { csv, filename } = await exportProgressLogsCsv(actor, patientId);
  return new Response(csv, {
    status: 200,
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "no-store",
    },
  });
});
