// Contention is a conflict, not a hang: a plan row held by another transaction answers at once
// (FOR UPDATE NOWAIT), other rows within lock_timeout, and /api/health keeps answering from a
// connection of its own. Issue 12, decision 020.
import pg from "pg";
import { afterEach, expect, inject, it } from "vitest";
import type { Dose } from "@/lib/domain/clinical/types";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { LOCKED_MESSAGE } from "@/lib/server/error-map";
import { createPlan, editPlan, getPlan, PLAN_BUSY_MESSAGE } from "@/lib/server/plans";
import { makeEpisode, sharedTemplateId } from "../support/clinical";
import { makeClinic } from "../support/factories";

const dose: Dose = { sets: 4, reps: 15, load: "body weight", frequency: { times: 1, per: "DAY" }, painLimit: 3 };
const holders: pg.Client[] = [];
afterEach(async () => {
  for (const c of holders.splice(0)) await c.end().catch(() => {});
});

/** Another session that takes `sql`'s row locks and keeps them until the test ends. */
async function holdLock(sql: string, params: unknown[]) {
  const client = new pg.Client({ connectionString: inject("databaseUrl") });
  await client.connect();
  holders.push(client);
  await client.query("BEGIN");
  await client.query(sql, params);
  return client;
}

async function failure(p: Promise<unknown>) {
  const t0 = Date.now();
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  return { code: (err as AppError).code, message: (err as AppError).message, ms: Date.now() - t0 };
}

it("twelve edits of a plan whose row another save holds are conflicts within 3 s, and health stays 200", async () => {
  const a = await makeClinic();
  const { episodeId } = await makeEpisode(a.therapist);
  const { id } = await createPlan(a.therapist, episodeId, { templateId: await sharedTemplateId(), startDate: "2026-11-02" });
  const { version } = await getPlan(a.therapist, id);
  const holder = await holdLock(`SELECT id FROM rehab_plan WHERE id = $1 FOR UPDATE`, [id]);

  const edit = () => editPlan(a.therapist, id, version, { type: "dose", stageIndex: 0, exerciseIndex: 0, dose });
  const results = await Promise.all(Array.from({ length: 12 }, () => failure(edit())));
  for (const r of results) {
    expect(r).toMatchObject({ code: "CONFLICT", message: PLAN_BUSY_MESSAGE });
    expect(r.ms).toBeLessThan(3_000);
  }

  const { GET } = await import("@/app/api/health/route");
  const res = await GET();
  expect(res.status).toBe(200);
  expect(((await res.json()) as { db: string }).db).toBe("ok");

  await holder.query("ROLLBACK");
  await expect(edit()).resolves.toEqual({ version: version + 1 });
});

it("a write waiting on another row lock gives up after lock_timeout with a conflict", async () => {
  const a = await makeClinic();
  await holdLock(`SELECT id FROM clinic WHERE id = $1 FOR UPDATE`, [a.clinic.id]);
  const r = await failure(db.clinic.update({ where: { id: a.clinic.id }, data: { name: "Renamed" } }));
  expect(r).toMatchObject({ code: "CONFLICT", message: LOCKED_MESSAGE });
  expect(r.ms).toBeGreaterThanOrEqual(1_500);
  expect(r.ms).toBeLessThan(3_000);
});
