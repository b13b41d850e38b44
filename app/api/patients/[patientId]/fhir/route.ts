import { exportPatientFhir } from "@/lib/server/fhir";
import { withActor } from "@/lib/server/route";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** GET /api/patients/:patientId/fhir → the patient's record as a FHIR R4 Bundle (decision 018). */
export const GET = withActor<{ params: Promise<{ patientId: string }> }>(async (actor, req, ctx) => {
  // A link on another site must not make a signed-in user export patient data.
  if (req.headers.get("sec-fetch-site") === "cross-site") {
    return Response.json(
      { error: { code: "FORBIDDEN", message: "Download the record from Restride itself." } },
      { status: 403, headers: { "Cache-Control": "no-store" } },
    );
  }
  const { patientId } = await ctx.params;
  const { bundle, fileName } = await exportPatientFhir(actor, patientId, { baseUrl: new URL(req.url).origin });
  return new Response(JSON.stringify(bundle, null, 2), {
    status: 200,
    headers: {
      "Content-Type": "application/fhir+json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Cache-Control": "no-store",
    },
  });
});
