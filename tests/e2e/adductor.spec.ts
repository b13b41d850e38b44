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

  const handout = page.getByRole("form", { name: "Download the patient handout" });
  const [download] = await Promise.all([page.waitForEvent("download"), handout.getByRole("button", { name: "Download handout" }).click()]);
  const parser = new PDFParse({ data: new Uint8Array(await readFile(await download.path())) });
  const text = (await parser.getText()).text;
  await parser.destroy();
  expect(text).toContain("Kwame Mensah");
  expect(text).toContain("Your groin rehab plan");
  expect(text).toContain("Calm it down and start gentle squeezes");
  expect(text).toContain("Ball squeeze, knees bent");

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
