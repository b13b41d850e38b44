import NextAuth from "next-auth";
import { RATE_LIMITED_ERROR, authOptions } from "@/lib/server/auth";

export const runtime = "nodejs";

// next-auth v4 declares NextAuth() as returning `any`; Next checks the exported handlers' shape.
// eslint-disable-next-line @typescript-eslint/no-unsafe-assignment
const handler: (req: Request, ctx: unknown) => Promise<Response> = NextAuth(authOptions);

const throttled = new RegExp(`^${RATE_LIMITED_ERROR}:(\\d+)$`);

/**
 * next-auth answers a refused credentials sign-in with 200 and the error code in a URL. A
 * throttled one becomes 429 with Retry-After (for the JSON answer the sign-in form asks for; a
 * plain form post is a redirect and stays one).
 */
async function POST(req: Request, ctx: unknown): Promise<Response> {
  const res = await handler(req, ctx);
  if (!new URL(req.url).pathname.endsWith("/callback/credentials") || !res.headers.get("content-type")?.includes("json")) return res;
  const body = (await res.clone().json()) as { url?: unknown };
  const error = typeof body.url === "string" ? new URL(body.url, req.url).searchParams.get("error") : null;
  const seconds = error?.match(throttled)?.[1];
  if (!seconds) return res;
  const headers = new Headers(res.headers);
  headers.set("Retry-After", seconds);
  return new Response(JSON.stringify(body), { status: 429, headers });
}

export { handler as GET, POST };
