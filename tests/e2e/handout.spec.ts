import { readFile } from "node:fs/promises";
import { PDFParse } from "pdf-parse";
import { expect, sql, test } from "./fixtures";
import { assessAndCreatePlan, newPatient } from "./flows";

async function pdfText(path: string) {
  const bytes = await readFile(path);
  expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  const parser = new PDFParse({ data: new Uint8Array(bytes) });
  try {
    const result = await parser.getText();
    return { text: result.text, pages: result.total };
  } finally {
    await parser.destroy();
  }
}

test("the therapist downloads the handout from the plan page: the two-page sheet, the education leaflet when asked, and Spanish large print", async ({
  therapistPage: page,
  clinic,
}) => {
  const patientId = await newPatient(clinic.clinicId, clinic.therapist.id, ["Zoë", "Łukasiewicz-Núñez"]);
  await assessAndCreatePlan(page, patientId);
  const handout = page.getByRole("form", { name: "Download the patient handout" });

  const [english] = await Promise.all([page.waitForEvent("download"), handout.getByRole("button", { name: "Download handout" }).click()]);
  expect(english.suggestedFilename()).toMatch(/^restride-handout-zoe-lukasiewicz-nunez-\d{4}-\d{2}-\d{2}\.pdf$/);
  const { text, pages } = await pdfText(await english.path());
  expect(text).toContain("Zoë Łukasiewicz-Núñez");
  expect(text).toContain("Your pain rule");
  expect(text).toContain("Tick a box each time");
  expect(text).not.toContain("Learn about your injury");
  expect(pages).toBe(2);

  await handout.getByLabel("Include the education leaflet").check();
  const [withLeaflet] = await Promise.all([page.waitForEvent("download"), handout.getByRole("button", { name: "Download handout" }).click()]);
  const leaflet = await pdfText(await withLeaflet.path());
  expect(leaflet.text).toContain("Learn about your injury");
  expect(leaflet.pages).toBeGreaterThan(2);
  await handout.getByLabel("Include the education leaflet").uncheck();

  await handout.getByLabel("Language").selectOption("es");
  await handout.getByLabel("Large print").check();
  const [spanish] = await Promise.all([page.waitForEvent("download"), handout.getByRole("button", { name: "Download handout" }).click()]);
  expect(spanish.suggestedFilename()).toMatch(/-es-large-print\.pdf$/);
  const es = (await pdfText(await spanish.path())).text;
  expect(es).toContain("Zoë Łukasiewicz-Núñez");
  expect(es).toContain("Su regla del dolor");
  expect(es).not.toContain("Your pain rule");

  const exports = await sql<{ n: string }>(
    `SELECT count(*) AS n FROM audit_event WHERE action = 'handout.export' AND patient_id = $1 AND outcome = 'SUCCESS'`,
    [patientId],
  );
  expect(Number(exports[0]!.n)).toBe(3);
});
