// The scale loader (issue 13): a small clinic of the same shape as `npm run db:seed-scale`,
// loaded into a throwaway database by set-based SQL; a second run changes nothing; a database
// holding another clinic (the demo one) is refused.
import pg from "pg";
import { afterAll, expect, inject, it } from "vitest";
import { migrate } from "@/lib/db/migrate";
import { seed } from "@/lib/db/seed";
import { LONG_PATIENT_DAYS, POST_LOAD_STEPS, SCALE_CLINIC_ID, SCALE_THERAPIST, ScaleSeedRefused, longPatient, seedScale } from "@/lib/db/seed-scale";
import { createThrowawayDatabase, dropDatabase } from "../../scripts/test-db";

const serverUrl = inject("serverUrl");
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const c of cleanups) await c();
});

async function freshDatabase(demo: boolean) {
  const url = await createThrowawayDatabase(serverUrl, "restride_scale");
  cleanups.push(() => dropDatabase(serverUrl, url));
  await migrate(url);
  await seed(url, { demo });
  return url;
}

const small = { patients: 60, plans: 12, logs: 1_200, measurements: 48 };
const today = "2026-12-04";

it("loads the clinic with the counts asked for, a 365-day patient of the bench therapist, and a second run changes nothing", async () => {
  const url = await freshDatabase(false);
  // A derived table's refresh added to the post-load steps sees the loaded rows, on every run.
  const refreshed: number[] = [];
  const refresh = {
    name: "a derived table's refresh",
    run: async ({ client, clinicId }: { client: pg.ClientBase; clinicId: string }) => {
      const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM rehab_plan WHERE clinic_id = $1`, [clinicId]);
      refreshed.push(rows[0]!.n);
    },
  };
  POST_LOAD_STEPS.unshift(refresh);
  cleanups.push(async () => void POST_LOAD_STEPS.splice(POST_LOAD_STEPS.indexOf(refresh), 1));
  const first = await seedScale(url, { counts: small, today });
  expect(first.alreadyLoaded).toBe(false);
  expect(first.counts).toEqual(small);

  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { patientId, planId } = await longPatient(client);
    const { rows } = await client.query(
      `SELECT p.therapist_id, count(l.*)::int AS logs, max(l.log_date)::text AS last, min(l.log_date)::text AS first
         FROM patient p JOIN rehab_plan r ON r.patient_id = p.id JOIN daily_log l ON l.plan_id = r.id
        WHERE p.id = $1 AND r.id = $2 AND r.status = 'ACTIVE' GROUP BY p.therapist_id`,
      [patientId, planId],
    );
    expect(rows).toEqual([{ therapist_id: SCALE_THERAPIST.id, logs: LONG_PATIENT_DAYS, first: "2025-12-05", last: today }]);
    // The worklist's rows were filled by the app's own refresh (a post-load step).
    const summaries = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM plan_summary WHERE clinic_id = $1`, [SCALE_CLINIC_ID]);
    expect(summaries.rows[0]!.n).toBe(small.plans);
    // Every plan's snapshot is at the stage its row says (the copies of the generated plans).
    const mismatched = await client.query(
      `SELECT id FROM rehab_plan WHERE clinic_id = $1 AND (content->'plan'->>'currentStageIndex')::int <> current_stage_index`,
      [SCALE_CLINIC_ID],
    );
    expect(mismatched.rowCount).toBe(0);
  } finally {
    await client.end();
  }

  const second = await seedScale(url, { counts: small, today });
  expect(second.alreadyLoaded).toBe(true);
  expect(second.counts).toEqual(small);
  expect(refreshed).toEqual([small.plans, small.plans]);
});

it("refuses the demo database and writes nothing to it", async () => {
  const url = await freshDatabase(true);
  await expect(seedScale(url, { counts: small, today })).rejects.toBeInstanceOf(ScaleSeedRefused);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rowCount } = await client.query(`SELECT 1 FROM clinic WHERE id = $1`, [SCALE_CLINIC_ID]);
    expect(rowCount).toBe(0);
  } finally {
    await client.end();
  }
});
