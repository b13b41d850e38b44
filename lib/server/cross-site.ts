import { audit } from "@/lib/server/audit";

// Cross-site writes (issue 11, point 6): a state-changing request must come from a page of this
// app. Browsers send Origin on every POST (server actions and our own fetches included), so a
// foreign Origin, or none at all, is refused with 403 here, before Next's own check (which
// answers 500) or the action runs. GET and HEAD never change anything and pass.

const SAFE = new Set(["GET", "HEAD", "OPTIONS"]);

/** The host the browser addressed: a proxy's X-Forwarded-Host, else Host. */
function servedHost(headers: Headers): string | null {
  return headers.get("x-forwarded-host")?.split(",")[0]?.trim() || headers.get("host");
}

/** Why a request is refused as cross-site, or null when it may go on. */
export function crossSiteReason(method: string, headers: Headers): string | null {
  if (SAFE.has(method.toUpperCase())) return null;
  const origin = headers.get("origin");
  if (!origin) return "no Origin header";
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    return "an unreadable Origin header";
  }
  return host === servedHost(headers) ? null : "a foreign Origin";
}

/** For the proxy: 403 (JSON) for a cross-site write, audited without any request data; else null. */
export async function refuseCrossSite(req: { method: string; headers: Headers; nextUrl: { pathname: string } }): Promise<Response | null> {
  const reason = crossSiteReason(req.method, req.headers);
  if (!reason) return null;
  await audit(null, {
    action: "request.cross_site",
    outcome: "DENIED",
    entityType: "Request",
    entityId: req.nextUrl.pathname.replace(/[0-9a-f-]{36}/gi, ":id").slice(0, 64),
    detail: { method: req.method, reason },
  }).catch(() => {});
  return Response.json(
    { error: { code: "FORBIDDEN", message: "This request did not come from a Restride page. Reload the page and try again." } },
    { status: 403, headers: { "Cache-Control": "no-store" } },
  );
}
