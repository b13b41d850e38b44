import type { APIRequestContext, Page } from "@playwright/test";
import { expect, signIn, sql, test } from "./fixtures";

// The reviewer's probe of issue 11, as a test: actors try what they may not, over HTTP, and each
// refusal must be a 404 (like a missing record) with exactly one audit row saying so. The figures
// ("denied x/y, audited x/y") are printed and attached to the report.

const DEMO_PATIENT = "00000000-0000-4000-8000-0000000000c1";
// Another patient of the same clinic: the demo patient's portal account may export only its own record.
const OTHER_DEMO_PATIENT = "00000000-0000-4000-8000-0000000000c2";

async function deniedRows(actorId: string): Promise<number> {
  const [row] = await sql<{ n: number }>(`SELECT count(*)::int AS n FROM audit_event WHERE actor_user_id = $1 AND outcome IN ('DENIED', 'NOT_FOUND')`, [
    actorId,
  ]);
  return row!.n;
}

interface Cell {
  actor: string;
  url: string;
  status: number;
  audited: number;
}

async function probe(request: APIRequestContext, actor: { id: string; name: string }, urls: string[], cells: Cell[]) {
  for (const url of urls) {
    const before = await deniedRows(actor.id);
    const res = await request.get(url, { maxRedirects: 0 });
    cells.push({ actor: actor.name, url, status: res.status(), audited: (await deniedRows(actor.id)) - before });
  }
}

async function userId(page: Page): Promise<string> {
  const email = await page.evaluate(async () => ((await (await fetch("/api/auth/session")).json()) as { user: { email: string } }).user.email);
  const [row] = await sql<{ id: string }>(`SELECT id FROM app_user WHERE email = $1`, [email]);
  return row!.id;
}

test("every refusal is a 404 with one audit row: another clinic's records, bad ids, role gates, a patient on staff pages", async ({
  therapistPage,
  browser,
  baseURL,
}, testInfo) => {
  const [target] = await sql<{ plan: string; episode: string }>(
    `SELECT rp.id AS plan, rp.episode_id AS episode FROM rehab_plan rp WHERE rp.patient_id = $1 AND rp.status = 'ACTIVE' LIMIT 1`,
    [DEMO_PATIENT],
  );
  const p = DEMO_PATIENT;
  const cells: Cell[] = [];

  // A therapist of another clinic, on the demo clinic's records (and malformed ids).
  const therapist = { id: await userId(therapistPage), name: "therapist of another clinic" };
  await probe(
    therapistPage.request,
    therapist,
    [
      `/patients/${p}`,
      `/patients/${p}/edit`,
      `/patients/${p}/progress`,
      `/patients/${p}/assessments/new`,
      `/patients/${p}/measurements/new`,
      `/plans/${target!.plan}`,
      `/episodes/${target!.episode}`,
      `/api/patients/${p}/logs`,
      `/api/patients/${p}/fhir`,
      `/api/plans/${target!.plan}/handout`,
      `/patients/not-a-uuid`,
      `/plans/not-a-uuid`,
      `/api/patients/not-a-uuid/fhir`,
      // Role gates: admin pages for a therapist of their own clinic.
      `/settings`,
      `/settings/staff`,
      `/settings/audit`,
      `/settings/exercises`,
      `/templates`,
      `/api/audit/export`,
    ],
    cells,
  );

  // The demo clinic's patient, on staff pages of their own clinic.
  const context = await browser.newContext({ baseURL });
  const patientPage = await context.newPage();
  try {
    await patientPage.goto("/sign-in");
    await signIn(patientPage, "patient@demo.restride.app", "restride-demo");
    await expect(patientPage).toHaveURL(/\/portal/);
    const patient = { id: await userId(patientPage), name: "patient" };
    await probe(
      patientPage.request,
      patient,
      [
        "/dashboard",
        "/patients",
        `/patients/${p}`,
        `/plans/${target!.plan}`,
        `/api/patients/${OTHER_DEMO_PATIENT}/fhir`,
        `/api/patients/${OTHER_DEMO_PATIENT}/logs`,
        "/settings",
        "/templates",
      ],
      cells,
    );
  } finally {
    await context.close();
  }

  const denied = cells.filter((c) => c.status === 404 || c.status === 403).length;
  const audited = cells.filter((c) => c.audited === 1).length;
  const summary = `denied ${denied}/${cells.length}, audited once ${audited}/${cells.length}`;
  console.log(`denial probe: ${summary}`);
  await testInfo.attach("denial-probe", {
    body: `${summary}\n${cells.map((c) => `${c.actor}\t${c.url}\t${c.status}\t+${c.audited}`).join("\n")}`,
    contentType: "text/plain",
  });
  expect(
    cells.filter((c) => c.status !== 404 && c.status !== 403),
    "answered other than 404/403",
  ).toEqual([]);
  expect(
    cells.filter((c) => c.audited !== 1),
    "not audited exactly once",
  ).toEqual([]);
});
