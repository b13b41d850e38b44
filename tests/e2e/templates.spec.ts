import { readFile } from "node:fs/promises";
import { expect, seriousA11yViolations, sql, test } from "./fixtures";

test("an admin duplicates the shared soleus template, changes a dose, publishes it, then starts version 2", async ({ adminPage: page }) => {
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Templates" }).click();
  await expect(page.getByRole("heading", { name: "Protocol templates", level: 1 })).toBeVisible();
  const sharedRow = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: /^Soleus strain, version 3$/ }) });
  await expect(sharedRow.getByText("Shared")).toBeVisible();
  await expect(sharedRow.getByText("Published")).toBeVisible();
  expect(await seriousA11yViolations(page)).toEqual([]);

  await sharedRow.getByRole("button", { name: /Duplicate into my clinic/ }).click();
  await expect(page.getByRole("heading", { name: "Soleus strain (clinic copy)", level: 1 })).toBeVisible();
  await expect(page.getByTestId("template-version")).toHaveText("1");
  await expect(page.getByText("Draft", { exact: true })).toBeVisible();
  expect(await seriousA11yViolations(page)).toEqual([]);
  const templateUrl = page.url();

  await page.getByRole("link", { name: /Edit stage 2: Build strength/ }).click();
  await expect(page.getByRole("heading", { name: "Edit stage 2: Build strength", level: 1 })).toBeVisible();
  expect(await seriousA11yViolations(page)).toEqual([]);

  const seated = page.getByRole("group", { name: "Seated soleus raise", exact: true });
  await expect(seated.getByLabel("Reps")).toHaveValue("20");

  // A bad value: the error is beside the field, and what was typed stays.
  await seated.getByLabel("Pain limit (0-10)").fill("11");
  await seated.getByRole("button", { name: /Save dose/ }).click();
  await expect(seated.getByLabel("Pain limit (0-10)")).toHaveAccessibleDescription("The pain limit can be at most 10.");
  await expect(seated.getByLabel("Pain limit (0-10)")).toHaveValue("11");

  await seated.getByLabel("Pain limit (0-10)").fill("4");
  await seated.getByLabel("Reps").fill("18");
  await seated.getByRole("button", { name: /Save dose/ }).click();
  await expect(seated.getByRole("status")).toHaveText("Dose of Seated soleus raise saved.");

  await page.goto(templateUrl);
  const strength = page.getByRole("region", { name: "2. Build strength" });
  // The exercise row, not the loaded seated-raise gate row below it.
  await expect(strength.getByRole("row", { name: /^Seated soleus raise(?!, added load)/ })).toContainText("3 × 18 reps");

  await page.getByRole("button", { name: "Publish version 1" }).click();
  await expect(page.getByText("Published", { exact: true })).toBeVisible();
  await expect(page.getByTestId("template-version")).toHaveText("1");
  await expect(page.getByText("Published versions cannot be edited; start a new version.", { exact: false })).toBeVisible();
  await expect(page.getByRole("link", { name: /Edit stage/ })).toHaveCount(0);
  expect(await seriousA11yViolations(page)).toEqual([]);

  await page.getByRole("button", { name: "Start a new version" }).click();
  await expect(page.getByTestId("template-version")).toHaveText("2");
  await expect(page.getByText("Draft", { exact: true })).toBeVisible();

  await page.getByRole("link", { name: "Templates", exact: true }).first().click();
  const ownRows = page.getByRole("row").filter({ hasText: "Your clinic" });
  await expect(ownRows).toHaveCount(2);
  await expect(ownRows.filter({ has: page.getByRole("rowheader", { name: /version 2$/ }) })).toContainText("Draft");
  await expect(ownRows.filter({ has: page.getByRole("rowheader", { name: /version 1$/ }) })).toContainText("Published");
});

test("therapists do not see template administration (404), and the refusal is audited", async ({ therapistPage: page, clinic }) => {
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Templates" })).toHaveCount(0);
  await page.goto("/templates");
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
  const rows = await sql(`SELECT outcome, entity_id, ip, user_agent FROM audit_event WHERE actor_user_id = $1 AND action = 'page.view'`, [clinic.therapist.id]);
  expect(rows).toEqual([
    { outcome: "DENIED", entity_id: "/templates", ip: expect.stringMatching(/127\.0\.0\.1|::1/), user_agent: expect.stringContaining("Chrome") },
  ]);
});

