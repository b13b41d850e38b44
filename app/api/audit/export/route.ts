import { auditFiltersFrom, exportAuditCsv } from "@/lib/server/audit-log";
import { withActor } from "@/lib/server/route";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** GET /api/audit/export?<filters> → the clinic's audit log as CSV (admins; the export is audited). */
export const GET = withActor(async (actor, req) => {
  const params = Object.fromEntries(new URL(req.url).searchParams.entries());
  const { csv } = await exportAuditCsv(actor, auditFiltersFrom(params));
  return new Response(csv, {
    status: 200,
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="restride-audit-log-${new Date().toISOString().slice(0, 10)}.csv"`,
      "Cache-Control": "no-store",
    },
  });
});
