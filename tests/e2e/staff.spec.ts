import { randomUUID } from "node:crypto";
import { expect, seriousA11yViolations, signIn, sql, test } from "./fixtures";

const NEW_PASSWORD = "a sentence only Sam knows";

test("an admin invites a therapist, who accepts the link, sets a password and signs in", async ({ adminPage: page, clinic, browser, baseURL }) => {
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Settings" }).click();
  await page.getByRole("navigation", { name: "Settings" }).getByRole("link", { name: "Staff" }).click();
  await expect(page.getByRole("heading", { name: "Staff", level: 1 })).toBeVisible();
  await expect(page.getByRole("listitem", { name: "Robin Therapist" })).toContainText("Last sign-in: never");
  expect(await seriousA11yViolations(page)).toEqual([]);

  // The last admin cannot step down: the refusal is explained in the row.
  const me = page.getByRole("listitem", { name: "Alex Admin" });
  await me.getByLabel("Role of Alex Admin").selectOption("THERAPIST");
  await me.getByRole("button", { name: "Change role" }).click();
  await expect(me.getByRole("alert")).toHaveText(/at least one active admin/);

  // A mistake is shown beside its field.
  const email = `sam-${randomUUID()}@e2e.restride.app`;
  await page.getByLabel("Name").fill("Sam Okafor");
  await page.getByLabel("Email").fill("not an email");
  await page.getByRole("button", { name: "Create invitation link" }).click();
  await expect(page.getByLabel("Email")).toHaveAccessibleDescription(/Enter an email address like/);
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Create invitation link" }).click();
  const link = page.getByLabel("Link");
  await expect(link).toHaveValue(/\/invite\/staff\//);
  const url = await link.inputValue();
  await expect(page.getByText(/Sam Okafor \(sam-.*\), therapist/)).toBeVisible();
  expect(await seriousA11yViolations(page)).toEqual([]);

  const context = await browser.newContext({ baseURL });
  const other = await context.newPage();
  try {
    await other.goto(url);
    await expect(other.getByRole("heading", { name: "Hello Sam Okafor", level: 1 })).toBeVisible();
    expect(await seriousA11yViolations(other)).toEqual([]);
    await other.getByLabel("New password", { exact: true }).fill(NEW_PASSWORD);
    await other.getByLabel("Type the password again").fill(NEW_PASSWORD);
    await other.getByRole("button", { name: "Set password and sign in" }).click();
    await expect(other.getByRole("heading", { name: "Dashboard", level: 1 })).toBeVisible();

    // The link worked once; signing in again with the new password works.
    await other.goto(url);
    await expect(other.getByRole("heading", { name: "This link has already been used" })).toBeVisible();
    await context.clearCookies();
    await other.goto("/sign-in");
    await signIn(other, email, NEW_PASSWORD);
    await expect(other.getByRole("heading", { name: "Dashboard", level: 1 })).toBeVisible();
  } finally {
    await context.close();
  }
  const [user] = await sql<{ role: string; clinic_id: string }>(`SELECT role, clinic_id FROM app_user WHERE email = $1`, [email]);
  expect(user).toEqual({ role: "THERAPIST", clinic_id: clinic.clinicId });
  await page.reload();
  await expect(page.getByRole("listitem", { name: "Sam Okafor" })).not.toContainText("Last sign-in: never");
});
