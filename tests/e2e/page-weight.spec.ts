/**
 * The plan page leads with the decision, and the progress page stays the same size however long
 * the history. The page heights and HTML sizes are printed for docs/benchmarks.md (figures, not
 * assertions; the assertions are what a user notices).
 */
import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { expect, sql, test } from "./fixtures";
import { assessAndCreatePlan, daysAgo, newPatient } from "./flows";

async function htmlBytes(page: Page, path: string) {
  return (await (await page.request.get(path)).body()).length;
}

test("the plan page shows the gates and the move control without scrolling, and opens the exercise editors on demand", async ({
  therapistPage: page,
  clinic,
}) => {
  const patientId = await newPatient(clinic.clinicId, clinic.therapist.id, ["Mara", "Decision"]);
  const planId = await assessAndCreatePlan(page, patientId, { baseline: true });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`/plans/${planId}`);
  const gates = page.getByRole("region", { name: /^Gates to move on to/ });
  const move = gates.getByRole("button", { name: "Move to next stage" });
  await expect(move).toBeInViewport();
  await expect(gates.getByRole("row", { name: /Not measured|Met|Not met/ }).first()).toBeVisible();
  const exercises = page.getByRole("region", { name: "Exercises and doses" });
  expect((await exercises.boundingBox())!.y).toBeGreaterThan((await move.boundingBox())!.y);
  // Compact: every exercise with its picture, no editors until asked for.
  await expect(exercises.getByRole("listitem").first().getByRole("img")).toBeVisible();
  await expect(exercises.getByRole("button", { name: "Save dose" })).toHaveCount(0);
  const height = await page.evaluate(() => document.body.scrollHeight);
  const html = await htmlBytes(page, `/plans/${planId}`);

  // The edit mode is a link: reachable by keyboard, no script needed.
  const edit = exercises.getByRole("link", { name: "Edit exercises" });
  await edit.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\?edit=exercises/);
  await expect(exercises.getByText(/^Edit dose of/).first()).toBeVisible();
  await expect(exercises.getByText("Add an exercise to this stage")).toBeVisible();
  await exercises.getByRole("link", { name: "Done editing" }).click();
  await expect(exercises.getByText(/^Edit dose of/)).toHaveCount(0);
  console.log(`figures: plan page at 1280 px: ${height} px tall, ${html} bytes of HTML`);
});

test("a year of logs: the pain chart shows weekly means, the log table pages, and every log downloads as CSV", async ({ therapistPage: page, clinic }) => {
  const patientId = await newPatient(clinic.clinicId, clinic.therapist.id, ["Ola", "Longhistory"]);
  const planId = await assessAndCreatePlan(page, patientId);
  const [plan] = await sql<{ key: string }>(`SELECT content->'plan'->'stages'->0->'exercises'->0->>'exerciseKey' AS key FROM rehab_plan WHERE id = $1`, [
    planId,
  ]);
  await sql(`UPDATE rehab_plan SET start_date = $2, stage_started_on = $2 WHERE id = $1`, [planId, daysAgo(365)]);
  await sql(
    `INSERT INTO daily_log (id, clinic_id, patient_id, plan_id, log_date, sets_done, pain_during, pain_next_morning, note, updated_at)
     SELECT gen_random_uuid(), $1, $2, $3, (current_date - d)::date, $4::jsonb, d % 7, (d + 3) % 6, CASE WHEN d % 5 = 0 THEN 'Felt fine after a walk' END, now()
     FROM generate_series(0, 364) AS d`,
    [clinic.clinicId, patientId, planId, JSON.stringify({ [plan!.key]: 2 })],
  );
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`/patients/${patientId}/progress`);
  const pain = page.getByRole("region", { name: "Pain over time" });
  await expect(pain.locator(".recharts-line")).toHaveCount(4);
  await expect(pain.locator("figcaption")).toContainText("each point is a week's mean");
  await pain.getByText("Show data as a table").click();
  const weekly = pain.getByRole("table", { name: "Mean pain ratings by week (0-10)" });
  await expect(weekly.getByRole("columnheader", { name: "Week of" })).toBeVisible();
  expect(await weekly.getByRole("row").count()).toBeLessThanOrEqual(61);

  const logs = page.getByRole("region", { name: "Patient logs", exact: true });
  const pager = logs.getByRole("navigation", { name: "Log pages" });
  await expect(pager).toContainText("Page 1 of 14");
  expect(await logs.getByRole("table").getByRole("row").count()).toBe(29);
  await pager.getByRole("link", { name: "Older logs" }).click();
  await expect(pager).toContainText("Page 2 of 14 (logs 29–56 of 365");
  await expect(pager.getByRole("link", { name: "Newer logs" })).toBeVisible();

  const [download] = await Promise.all([page.waitForEvent("download"), logs.getByRole("link", { name: "Download all 365 logs (CSV)" }).click()]);
  const csv = await readFile(await download.path(), "utf8");
  expect(csv.trimEnd().split("\r\n")).toHaveLength(366);
  const [audited] = await sql<{ n: number }>(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'progress.export' AND patient_id = $1`, [patientId]);
  expect(audited!.n).toBe(1);

  await page.goto(`/patients/${patientId}/progress`);
  await expect(pain.locator(".recharts-line")).toHaveCount(4);
  const height = await page.evaluate(() => document.body.scrollHeight);
  const html = await htmlBytes(page, `/patients/${patientId}/progress`);
  const js = await page.evaluate(() =>
    performance
      .getEntriesByType("resource")
      .filter((e) => (e as PerformanceResourceTiming).initiatorType === "script")
      .reduce((sum, e) => sum + (e as PerformanceResourceTiming).decodedBodySize, 0),
  );
  console.log(`figures: progress page, 365 days of logs: ${html} bytes of HTML, ${js} bytes of JavaScript (decoded), ${height} px tall at 1280 px`);
});
