// Issue 9, point 5: a complete rupture's plan page and handout show only the specialist notice,
// protection advice and circulation work until a visit records the specialist's clearance.
import { readFile } from "node:fs/promises";
import { PDFParse } from "pdf-parse";
import { expect, test } from "./fixtures";
import { assessAndCreatePlan, newPatient } from "./flows";

async function pdfText(path: string) {
  const parser = new PDFParse({ data: new Uint8Array(await readFile(path)) });
  try {
    return (await parser.getText()).text.replace(/\s+/g, " ");
  } finally {
    await parser.destroy();
  }
}

test("grade 3: the handout holds back loading until the specialist clears it, then shows it", async ({ therapistPage: page, clinic }) => {
  const patientId = await newPatient(clinic.clinicId, clinic.therapist.id, ["Ines", "Achterberg"]);
  const planId = await assessAndCreatePlan(page, patientId, { grade: "3" });

  const hold = page.getByRole("note", { name: "Waiting for the specialist: protection and circulation only" });
  await expect(hold).toBeVisible();
  await expect(hold).toContainText("A specialist must check your calf");
  // Each exercise shows the picture the patient gets, named by what it shows.
  await expect(page.getByRole("img", { name: /^Lying on the back, injured knee straight\. The toes point away/ })).toBeVisible();
  const seatedHold = page.getByRole("listitem").filter({ hasText: "Seated soleus hold" });
  await expect(seatedHold.getByText("Held until specialist clearance")).toBeVisible();
  await expect(page.getByText(/^Pain rule for this stage: During your exercises, pain up to \d out of 10 is OK/)).toBeVisible();

  const handout = page.getByRole("form", { name: "Download the patient handout" });
  await handout.getByLabel("All stages").check();
  const [before] = await Promise.all([page.waitForEvent("download"), handout.getByRole("button", { name: "Download handout" }).click()]);
  const held = await pdfText(await before.path());
  expect(held).toContain("A specialist must check your calf and agree before you start the loading exercises.");
  expect(held).toContain("Ankle pumps");
  expect(held).not.toContain("Seated soleus hold");
  expect(held).not.toMatch(/day 2 or 3/);
  expect(held).not.toContain("Build strength"); // no later stage

  // The specialist has seen the patient: the therapist records it at a visit.
  await page.getByRole("link", { name: "Record measurements" }).click();
  await page.getByLabel("Specialist / surgical decision made and rehab cleared").selectOption("yes");
  await page.getByRole("button", { name: "Save measurements" }).click();
  await expect(page).toHaveURL(new RegExp(`/plans/${planId}`));
  await expect(page.getByRole("note", { name: /Waiting for the specialist/ })).toHaveCount(0);

  await handout.getByLabel("All stages").check();
  const [after] = await Promise.all([page.waitForEvent("download"), handout.getByRole("button", { name: "Download handout" }).click()]);
  const cleared = await pdfText(await after.path());
  expect(cleared).toContain("Seated soleus hold");
  expect(cleared).toContain("Build strength");
  expect(cleared).not.toContain("A specialist must check your calf");
});
