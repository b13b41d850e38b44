import { expect, seriousA11yViolations, sql, test } from "./fixtures";

test("an admin sets the clinic's phone and emergency number; a mistake is explained beside its field", async ({ adminPage: page, clinic }) => {
  await page.getByRole("navigation").getByRole("link", { name: "Settings" }).click();
  await expect(page.getByRole("heading", { name: "Clinic settings", level: 1 })).toBeVisible();
  const phone = page.getByLabel("Clinic phone");
  const emergency = page.getByLabel("Emergency number");
  await expect(phone).toHaveValue("");
  await expect(emergency).toHaveValue("");
  expect(await seriousA11yViolations(page)).toEqual([]);

  await phone.fill("020 7946 0321");
  await emergency.fill("9-1-1");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(emergency).toHaveAccessibleDescription(/digits only, e\.g\. 112 or 911/);
  await expect(emergency).toBeFocused();
  await expect(phone).toHaveValue("020 7946 0321");
  expect(await sql(`SELECT phone FROM clinic WHERE id = $1`, [clinic.clinicId])).toEqual([{ phone: null }]);

  await emergency.fill("112");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Clinic settings saved." })).toBeVisible();
  expect(await sql(`SELECT phone, emergency_number FROM clinic WHERE id = $1`, [clinic.clinicId])).toEqual([
    { phone: "020 7946 0321", emergency_number: "112" },
  ]);
  const audited = await sql(`SELECT outcome FROM audit_event WHERE clinic_id = $1 AND action = 'clinic.settings.update'`, [clinic.clinicId]);
  expect(audited).toEqual([{ outcome: "SUCCESS" }]);

  await page.reload();
  await expect(phone).toHaveValue("020 7946 0321");
  await expect(emergency).toHaveValue("112");

  // The handout's paper, the new patients' language, the address and the time zone.
  const timeZone = page.getByLabel("Time zone");
  await timeZone.fill("Mars/Olympus");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(timeZone).toHaveAccessibleDescription(/time zone name like America\/Chicago/);
  await timeZone.fill("America/Chicago");
  await page.getByLabel("Address").fill("12 River Street, Springfield");
  await page.getByLabel("Handout paper size").selectOption("LETTER");
  await page.getByLabel("Default handout language").selectOption("es");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Clinic settings saved." })).toBeVisible();
  expect(await sql(`SELECT address, time_zone, paper_size, handout_language FROM clinic WHERE id = $1`, [clinic.clinicId])).toEqual([
    { address: "12 River Street, Springfield", time_zone: "America/Chicago", paper_size: "LETTER", handout_language: "es" },
  ]);
});

test("therapists have no settings link and get 'not found' at /settings", async ({ therapistPage: page }) => {
  await expect(page.getByRole("navigation").getByRole("link", { name: "Settings" })).toHaveCount(0);
  await page.goto("/settings");
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
});
