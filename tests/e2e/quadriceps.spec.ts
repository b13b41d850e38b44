// The quadriceps kind end to end: assessment (grade 2) -> plan -> handout PDF (text read back) ->
// the patient's log on the portal; and a red-flag case (suspected tendon rupture) blocks the plan.
import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { PDFParse } from "pdf-parse";
import { expect, test } from "./fixtures";
import { daysAgo, newPatient, patientLogsADay } from "./flows";

async function fillQuadricepsInjury(page: Page, patientId: string) {
  await page.goto(`/patients/${patientId}/assessments/new`);
  await page.getByLabel("Muscle").selectOption({ label: "Rectus femoris" });
  await page.getByLabel("Date of injury").fill(daysAgo(4));
  await page.getByRole("group", { name: "Side" }).getByLabel("Right").check();
  await page.getByRole("group", { name: "How it started" }).getByLabel("Sudden").check();
  await page.getByRole("group", { name: "First or repeat strain of this muscle" }).getByLabel("First").check();
  await page.getByRole("group", { name: "Clinical grade" }).getByLabel(/^2:/).check();
  await page.getByRole("radiogroup", { name: "Mechanism" }).getByLabel("Kicking").check();
}

test("a grade 2 rectus femoris strain gets the quadriceps plan, a handout naming the patient and the stage, and the patient logs a day", async ({
  therapistPage: page,
  clinic,
  browser,
}) => {
  const email = `quads-${randomUUID()}@e2e.restride.app`;
  const patientId = await newPatient(clinic.clinicId, clinic.therapist.id, ["Iñaki", "Zubizarreta"], email);
  await fillQuadricepsInjury(page, patientId);
  await page.getByLabel("Isometric knee extension, injured side (kg, dynamometer)").fill("18");
  await page.getByLabel("Isometric knee extension, other side (kg, dynamometer)").fill("30");
  await page
    .getByRole("radiogroup", { name: "Active straight-leg raise (lying on the back)" })
    .getByLabel(/^Normal/)
    .check();
  await page.getByRole("button", { name: "Save assessment" }).click();

  await expect(page.getByRole("heading", { name: "Right rectus femoris strain, grade 2", level: 1 })).toBeVisible();
  await expect(page.getByText("Red-flag screen negative")).toBeVisible();
  await page.getByRole("button", { name: "Preview plan" }).click();
  await expect(page.getByRole("heading", { name: /Preview: Quadriceps strain/ })).toBeVisible();
  await page.getByRole("button", { name: "Create plan" }).click();
  await expect(page.getByRole("heading", { name: /Rehab plan: Right rectus femoris strain, grade 2/ })).toBeVisible();
  // The template is built by Restride, not from a published protocol: its notes say so on the plan page.
  const notes = page.getByRole("region", { name: "Notes for clinicians from the template" });
  await expect(notes.getByText(/not from a published protocol/)).toBeVisible();

  const handout = page.getByRole("form", { name: "Download the patient handout" });
  const [download] = await Promise.all([page.waitForEvent("download"), handout.getByRole("button", { name: "Download handout" }).click()]);
  const bytes = await readFile(await download.path());
  expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  const parser = new PDFParse({ data: new Uint8Array(bytes) });
  const text = (await parser.getText()).text;
  await parser.destroy();
  expect(text).toContain("Iñaki Zubizarreta");
  expect(text).toContain("Your thigh (quadriceps) rehab plan");
  expect(text).toContain("Protect and start loading");
  expect(text).toContain("Thigh squeeze (quad set)");

  // The patient accepts the invitation on a phone and logs today.
  await patientLogsADay(page, browser, patientId, { password: "strong thighs by spring", feel: "How did the front of your thigh feel?" });
});

test("a gap above the kneecap (suspected quadriceps tendon rupture) blocks the plan and shows the referral", async ({ therapistPage: page, clinic }) => {
  const patientId = await newPatient(clinic.clinicId, clinic.therapist.id, ["Lucía", "Ferreira"]);
  await fillQuadricepsInjury(page, patientId);
  await page
    .getByRole("radiogroup", { name: "Active straight-leg raise (lying on the back)" })
    .getByLabel(/^Abnormal/)
    .check();
  await page.getByRole("checkbox", { name: "A dip or gap can be felt just above the kneecap" }).check();
  await page.getByRole("button", { name: "Save assessment" }).click();

  const referral = page.getByRole("region", { name: /Refer before rehab/ });
  await expect(referral).toBeVisible();
  await expect(referral.getByText("Suspected quadriceps tendon rupture", { exact: true })).toBeVisible();
  await expect(referral.getByText(/urgent orthopaedic review/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Preview plan" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Create plan" })).toHaveCount(0);
});
