import { afterEach, describe, expect, it } from "vitest";
import { answerIfUnavailable, poolQueueFull } from "@/lib/server/unavailable";

const holder = globalThis as { restridePool?: unknown };
const page = (pathname: string, method = "GET") => ({ method, headers: new Headers({ "accept-language": "es-MX,es;q=0.9" }), nextUrl: { pathname } });

afterEach(() => {
  delete holder.restridePool;
});

describe("load shedding in the proxy", () => {
  it("answers a page read with 503 and Retry-After while ten times the pool size waits for a connection, in the browser's language", async () => {
    holder.restridePool = { options: { max: 10 }, waitingCount: 100 };
    expect(poolQueueFull()).toBe(true);
    const res = await answerIfUnavailable(page("/dashboard"));
    expect(res?.status).toBe(503);
    expect(res?.headers.get("Retry-After")).toBe("2");
    expect(await res!.text()).toContain("Restride está muy ocupado en este momento");
    const api = await answerIfUnavailable(page("/api/patients"));
    expect(api?.status).toBe(503);
    expect(await api!.json()).toMatchObject({ error: { code: "UNAVAILABLE" } });
  });

  it("lets reads through below the limit, and never turns away a form post (it answers UNAVAILABLE and keeps what was typed)", async () => {
    holder.restridePool = { options: { max: 10 }, waitingCount: 99 };
    expect(await answerIfUnavailable(page("/dashboard"))).toBeNull();
    holder.restridePool = { options: { max: 10 }, waitingCount: 100 };
    expect(await answerIfUnavailable(page("/dashboard", "POST"))).toBeNull();
  });
});
