import { assessAndCreatePlan, newPatient } from "./flows";
import { expect, test } from "./fixtures";

// Issue 9, point 15: one long word (a 200-character name with no spaces) must not widen the
// page; the full name stays on the page. Point 16: the form says why an email is needed.
const LONG = "Q".repeat(200);

test("a 200-character name without spaces wraps on the patient page and the dashboard, and the full name is still there", async ({
  therapistPage: page,
  clinic,
}) => {
  const patientId = await newPatient(clinic.clinicId, clinic.therapist.id, [LONG, "Nakamura"]);
  const noSideScroll = () => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

  await page.goto(`/patients/${patientId}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${LONG} Nakamura`);
  expect(await noSideScroll()).toBe(true);

  // The dashboard is a worklist of active plans (issue 13): the patient needs one to be on it.
  await assessAndCreatePlan(page, patientId);
  await page.goto("/dashboard?scope=clinic");
  await expect(page.getByRole("link", { name: `${LONG} Nakamura` })).toBeVisible();
  expect(await noSideScroll()).toBe(true);

  await page.goto("/patients");
  await expect(page.getByRole("link", { name: `${LONG} Nakamura` })).toBeVisible();
  expect(await noSideScroll()).toBe(true);
});

test("the patient form states the name limit and keeps a longer name with a message instead of cutting it", async ({ therapistPage: page }) => {
  await page.goto("/patients/new");
  await expect(page.getByLabel("First name")).toHaveAccessibleDescription("Up to 200 characters.");
  await expect(page.getByLabel("Email")).toHaveAccessibleDescription(/Needed for portal access/);
  await page.getByLabel("First name").fill(`${LONG}Z`);
  await page.getByRole("button", { name: "Create patient" }).click();
  await expect(page.getByText("First name can be at most 200 characters.")).toBeVisible();
  await expect(page.getByLabel("First name")).toHaveValue(`${LONG}Z`);
});
