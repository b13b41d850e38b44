// The real server actions against PostgreSQL: who may call them, what a bad id or bad input
// answers, and which refusals leave an audit row. Only the session is stood in for (next-auth
// needs a request to read its cookie) and Next's cache revalidation (it needs a running server).
import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/server/actor";
import { db } from "@/lib/server/db";
import { makeEpisode, sharedTemplateId } from "../support/clinical";
import { makeClinic, makePatient, makeUser } from "../support/factories";

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock(import("@/lib/server/auth"), async (importOriginal) => ({ ...(await importOriginal()), getActor: async () => session.actor }));
vi.mock(import("next/cache"), async (importOriginal) => ({ ...(await importOriginal()), revalidatePath: () => {} }));

const { createPatientAction, updatePatientAction } = await import("@/app/(app)/patients/actions");
const { recordMeasurementAction } = await import("@/app/(app)/patients/[patientId]/measurements/actions");
const { createPlanAction } = await import("@/app/(app)/episodes/actions");
const { publishTemplateAction } = await import("@/app/(app)/templates/actions");
const { acknowledgeAlertAction } = await import("@/app/(app)/patients/[patientId]/progress/actions");

function form(fields: Record<string, string>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
}

const signIn = (actor: Actor | null) => {
  session.actor = actor;
};

const patientFields = (therapistId: string, version?: number) => ({
  givenName: "Zoë",
  familyName: "Łukasiewicz-Núñez",
  dateOfBirth: "1988-04-12",
  sex: "FEMALE",
  therapistId,
  ...(version === undefined ? {} : { version: String(version) }),
});

beforeEach(() => signIn(null));

describe("server actions: session and role", () => {
  it("a signed-out caller is asked to sign in again and nothing is saved", async () => {
    const c = await makeClinic();
    const result = await createPatientAction(form(patientFields(c.therapist.userId)));
    expect(result).toEqual({ ok: false, code: "UNAUTHENTICATED", message: "Your session has ended. Sign in again; your entries are still in the form." });
    expect(await db.patient.count({ where: { clinicId: c.clinic.id } })).toBe(0);
  });

  it("a patient calling a staff action gets 'not found', the record is unchanged, and the refusal is audited", async () => {
    const c = await makeClinic();
    const patient = await makePatient(c.clinic.id, c.therapist.userId);
    const { actor } = await makeUser(c.clinic.id, "PATIENT", { patientId: patient.id });
    signIn(actor);
    const result = await updatePatientAction(patient.id, form({ ...patientFields(c.therapist.userId, 1), givenName: "Changed" }));
    expect(result).toEqual({ ok: false, code: "NOT_FOUND", message: "We could not find that record." });
    expect((await db.patient.findUniqueOrThrow({ where: { id: patient.id } })).givenName).toBe(patient.givenName);
    const denied = await db.auditEvent.findMany({ where: { actorUserId: actor.userId, action: "patient.update" } });
    expect(denied.map((e) => [e.outcome, e.actorRole])).toEqual([["DENIED", "PATIENT"]]);
  });

  it("the clinic's therapist may make the same change", async () => {
    const c = await makeClinic();
    const patient = await makePatient(c.clinic.id, c.therapist.userId);
    signIn(c.therapist);
    const result = await updatePatientAction(patient.id, form({ ...patientFields(c.therapist.userId, 1), givenName: "Changed" }));
    expect(result).toEqual({ ok: true, data: { version: 2 } });
    expect((await db.patient.findUniqueOrThrow({ where: { id: patient.id } })).givenName).toBe("Changed");
  });

  it("a therapist may not publish templates (admins only); the refusal is audited", async () => {
    const c = await makeClinic();
    signIn(c.therapist);
    const result = await publishTemplateAction(await sharedTemplateId());
    expect(result).toEqual({ ok: false, code: "NOT_FOUND", message: "We could not find that record." });
    expect(await db.auditEvent.count({ where: { actorUserId: c.therapist.userId, action: "template.publish", outcome: "DENIED" } })).toBe(1);
  });
});

