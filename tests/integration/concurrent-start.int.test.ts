// Two instances starting at the same moment on an empty database: both migrate and seed, and
// both succeed (the seed runs under the migration lock, with upserts). Issue 12, decision 020.
import pg from "pg";
import { afterAll, expect, inject, it } from "vitest";
import { migrate } from "@/lib/db/migrate";
import { DEMO_CLINIC_ID, seed } from "@/lib/db/seed";
import { SEEDED_EXERCISES, SEEDED_TEMPLATES } from "@/lib/domain/injuries/content";
import { createThrowawayDatabase, dropDatabase } from "../../scripts/test-db";

const serverUrl = inject("serverUrl");
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const c of cleanups) await c();
});

const start = async (url: string) => {
  await migrate(url);
  return seed(url, { demo: true });
};

it("two starts at the same moment on an empty database both succeed and seed once", async () => {
  const url = await createThrowawayDatabase(serverUrl, "restride_twostart");
  cleanups.push(() => dropDatabase(serverUrl, url));

  const results = await Promise.allSettled([start(url), start(url)]);
  expect(results.map((r) => r.status)).toEqual(["fulfilled", "fulfilled"]);
  // Exactly one of them created the demo clinic; the other found it.
  const created = results.map((r) => (r.status === "fulfilled" ? r.value.demoCreated : null));
  expect(created.sort()).toEqual([false, true]);

  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const count = async (sql: string, params: unknown[] = []) => Number((await client.query<{ n: string }>(sql, params)).rows[0]!.n);
    expect(await count(`SELECT count(*) AS n FROM exercise WHERE clinic_id IS NULL`)).toBe(SEEDED_EXERCISES.length);
    expect(await count(`SELECT count(*) AS n FROM protocol_template WHERE clinic_id IS NULL`)).toBe(SEEDED_TEMPLATES.length);
    expect(await count(`SELECT count(*) AS n FROM clinic WHERE id = $1`, [DEMO_CLINIC_ID])).toBe(1);
    expect(await count(`SELECT count(*) AS n FROM rehab_plan WHERE clinic_id = $1`, [DEMO_CLINIC_ID])).toBeGreaterThan(0);
    // A third start later changes nothing.
    await start(url);
    expect(await count(`SELECT count(*) AS n FROM exercise WHERE clinic_id IS NULL`)).toBe(SEEDED_EXERCISES.length);
  } finally {
    await client.end();
  }
});
