import { expect, seriousA11yViolations, signIn, sql, test } from "./fixtures";

test("a wrong password shows a clear error and is audited", async ({ page, clinic }) => {
  const res = await page.goto("/sign-in");
  // The page is served with a nonce CSP that forbids framing; the fixture fails on any violation.
  expect(res?.headers()["content-security-policy"]).toMatch(/'nonce-[^']+'.*frame-ancestors 'none'/);
  expect(await seriousA11yViolations(page)).toEqual([]);
  await signIn(page, clinic.therapist.email, "not the password");
  await expect(page.getByText("The email or password is not correct")).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveValue(clinic.therapist.email);
  await expect(page).toHaveURL(/\/sign-in/);
  const rows = await sql<{ outcome: string; detail: { reason: string } }>(
    `SELECT outcome, detail FROM audit_event WHERE action = 'auth.sign_in' AND actor_user_id = $1`,
    [clinic.therapist.id],
  );
  expect(rows).toEqual([{ outcome: "DENIED", detail: { reason: "wrong_password" } }]);
});

test("a signed-out visit to a patient URL lands on sign-in, then returns to the patient after signing in", async ({ page, clinic }) => {
  const [patient] = await sql<{ id: string }>(
    `INSERT INTO patient (id, clinic_id, therapist_id, given_name, family_name, search_name, date_of_birth, sex, updated_at)
     VALUES (gen_random_uuid(), $1, $2, 'Ines', 'Duarte', 'ines duarte', '1992-02-02', 'FEMALE', now()) RETURNING id`,
    [clinic.clinicId, clinic.therapist.id],
  );
  await page.goto(`/patients/${patient!.id}`);
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  await signIn(page, clinic.therapist.email);
  await expect(page.getByRole("heading", { name: "Ines Duarte", level: 1 })).toBeVisible();
});

test("a patient of another clinic is a 404 page, the same as a missing one", async ({ therapistPage: page }) => {
  const [other] = await sql<{ id: string }>(`SELECT id FROM patient WHERE clinic_id = '00000000-0000-4000-8000-000000000001' LIMIT 1`);
  await page.goto(`/patients/${other!.id}`);
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
  await page.goto(`/patients/00000000-0000-4000-8000-00000000dead`);
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
});
