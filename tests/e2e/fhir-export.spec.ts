import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import argon2 from "argon2";
import { expect, PASSWORD, seriousA11yViolations, signIn, sql, test } from "./fixtures";
import { assessAndCreatePlan, newPatient } from "./flows";

interface Bundle {
  resourceType: string;
  type: string;
  entry: { resource: { resourceType: string; id: string; code?: { coding?: { code: string }[] } } }[];
}

async function downloadRecord(page: Page): Promise<{ name: string; bundle: Bundle }> {
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download FHIR record (JSON)" }).click()]);
  return { name: download.suggestedFilename(), bundle: JSON.parse(await readFile(await download.path(), "utf8")) as Bundle };
}

test("the therapist and the patient download the patient's FHIR record", async ({ therapistPage: page, clinic, browser }) => {
  const patientId = await newPatient(clinic.clinicId, clinic.therapist.id, ["Zoë", "Łukasiewicz-Núñez"]);
  await assessAndCreatePlan(page, patientId, { baseline: true });

  await page.goto(`/patients/${patientId}`);
  const staff = await downloadRecord(page);
  expect(staff.name).toMatch(/^restride-fhir-zoe-lukasiewicz-nunez-\d{4}-\d{2}-\d{2}\.json$/);
  expect(staff.bundle).toMatchObject({ resourceType: "Bundle", type: "collection" });
  const kinds = new Set(staff.bundle.entry.map((e) => e.resource.resourceType));
  for (const kind of ["Patient", "Practitioner", "Organization", "Condition", "CarePlan", "Goal", "Observation", "DocumentReference"])
    expect(kinds).toContain(kind);
  const condition = staff.bundle.entry.find((e) => e.resource.resourceType === "Condition")!.resource;
  expect(condition.code!.coding![0]!.code).toBe("S86.112D");
  expect(await seriousA11yViolations(page)).toEqual([]);

  // The patient, signed in to the portal, downloads their own record from the handouts page.
  const email = `patient-${randomUUID()}@e2e.restride.app`;
  await sql(
    `INSERT INTO app_user (id, clinic_id, email, name, role, password_hash, patient_id, updated_at) VALUES (gen_random_uuid(), $1, $2, 'Zoë', 'PATIENT', $3, $4, now())`,
    [clinic.clinicId, email, await argon2.hash(PASSWORD, { type: argon2.argon2id }), patientId],
  );
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, acceptDownloads: true });
  try {
    const phone = await context.newPage();
    await phone.goto("/sign-in");
    await signIn(phone, email);
    await phone.waitForURL("**/portal");
    await phone.getByRole("navigation", { name: "Portal" }).getByRole("link", { name: "Handouts" }).click();
    await expect(phone.getByRole("heading", { name: "Your health record" })).toBeVisible();
    const own = await downloadRecord(phone);
    expect(own.bundle.entry.find((e) => e.resource.resourceType === "Patient")!.resource.id).toBe(patientId);
    expect(await seriousA11yViolations(phone)).toEqual([]);
  } finally {
    await context.close();
  }

  const exports = await sql<{ role: string }>(
    `SELECT actor_role AS role FROM audit_event WHERE action = 'fhir.export' AND patient_id = $1 AND outcome = 'SUCCESS' ORDER BY id`,
    [patientId],
  );
  expect(exports.map((r) => r.role)).toEqual(["THERAPIST", "PATIENT"]);
});
