import { PASSWORD, expect, seriousA11yViolations, signIn, test } from "./fixtures";

test("a therapist changes their own password; a wrong current password is explained beside its field", async ({ therapistPage: page, clinic }) => {
  const NEW = "my new clinic password";
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Account" }).click();
  await expect(page.getByRole("heading", { name: "Your account", level: 1 })).toBeVisible();
  expect(await seriousA11yViolations(page)).toEqual([]);

  await page.getByLabel("Current password").fill("not my password");
  await page.getByLabel(/^New password/).fill(NEW);
  await page.getByLabel("Type the new password again").fill(NEW);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByLabel("Current password")).toHaveAccessibleDescription("Your current password is not correct.");
  await expect(page.getByLabel("Current password")).toBeFocused();

  await page.getByLabel("Current password").fill(PASSWORD);
  await page.getByLabel(/^New password/).fill(NEW);
  await page.getByLabel("Type the new password again").fill(NEW);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("Password changed. You were signed out everywhere else.")).toBeVisible();
  // This browser stays signed in, with the new password.
  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { name: "Dashboard", level: 1 })).toBeVisible();
  await page.context().clearCookies();
  await page.goto("/sign-in");
  await signIn(page, clinic.therapist.email, NEW);
  await expect(page.getByRole("heading", { name: "Dashboard", level: 1 })).toBeVisible();
});
