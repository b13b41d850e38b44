import { randomUUID } from "node:crypto";
import * as OTPAuth from "otpauth";
import type { Page } from "@playwright/test";
import { expect, seriousA11yViolations, signIn, test } from "./fixtures";

const PASSWORD_SAM = "a sentence only Sam knows";

/** The phone: the code an authenticator app shows for the key on the page, `ahead` steps from now. */
function codeFor(key: string, ahead = 0): string {
  const totp = new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(key.replace(/\s/g, "")), digits: 6, period: 30 });
  return totp.generate({ timestamp: Date.now() + ahead * 30_000 });
}

/** Sets two-step sign-in up on the account page; returns the key the QR code holds. */
async function setUpTwoStep(page: Page): Promise<string> {
  const section = page.getByRole("region", { name: "Two-step sign-in" });
  await section.getByRole("button", { name: "Set up two-step sign-in" }).click();
  await expect(section.getByRole("img", { name: "QR code to scan with your authenticator app" })).toBeVisible();
  const key = (await section.locator("code").textContent()) ?? "";
  expect(key.replace(/\s/g, "")).toMatch(/^[A-Z2-7]{32}$/);
  await section.getByLabel("The 6-digit code the app shows").fill("000000");
  await section.getByRole("button", { name: "Turn on two-step sign-in" }).click();
  await expect(section.getByLabel("The 6-digit code the app shows")).toHaveAccessibleDescription(/not right/);
  await section.getByLabel("The 6-digit code the app shows").fill(codeFor(key));
  await section.getByRole("button", { name: "Turn on two-step sign-in" }).click();
  const codes = section.getByRole("list", { name: "Recovery codes" }).getByRole("listitem");
  await expect(codes).toHaveCount(10);
  await section.getByRole("button", { name: "I have saved my codes" }).click();
  await expect(section).toContainText("On since");
  return key;
}

test("an admin requires two-step sign-in; an invited therapist sets it up first, then signs in with the code from the app", async ({
  adminPage: page,
  browser,
  baseURL,
}) => {
  // The admin turns it on for themself, then requires it for the clinic.
  await page.goto("/account");
  await setUpTwoStep(page);
  expect(await seriousA11yViolations(page)).toEqual([]);
  await page.goto("/settings/staff");
  await page.getByLabel("Require two-step sign-in for all staff").check();
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Saved.")).toBeVisible();
  await expect(page.getByRole("listitem", { name: "Alex Admin" })).toContainText("Two-step sign-in: on");

  const email = `sam-${randomUUID()}@e2e.restride.app`;
  await page.getByLabel("Name").fill("Sam Okafor");
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Create invitation link" }).click();
  const url = await page.getByLabel("Link").inputValue();

  const context = await browser.newContext({ baseURL });
  const sam = await context.newPage();
  try {
    await sam.goto(url);
    await sam.getByLabel("New password", { exact: true }).fill(PASSWORD_SAM);
    await sam.getByLabel("Type the password again").fill(PASSWORD_SAM);
    await sam.getByRole("button", { name: "Set password and sign in" }).click();
    // Patients and the dashboard wait: the account page asks for the setup first.
    await expect(sam.getByText("Your clinic requires two-step sign-in. Set it up here to continue to your patients.")).toBeVisible();
    await sam.goto("/patients");
    await expect(sam).toHaveURL(/\/account\?setup=required/);
    const key = await setUpTwoStep(sam);

    // Signing in again: the password, then the code.
    await context.clearCookies();
    await sam.goto("/sign-in");
    await signIn(sam, email, PASSWORD_SAM);
    const code = sam.getByLabel("Code from your authenticator app");
    await expect(code).toBeFocused();
    await code.fill("123456");
    await sam.getByRole("button", { name: "Confirm and sign in" }).click();
    await expect(code).toHaveAccessibleDescription(/not right/);
    await code.fill(codeFor(key, 1));
    await sam.getByRole("button", { name: "Confirm and sign in" }).click();
    await expect(sam.getByRole("heading", { name: "Dashboard", level: 1 })).toBeVisible();
  } finally {
    await context.close();
  }
  await page.reload();
  await expect(page.getByRole("listitem", { name: "Sam Okafor" })).toContainText("Two-step sign-in: on");
});

test("a therapist sees where they are signed in and signs another device out", async ({ therapistPage: page, clinic, browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, userAgent: "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/140.0 Mobile Safari/537.36" });
  const phone = await context.newPage();
  try {
    await phone.goto("/sign-in");
    await signIn(phone, clinic.therapist.email);
    await expect(phone.getByRole("heading", { name: "Dashboard", level: 1 })).toBeVisible();

    await page.goto("/account");
    const sessions = page.getByRole("region", { name: "Where you are signed in" });
    await expect(sessions.getByRole("listitem")).toHaveCount(2);
    await expect(sessions.getByRole("listitem").filter({ hasText: "This device" })).toHaveCount(1);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await sessions.getByRole("button", { name: "Sign out Chrome on Android" }).click();
    await expect(sessions.getByRole("listitem")).toHaveCount(1);

    await phone.goto("/dashboard");
    await expect(phone.getByRole("heading", { name: "Sign in" })).toBeVisible();
  } finally {
    await context.close();
  }
});