test("publishing a draft that breaks the template rules lists the problems and changes nothing; adding a gate fixes it", async ({ adminPage: page }) => {
  await page.goto("/templates");
  await page.getByRole("button", { name: "Duplicate into my clinic: Gastrocnemius strain, version 3" }).click();
  await expect(page.getByRole("heading", { name: "Gastrocnemius strain (clinic copy)", level: 1 })).toBeVisible();
  const templateUrl = page.url();

  await page.getByRole("link", { name: /^Edit stage 1:/ }).click();
  await expect(page.getByRole("heading", { name: /^Edit stage 1:/, level: 1 })).toBeVisible();
  const measured = page.getByRole("group", { name: /^Measured gate:/ });
  await expect(measured.first()).toBeVisible();
  const count = await measured.count();
  for (let i = 0; i < count; i += 1) {
    await measured
      .first()
      .getByRole("button", { name: /^Remove gate/ })
      .click();
    await expect(measured).toHaveCount(count - i - 1);
  }

  await page.goto(templateUrl);
  await page.getByRole("button", { name: "Publish version 1" }).click();
  const problems = page.getByRole("alert").filter({ hasText: "Not published" });
  await expect(problems).toContainText("needs at least one measurable gate (a measure, sessions or a rating) for grade 1");
  await expect(problems).toBeFocused();
  await expect(page.getByText("Draft", { exact: true })).toBeVisible();

  await page.getByRole("link", { name: /^Edit stage 1:/ }).click();
  await page.getByLabel("Measure").selectOption({ label: "Pain while walking (NPRS)" });
  await page.getByRole("combobox", { name: "Comparison" }).last().selectOption("<=");
  await page.getByLabel("Threshold").last().fill("2");
  await page.getByLabel("Clinician label").last().fill("Walking pain 2/10 or less");
  await page.getByLabel("Patient wording").last().fill("Walking hurts 2 out of 10 or less");
  await page.getByRole("button", { name: "Add gate" }).click();
  await expect(page.getByRole("group", { name: "Measured gate: Pain while walking (NPRS)" })).toBeVisible();

  await page.goto(templateUrl);
  await page.getByRole("button", { name: "Publish version 1" }).click();
  await expect(page.getByText("Published", { exact: true })).toBeVisible();
});

test("an admin downloads a template as FHIR and imports it back as a draft; a broken file lists its problems", async ({ adminPage: page }) => {
  await page.goto("/templates");
  await page.getByRole("link", { name: /^Soleus strain, version 3$/ }).click();
  await expect(page.getByRole("heading", { name: "Soleus strain", level: 1 })).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: /Download as FHIR PlanDefinition/ }).click()]);
  const text = await readFile(await download.path(), "utf8");
  const planDefinition = JSON.parse(text) as { resourceType: string; action: unknown[] };
  expect(planDefinition.resourceType).toBe("PlanDefinition");
  expect(planDefinition.action).toHaveLength(5);

  await page.goto("/templates");
  const file = page.getByLabel(/PlanDefinition file/);
  // Not a PlanDefinition: nothing is stored, and the admin is told why.
  await file.setInputFiles({ name: "patient.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify({ resourceType: "Patient" })) });
  await page.getByRole("button", { name: "Import as a draft" }).click();
  const problems = page.getByRole("alert", { name: /Not imported/ });
  await expect(problems).toContainText("not a FHIR PlanDefinition");
  await expect(problems).toContainText("Nothing was stored.");

  await file.setInputFiles({ name: "soleus.json", mimeType: "application/fhir+json", buffer: Buffer.from(text) });
  await page.getByRole("button", { name: "Import as a draft" }).click();
  await expect(page.getByRole("heading", { name: "Soleus strain", level: 1 })).toBeVisible();
  await expect(page.getByText("Draft", { exact: true })).toBeVisible();
  await expect(page.getByText("Your clinic", { exact: true })).toBeVisible();
  await expect(page.getByRole("region", { name: "2. Build strength" }).getByRole("row", { name: /^Seated soleus raise(?!, added load)/ })).toContainText(
    "3 × 20 reps",
  );
  expect(await seriousA11yViolations(page)).toEqual([]);
});

test("the shared quadriceps template shows its notes for clinicians and its kicking gates in words", async ({ adminPage: page }) => {
  await page.goto("/templates");
  const row = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: /^Quadriceps strain \(clinician review\), version 2$/ }) });
  await row.getByRole("link").first().click();
  const notes = page.getByRole("region", { name: "Notes for clinicians" });
  await expect(notes.getByText(/Editable defaults to check/)).toBeVisible();
  const sport = page.getByRole("region", { name: /^4\. / });
  await expect(sport.getByRole("cell", { name: /3 logged sessions of kick-shot with pain 0\/10 or less/ })).toBeVisible();
  await expect(sport.getByRole("cell", { name: /Patient rates .* 8\/10 or more/ })).toBeVisible();
});

test("an admin edits a phase of the groin template's running track; the two-track stage's durations follow", async ({ adminPage: page }) => {
  await page.goto("/templates");
  const row = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: /^Adductor \(groin\) strain, version 2$/ }) });
  await row.getByRole("button", { name: /Duplicate into my clinic/ }).click();
  await expect(page.getByRole("heading", { name: "Adductor (groin) strain (clinic copy)", level: 1 })).toBeVisible();
  const templateUrl = page.url();
  const tracked = page.getByRole("region", { name: /^2\. Groin exercises and running/ });
  await expect(tracked.getByRole("region", { name: "Parallel tracks" })).toBeVisible();

  await tracked.getByRole("link", { name: "Edit phase: Running and sport moves, phase 2" }).click();
  await expect(page.getByRole("heading", { name: "Edit Running and sport moves, phase 2 of 4: Easy jogging", level: 1 })).toBeVisible();
  expect(await seriousA11yViolations(page)).toEqual([]);
  await page.getByLabel("Grade 2 maximum").fill("30");
  await page.getByRole("button", { name: "Save phase" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Phase saved." })).toBeVisible();

  await page.goto(templateUrl);
  // The running track is now the slower one for grade 2: the stage lasts as long as it does.
  const durations = page.getByRole("region", { name: /^2\. Groin exercises and running/ }).getByRole("table", { name: "Duration (days)" });
  await expect(durations).toContainText("-43");
});
