// A clinic's own exercise picture (issue 10, point 1; decision 031): an admin uploads one, the
// plan page shows it instead of Restride's drawing, and going back restores the drawing.
import { expect, seriousA11yViolations, test } from "./fixtures";
import { assessAndCreatePlan, newPatient } from "./flows";

/** A 1 × 1 PNG. */
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==", "base64");

test("an admin replaces an exercise's drawing with the clinic's own picture, then goes back", async ({ adminPage: page, clinic }) => {
  const patientId = await newPatient(clinic.clinicId, clinic.therapist.id, ["Pia", "Bild"]);
  const planId = await assessAndCreatePlan(page, patientId);

  await page.goto("/settings");
  await page.getByRole("navigation", { name: "Settings" }).getByRole("link", { name: "Exercise pictures" }).click();
  await expect(page.getByRole("heading", { name: "Exercise pictures", level: 1 })).toBeVisible();
  expect(await seriousA11yViolations(page)).toEqual([]);

  const form = page.getByRole("form", { name: "Picture for Seated soleus raise" });
  // A file that is not a picture: the error is beside the file field, the typed text stays.
  await form.getByLabel(/Picture file/).setInputFiles({ name: "notes.txt", mimeType: "text/plain", buffer: Buffer.from("not a picture") });
  await form.getByLabel("What it shows, in English").fill("A person sits on a chair and lifts both heels");
  await form.getByLabel("What it shows, in Spanish").fill("Una persona sentada en una silla sube los talones");
  await form.getByRole("button", { name: "Use this picture" }).click();
  await expect(form.getByLabel(/Picture file/)).toHaveAccessibleDescription(/not a PNG or JPEG/);
  await expect(form.getByLabel("What it shows, in English")).toHaveValue("A person sits on a chair and lifts both heels");

  await form.getByLabel(/Picture file/).setInputFiles({ name: "seated.png", mimeType: "image/png", buffer: PNG });
  await form.getByRole("button", { name: "Use this picture" }).click();
  await expect(form.getByRole("status")).toHaveText("Picture for Seated soleus raise saved.");

  await page.goto(`/plans/${planId}`);
  const picture = page.getByRole("img", { name: "A person sits on a chair and lifts both heels" }).first();
  await expect(picture).toBeVisible();
  expect(await picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);

  await page.goto("/settings/exercises");
  await page.getByRole("form", { name: "Picture for Seated soleus raise" }).getByRole("button", { name: "Use Restride's drawing" }).click();
  await expect(page.getByRole("form", { name: "Picture for Seated soleus raise" }).getByRole("status")).toHaveText(
    "Seated soleus raise shows Restride's drawing again.",
  );
  await page.goto(`/plans/${planId}`);
  await expect(page.getByRole("img", { name: "A person sits on a chair and lifts both heels" })).toHaveCount(0);
});