describe("server actions: ids", () => {
  it("a malformed id is 'not found' before the data layer, and audited", async () => {
    const c = await makeClinic();
    signIn(c.therapist);
    const result = await updatePatientAction("../../etc/passwd", form(patientFields(c.therapist.userId, 1)));
    expect(result).toEqual({ ok: false, code: "NOT_FOUND", message: "We could not find that patient." });
    const rows = await db.auditEvent.findMany({ where: { actorUserId: c.therapist.userId, action: "patient.update" } });
    expect(rows.map((r) => r.outcome)).toEqual(["NOT_FOUND"]);
  });

  it("another clinic's patient is 'not found' too (the data layer's answer), and audited", async () => {
    const a = await makeClinic();
    const b = await makeClinic();
    const patient = await makePatient(a.clinic.id, a.therapist.userId);
    signIn(b.therapist);
    const result = await updatePatientAction(patient.id, form(patientFields(b.therapist.userId, 1)));
    expect(result).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await db.auditEvent.count({ where: { actorUserId: b.therapist.userId, entityId: patient.id, outcome: "NOT_FOUND" } })).toBeGreaterThan(0);
  });

  it("an alert id from a hidden input that does not exist is 'not found'", async () => {
    const c = await makeClinic();
    signIn(c.therapist);
    expect(await acknowledgeAlertAction(form({ alertId: randomUUID() }))).toEqual({ ok: false, code: "NOT_FOUND", message: "We could not find that alert." });
    expect(await acknowledgeAlertAction(form({ alertId: "7" }))).toEqual({ ok: false, code: "NOT_FOUND", message: "We could not find that alert." });
  });
});

describe("server actions: input", () => {
  it("bad input comes back beside the fields, by input name, and nothing is saved", async () => {
    const c = await makeClinic();
    signIn(c.therapist);
    const result = await createPatientAction(form({ ...patientFields(c.therapist.userId), familyName: " ", weeklyRunningKm: "far" }));
    expect(result).toEqual({
      ok: false,
      code: "VALIDATION",
      message: "Some fields need attention.",
      fieldErrors: { familyName: "Enter the patient's last name.", weeklyRunningKm: "Enter weekly running as a number of kilometres." },
    });
    expect(await db.patient.count({ where: { clinicId: c.clinic.id } })).toBe(0);
  });

  it("the data layer's field errors arrive beside the field too (a therapist of another clinic)", async () => {
    const a = await makeClinic();
    const b = await makeClinic();
    signIn(a.therapist);
    const result = await createPatientAction(form(patientFields(b.therapist.userId)));
    expect(result).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { therapistId: "Choose a therapist from your clinic." } });
  });

  it("a stale patient form says so", async () => {
    const c = await makeClinic();
    const patient = await makePatient(c.clinic.id, c.therapist.userId);
    signIn(c.therapist);
    const stale = await updatePatientAction(patient.id, form({ ...patientFields(c.therapist.userId), version: "" }));
    expect(stale).toMatchObject({ ok: false, message: "This form is out of date. Reload the page and make your change again." });
  });

  it("the measurement form keeps its field keys, checks dates against the clinic's today and saves a visit", async () => {
    const c = await makeClinic();
    const patient = await makePatient(c.clinic.id, c.therapist.userId);
    signIn(c.therapist);
    expect(await recordMeasurementAction(patient.id, form({ measuredOn: "2026-11-30" }))).toMatchObject({
      ok: false,
      message: "Enter at least one measurement or check.",
    });
    expect(await recordMeasurementAction(patient.id, form({ measuredOn: "2999-01-01", painRest: "12" }))).toMatchObject({
      ok: false,
      fieldErrors: { measuredOn: "The measurement date cannot be in the future.", painRest: "Pain at rest must be between 0 and 10." },
    });
    const saved = await recordMeasurementAction(patient.id, form({ measuredOn: "2026-11-30", painRest: "3" }));
    expect(saved.ok).toBe(true);
    expect(await db.measurement.count({ where: { patientId: patient.id } })).toBe(1);
  });
});

describe("server actions: creating a plan", () => {
  it("opens the new plan, and a second plan for the same injury is refused with the reason", async () => {
    const c = await makeClinic();
    const { episodeId } = await makeEpisode(c.therapist);
    signIn(c.therapist);
    const input = form({ templateId: await sharedTemplateId(), startDate: "2026-11-02" });
    const redirected = await createPlanAction(episodeId, input).then(
      () => null,
      (e: unknown) => e as { digest?: string },
    );
    const plan = await db.rehabPlan.findFirstOrThrow({ where: { episodeId } });
    expect(redirected?.digest).toContain(`/plans/${plan.id}`);
    expect(await createPlanAction(episodeId, input)).toEqual({
      ok: false,
      code: "CONFLICT",
      message: "This injury already has an active plan. Open it instead of creating another.",
    });
  });

  it("a start before the injury is the form's message (its inputs are hidden)", async () => {
    const c = await makeClinic();
    const { episodeId } = await makeEpisode(c.therapist);
    signIn(c.therapist);
    const result = await createPlanAction(episodeId, form({ templateId: await sharedTemplateId(), startDate: "2026-10-01" }));
    expect(result).toMatchObject({ ok: false, code: "VALIDATION", message: "The plan cannot start before the date of injury." });
  });
});
