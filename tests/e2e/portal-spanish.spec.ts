import { createHash, randomBytes, randomUUID } from "node:crypto";
import { expect, seriousA11yViolations, sql, test } from "./fixtures";
import { assessAndCreatePlan, newPatient } from "./flows";

// Issue 10, point 4: a patient whose preferred language is Spanish reads the invitation and the
// whole portal in Spanish (neutral Latin-American), with <html lang="es">.
test.use({ viewport: { width: 390, height: 844 } });

test("a Spanish-preferring patient gets the invitation and the portal's Today page in Spanish", async ({ therapistPage, clinic, browser, baseURL }) => {
  const email = `p-${randomUUID()}@e2e.restride.app`;
  const patientId = await newPatient(clinic.clinicId, clinic.therapist.id, ["Lucía", "Ramírez"], email);

  // The therapist sets the language on the patient form.
  await therapistPage.goto(`/patients/${patientId}/edit`);
  const language = therapistPage.getByLabel("Preferred language for the portal and handout");
  await expect(language).toHaveValue("en");
  await language.selectOption({ label: "Español" });
  await therapistPage.getByRole("button", { name: "Save changes" }).click();
  await therapistPage.waitForURL(`**/patients/${patientId}`);
  expect((await sql<{ preferred_language: string }>(`SELECT preferred_language FROM patient WHERE id = $1`, [patientId]))[0]?.preferred_language).toBe("es");
  await assessAndCreatePlan(therapistPage, patientId, { baseline: true });
  // The staff handout download starts at the patient's language; staff pages stay English.
  await expect(therapistPage.getByLabel("Language", { exact: true })).toHaveValue("es");
  await expect(therapistPage.locator("html")).toHaveAttribute("lang", "en");

  const token = randomBytes(32).toString("base64url");
  await sql(
    `INSERT INTO patient_invitation (id, clinic_id, patient_id, token_hash, expires_at, created_by_id)
     VALUES (gen_random_uuid(), $1, $2, $3, now() + interval '7 days', $4)`,
    [clinic.clinicId, patientId, createHash("sha256").update(token, "utf8").digest("hex"), clinic.therapist.id],
  );
  const context = await browser.newContext({ baseURL, viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  try {
    await page.goto(`/invite/${token}`);
    await expect(page.locator("main")).toHaveAttribute("lang", "es");
    await expect(page.getByRole("heading", { name: "Hola, Lucía", level: 1 })).toBeVisible();
    await expect(page.getByLabel("Su correo para iniciar sesión")).toHaveValue(email);
    expect(await seriousA11yViolations(page)).toEqual([]);
    const password = "mi pantorrilla está más fuerte";
    await page.getByLabel("Contraseña nueva").fill(password);
    await page.getByLabel("Escriba la contraseña otra vez").fill(password);
    await page.getByRole("button", { name: "Guardar contraseña e iniciar sesión" }).click();
    await page.waitForURL("**/portal");

    await expect(page.locator("html")).toHaveAttribute("lang", "es");
    await expect(page.getByRole("heading", { name: "Hola, Lucía", level: 1 })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Portal del paciente" }).getByRole("link", { name: "Hoy" })).toHaveAttribute("aria-current", "page");
    await expect(page.getByText("Etapa 1 de 5")).toBeVisible();
    await expect(page.getByRole("heading", { name: "Ejercicios de hoy", level: 2 })).toBeVisible();
    await expect(page.getByRole("heading", { name: "¿Cómo sintió la pantorrilla?", level: 2 })).toBeVisible();
    await expect(page.getByRole("heading", { name: /Pare y busque atención médica/, level: 2 })).toBeVisible();
    await expect(page.getByLabel("¿Qué día quiere anotar?")).toBeVisible();
    const card = page.getByRole("article").first();
    const exercise = (await card.getByRole("heading", { level: 3 }).innerText()).trim();
    await expect(page.getByLabel(`Series hechas, ${exercise}`)).toBeVisible();
    await expect(card.getByText(/^Su meta de hoy: /)).toBeVisible();
    await expect(page.getByRole("group", { name: "Dolor durante el ejercicio" })).toBeVisible();
    await expect(page.getByRole("group", { name: "Dolor esta mañana" })).toBeVisible();
    await expect(page.getByLabel("Nota para su terapeuta (opcional)")).toBeVisible();
    await expect(page.getByRole("button", { name: "Guardar el registro de hoy" })).toBeVisible();
    // None of the English portal sentences are left.
    const text = await page.locator("main").innerText();
    for (const english of ["Hello", "Today's exercises", "Sets done", "Save today's log", "Stop and get care", "Your aim today", "How to do it"]) {
      expect(text).not.toContain(english);
    }
    expect(await seriousA11yViolations(page)).toEqual([]);

    // The patient's own switch: English is saved to the record and the portal re-renders in it.
    await page.getByRole("button", { name: "English" }).click();
    await expect(page.getByRole("heading", { name: "Hello Lucía", level: 1 })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("button", { name: "English" })).toHaveAttribute("aria-pressed", "true");
    expect((await sql<{ preferred_language: string }>(`SELECT preferred_language FROM patient WHERE id = $1`, [patientId]))[0]?.preferred_language).toBe("en");
  } finally {
    await context.close();
  }
});
