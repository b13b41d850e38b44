// Clinic settings (issue 9, point 11): the clinic's phone and emergency number, edited by admins
// through the real server action, stored and audited in one transaction, refused (and audited)
// for anyone else, and printed in the handout's "Stop and get care" box.
import { PDFParse } from "pdf-parse";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/server/actor";
import { closeHandoutPool } from "@/lib/pdf/pool";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { getHandout } from "@/lib/server/handouts";
import { createPlan } from "@/lib/server/plans";
import { makeEpisode, sharedTemplateId } from "../support/clinical";
import { makeClinic, makePatient, makeUser } from "../support/factories";

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock(import("@/lib/server/auth"), async (importOriginal) => ({ ...(await importOriginal()), getActor: async () => session.actor }));
vi.mock(import("next/cache"), async (importOriginal) => ({ ...(await importOriginal()), revalidatePath: () => {} }));

const { updateClinicSettingsAction } = await import("@/app/(app)/settings/actions");
const { getClinicSettings, updateClinicSettings } = await import("@/lib/server/clinic");

afterAll(async () => closeHandoutPool());
beforeEach(() => {
  session.actor = null;
});

function form(fields: Record<string, string>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
}

async function pdfText(bytes: Buffer) {
  const parser = new PDFParse({ data: new Uint8Array(bytes) });
  try {
    return (await parser.getText()).text.replace(/\s+/g, " ");
  } finally {
    await parser.destroy();
  }
}

const EN = { language: "en", largePrint: false, allStages: false } as const;

