import "server-only";
import { headers } from "next/headers";

/** The public base URL for links in emails and QR codes: NEXTAUTH_URL when set, else the request's own origin. */
export async function publicBaseUrl(): Promise<string> {
  if (process.env.NEXTAUTH_URL) return process.env.NEXTAUTH_URL;
  const h = await headers();
  return `${h.get("x-forwarded-proto") ?? "http"}://${h.get("host") ?? "localhost:3000"}`;
}
