import { afterEach, expect, it } from "vitest";

const g = globalThis as { restrideDb?: { $disconnect: () => Promise<void> } };
const realUrl = process.env.DATABASE_URL;

afterEach(async () => {
  await g.restrideDb?.$disconnect();
  delete g.restrideDb;
  process.env.DATABASE_URL = realUrl;
});

async function health() {
  delete g.restrideDb; // a fresh client for the URL under test
  const { GET } = await import("@/app/api/health/route");
  const res = await GET();
  return { status: res.status, body: (await res.json()) as Record<string, string>, cache: res.headers.get("cache-control") };
}

it("answers 200 with db ok while the database answers", async () => {
  const { status, body, cache } = await health();
  expect(status).toBe(200);
  expect(body.db).toBe("ok");
  expect(cache).toBe("no-store");
});

it("answers 503 with a JSON reason, quickly and without crashing, while the database is down", async () => {
  process.env.DATABASE_URL = "postgresql://nobody:nothing@127.0.0.1:9/restride";
  const { status, body } = await health();
  expect(status).toBe(503);
  expect(body.db).toBe("unavailable");
  expect(body.reason).toMatch(/database did not answer/);
});
