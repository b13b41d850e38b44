// Security headers (issue 11, point 6): every answer of the proxy carries a CSP with a fresh
// nonce and frame-ancestors 'none'; HSTS only when the browser came over https.
import { NextRequest } from "next/server";
import { expect, it } from "vitest";
import { proxy } from "@/proxy";

const get = (url: string, headers: Record<string, string> = {}) => proxy(new NextRequest(url, { headers: { host: new URL(url).host, ...headers } }));

it("a fresh nonce per request, no framing, no plugins; HSTS over https only", async () => {
  const first = await get("http://localhost:3000/patients");
  const second = await get("http://localhost:3000/patients");
  const csp = first.headers.get("content-security-policy")!;
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{24}' 'strict-dynamic'/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(second.headers.get("content-security-policy")).not.toBe(csp);
  expect(first.headers.get("x-content-type-options")).toBe("nosniff");
  expect(first.headers.get("strict-transport-security")).toBeNull();

  const https = await get("http://localhost:3000/sign-in", { "x-forwarded-proto": "https" });
  expect(https.headers.get("strict-transport-security")).toBe("max-age=63072000; includeSubDomains");
  expect(https.headers.get("content-security-policy")).toContain("upgrade-insecure-requests");
  // Refusals carry them too.
  const refused = await proxy(
    new NextRequest("http://localhost:3000/patients", { method: "POST", headers: { host: "localhost:3000", origin: "https://evil.example" } }),
  );
  expect(refused.status).toBe(403);
  expect(refused.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
});
