/**
 * Browser-test fixtures: each test gets its own clinic and users, created straight in the
 * e2e database (its URL is written by `npm start --e2e`), and a page signed in as needed.
 */
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";
import argon2 from "argon2";
import pg from "pg";

export const PASSWORD = "e2e correct horse battery";
let passwordHash: Promise<string> | undefined;

function databaseUrl() {
  return readFileSync(path.resolve(`.data/e2e-database-url-${process.env.E2E_PORT ?? 3100}`), "utf8").trim();
}

export async function sql<T extends pg.QueryResultRow = pg.QueryResultRow>(text: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: databaseUrl() });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

export interface TestClinic {
  clinicId: string;
  therapist: { id: string; email: string; name: string };
}

async function createUser(clinicId: string, role: "ADMIN" | "THERAPIST", name: string) {
  const hash = await (passwordHash ??= argon2.hash(PASSWORD, { type: argon2.argon2id }));
  const user = { id: randomUUID(), email: `${role.toLowerCase()}-${randomUUID()}@e2e.restride.app`, name };
  await sql(`INSERT INTO app_user (id, clinic_id, email, name, role, password_hash, updated_at) VALUES ($1, $2, $3, $4, $5, $6, now())`, [
    user.id,
    clinicId,
    user.email,
    user.name,
    role,
    hash,
  ]);
  return user;
}

async function createClinic(): Promise<TestClinic> {
  const clinicId = randomUUID();
  await sql(`INSERT INTO clinic (id, name, time_zone) VALUES ($1, $2, 'Europe/London')`, [clinicId, `E2E clinic ${clinicId.slice(0, 6)}`]);
  return { clinicId, therapist: await createUser(clinicId, "THERAPIST", "Robin Therapist") };
}

export async function signIn(page: Page, email: string, password = PASSWORD) {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** Serious and critical accessibility violations on the current page (should be none). */
export async function seriousA11yViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
}

/** Signs in and waits for the staff home page (the dashboard). */
async function signInAsStaff(page: Page, email: string) {
  await page.goto("/sign-in");
  await signIn(page, email);
  await expect(page.getByRole("heading", { name: "Dashboard", level: 1 })).toBeVisible();
}

export const test = base.extend<{ clinic: TestClinic; therapistPage: Page; adminPage: Page }>({
  /** Every page fails its test if the browser blocks anything under the Content-Security-Policy. */
  page: async ({ page }, use) => {
    const blocked: string[] = [];
    page.on("console", (msg) => {
      if (msg.type() === "error" && /Content Security Policy/i.test(msg.text())) blocked.push(msg.text());
    });
    await use(page);
    expect(blocked, "CSP violations").toEqual([]);
  },
  clinic: async ({}, use) => {
    await use(await createClinic());
  },
  therapistPage: async ({ page, clinic }, use) => {
    await signInAsStaff(page, clinic.therapist.email);
    await use(page);
  },
  /** An ADMIN of the test's clinic, signed in. */
  adminPage: async ({ page, clinic }, use) => {
    const admin = await createUser(clinic.clinicId, "ADMIN", "Alex Admin");
    await signInAsStaff(page, admin.email);
    await use(page);
  },
});

export { expect };
