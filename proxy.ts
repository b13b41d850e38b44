import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { refuseOversizedAction } from "@/lib/server/body-limit";
import { refuseCrossSite } from "@/lib/server/cross-site";
import { newNonce, securityHeaders, servedOverHttps } from "@/lib/server/security-headers";
import { answerIfUnavailable } from "@/lib/server/unavailable";

/** Pages for signed-out visitors: no redirect to sign-in, but the other checks apply. */
const PUBLIC = /^\/(sign-in|invite|forgot-password|setup)(\/|$)/;

/**
 * First line of defence only: sends signed-out visitors to the sign-in page. Every page,
 * server action and route handler checks the session again itself (lib/server/auth.ts).
 * While the database is down, reads get a 503 with Retry-After here (lib/server/unavailable.ts);
 * a write from another site (or with no Origin) gets 403 (lib/server/cross-site.ts), a server
 * action body over 1 MB gets 413 (lib/server/body-limit.ts). Every answer
 * carries the security headers, with a fresh CSP nonce (lib/server/security-headers.ts).
 */
export async function proxy(req: NextRequest) {
  const nonce = newNonce();
  const headers = securityHeaders(nonce, servedOverHttps(req.nextUrl, req.headers));
  const response = await decide(req, nonce, headers);
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

async function decide(req: NextRequest, nonce: string, headers: Record<string, string>): Promise<Response> {
  const unavailable = await answerIfUnavailable(req);
  if (unavailable) return unavailable;
  const crossSite = await refuseCrossSite(req);
  if (crossSite) return crossSite;
  const tooLarge = refuseOversizedAction(req);
  if (tooLarge) return tooLarge;
  // Next reads the nonce from the request's CSP header and adds it to the scripts it renders.
  const forwarded = new Headers(req.headers);
  forwarded.set("x-nonce", nonce);
  forwarded.set("Content-Security-Policy", headers["Content-Security-Policy"]!);
  const next = () => NextResponse.next({ request: { headers: forwarded } });
  if (PUBLIC.test(req.nextUrl.pathname)) return next();
  const token = await getToken({ req, secret: process.env.NEXTAUTH_SECRET });
  if (token) return next();
  if (req.nextUrl.pathname.startsWith("/api/")) {
    return NextResponse.json({ error: { code: "UNAUTHENTICATED", message: "Sign in first." } }, { status: 401 });
  }
  const url = new URL("/sign-in", req.url);
  url.searchParams.set("callbackUrl", `${req.nextUrl.pathname}${req.nextUrl.search}`);
  return NextResponse.redirect(url);
}

export const config = {
  matcher: ["/((?!api/auth|api/health|_next/static|_next/image|favicon.ico|robots.txt).*)"],
};
