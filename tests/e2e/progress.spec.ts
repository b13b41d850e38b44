import { expect, seriousA11yViolations, sql, test } from "./fixtures";
import { assessAndCreatePlan, daysAgo, newPatient } from "./flows";

/** The app's date format ("4 Mar 2026"). */
function shown(isoDate: string) {
  return new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }).format(new Date(`${isoDate}T00:00:00Z`));
}

test("the progress page charts logs and measurements, shows the gates, and a pain-rise alert can be acknowledged", async ({ therapistPage: page, clinic }) => {
  const consoleErrors: string[] = [];
  page.on("console", (msg) => {
    if (msg.type() === "error") consoleErrors.push(msg.text());
  });
  const patientId = await newPatient(clinic.clinicId, clinic.therapist.id, ["Tomás", "O'Brien-Nakamura"]);
  const planId = await assessAndCreatePlan(page, patientId, { side: "Right" });

  const [plan] = await sql<{ key: string }>(`SELECT content->'plan'->'stages'->0->'exercises'->0->>'exerciseKey' AS key FROM rehab_plan WHERE id = $1`, [
    planId,
  ]);
  const yesterday = daysAgo(1);
  const today = daysAgo(0);
  const log = `INSERT INTO daily_log (id, clinic_id, patient_id, plan_id, log_date, sets_done, pain_during, pain_next_morning, note, updated_at)
               VALUES (gen_random_uuid(), $1, $2, $3, $4, $5, $6, $7, $8, now())`;
  await sql(log, [clinic.clinicId, patientId, planId, yesterday, JSON.stringify({ [plan!.key]: 2 }), 3, 2, null]);
  await sql(log, [clinic.clinicId, patientId, planId, today, JSON.stringify({ [plan!.key]: 1 }), 5, 6, "Sore after a long walk"]);
  const visit = `INSERT INTO measurement (id, clinic_id, patient_id, measured_on, values, checks, recorded_by_id)
                 VALUES (gen_random_uuid(), $1, $2, $3, $4, '{}', $5)`;
  const heel = (a: [number, number], u: [number, number]) => ({
    heelRaisesStraight: { affected: a[0], unaffected: u[0] },
    heelRaisesBent: { affected: a[1], unaffected: u[1] },
  });
  await sql(visit, [
    clinic.clinicId,
    patientId,
    daysAgo(3),
    JSON.stringify({ ...heel([12, 10], [28, 25]), lefs: 42, painRest: 2, painWalking: 4 }),
    clinic.therapist.id,
  ]);
  await sql(visit, [
    clinic.clinicId,
    patientId,
    yesterday,
    JSON.stringify({ ...heel([20, 18], [28, 25]), lefs: 55, painRest: 1, painWalking: 2 }),
    clinic.therapist.id,
  ]);

  // The logs and visits above were written with SQL, past the app's write paths: the scheduled
  // refresh (every second in this server) raises their alerts, as no page read does any more.
  await sql(`DELETE FROM plan_summary WHERE plan_id = $1`, [planId]);
  await expect
    .poll(async () => (await sql<{ n: number }>(`SELECT count(*)::int AS n FROM alert WHERE plan_id = $1 AND kind = 'PAIN_RISE'`, [planId]))[0]!.n, {
      timeout: 15_000,
    })
    .toBe(1);

  await page.goto(`/patients/${patientId}/progress`);
  await expect(page.getByRole("heading", { name: "Progress: Tomás O'Brien-Nakamura", level: 1 })).toBeVisible();
  await expect(page).toHaveTitle(/^Progress/);
  await expect(page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: "Tomás O'Brien-Nakamura" })).toHaveAttribute(
    "href",
    `/patients/${patientId}`,
  );
  await expect(page.getByText(/Stage 1 of \d+: Protect/)).toBeVisible();
  await expect(page.getByRole("link", { name: "Open plan" })).toHaveAttribute("href", `/plans/${planId}`);

  // Gates of the current stage, from the latest measures.
  const gates = page.getByRole("region", { name: /^Gates to move on to/ });
  await expect(gates.getByText(/\d+ of \d+ gates met/)).toBeVisible();
  await expect(gates.getByRole("table")).toBeVisible();

  // Pain: the chart renders, and its data table holds the logged values.
  const pain = page.getByRole("region", { name: "Pain over time" });
  await expect(pain.locator(".recharts-line")).toHaveCount(4);
  await expect(pain.locator("figcaption")).toContainText("next morning 6/10");
  await pain.getByText("Show data as a table").click();
  const painTable = pain.getByRole("table");
  await expect(painTable.getByRole("row", { name: new RegExp(shown(yesterday)) })).toContainText(/3\/10.*2\/10.*1\/10.*2\/10/);
  await expect(painTable.getByRole("row", { name: new RegExp(shown(today)) })).toContainText(/5\/10.*6\/10/);

  // Heel raises with symmetry per visit.
  const heelRaises = page.getByRole("region", { name: "Heel raises and symmetry" });
  await expect(heelRaises.locator(".recharts-bar")).toHaveCount(4);
  await expect(heelRaises.locator(".recharts-line")).toHaveCount(2);
  await heelRaises.getByText("Show data as a table").click();
  await expect(heelRaises.getByRole("row", { name: new RegExp(shown(daysAgo(3))) })).toContainText(/12.*28.*42\.9%.*10.*25.*40%/);
  await expect(heelRaises.getByRole("row", { name: new RegExp(shown(yesterday)) })).toContainText(/20.*28.*71\.4%.*18.*25.*72%/);

  // LEFS and adherence.
  const lefs = page.getByRole("region", { name: "Function (LEFS)" });
  await expect(lefs.locator("figcaption")).toContainText("55/80");
  await expect(lefs.locator("figcaption")).toContainText("+13 since the first score, a meaningful change");
  const adherence = page.getByRole("region", { name: "Exercise adherence per week" });
  await adherence.getByText("Show data as a table").click();
  await expect(adherence.getByRole("table")).toContainText("%");

  // Logs, newest first (two logs: one page, no page links).
  const logs = page.getByRole("region", { name: "Patient logs", exact: true });
  await expect(logs.getByRole("navigation", { name: "Log pages" })).toHaveCount(0);
  await expect(logs.getByRole("link", { name: "Download all 2 logs (CSV)" })).toBeVisible();
  await expect(logs.getByRole("row").nth(1)).toContainText(shown(today));
  await expect(logs.getByRole("row").nth(1)).toContainText("Sore after a long walk");

  expect(await seriousA11yViolations(page)).toEqual([]);

  // Screenshots for review; never a reason to fail.
  try {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.screenshot({ path: "/tmp/progress-page.png", fullPage: true });
  } catch {
    /* ignore */
  }

  // The pain-rise alert is open and can be acknowledged.
  const alerts = page.getByRole("region", { name: /^Alerts/ });
  const rise = alerts
    .getByRole("list", { name: "Open alerts" })
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { name: /pain/i }) });
  await expect(rise).toHaveCount(1);
  await expect(rise).toContainText("Pain rise");
  const title = (await rise.getByRole("heading").textContent())!;
  await rise.getByRole("button", { name: /^Acknowledge/ }).click();
  const acknowledged = alerts.getByRole("list", { name: "Acknowledged alerts" }).getByRole("listitem").filter({ hasText: title });
  await expect(acknowledged).toContainText(`Acknowledged by ${clinic.therapist.name}`);
  await expect(alerts.getByRole("list", { name: "Open alerts" }).getByRole("heading", { name: title })).toHaveCount(0);
  const [row] = await sql<{ n: number }>(`SELECT count(*)::int AS n FROM alert WHERE patient_id = $1 AND kind = 'PAIN_RISE' AND acknowledged_by_id = $2`, [
    patientId,
    clinic.therapist.id,
  ]);
  expect(row!.n).toBe(1);
  expect(await seriousA11yViolations(page)).toEqual([]);

  // A phone-width screen does not scroll sideways.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  await expect(page.getByRole("heading", { name: /^Progress/, level: 1 })).toBeVisible();
  await expect(pain.locator(".recharts-line")).toHaveCount(4);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  try {
    await page.screenshot({ path: "/tmp/progress-page-390.png", fullPage: true });
  } catch {
    /* ignore */
  }
  expect(consoleErrors).toEqual([]);
});

test("a patient without a plan or data gets empty states, and another clinic's patient is not found", async ({ therapistPage: page, clinic }) => {
  const patientId = await newPatient(clinic.clinicId, clinic.therapist.id, ["Ada", "Lindqvist"]);
  await page.goto(`/patients/${patientId}/progress`);
  await expect(page.getByRole("heading", { name: "Progress: Ada Lindqvist", level: 1 })).toBeVisible();
  await expect(page.getByText("No active rehab plan.")).toBeVisible();
  await expect(page.getByText("No pain ratings recorded yet.")).toBeVisible();
  await expect(page.getByText("Strength tests appear here once the patient has an assessment.")).toBeVisible();
  await expect(page.getByText("No LEFS scores recorded yet.")).toBeVisible();
  await expect(page.getByText("No open alerts.")).toBeVisible();
  expect(await seriousA11yViolations(page)).toEqual([]);

  // The demo clinic's patients (seeded into the e2e database) belong to another clinic.
  const [other] = await sql<{ id: string }>(`SELECT id FROM patient WHERE clinic_id <> $1 LIMIT 1`, [clinic.clinicId]);
  await page.goto(`/patients/${other!.id}/progress`);
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
});
