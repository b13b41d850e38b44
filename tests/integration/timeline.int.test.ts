// One time line (issue 8, item 3), against real PostgreSQL: the plan page's view (getPlan), the
// portal's My plan (getPortalHome) and the handout (its view model and the PDF's text) carry the
// same dates for one plan, read from the same stage history and the same clinic day.
import { PDFParse } from "pdf-parse";
import { afterAll, describe, expect, it } from "vitest";
import type { DateWindow } from "@/lib/domain/clinical";
import { formatHandoutDate } from "@/lib/pdf/handout-model";
import { closeHandoutPool } from "@/lib/pdf/pool";
import type { Actor } from "@/lib/server/actor";
import { db } from "@/lib/server/db";
import { getHandout, getHandoutView } from "@/lib/server/handouts";
import { acceptInvitation, createInvitation } from "@/lib/server/invitations";
import { createPlan, getPlan, moveStage } from "@/lib/server/plans";
import { getPortalHome } from "@/lib/server/portal";
import { makeEpisode, sharedTemplateId } from "../support/clinical";
import { makeClinic } from "../support/factories";

afterAll(async () => closeHandoutPool());

const EN = { language: "en", largePrint: false, allStages: true } as const;
const between = (w: DateWindow) => `Between ${formatHandoutDate(w.earliest, "en")} and ${formatHandoutDate(w.latest, "en")}`;

async function pdfText(bytes: Buffer) {
  const parser = new PDFParse({ data: new Uint8Array(bytes) });
  try {
    return (await parser.getText()).text.replace(/\s+/g, " ");
  } finally {
    await parser.destroy();
  }
}

/** The example: grade 2 soleus injured while running on 19 Nov, plan from 21 Nov, in stage 2 since 25 Nov. */
async function examplePlan() {
  const c = await makeClinic();
  const { patient, episodeId } = await makeEpisode(c.therapist, {
    injury: { injuryDate: "2026-11-19", muscle: "SOLEUS", duringRunning: true, clinicalGrade: 2 },
  });
  await db.patient.update({ where: { id: patient.id }, data: { email: `${patient.id}@patients.restride.app` } });
  const { id: planId } = await createPlan(c.therapist, episodeId, { templateId: await sharedTemplateId(), startDate: "2026-11-21" });
  await moveStage(c.therapist, planId, 1, 1, { override: true, today: "2026-11-25" });
  const { url } = await createInvitation(c.therapist, patient.id, "https://clinic.example");
  await acceptInvitation(url.split("/invite/")[1]!, "a long enough patient password");
  const user = await db.user.findFirstOrThrow({ where: { patientId: patient.id } });
  const patientActor: Actor = { userId: user.id, clinicId: c.clinic.id, role: "PATIENT", name: user.name, patientId: patient.id };
  return { ...c, planId, patientActor };
}

describe("one time line across the plan page, the portal and the handout", () => {
  it("getPlan, the portal's My plan and the handout carry identical dates", async () => {
    const p = await examplePlan();
    const now = new Date("2026-12-01T12:00:00Z");
    const view = await getPlan(p.therapist, p.planId, { now });
    const home = await getPortalHome(p.patientActor, { now });
    const handout = await getHandoutView(p.therapist, p.planId, EN, { now });

    expect(view.today).toBe("2026-12-01");
    expect(view.timeline.stages.map((s) => [s.status, s.start.earliest])).toEqual([
      ["past", "2026-11-21"],
      ["current", "2026-11-25"],
      ["future", "2026-12-10"],
      ["future", "2026-12-15"],
      ["future", "2026-12-18"],
    ]);
    // Back to running 10 Dec - 6 Jan: the prognosis (21-48 days after the injury; decision 014) on every screen.
    expect(view.timeline.returnToRun).toMatchObject({ earliest: "2026-12-10", latest: "2027-01-06", status: "future" });
    expect(home.plan!.timeline).toEqual(view.timeline);
    expect(handout.cover.timeline).toEqual([
      { label: "This stage", value: `About ${view.timeline.stages[1]!.days.min} to ${view.timeline.stages[1]!.days.max} days` },
      { label: "Back to running", value: between(view.timeline.returnToRun!) },
      { label: "Back to full sport", value: between(view.timeline.returnToSport!) },
    ]);
    expect(handout.cover.timeline[1]!.value).toBe("Between 10 Dec 2026 and 6 Jan 2027");
    expect(handout.stages.map((s) => s.duration)).toEqual(
      view.timeline.stages.map((s) => (s.days.min === s.days.max ? `About ${s.days.min} days` : `About ${s.days.min} to ${s.days.max} days`)),
    );

    // The PDF itself says so too.
    const pdf = await getHandout(p.therapist, p.planId, EN, { now });
    expect(await pdfText(pdf.bytes)).toContain("Between 10 Dec 2026 and 6 Jan 2027");
  });

  it("later, the windows that passed move on together on every screen", async () => {
    const p = await examplePlan();
    const now = new Date("2027-01-20T12:00:00Z");
    const view = await getPlan(p.therapist, p.planId, { now });
    const home = await getPortalHome(p.patientActor, { now });
    const handout = await getHandoutView(p.patientActor, p.planId, EN, { now });
    expect(view.timeline.returnToRun).toMatchObject({ earliest: "2027-01-21", latest: "2027-02-17" });
    expect(home.plan!.timeline).toEqual(view.timeline);
    expect(handout.cover.timeline.find((row) => row.label === "Back to running")?.value).toBe(between(view.timeline.returnToRun!));
  });
});
