// The hamstring kind end to end: assessment (grade 2) -> plan -> handout PDF read back; and a
// red flag (a pop high in the buttock crease: possible proximal avulsion) blocks the plan.
import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { PDFParse } from "pdf-parse";
import { expect, test } from "./fixtures";
import { randomUUID } from "node:crypto";
import { daysAgo, newPatient } from "./flows";

async function pdfText(path: string) {
  const parser = new PDFParse({ data: new Uint8Array(await readFile(path)) });
  try {
    return (await parser.getText()).text.replace(/\s+/g, " ");
  } finally {
    await parser.destroy();
  }
}

async function fillHamstringInjury(page: Page, patientId: string) {
  await page.goto(`/patients/${patientId}/assessments/new`);
  await page.getByLabel("Muscle").selectOption({ label: "Biceps femoris, long head" });
  await page.getByLabel("Date of injury").fill(daysAgo(4));
  await page.getByRole("group", { name: "Side" }).getByLabel("Left").check();
  await page.getByRole("group", { name: "How it started" }).getByLabel("Sudden").check();
  await page.getByLabel("It happened while running").check();
  await page.getByRole("group", { name: "First or repeat strain of this muscle" }).getByLabel("First").check();
  await page.getByRole("group", { name: "Clinical grade" }).getByLabel(/^2:/).check();
}

/** The hamstring asks how it happened (Askling 2013: stretching-type injuries take longer). */
async function chooseMechanism(page: Page, mechanism: RegExp) {
  await page.getByRole("group", { name: "How it happened" }).getByRole("radio", { name: mechanism }).check();
}

test("hamstring grade 2: assessment, plan, handout and a patient log", async ({ therapistPage: page, clinic, browser }) => {
  const email = `hamstring-${randomUUID()}@e2e.restride.app`;
  const patientId = await newPatient(clinic.clinicId, clinic.therapist.id, ["Kofi", "Mensah-Álvarez"], email);
  await fillHamstringInjury(page, patientId);
  // Without the mechanism the form says what is missing beside the question, and keeps the rest.
  await page.getByRole("button", { name: "Save assessment" }).click();
  await expect(page.getByRole("group", { name: "How it happened" })).toContainText("Choose how the injury happened.");
  await expect(page.getByRole("group", { name: "Clinical grade" }).getByLabel(/^2:/)).toBeChecked();
  await chooseMechanism(page, /^Stretching type/);
  await page.getByRole("button", { name: "Save assessment" }).click();
  await expect(page.getByText("Red-flag screen negative")).toBeVisible();
  await expect(page.getByText(/while running, stretching type; first strain/)).toBeVisible();
  await expect(page.getByText("Stretching-type injury", { exact: false }).first()).toBeVisible();
  await page.getByRole("button", { name: "Preview plan" }).click();
  await expect(page.getByRole("heading", { name: /Preview: Hamstring strain/ })).toBeVisible();
  await page.getByRole("button", { name: "Create plan" }).click();
  await expect(page.getByRole("heading", { name: /Rehab plan: Left .*grade 2/ })).toBeVisible();
  await expect(page.getByText("Protect and move").first()).toBeVisible();

  const handout = page.getByRole("form", { name: "Download the patient handout" });
  const [download] = await Promise.all([page.waitForEvent("download"), handout.getByRole("button", { name: "Download handout" }).click()]);
  const text = await pdfText(await download.path());
  expect(text).toContain("Kofi");
  expect(text).toContain("Your hamstring rehab plan");
  expect(text).toContain("Protect and move");
  expect(text).toContain("Lying knee bend hold");

  // The patient logs today's session on the portal, where the hamstring's log question shows.
  await page.goto(`/patients/${patientId}`);
  await page.getByRole("button", { name: "Create invitation link" }).click();
  const link = page.getByRole("textbox", { name: "Link", exact: true });
  await expect(link).toHaveValue(/\/invite\//);
  const invitePath = new URL(await link.inputValue()).pathname;
  const context = await browser.newContext();
  const phone = await context.newPage();
  try {
    await phone.goto(invitePath);
    await phone.getByLabel("New password").fill("strong hamstrings by spring");
    await phone.getByLabel("Type the password again").fill("strong hamstrings by spring");
    await phone.getByRole("button", { name: "Set password and sign in" }).click();
    await phone.waitForURL("**/portal");
    await phone.getByLabel("Which day are you logging?").selectOption({ index: 0 });
    const card = phone.getByRole("article").first();
    const exercise = (await card.getByRole("heading", { level: 3 }).innerText()).trim();
    await phone.getByLabel(`Sets done, ${exercise}`).fill("1");
    await phone
      .getByRole("group", { name: /^Pain during exercise/ })
      .getByRole("radio", { name: "1", exact: true })
      .check();
    await phone
      .getByRole("group", { name: /^Pain (this morning|on the morning)/ })
      .getByRole("radio", { name: "0", exact: true })
      .check();
    await phone.getByRole("button", { name: /^Save (today's log|log for)/ }).click();
    await expect(phone.getByRole("status").filter({ hasText: "Saved for" })).toBeVisible();
  } finally {
    await context.close();
  }
});

test("hamstring: a pop high in the buttock crease blocks the plan", async ({ therapistPage: page, clinic }) => {
  const patientId = await newPatient(clinic.clinicId, clinic.therapist.id, ["Nadia", "Petrova"]);
  await fillHamstringInjury(page, patientId);
  await chooseMechanism(page, /^Sprinting type/);
  await page.getByLabel("Felt a pop high in the buttock crease").check();
  await page.getByRole("button", { name: "Save assessment" }).click();
  await expect(page.getByText(/possible proximal hamstring avulsion/).first()).toBeVisible();
  await expect(page.getByRole("button", { name: "Preview plan" })).toHaveCount(0);
});
