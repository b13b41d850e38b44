// One time line (issue 8, item 3): the therapist's plan page and the patient's My plan show the
// same return-to-running dates for one plan, and the handout prints them too.
import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import type { Locator } from "@playwright/test";
import { PDFParse } from "pdf-parse";
import { expect, seriousA11yViolations, test } from "./fixtures";
import { assessAndCreatePlan, newPatient } from "./flows";

const PATIENT_PASSWORD = "same dates on every screen";

/** The machine-readable dates and the shown text of the `<time>` elements in a group. */
async function datesIn(group: Locator) {
  const times = group.locator("time");
  await expect(times.first()).toBeVisible();
  return {
    iso: await times.evaluateAll((nodes) => nodes.map((n) => n.getAttribute("datetime"))),
    text: (await times.allInnerTexts()).map((t) => t.trim()),
  };
}

test("the plan page and the portal's My plan show the same return-to-running dates", async ({ therapistPage: therapist, clinic, browser }) => {
  const email = `timeline-${randomUUID()}@e2e.restride.app`;
  const patientId = await newPatient(clinic.clinicId, clinic.therapist.id, ["Ines", "Moreau"], email);
  // A grade 2 soleus strain injured while running, 4 days ago (flows.ts).
  await assessAndCreatePlan(therapist, patientId);

  const prognosis = therapist.getByRole("region", { name: "Expected time line" });
  const staff = await datesIn(prognosis.getByRole("group", { name: "Return to running" }));
  expect(staff.iso).toHaveLength(2);
  expect(staff.iso[0]! < staff.iso[1]!).toBe(true);
  // The stage list's run stage starts in the same window.
  const runStage = therapist
    .getByRole("region", { name: "All stages" })
    .getByRole("listitem")
    .filter({ has: therapist.getByRole("heading", { name: /^Stage 3: / }) });
  await expect(runStage.locator("time").first()).toHaveAttribute("datetime", staff.iso[0]!);

  await therapist.goto(`/patients/${patientId}`);
  await therapist.getByRole("button", { name: "Create invitation link" }).click();
  const link = therapist.getByRole("textbox", { name: "Link", exact: true });
  await expect(link).toHaveValue(/\/invite\/[A-Za-z0-9_-]{40,}$/);
  const invitePath = new URL(await link.inputValue()).pathname;

  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, acceptDownloads: true });
  const phone = await context.newPage();
  try {
    await phone.goto(invitePath);
    await phone.getByLabel("New password").fill(PATIENT_PASSWORD);
    await phone.getByLabel("Type the password again").fill(PATIENT_PASSWORD);
    await phone.getByRole("button", { name: "Set password and sign in" }).click();
    await phone.waitForURL("**/portal");

    await phone.getByRole("navigation", { name: "Portal" }).getByRole("link", { name: "My plan" }).click();
    await expect(phone.getByRole("heading", { name: "My plan", level: 1 })).toBeVisible();
    const patient = await datesIn(phone.getByRole("region", { name: "When you can expect to" }).getByRole("group", { name: "Back to running" }));
    expect(patient).toEqual(staff);
    expect(await seriousA11yViolations(phone)).toEqual([]);

    // The handout the patient downloads today prints the same window.
    await phone.getByRole("navigation", { name: "Portal" }).getByRole("link", { name: "Handouts" }).click();
    const [download] = await Promise.all([phone.waitForEvent("download"), phone.getByRole("button", { name: "Download handout (PDF)" }).click()]);
    const parser = new PDFParse({ data: new Uint8Array(await readFile(await download.path())) });
    try {
      expect((await parser.getText()).text.replace(/\s+/g, " ")).toContain(`Between ${staff.text[0]} and ${staff.text[1]}`);
    } finally {
      await parser.destroy();
    }
  } finally {
    await context.close();
  }
});
