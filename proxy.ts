import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { answerIfUnavailable } from "@/lib/server/unavailable";

/**
 * First line of defence only: sends signed-out visitors to the sign-in page. Every page,
 * server action and route handler checks the session again itself (lib/server/auth.ts).
 * While the database is down, reads get a 503 with Retry-After here (lib/server/unavailable.ts).
 */
export async function proxy(req: NextRequest) {
  const unavailable = await answerIfUnavailable(req);
  if (unavailable) return unavailable;
  const token = await getToken({ req, secret: process.env.NEXTAUTH_SECRET });
  if (token) return NextResponse.next();
  if (req.nextUrl.pathname.startsWith("/api/")) {
    return NextResponse.json({ error: { code: "UNAUTHENTICATED", message: "Sign in first." } }, { status: 401 });
  }
  const url = new URL("/sign-in", req.url);
  url.searchParams.set("callbackUrl", `${req.nextUrl.pathname}${req.nextUrl.search}`);
  return NextResponse.redirect(url);
}

export const config = {
  matcher: ["/((?!sign-in|invite|api/auth|api/health|_next/static|_next/image|favicon.ico|robots.txt).*)"],
};
