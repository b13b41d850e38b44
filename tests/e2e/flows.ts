/** Multi-step flows several browser tests share. */
import type { Browser, Page } from "@playwright/test";
import { expect, sql } from "./fixtures";

export function daysAgo(n: number) {
  return new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
}

/** A patient of the given clinic, inserted directly (the patient form has its own test). */
export async function newPatient(clinicId: string, therapistId: string, name: [string, string], email: string | null = null): Promise<string> {
  const [row] = await sql<{ id: string }>(
    `INSERT INTO patient (id, clinic_id, therapist_id, given_name, family_name, search_name, date_of_birth, sex, weekly_running_km, email, updated_at)
     VALUES (gen_random_uuid(), $1, $2, $3, $4, lower($3 || ' ' || $4), '1988-04-12', 'FEMALE', 40, $5, now()) RETURNING id`,
    [clinicId, therapistId, name[0], name[1], email],
  );
  return row!.id;
}

export async function fillInjury(page: Page, grade: "1" | "2" | "3", side: "Left" | "Right" = "Left") {
  await page.getByLabel("Muscle").selectOption({ label: "Soleus" });
  await page.getByLabel("Date of injury").fill(daysAgo(4));
  await page.getByRole("group", { name: "Side" }).getByLabel(side).check();
  await page.getByRole("group", { name: "How it started" }).getByLabel("Sudden").check();
  await page.getByLabel("It happened while running").check();
  await page.getByRole("group", { name: "First or repeat strain of this muscle" }).getByLabel("First").check();
  await page
    .getByRole("group", { name: "Clinical grade" })
    .getByLabel(new RegExp(`^${grade}:`))
    .check();
  // A sudden onset needs the Thompson test (issue 9, point 2).
  await page
    .getByRole("radiogroup", { name: "Thompson test (calf squeeze)" })
    .getByLabel(/^Normal/)
    .check();
}

/**
 * Assesses a soleus strain (grade 2 unless told) with a negative screen (optionally with baseline
 * measures) and creates the suggested plan through the therapist UI; ends on the plan page,
 * returns its id.
 */
export async function assessAndCreatePlan(
  page: Page,
  patientId: string,
  opts: { side?: "Left" | "Right"; baseline?: boolean; grade?: "1" | "2" | "3" } = {},
): Promise<string> {
  const side = opts.side ?? "Left";
  const grade = opts.grade ?? "2";
  await page.goto(`/patients/${patientId}/assessments/new`);
  await fillInjury(page, grade, side);
  if (opts.baseline) {
    await page.getByLabel("Pain at rest (0-10)").fill("2");
    await page.getByLabel("Pain while walking (0-10)").fill("4");
    await page.getByLabel("Heel raises, injured side, straight knee").fill("12");
    await page.getByLabel("Heel raises, other side, straight knee").fill("28");
  }
  await page.getByRole("radio", { name: "Normal: foot points down" }).check();
  await page.getByRole("button", { name: "Save assessment" }).click();
  await expect(page.getByRole("heading", { name: `${side} soleus strain, grade ${grade}`, level: 1 })).toBeVisible();
  await expect(page.getByText("Red-flag screen negative")).toBeVisible();
  await page.getByRole("button", { name: "Preview plan" }).click();
  await expect(page.getByRole("heading", { name: /Preview: Soleus strain/ })).toBeVisible();
  await page.getByRole("button", { name: "Create plan" }).click();
  await expect(page.getByRole("heading", { name: new RegExp(`Rehab plan: ${side} soleus strain, grade ${grade}`) })).toBeVisible();
  return /\/plans\/([0-9a-f-]{36})/.exec(page.url())![1]!;
}

/**
 * The patient's side of a plan: the therapist (on `page`, at the patient's page) creates the
 * invitation link; the patient accepts it on a phone, sees the region's question (`feel`) and logs
 * 2 sets of the first exercise with pain during exercise 1/10 today.
 */
export async function patientLogsADay(page: Page, browser: Browser, patientId: string, opts: { password: string; feel: string }) {
  await page.goto(`/patients/${patientId}`);
  await page.getByRole("button", { name: "Create invitation link" }).click();
  const invitePath = new URL(await page.getByRole("textbox", { name: "Link", exact: true }).inputValue()).pathname;
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const phone = await context.newPage();
  try {
    await phone.goto(invitePath);
    await phone.getByLabel("New password").fill(opts.password);
    await phone.getByLabel("Type the password again").fill(opts.password);
    await phone.getByRole("button", { name: "Set password and sign in" }).click();
    await phone.waitForURL("**/portal");
    await expect(phone.getByText(opts.feel)).toBeVisible();
    const card = phone.getByRole("article").first();
    // The exercise's name heads its card (one level down when the stage groups exercises by track).
    const exercise = (await card.getByRole("heading").first().innerText()).trim();
    await phone.getByLabel(`Sets done, ${exercise}`).fill("2");
    await phone
      .getByRole("group", { name: /^Pain during exercise/ })
      .getByRole("radio", { name: "1", exact: true })
      .check();
    await phone.getByRole("button", { name: /^Save (today's log|log for)/ }).click();
    await expect(phone.getByRole("status").filter({ hasText: "Saved for" })).toBeVisible();
  } finally {
    await context.close();
  }
}
