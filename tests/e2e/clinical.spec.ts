import { expect, seriousA11yViolations, test } from "./fixtures";
import { daysAgo, fillInjury, newPatient } from "./flows";

test("a therapist assesses a grade 2 soleus strain, generates a plan, edits a dose, records measurements and advances the stage", async ({
  therapistPage: page,
  clinic,
}) => {
  // The whole first visit in one flow, with three accessibility scans: slow on a busy machine.
  test.setTimeout(120_000);
  const patientId = await newPatient(clinic.clinicId, clinic.therapist.id, ["Zoë", "Łukasiewicz-Núñez"]);
  await page.goto(`/patients/${patientId}`);
  await page.getByRole("link", { name: "New assessment" }).click();
  await expect(page.getByRole("heading", { name: "Assess a muscle strain" })).toBeVisible();

  // A missing field is explained beside it.
  await page.getByRole("button", { name: "Save assessment" }).click();
  await expect(page.getByText("Choose the injured muscle.")).toBeVisible();

  await fillInjury(page, "2");
  await page.getByLabel("Pain at rest (0-10)").fill("2");
  await page.getByLabel("Pain while walking (0-10)").fill("4");
  await page.getByLabel("Heel raises, injured side, straight knee").fill("12");
  await page.getByLabel("Heel raises, other side, straight knee").fill("28");
  await page.getByRole("radio", { name: "Normal: foot points down" }).check();
  expect(await seriousA11yViolations(page)).toEqual([]);
  await page.getByRole("button", { name: "Save assessment" }).click();

  await expect(page.getByRole("heading", { name: "Left soleus strain, grade 2", level: 1 })).toBeVisible();
  await expect(page.getByText("Red-flag screen negative")).toBeVisible();
  const prognosis = page.getByRole("region", { name: "Expected time line" });
  await expect(prognosis.getByText("Return to running")).toBeVisible();
  await expect(prognosis.getByText(/\d+–\d+ days/).first()).toBeVisible();
  await expect(prognosis.getByText("Injured while running")).toBeVisible();

  await expect(page.getByLabel("Protocol template")).toContainText("(suggested)");
  await page.getByRole("button", { name: "Preview plan" }).click();
  await expect(page.getByRole("heading", { name: /Preview: Soleus strain/ })).toBeVisible();
  expect(await seriousA11yViolations(page)).toEqual([]);
  await page.getByRole("button", { name: "Create plan" }).click();

  await expect(page.getByRole("heading", { name: /Rehab plan: Left soleus strain, grade 2/ })).toBeVisible();
  const current = page.getByRole("region", { name: /^Protect/ });
  await expect(current).toBeVisible();
  expect(await seriousA11yViolations(page)).toEqual([]);

  // The decision leads: the gates and the move control come before the exercises, which are
  // shown compactly (no editors) until "Edit exercises" is chosen.
  await expect(current.getByRole("region", { name: /^Gates to move on/ }).getByRole("button", { name: "Move to next stage" })).toBeVisible();
  const exercises = page.getByRole("region", { name: "Exercises and doses" });
  expect((await exercises.boundingBox())!.y).toBeGreaterThan((await current.boundingBox())!.y);
  await expect(exercises.getByText(/^Edit dose of/)).toHaveCount(0);
  await exercises.getByRole("link", { name: "Edit exercises" }).click();
  await expect(page).toHaveURL(/\?edit=exercises/);

  // Edit the first exercise's dose.
  await exercises.locator("details summary").filter({ hasText: "Edit dose of" }).first().click();
  const doseForm = exercises.getByRole("form", { name: /^Dose of / }).first();
  await doseForm.getByLabel("Sets").fill("4");
  await doseForm.getByLabel("Pain limit (0-10)").fill("11");
  await doseForm.getByRole("button", { name: "Save dose" }).click();
  await expect(doseForm.getByLabel("Pain limit (0-10)")).toHaveAccessibleDescription("The pain limit can be at most 10.");
  await doseForm.getByLabel("Pain limit (0-10)").fill("3");
  await doseForm.getByRole("button", { name: "Save dose" }).click();
  await expect(page.getByRole("region", { name: "History" }).getByText(/dose changed from .* to 4 ×/)).toBeVisible();

  // Gates are not met yet; record measurements that meet them.
  const gates = page.getByRole("region", { name: /^Gates to move on/ });
  await expect(gates.getByText(/0 of \d+ gates met/)).toBeVisible();
  await expect(gates.getByRole("columnheader", { name: "Measured" })).toBeVisible();
  await page.getByRole("link", { name: "Record measurements" }).click();
  await page.getByLabel("Pain while walking (0-10)").fill("1");
  await page.getByLabel("Pain at rest (0-10)").fill("0");
  await page.getByLabel("Normal gait without a limp").selectOption("yes");
  await page.getByRole("button", { name: "Save measurements" }).click();

  await expect(page.getByRole("heading", { name: /Rehab plan/ })).toBeVisible();
  await expect(gates.getByText(/(\d+) of \1 gates met/)).toBeVisible();
  await expect(gates.getByText("All gates met: the next stage is due.")).toBeVisible();
  await gates.getByRole("button", { name: "Move to next stage" }).click();
  await expect(page.getByText(/Current stage 2 of 5/)).toBeVisible();
  await expect(page.getByRole("region", { name: "History" }).getByText(/Moved to .*gates met/)).toBeVisible();
});

