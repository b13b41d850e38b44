// The admin's audit log page (issue 11): reachable from settings, filterable by keyboard, a CSV
// download, and not found for therapists.
import { readFile } from "node:fs/promises";
import { expect, seriousA11yViolations, test } from "./fixtures";

test("an admin filters the audit log and downloads it as CSV", async ({ adminPage: page }) => {
  await page.goto("/settings");
  await page.getByRole("navigation", { name: "Settings" }).getByRole("link", { name: "Audit log" }).click();
  await expect(page.getByRole("heading", { name: "Audit log", level: 1 })).toBeVisible();
  expect(await seriousA11yViolations(page)).toEqual([]);
  // Reading the log is itself audited: after a reload, filtering for it finds the first visit.
  await page.reload();

  const filters = page.getByRole("search", { name: "Filter the audit log" });
  await filters.getByLabel("Action").selectOption("audit.read");
  await filters.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/action=audit\.read/);
  const actions = await page.getByRole("row").locator("td:nth-child(3)").allInnerTexts();
  expect(actions.length).toBeGreaterThan(0);
  expect(new Set(actions)).toEqual(new Set(["audit.read"]));

  const [download] = await Promise.all([page.waitForEvent("download"), filters.getByRole("link", { name: "Download CSV" }).click()]);
  const csv = await readFile(await download.path(), "utf8");
  expect(csv.split("\r\n")[0]).toContain('"action","outcome"');
  expect(csv).toContain('"audit.read"');
});

test("therapists get 'not found' at the audit log", async ({ therapistPage: page }) => {
  await page.goto("/settings/audit");
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
});
