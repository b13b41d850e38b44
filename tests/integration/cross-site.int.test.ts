// Cross-site writes (issue 11, point 6): the proxy answers a state-changing request from another
// site, or with no Origin, with 403 and one audit row; same-site writes and any read go on.
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { proxy } from "@/proxy";

const request = (method: string, headers: Record<string, string>, path = "/patients/8a6e0804-2bd0-4672-b79d-d97027f9071b/edit") =>
  proxy(new NextRequest(`http://localhost:3000${path}`, { method, headers: { host: "localhost:3000", ...headers } }));

const refusals = () => db.auditEvent.count({ where: { action: "request.cross_site" } });

describe("cross-site writes", () => {
  it("a foreign Origin or none is 403 with one audit row; the same origin goes on", async () => {
    const before = await refusals();
    const foreign = await request("POST", { origin: "https://evil.example", "next-action": "abc" });
    expect(foreign.status).toBe(403);
    expect(await foreign.json()).toMatchObject({ error: { code: "FORBIDDEN" } });
    expect((await request("POST", { "next-action": "abc" })).status).toBe(403);
    expect((await request("DELETE", { origin: "http://localhost:3001" }, "/api/exercises/x/image")).status).toBe(403);
    expect(await refusals()).toBe(before + 3);
    const row = await db.auditEvent.findFirstOrThrow({ where: { action: "request.cross_site" }, orderBy: { id: "desc" } });
    expect(row).toMatchObject({ outcome: "DENIED", entityId: "/api/exercises/x/image", detail: { method: "DELETE", reason: "a foreign Origin" } });

    // Same origin: on to the sign-in check (no session here, so a redirect), not refused.
    expect((await request("POST", { origin: "http://localhost:3000" })).status).toBe(307);
    // Behind a proxy that says which host the browser addressed.
    expect((await request("POST", { origin: "https://clinic.example", "x-forwarded-host": "clinic.example" })).status).toBe(307);
    // Reads are never refused for their Origin.
    expect((await request("GET", { origin: "https://evil.example" })).status).toBe(307);
    expect(await refusals()).toBe(before + 3);
  });

  it("the invitation page's form is checked too, though it needs no session", async () => {
    expect((await request("POST", { origin: "https://evil.example" }, "/invite/abcdefghijklmnopqrstuvwxyz")).status).toBe(403);
    expect((await request("GET", {}, "/invite/abcdefghijklmnopqrstuvwxyz")).status).toBe(200);
  });
});
