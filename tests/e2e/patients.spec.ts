import { expect, seriousA11yViolations, test } from "./fixtures";

test("a therapist creates, finds, edits a patient, then signs out", async ({ therapistPage: page }) => {
  expect(await seriousA11yViolations(page)).toEqual([]); // the dashboard, where staff land
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Patients" }).click();
  await expect(page.getByRole("heading", { name: "Patients", level: 1 })).toBeVisible();
  expect(await seriousA11yViolations(page)).toEqual([]);
  await page.getByRole("link", { name: "New patient" }).click();
  await expect(page.getByRole("heading", { name: "New patient" })).toBeVisible();
  expect(await seriousA11yViolations(page)).toEqual([]);

  // Bad input: errors beside the fields, and what was typed stays.
  await page.getByLabel("First name").fill("Zoë");
  await page.getByLabel("Date of birth").fill("2999-01-01");
  await page.getByRole("button", { name: "Create patient" }).click();
  await expect(page.getByText("Enter the patient's last name.")).toBeVisible();
  await expect(page.getByText("The date of birth cannot be in the future.")).toBeVisible();
  await expect(page.getByText("Choose an option.")).toBeVisible();
  await expect(page.getByLabel("First name")).toHaveValue("Zoë");
  await expect(page.getByLabel("Last name")).toHaveAccessibleDescription("Up to 200 characters. Enter the patient's last name.");

  await page.getByLabel("Last name").fill("Łukasiewicz-Núñez");
  await page.getByLabel("Date of birth").fill("1988-04-12");
  await page.getByLabel("Sex").selectOption({ label: "Female" });
  await page.getByLabel("Activity or sport").fill("Road running");
  await page.getByLabel("Weekly running (km)").fill("42");
  await page.getByRole("button", { name: "Create patient" }).click();

  await expect(page.getByRole("heading", { name: "Zoë Łukasiewicz-Núñez", level: 1 })).toBeVisible();
  await expect(page.getByText("42 km")).toBeVisible();
  expect(await seriousA11yViolations(page)).toEqual([]);

  await page.getByRole("link", { name: "Patients" }).first().click();
  await page.getByRole("searchbox", { name: "Search patients by name" }).fill("lukasiewicz nunez");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByText("1 patient matching")).toBeVisible();
  await page.getByRole("link", { name: "Zoë Łukasiewicz-Núñez" }).click();

  await page.getByRole("link", { name: "Edit details" }).click();
  await expect(page.getByLabel("Last name")).toHaveValue("Łukasiewicz-Núñez");
  expect(await seriousA11yViolations(page)).toEqual([]);
  await page.getByLabel("Activity or sport").fill("Trail running");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("heading", { name: "Zoë Łukasiewicz-Núñez", level: 1 })).toBeVisible();
  await expect(page.getByText("Trail running", { exact: false }).first()).toBeVisible();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  await page.goto("/patients");
  await expect(page).toHaveURL(/\/sign-in/);
});

test("a crafted search with a NUL byte is an ordinary search, not a server error", async ({ therapistPage: page }) => {
  const res = await page.goto("/patients?q=%00");
  expect(res?.status()).toBe(200);
  await expect(page.getByRole("heading", { name: "Patients", level: 1 })).toBeVisible();
});

test("a search with no match says so (submitted from the keyboard)", async ({ therapistPage: page }) => {
  await page.goto("/patients");
  await page.getByRole("searchbox", { name: "Search patients by name" }).fill("nobody-by-this-name");
  await page.keyboard.press("Enter");
  await expect(page.getByText("No patients match that name.")).toBeVisible();
});
