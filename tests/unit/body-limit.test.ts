import { describe, expect, it } from "vitest";
import { SERVER_ACTION_BODY_LIMIT, refuseOversizedAction } from "@/lib/server/body-limit";

const post = (headers: Record<string, string>) => ({ method: "POST", headers: new Headers(headers) });

describe("server action body limit", () => {
  it("answers a server action declaring more than 1 MB with 413 and a message, before Next reads it", async () => {
    const res = refuseOversizedAction(post({ "next-action": "abc", "content-length": String(2 * 1024 * 1024) }));
    expect(res?.status).toBe(413);
    expect(await res!.json()).toEqual({ error: { code: "TOO_LARGE", message: expect.stringMatching(/too large/) } });
  });

  it("lets through bodies up to the limit, other requests, and route handlers with their own limits", () => {
    expect(refuseOversizedAction(post({ "next-action": "abc", "content-length": String(SERVER_ACTION_BODY_LIMIT) }))).toBeNull();
    expect(refuseOversizedAction(post({ "content-length": String(5 * 1024 * 1024) }))).toBeNull();
    expect(refuseOversizedAction({ method: "GET", headers: new Headers({ "next-action": "x", "content-length": "9999999" }) })).toBeNull();
  });
});