test("ticked DVT criteria with a Wells score of 2 or more block the plan and show the referral message", async ({ therapistPage: page, clinic }) => {
  const patientId = await newPatient(clinic.clinicId, clinic.therapist.id, ["Daniel", "Okafor"]);
  await page.goto(`/patients/${patientId}/assessments/new`);
  await fillInjury(page, "2");
  const status = page.getByText(/^Wells score: /);
  await expect(status).toHaveText(/Wells score: 0/);
  await page.getByRole("checkbox", { name: /This calf measures at least 3 cm more around/ }).check();
  await page.getByRole("checkbox", { name: /Tender along the deep veins/ }).check();
  await expect(status).toHaveText(/Wells score: 2 \(DVT likely/);
  await page.getByRole("button", { name: "Save assessment" }).click();

  const referral = page.getByRole("region", { name: /Refer before rehab/ });
  await expect(referral).toBeVisible();
  await expect(referral.getByText(/Urgent: same-day medical assessment/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Preview plan" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Create plan" })).toHaveCount(0);
  // The referral stands alone: no return-to-running range beside it.
  await expect(page.getByRole("region", { name: /prognosis|time line/i })).toHaveCount(0);
  await expect(page.getByText(/back to running/i)).toHaveCount(0);
  expect(await seriousA11yViolations(page)).toEqual([]);
});

// Issue 9, point 1: "DVT unlikely" is not "excluded". With "another diagnosis is at least as likely"
// ticked, recent surgery + deep-vein tenderness + a calf 3 cm bigger score Wells 1, which used to
// allow a plan; now it blocks with a same-day medical review until a medical clearance is recorded.
test("DVT not excluded at Wells 1 blocks the plan with the referral only; recording the medical clearance allows the plan", async ({
  therapistPage: page,
  clinic,
}) => {
  const patientId = await newPatient(clinic.clinicId, clinic.therapist.id, ["Ines", "Moreau"]);
  await page.goto(`/patients/${patientId}/assessments/new`);
  await expect(page.getByText(/Every sign and every Wells criterion ticked below blocks the plan/)).toBeVisible();
  await fillInjury(page, "2");
  const status = page.getByText(/^Wells score: /);
  await page.getByRole("checkbox", { name: /In bed for 3 days or more, or major surgery/ }).check();
  await page.getByRole("checkbox", { name: /Tender along the deep veins/ }).check();
  await page.getByRole("checkbox", { name: /This calf measures at least 3 cm more around/ }).check();
  await page.getByRole("checkbox", { name: /Another cause \(such as a calf strain\) is at least as likely/ }).check();
  await expect(status).toHaveText(/Wells score: 1 \(DVT not excluded: same-day medical review for a D-dimer test or ultrasound\)/);
  await page.getByRole("button", { name: "Save assessment" }).click();

  const referral = page.getByRole("region", { name: /Refer before rehab/ });
  await expect(referral).toBeVisible();
  await expect(referral.getByText(/Urgent: same-day medical assessment/)).toBeVisible();
  await expect(referral.getByText(/same-day medical review for a D-dimer test and \/ or compression ultrasound/)).toBeVisible();
  await expect(referral.getByText("Deep vein thrombosis not excluded")).toBeVisible();
  await expect(page.getByRole("button", { name: "Preview plan" })).toHaveCount(0);
  await expect(page.getByRole("region", { name: /prognosis|time line/i })).toHaveCount(0);
  await expect(page.getByText(/Return to running|back to running/i)).toHaveCount(0);

  const clearance = page.getByRole("region", { name: "Record medical clearance" });
  await expect(clearance).toBeVisible();
  expect(await seriousA11yViolations(page)).toEqual([]);

  // Errors beside the fields; what was typed stays.
  await clearance.getByLabel("Note").fill("D-dimer negative at the GP");
  await clearance.getByRole("button", { name: "Record medical clearance" }).click();
  await expect(clearance.getByLabel("Cleared by (the doctor's name)")).toHaveAccessibleDescription(/Enter the name of the doctor who cleared the patient\./);
  await expect(clearance.getByLabel("Cleared on")).toHaveAccessibleDescription(/Enter the date of the clearance\./);
  await expect(clearance.getByLabel("Note")).toHaveValue("D-dimer negative at the GP");

  await clearance.getByLabel("Cleared by (the doctor's name)").fill("Dr Amara Osei");
  await clearance.getByLabel("Cleared on").fill(daysAgo(1));
  await clearance.getByRole("button", { name: "Record medical clearance" }).click();

  await expect(page.getByRole("heading", { name: /^Medically cleared by Dr Amara Osei on .+ \(recorded by / })).toBeVisible();
  await expect(page.getByText("Note: D-dimer negative at the GP")).toBeVisible();
  await expect(page.getByRole("region", { name: /Refer before rehab/ })).toHaveCount(0);
  await expect(page.getByRole("region", { name: "Record medical clearance" })).toHaveCount(0);
  await page.getByRole("button", { name: "Preview plan" }).click();
  await expect(page.getByRole("heading", { name: /Preview: Soleus strain/ })).toBeVisible();
  expect(await seriousA11yViolations(page)).toEqual([]);
  await page.getByRole("button", { name: "Create plan" }).click();
  await expect(page.getByRole("heading", { name: /Rehab plan: Left soleus strain, grade 2/ })).toBeVisible();
});
