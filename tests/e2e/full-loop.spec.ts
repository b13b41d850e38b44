import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { PDFParse } from "pdf-parse";
import { expect, seriousA11yViolations, test } from "./fixtures";
import { assessAndCreatePlan, newPatient } from "./flows";

const PATIENT_PASSWORD = "strong calves by spring";

async function logDay(page: Page, dayIndex: number, sets: number, morningPain: number) {
  await page.getByLabel("Which day are you logging?").selectOption({ index: dayIndex });
  const card = page.getByRole("article").first();
  const exercise = (await card.getByRole("heading", { level: 3 }).innerText()).trim();
  await page.getByLabel(`Sets done, ${exercise}`).fill(String(sets));
  await page
    .getByRole("group", { name: /^Pain during exercise/ })
    .getByRole("radio", { name: "3", exact: true })
    .check();
  await page
    .getByRole("group", { name: /^Pain (this morning|on the morning)/ })
    .getByRole("radio", { name: String(morningPain), exact: true })
    .check();
  await page.getByRole("button", { name: /^Save (today's log|log for)/ }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved for" })).toBeVisible();
}

test("the full loop: the therapist invites, the patient logs two days on a phone and downloads the handout, the therapist sees the logs, the chart and a pain alert", async ({
  therapistPage: therapist,
  clinic,
  browser,
}) => {
  const email = `loop-${randomUUID()}@e2e.restride.app`;
  const patientId = await newPatient(clinic.clinicId, clinic.therapist.id, ["Zoë", "Łukasiewicz-Núñez"], email);
  await assessAndCreatePlan(therapist, patientId, { baseline: true });

  // The therapist creates the invitation from the patient's page: a link and a QR code.
  await therapist.goto(`/patients/${patientId}`);
  await therapist.getByRole("button", { name: "Create invitation link" }).click();
  const link = therapist.getByRole("textbox", { name: "Link", exact: true });
  await expect(link).toHaveValue(/\/invite\/[A-Za-z0-9_-]{40,}$/);
  await expect(therapist.getByRole("img", { name: "QR code of the invitation link" })).toBeVisible();
  const invitePath = new URL(await link.inputValue()).pathname;

  // The patient, on a phone.
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, acceptDownloads: true });
  const phone = await context.newPage();
  try {
    await phone.goto(invitePath);
    await phone.getByLabel("New password").fill(PATIENT_PASSWORD);
    await phone.getByLabel("Type the password again").fill(PATIENT_PASSWORD);
    await phone.getByRole("button", { name: "Set password and sign in" }).click();
    await phone.waitForURL("**/portal");
    await expect(phone.getByRole("heading", { name: "Hello Zoë", level: 1 })).toBeVisible();
    expect(await seriousA11yViolations(phone)).toEqual([]);

    await logDay(phone, 1, 2, 2); // yesterday: next-morning pain 2
    await logDay(phone, 0, 3, 6); // today: next-morning pain 6, a jump of 4

    await phone.getByRole("navigation", { name: "Portal" }).getByRole("link", { name: "Handouts" }).click();
    const [download] = await Promise.all([phone.waitForEvent("download"), phone.getByRole("button", { name: "Download handout (PDF)" }).click()]);
    const parser = new PDFParse({ data: new Uint8Array(await readFile(await download.path())) });
    expect((await parser.getText()).text).toContain("Zoë Łukasiewicz-Núñez");
    await parser.destroy();
  } finally {
    await context.close();
  }

  // Back at the clinic: the dashboard flags the patient, the progress page shows logs, chart data and the alert.
  await therapist.goto("/dashboard");
  const row = therapist.getByRole("row").filter({ has: therapist.getByRole("rowheader", { name: "Zoë Łukasiewicz-Núñez" }) });
  await expect(row).toContainText(/Next-morning pain up/);
  await row.getByRole("link", { name: /Next-morning pain up/ }).click();
  await expect(therapist.getByRole("heading", { name: "Progress: Zoë Łukasiewicz-Núñez", level: 1 })).toBeVisible();
  const pain = therapist.getByRole("region", { name: "Pain over time" });
  await pain.getByText("Show data as a table").click();
  await expect(pain.getByRole("cell", { name: "6/10" })).toBeVisible();
  await expect(therapist.getByRole("heading", { name: /Next-morning pain up 4 points/ })).toBeVisible();
  expect(await seriousA11yViolations(therapist)).toEqual([]);
});