describe("clinic settings", () => {
  it("an admin saves the phone and emergency number; the change and its audit row are stored together", async () => {
    const c = await makeClinic();
    session.actor = c.admin;
    const result = await updateClinicSettingsAction(form({ phone: " +44 20 7946 0000 ", emergencyNumber: "112" }));
    const settings = {
      name: c.clinic.name,
      address: null,
      timeZone: "Europe/London",
      handoutLanguage: "en",
      paperSize: "A4",
      phone: "+44 20 7946 0000",
      emergencyNumber: "112",
    };
    expect(result).toEqual({ ok: true, data: settings });
    expect(await db.clinic.findUniqueOrThrow({ where: { id: c.clinic.id }, select: { phone: true, emergencyNumber: true } })).toEqual({
      phone: "+44 20 7946 0000",
      emergencyNumber: "112",
    });
    const audits = await db.auditEvent.findMany({ where: { clinicId: c.clinic.id, action: "clinic.settings.update" } });
    expect(audits.map((a) => [a.outcome, a.actorUserId, a.detail])).toEqual([["SUCCESS", c.admin.userId, { changed: ["phone", "emergencyNumber"] }]]);
    expect(await getClinicSettings(c.admin)).toEqual(settings);

    // Blank clears a number.
    expect(await updateClinicSettingsAction(form({ phone: "", emergencyNumber: "112" }))).toMatchObject({ ok: true, data: { phone: null } });
    expect((await db.clinic.findUniqueOrThrow({ where: { id: c.clinic.id } })).phone).toBeNull();
  });

  it("puts each validation message beside its field and saves nothing", async () => {
    const c = await makeClinic();
    session.actor = c.admin;
    const result = await updateClinicSettingsAction(form({ phone: "call us", emergencyNumber: "9-1-1" }));
    expect(result).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: {
        phone: expect.stringMatching(/phone number/),
        emergencyNumber: expect.stringMatching(/digits only/),
      },
    });
    expect(await db.clinic.findUniqueOrThrow({ where: { id: c.clinic.id }, select: { phone: true, emergencyNumber: true } })).toEqual({
      phone: null,
      emergencyNumber: null,
    });
  });

  it("refuses therapists and patients (as 'not found'), audits the refusal, and changes nothing", async () => {
    const c = await makeClinic();
    const patient = await makePatient(c.clinic.id, c.therapist.userId);
    const { actor: patientActor } = await makeUser(c.clinic.id, "PATIENT", { patientId: patient.id });
    for (const actor of [c.therapist, patientActor]) {
      session.actor = actor;
      expect(await updateClinicSettingsAction(form({ phone: "555 0100", emergencyNumber: "911" }))).toEqual({
        ok: false,
        code: "NOT_FOUND",
        message: "We could not find that record.",
      });
      // The data layer refuses on its own too (a caller that skips the action wrapper).
      await expect(updateClinicSettings(actor, { phone: "555 0100" })).rejects.toBeInstanceOf(AppError);
      await expect(getClinicSettings(actor)).rejects.toMatchObject({ code: "NOT_FOUND" });
      const refused = await db.auditEvent.findMany({ where: { actorUserId: actor.userId, action: { startsWith: "clinic.settings" } } });
      expect(refused.length).toBeGreaterThanOrEqual(3);
      expect(refused.every((e) => e.outcome === "DENIED")).toBe(true);
    }
    expect(await db.clinic.findUniqueOrThrow({ where: { id: c.clinic.id }, select: { phone: true, emergencyNumber: true } })).toEqual({
      phone: null,
      emergencyNumber: null,
    });
    expect(await db.auditEvent.count({ where: { clinicId: c.clinic.id, action: "clinic.settings.update", outcome: "SUCCESS" } })).toBe(0);
  });

  it("the handout PDF's care box prints the clinic's phone and emergency number, in both languages, and a change shows at once", async () => {
    const c = await makeClinic();
    const { episodeId } = await makeEpisode(c.therapist);
    const { id: planId } = await createPlan(c.therapist, episodeId, { templateId: await sharedTemplateId(), startDate: "2026-11-02" });

    const before = await pdfText((await getHandout(c.therapist, planId, EN)).bytes);
    expect(before).toContain("Call the clinic. Use the number your clinic gave you.");
    expect(before).toContain("Emergency: call your local emergency number.");
    expect(before).toMatch(/fever/);
    expect(before).toMatch(/shin bone gives sharp pain/);

    await updateClinicSettings(c.admin, { phone: "020 7946 0123", emergencyNumber: "999" });
    const after = await getHandout(c.therapist, planId, EN);
    expect(after.cached).toBe(false); // the old numbers' cached PDF was dropped with the change
    const text = await pdfText(after.bytes);
    expect(text).toContain("Call the clinic: 020 7946 0123");
    expect(text).toContain("Emergency: 999");

    const spanish = await pdfText((await getHandout(c.therapist, planId, { ...EN, language: "es" })).bytes);
    expect(spanish).toContain("Llame a la clínica: 020 7946 0123");
    expect(spanish).toContain("Emergencias: 999");
    expect(spanish).toMatch(/fiebre/);
  });

  it("an admin sets the name, address, time zone, handout language and paper size; the handout and new patients follow them", async () => {
    const c = await makeClinic();
    session.actor = c.admin;
    const { episodeId } = await makeEpisode(c.therapist);
    const { id: planId } = await createPlan(c.therapist, episodeId, { templateId: await sharedTemplateId(), startDate: "2026-11-02" });
    const a4 = await getHandout(c.therapist, planId, EN);
    expect(a4.bytes.toString("latin1")).toMatch(/MediaBox \[0 0 595\.2/);

    const result = await updateClinicSettingsAction(
      form({
        name: "Lakeside Physio",
        address: "12 River Street, Springfield",
        phone: "555 0100",
        emergencyNumber: "911",
        timeZone: "America/Chicago",
        handoutLanguage: "es",
        paperSize: "LETTER",
      }),
    );
    expect(result).toMatchObject({
      ok: true,
      data: { name: "Lakeside Physio", address: "12 River Street, Springfield", timeZone: "America/Chicago", handoutLanguage: "es", paperSize: "LETTER" },
    });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { clinicId: c.clinic.id, action: "clinic.settings.update" } });
    expect(audit.detail).toEqual({ changed: ["phone", "emergencyNumber", "name", "address", "timeZone", "handoutLanguage", "paperSize"] });

    // The handout: US Letter, the new name and address at the foot of the sheet.
    const letter = await getHandout(c.therapist, planId, EN);
    expect(letter.cached).toBe(false);
    expect(letter.bytes.toString("latin1")).toMatch(/MediaBox \[0 0 612 792\]/);
    expect(await pdfText(letter.bytes)).toContain("Lakeside Physio, 12 River Street, Springfield");

    // A new patient starts in the clinic's handout language.
    const { createPatient } = await import("@/lib/server/patients");
    const { id } = await createPatient(c.therapist, {
      givenName: "Ana",
      familyName: "Ruiz",
      dateOfBirth: "1960-05-01",
      sex: "FEMALE",
      therapistId: c.therapist.userId,
    });
    expect((await db.patient.findUniqueOrThrow({ where: { id } })).preferredLanguage).toBe("es");
  });

  it("puts a message beside a wrong time zone or paper size and saves nothing", async () => {
    const c = await makeClinic();
    session.actor = c.admin;
    const result = await updateClinicSettingsAction(form({ name: "X", timeZone: "Mars/Olympus", paperSize: "A3", handoutLanguage: "fr" }));
    expect(result).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: {
        timeZone: expect.stringMatching(/time zone name like America\/Chicago/),
        paperSize: "Choose A4 or US Letter.",
        handoutLanguage: "Choose English or Spanish.",
      },
    });
    expect(await db.clinic.findUniqueOrThrow({ where: { id: c.clinic.id }, select: { timeZone: true, paperSize: true } })).toEqual({
      timeZone: "Europe/London",
      paperSize: "A4",
    });
  });
});
