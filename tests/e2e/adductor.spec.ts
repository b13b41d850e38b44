// The adductor (groin) kind end to end: assessment (grade 2) -> plan -> handout PDF (text read
// back) -> the patient's log on the portal; and a red-flag case (a hernia sign) blocks the plan.
import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { PDFParse } from "pdf-parse";
import { expect, test } from "./fixtures";
import { daysAgo, newPatient, patientLogsADay } from "./flows";

async function fillAdductorInjury(page: Page, patientId: string) {
  await page.goto(`/patients/${patientId}/assessments/new`);
  await page.getByLabel("Muscle").selectOption({ label: "Adductor longus" });
  await page.getByLabel("Date of injury").fill(daysAgo(4));
  await page.getByRole("group", { name: "Side" }).getByLabel("Left").check();
  await page.getByRole("group", { name: "How it started" }).getByLabel("Sudden").check();
  await page.getByRole("group", { name: "First or repeat strain of this muscle" }).getByLabel("First").check();
  await page.getByRole("group", { name: "Clinical grade" }).getByLabel(/^2:/).check();
}

test("a grade 2 adductor longus strain gets the groin plan, a handout naming the patient and the stage, and the patient logs a day", async ({
  therapistPage: page,
  clinic,
  browser,
}) => {
  const email = `groin-${randomUUID()}@e2e.restride.app`;
  const patientId = await newPatient(clinic.clinicId, clinic.therapist.id, ["Kwame", "Mensah"], email);
  await fillAdductorInjury(page, patientId);
  await page.getByRole("button", { name: "Save assessment" }).click();
  await expect(page.getByRole("heading", { name: "Left adductor longus strain, grade 2", level: 1 })).toBeVisible();
  await expect(page.getByText("Red-flag screen negative")).toBeVisible();
  await page.getByRole("button", { name: "Preview plan" }).click();
  await expect(page.getByRole("heading", { name: /Preview: Adductor/ })).toBeVisible();
  await page.getByRole("button", { name: "Create plan" }).click();
  await expect(page.getByRole("heading", { name: /Rehab plan: Left adductor longus strain, grade 2/ })).toBeVisible();

  const handoutText = async () => {
    const handout = page.getByRole("form", { name: "Download the patient handout" });
    const [download] = await Promise.all([page.waitForEvent("download"), handout.getByRole("button", { name: "Download handout" }).click()]);
    const parser = new PDFParse({ data: new Uint8Array(await readFile(await download.path())) });
    try {
      return (await parser.getText()).text.replace(/\s+/g, " ");
    } finally {
      await parser.destroy();
    }
  };
  const text = await handoutText();
  expect(text).toContain("Kwame Mensah");
  expect(text).toContain("Your groin rehab plan");
  expect(text).toContain("Calm it down and start gentle squeezes");
  expect(text).toContain("Ball squeeze, knees bent");

  // The notes for clinicians say which numbers are defaults.
  await expect(page.getByRole("region", { name: "Notes for clinicians from the template" }).getByText(/Editable defaults/)).toBeVisible();

  // Into Serner's two tracks (on clinical judgement: no measurements yet).
  const gates = page.getByRole("region", { name: /^Gates to move on/ });
  await gates.getByLabel("Advance on clinical judgement although not all gates are met").check();
  await gates.getByRole("button", { name: "Move to next stage" }).click();
  await expect(page.getByText(/Current stage 2 of 5/)).toBeVisible();
  const exerciseTrack = page.getByRole("region", { name: /^Groin exercises · phase 1 of 4/ });
  const runningTrack = page.getByRole("region", { name: /^Running and sport moves · phase 1 of 4/ });
  await expect(exerciseTrack).toBeVisible();
  await expect(runningTrack).toBeVisible();
  await expect(runningTrack.getByRole("row", { name: /Walking does not hurt|Walking pain 0\/10/ })).toBeVisible();

  // The running track moves on by itself; the exercise track stays where it was.
  await runningTrack.getByLabel("Move Running and sport moves on clinical judgement although not all its gates are met").check();
  await runningTrack.getByRole("button", { name: "Running and sport moves: move to Easy jogging" }).click();
  await expect(page.getByRole("region", { name: /^Running and sport moves · phase 2 of 4/ })).toBeVisible();
  await expect(page.getByRole("region", { name: /^Groin exercises · phase 1 of 4/ })).toBeVisible();
  await expect(page.getByRole("region", { name: "History" }).getByText(/Running and sport moves: moved to Easy jogging/)).toBeVisible();

  // The handout shows both tracks, each at its own step.
  const tracked = await handoutText();
  expect(tracked).toContain("Groin exercises, step 1 of 4: Squeeze and lift");
  expect(tracked).toContain("Running and sport moves, step 2 of 4: Easy jogging");

  await patientLogsADay(page, browser, patientId, { password: "groin strong by summer", feel: "How did your groin feel?" });
});

test("a groin lump that grows with coughing (a hernia sign) blocks the plan and shows the referral", async ({ therapistPage: page, clinic }) => {
  const patientId = await newPatient(clinic.clinicId, clinic.therapist.id, ["Ana", "Ruiz"]);
  await fillAdductorInjury(page, patientId);
  await page.getByRole("checkbox", { name: "Lump or bulge in the groin that grows with coughing or straining" }).check();
  await page.getByRole("button", { name: "Save assessment" }).click();
  await expect(page.getByRole("region", { name: /Refer before rehab/ })).toBeVisible();
  await expect(page.getByRole("button", { name: "Preview plan" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Create plan" })).toHaveCount(0);
});
