import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { createPatient, getPatient, updatePatient } from "@/lib/server/patients";
import { portalLocale, setPortalLanguage } from "@/lib/server/portal";
import { patientInput } from "@/lib/validation/patient";
import { makeClinic, makePatient, makeUser, patientInputFor } from "../support/factories";

// The patient's preferred language (issue 10, point 4): the portal's language and the handout
// download's default, set on the staff patient form.
describe("patient preferred language", () => {
  it("is stored on create, read back, and defaults to English", async () => {
    const a = await makeClinic();
    const es = await createPatient(a.therapist, patientInputFor(a.therapist.userId, { preferredLanguage: "es" }));
    expect((await getPatient(a.therapist, es.id)).preferredLanguage).toBe("es");
    const plain = await createPatient(a.therapist, patientInputFor(a.therapist.userId));
    expect((await getPatient(a.therapist, plain.id)).preferredLanguage).toBe("en");
  });

  it("is changed by an edit, audited by name only, and kept when an edit leaves it out", async () => {
    const a = await makeClinic();
    const { id } = await createPatient(a.therapist, patientInputFor(a.therapist.userId));
    await updatePatient(a.therapist, id, 1, patientInputFor(a.therapist.userId, { preferredLanguage: "es" }));
    expect((await db.patient.findUniqueOrThrow({ where: { id } })).preferredLanguage).toBe("es");
    const update = await db.auditEvent.findFirstOrThrow({ where: { entityId: id, action: "patient.update" } });
    expect(update.detail).toEqual({ changed: ["preferredLanguage"] });
    await updatePatient(a.therapist, id, 2, patientInputFor(a.therapist.userId, { givenName: "Renamed" }));
    expect((await db.patient.findUniqueOrThrow({ where: { id } })).preferredLanguage).toBe("es");
  });

  it("accepts only en or es: the form schema and the database both refuse anything else", async () => {
    const a = await makeClinic();
    const bad = patientInput.safeParse(patientInputFor(a.therapist.userId, { preferredLanguage: "fr" }));
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.path).toEqual(["preferredLanguage"]);
    expect(bad.error?.issues[0]?.message).toBe("Choose English or Español.");
    const patient = await makePatient(a.clinic.id, a.therapist.userId);
    await expect(db.patient.update({ where: { id: patient.id }, data: { preferredLanguage: "fr" } })).rejects.toThrow();
    expect((await db.patient.findUniqueOrThrow({ where: { id: patient.id } })).preferredLanguage).toBe("en");
  });

  it("another clinic cannot change it: the edit is NOT_FOUND and nothing changes", async () => {
    const a = await makeClinic();
    const b = await makeClinic();
    const patient = await makePatient(a.clinic.id, a.therapist.userId);
    const err = await updatePatient(b.therapist, patient.id, 1, patientInputFor(b.therapist.userId, { preferredLanguage: "es" })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe("NOT_FOUND");
    expect((await db.patient.findUniqueOrThrow({ where: { id: patient.id } })).preferredLanguage).toBe("en");
  });

  it("sets the portal's language for the signed-in patient; staff read English", async () => {
    const a = await makeClinic();
    const patient = await makePatient(a.clinic.id, a.therapist.userId);
    const { actor } = await makeUser(a.clinic.id, "PATIENT", { patientId: patient.id });
    expect(await portalLocale(actor)).toBe("en");
    await db.patient.update({ where: { id: patient.id }, data: { preferredLanguage: "es" } });
    expect(await portalLocale(actor)).toBe("es");
    expect(await portalLocale(a.therapist)).toBe("en");
    expect(await portalLocale(null)).toBe("en");
    // A patient account pointed at another clinic's record finds nothing: English, no leak.
    const b = await makeClinic();
    expect(await portalLocale({ ...actor, clinicId: b.clinic.id })).toBe("en");
  });

  it("the patient can change it from the portal: own record only, audited; staff cannot use it", async () => {
    const a = await makeClinic();
    const patient = await makePatient(a.clinic.id, a.therapist.userId);
    const other = await makePatient(a.clinic.id, a.therapist.userId);
    const { actor } = await makeUser(a.clinic.id, "PATIENT", { patientId: patient.id });
    expect(await setPortalLanguage(actor, "es")).toEqual({ language: "es" });
    expect(await portalLocale(actor)).toBe("es");
    expect((await db.patient.findUniqueOrThrow({ where: { id: other.id } })).preferredLanguage).toBe("en");
    const audited = await db.auditEvent.findFirstOrThrow({ where: { entityId: patient.id, action: "portal.language" } });
    expect([audited.outcome, audited.detail]).toEqual(["SUCCESS", { language: "es" }]);
    const refused = await setPortalLanguage(a.therapist, "es").catch((e: unknown) => e);
    expect((refused as AppError).code).toBe("NOT_FOUND");
    // A patient account pointed at another clinic changes nothing.
    const b = await makeClinic();
    const crossed = await setPortalLanguage({ ...actor, clinicId: b.clinic.id }, "en").catch((e: unknown) => e);
    expect((crossed as AppError).code).toBe("NOT_FOUND");
    expect((await db.patient.findUniqueOrThrow({ where: { id: patient.id } })).preferredLanguage).toBe("es");
  });
});
