import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { createPatient, getPatient, listPatients, PAGE_SIZE, updatePatient } from "@/lib/server/patients";
import { makeClinic, makePatient, makeUser, patientInputFor } from "../support/factories";

async function expectCode(promise: Promise<unknown>, code: string) {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  expect((err as AppError).code).toBe(code);
}

describe("patients: clinic isolation", () => {
  it("a therapist of clinic B cannot read clinic A's patient, and gets the same 404 as for a missing id", async () => {
    const a = await makeClinic();
    const b = await makeClinic();
    const patient = await makePatient(a.clinic.id, a.therapist.userId);
    await expectCode(getPatient(b.therapist, patient.id), "NOT_FOUND");
    await expectCode(getPatient(b.therapist, "6f1c2a3b-0000-4000-8000-000000000000"), "NOT_FOUND");
    await expectCode(getPatient(b.therapist, "not-a-uuid"), "NOT_FOUND");
  });

  it("clinic A's therapist can read the same patient", async () => {
    const a = await makeClinic();
    const patient = await makePatient(a.clinic.id, a.therapist.userId, { givenName: "Ana" });
    const found = await getPatient(a.therapist, patient.id);
    expect(found.givenName).toBe("Ana");
  });

  it("clinic B's list and search never include clinic A's patients; clinic A's do", async () => {
    const a = await makeClinic();
    const b = await makeClinic();
    await makePatient(a.clinic.id, a.therapist.userId, { familyName: "Uniquename-Isolation" });
    const fromB = await listPatients(b.therapist, { query: "Uniquename-Isolation" });
    expect(fromB.total).toBe(0);
    const fromA = await listPatients(a.therapist, { query: "uniquename-isolation" });
    expect(fromA.items.map((p) => p.familyName)).toEqual(["Uniquename-Isolation"]);
  });

  it("clinic B cannot update clinic A's patient (nothing changes); clinic A can", async () => {
    const a = await makeClinic();
    const b = await makeClinic();
    const patient = await makePatient(a.clinic.id, a.therapist.userId, { givenName: "Before" });
    await expectCode(updatePatient(b.therapist, patient.id, 1, patientInputFor(b.therapist.userId, { givenName: "Hacked" })), "NOT_FOUND");
    expect((await db.patient.findUniqueOrThrow({ where: { id: patient.id } })).givenName).toBe("Before");
    const refused = await db.auditEvent.findMany({ where: { entityId: patient.id, actorUserId: b.therapist.userId } });
    expect(refused.map((r) => [r.action, r.outcome])).toEqual([["patient.update", "NOT_FOUND"]]);
    await updatePatient(a.therapist, patient.id, 1, patientInputFor(a.therapist.userId, { givenName: "After" }));
    expect((await db.patient.findUniqueOrThrow({ where: { id: patient.id } })).givenName).toBe("After");
  });

  it("a patient cannot be assigned to a therapist of another clinic", async () => {
    const a = await makeClinic();
    const b = await makeClinic();
    const err = await createPatient(a.therapist, patientInputFor(b.therapist.userId)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).fieldErrors?.therapistId).toMatch(/therapist from your clinic/);
  });

  it("a PATIENT user gets 404 from staff data functions", async () => {
    const a = await makeClinic();
    const patient = await makePatient(a.clinic.id, a.therapist.userId);
    const { actor: patientUser } = await makeUser(a.clinic.id, "PATIENT", { patientId: patient.id });
    await expectCode(getPatient(patientUser, patient.id), "NOT_FOUND");
    await expectCode(listPatients(patientUser), "NOT_FOUND");
  });
});

describe("patients: create, search, edit", () => {
  it("creates a patient with an accented name and finds it by an unaccented search", async () => {
    const a = await makeClinic();
    const { id } = await createPatient(a.therapist, patientInputFor(a.therapist.userId));
    const found = await getPatient(a.therapist, id);
    expect(found.givenName).toBe("Zoë");
    expect(found.familyName).toBe("Łukasiewicz-Núñez");
    expect(found.weeklyRunningKm).toBe(40);
    for (const q of ["lukasiewicz", "NÚÑEZ", "zoe luk", "Zoë Łukasiewicz-Núñez"]) {
      const { items } = await listPatients(a.therapist, { query: q });
      expect(
        items.map((p) => p.id),
        q,
      ).toEqual([id]);
    }
  });

  it("paginates by last name, 20 per page, and clamps an out-of-range page", async () => {
    const a = await makeClinic();
    for (let i = 0; i < PAGE_SIZE + 5; i++) {
      await makePatient(a.clinic.id, a.therapist.userId, { familyName: `Page-${String(i).padStart(2, "0")}` });
    }
    const first = await listPatients(a.therapist, { page: 1 });
    expect(first.total).toBe(PAGE_SIZE + 5);
    expect(first.pageCount).toBe(2);
    expect(first.items).toHaveLength(PAGE_SIZE);
    expect(first.items[0]!.familyName).toBe("Page-00");
    const last = await listPatients(a.therapist, { page: 99 });
    expect(last.page).toBe(2);
    expect(last.items.map((p) => p.familyName)).toEqual(["Page-20", "Page-21", "Page-22", "Page-23", "Page-24"]);
  });

  it("two edits of the same version: one saves, the other gets CONFLICT and changes nothing", async () => {
    const a = await makeClinic();
    const patient = await makePatient(a.clinic.id, a.therapist.userId);
    const results = await Promise.allSettled([
      updatePatient(a.therapist, patient.id, 1, patientInputFor(a.therapist.userId, { activity: "first" })),
      updatePatient(a.admin, patient.id, 1, patientInputFor(a.therapist.userId, { activity: "second" })),
    ]);
    const ok = results.filter((r) => r.status === "fulfilled");
    const failed = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(ok).toHaveLength(1);
    expect(failed).toHaveLength(1);
    expect((failed[0]!.reason as AppError).code).toBe("CONFLICT");
    const row = await db.patient.findUniqueOrThrow({ where: { id: patient.id } });
    expect(row.version).toBe(2);
  });
});

describe("patients: audit trail", () => {
  it("records reads, creates, updates and refused cross-clinic reads, without patient data", async () => {
    const a = await makeClinic();
    const b = await makeClinic();
    const { id } = await createPatient(a.therapist, patientInputFor(a.therapist.userId));
    await getPatient(a.therapist, id);
    await updatePatient(a.therapist, id, 1, patientInputFor(a.therapist.userId, { activity: "Trail" }));
    await getPatient(b.therapist, id).catch(() => {});

    const rows = await db.auditEvent.findMany({ where: { entityId: id }, orderBy: { id: "asc" } });
    expect(rows.map((r) => [r.action, r.outcome, r.actorUserId])).toEqual([
      ["patient.create", "SUCCESS", a.therapist.userId],
      ["patient.read", "SUCCESS", a.therapist.userId],
      ["patient.update", "SUCCESS", a.therapist.userId],
      ["patient.read", "NOT_FOUND", b.therapist.userId],
    ]);
    expect(rows[2]!.detail).toEqual({ changed: ["activity"] });
    const serialised = JSON.stringify(rows.map((r) => r.detail));
    expect(serialised).not.toMatch(/Zoë|Łukasiewicz|Trail/);
  });
});
