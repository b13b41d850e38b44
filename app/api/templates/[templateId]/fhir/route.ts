import { exportTemplateFhir } from "@/lib/server/fhir";
import { withActor } from "@/lib/server/route";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** GET /api/templates/:templateId/fhir → the protocol template as a FHIR R4 PlanDefinition (decision 018). */
export const GET = withActor<{ params: Promise<{ templateId: string }> }>(async (actor, req, ctx) => {
  const { templateId } = await ctx.params;
  const { resource, fileName } = await exportTemplateFhir(actor, templateId, { baseUrl: new URL(req.url).origin });
  return new Response(JSON.stringify(resource, null, 2), {
    status: 200,
    headers: {
      "Content-Type": "application/fhir+json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Cache-Control": "no-store",
    },
  });
});
