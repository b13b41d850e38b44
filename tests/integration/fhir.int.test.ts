// The FHIR export against real PostgreSQL: a demo-like episode made with the real data layer,
// validated resource by resource with both validators; who may export whose record; the audit
// rows; and the route's answers. Only the session is stood in for (next-auth needs a request).
import type { Bundle, PlanDefinition, Resource } from "@medplum/fhirtypes";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/server/actor";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { exportPatientFhir, exportTemplateFhir } from "@/lib/server/fhir";
import { recordMeasurement } from "@/lib/server/measurements";
import { createPlan, moveStage } from "@/lib/server/plans";
import { saveDailyLog } from "@/lib/server/portal";
import { duplicateTemplate, getAdminTemplate, importTemplate } from "@/lib/server/template-admin";
import { DEMO_CLINIC_ID, seed } from "@/lib/db/seed";
import { makeEpisode, sharedTemplateId } from "../support/clinical";
import { makeClinic, makePatient, makeUser } from "../support/factories";
import { fhirPackageErrors, medplumErrors, validateBundle } from "../support/fhir-validators";

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock(import("@/lib/server/auth"), async (importOriginal) => ({ ...(await importOriginal()), getActor: async () => session.actor }));
const { GET } = await import("@/app/api/patients/[patientId]/fhir/route");
const templateRoute = await import("@/app/api/templates/[templateId]/fhir/route");

beforeEach(() => {
  session.actor = null;
});

/** A demo-like episode: assessment, plan moved to stage 2, two visits (LEFS, checks), a patient log. */
async function demoEpisode() {
  const c = await makeClinic();
  const { patient, episodeId } = await makeEpisode(c.therapist, { injury: { side: "RIGHT", bamicGrade: 2, bamicSite: "b" } });
  await db.patient.update({ where: { id: patient.id }, data: { email: "zoe@example.com", phone: "+44 7700 900123" } });
  const { id: planId } = await createPlan(c.therapist, episodeId, { templateId: await sharedTemplateId(), startDate: "2026-11-02" });
  await recordMeasurement(c.therapist, patient.id, {
    measuredOn: "2026-11-09",
    values: { painRest: 0, painWalking: 1, heelRaisesStraight: { affected: 18, unaffected: 28 }, lefs: 58, adherencePct: 90, bodyMassKg: 61.5 },
    checks: { "normal-gait": true },
  });
  await moveStage(c.therapist, planId, 1, 1, { override: true, today: "2026-11-09" });
  const account = await makeUser(c.clinic.id, "PATIENT", { patientId: patient.id });
  const plan = await db.rehabPlan.findUniqueOrThrow({ where: { id: planId }, select: { content: true } });
  const stage2 = (plan.content as { plan: { stages: { exercises: { exerciseKey: string }[] }[] } }).plan.stages[1]!;
  await saveDailyLog(
    account.actor,
    { date: "2026-11-10", setsDone: { [stage2.exercises[0]!.exerciseKey]: 3 }, painDuring: 2, painNextMorning: 1 },
    { now: new Date("2026-11-10T18:00:00Z") },
  );
  return { ...c, patient, planId, episodeId, patientActor: account.actor };
}

const types = (bundle: Bundle) => {
  const counts: Record<string, number> = {};
  for (const e of bundle.entry ?? []) counts[e.resource!.resourceType] = (counts[e.resource!.resourceType] ?? 0) + 1;
  return counts;
};
const find = (bundle: Bundle, type: string): Resource[] => (bundle.entry ?? []).map((e) => e.resource!).filter((r) => r.resourceType === type);

async function code(promise: Promise<unknown>) {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  return (err as AppError).code;
}

describe("FHIR export of a patient's record", () => {
  it("a seeded episode exports every resource kind, and each validates with 0 errors in both validators", async () => {
    const d = await demoEpisode();
    const { bundle, fileName } = await exportPatientFhir(d.therapist, d.patient.id, { baseUrl: "https://clinic.example" });
    expect(fileName).toMatch(/^restride-fhir-test-patient-[a-z0-9-]+-\d{4}-\d{2}-\d{2}\.json$/);
    expect(types(bundle)).toMatchObject({
      Patient: 1,
      Practitioner: 1,
      Organization: 1,
      Condition: 1,
      CarePlan: 1,
      Goal: 5,
      QuestionnaireResponse: 1,
      DocumentReference: 1,
    });
    // Baseline (pain at rest and walking, 3 paired tests), visit (pain x2, heel raises, adherence, body mass, gait check), log (pain x2, sets).
    expect(types(bundle).Observation).toBe(5 + 6 + 3);
    expect(find(bundle, "Condition")[0]).toMatchObject({
      code: { coding: [{ code: "S86.111D" }] },
      bodySite: [{ coding: [{ code: "53840002" }] }],
      stage: [{ summary: { text: "Clinical grade 2" } }, { summary: { text: "BAMIC grade 2b" } }],
    });
    expect(find(bundle, "CarePlan")[0]).toMatchObject({ status: "active", extension: [{ valueCoding: { code: "strength" } }] });
    expect(find(bundle, "DocumentReference")[0]).toMatchObject({
      content: [{ attachment: { contentType: "application/pdf", url: `https://clinic.example/api/plans/${d.planId}/handout` } }],
    });
    expect(validateBundle(bundle)).toEqual({ medplum: {}, fhir: {} });
  });

  it("another clinic's staff get 404 and an audited refusal; the owner's clinic and the patient themself succeed", async () => {
    const d = await demoEpisode();
    const other = await makeClinic();
    expect(await code(exportPatientFhir(other.therapist, d.patient.id))).toBe("NOT_FOUND");
    expect(await code(exportPatientFhir(other.admin, d.patient.id))).toBe("NOT_FOUND");
    expect(await code(exportPatientFhir(other.therapist, "not-a-uuid"))).toBe("NOT_FOUND");
    // Another patient of the same clinic cannot export this record either.
    const neighbour = await makePatient(d.clinic.id, d.therapist.userId);
    const neighbourAccount = await makeUser(d.clinic.id, "PATIENT", { patientId: neighbour.id });
    expect(await code(exportPatientFhir(neighbourAccount.actor, d.patient.id))).toBe("NOT_FOUND");

    const refused = await db.auditEvent.findMany({ where: { action: "fhir.export", entityId: d.patient.id }, orderBy: { id: "asc" } });
    expect(refused.map((r) => [r.actorUserId, r.outcome, r.patientId])).toEqual([
      [other.therapist.userId, "NOT_FOUND", null],
      [other.admin.userId, "NOT_FOUND", null],
      [neighbourAccount.actor.userId, "NOT_FOUND", null],
    ]);

    for (const actor of [d.therapist, d.admin, d.patientActor]) {
      const { bundle } = await exportPatientFhir(actor, d.patient.id);
      expect(find(bundle, "Patient")[0]!.id).toBe(d.patient.id);
    }
    const allowed = await db.auditEvent.findMany({ where: { action: "fhir.export", entityId: d.patient.id, outcome: "SUCCESS" }, orderBy: { id: "asc" } });
    expect(allowed.map((r) => [r.actorUserId, r.patientId])).toEqual([
      [d.therapist.userId, d.patient.id],
      [d.admin.userId, d.patient.id],
      [d.patientActor.userId, d.patient.id],
    ]);
    // Counts only: no names, dates or values in the audit detail.
    expect(allowed[0]!.detail).toMatchObject({ resources: { Patient: 1, Condition: 1 } });
    expect(JSON.stringify(allowed.map((r) => r.detail))).not.toMatch(/Test|Patient [0-9a-f]|2026-|zoe@/);
  });

  it("the route answers a JSON bundle with no-store, JSON 404s for other clinics and bad ids, and 401 signed out", async () => {
    const d = await demoEpisode();
    const get = (id: string, headers: Record<string, string> = {}) =>
      GET(new Request(`http://localhost:3000/api/patients/${id}/fhir`, { headers }), { params: Promise.resolve({ patientId: id }) });

    expect((await get(d.patient.id)).status).toBe(401);

    session.actor = d.therapist;
    const ok = await get(d.patient.id);
    expect(ok.status).toBe(200);
    expect(ok.headers.get("content-type")).toMatch(/^application\/fhir\+json/);
    expect(ok.headers.get("cache-control")).toBe("no-store");
    expect(ok.headers.get("content-disposition")).toMatch(/^attachment; filename="restride-fhir-.+\.json"$/);
    const bundle = (await ok.json()) as Bundle;
    expect(bundle).toMatchObject({ resourceType: "Bundle", type: "collection" });
    expect(bundle.entry![0]!.fullUrl).toBe(`http://localhost:3000/fhir/Patient/${d.patient.id}`);
    expect((await get(d.patient.id, { "sec-fetch-site": "cross-site" })).status).toBe(403);

    session.actor = (await makeClinic()).therapist;
    for (const id of [d.patient.id, "not-a-uuid", "00000000-0000-4000-8000-000000000000"]) {
      const res = await get(id);
      expect(res.status).toBe(404);
      expect(res.headers.get("cache-control")).toBe("no-store");
      expect(await res.json()).toMatchObject({ error: { code: "NOT_FOUND" } });
    }

    session.actor = d.patientActor;
    expect((await get(d.patient.id)).status).toBe(200);
  });
});

describe("FHIR export of the demo clinic", () => {
  it("every demo patient's record validates with 0 errors in both validators", { timeout: 120_000 }, async () => {
    await seed(process.env.DATABASE_URL!, { demo: true });
    const admin = await db.user.findFirstOrThrow({ where: { clinicId: DEMO_CLINIC_ID, role: "ADMIN" } });
    const actor: Actor = { userId: admin.id, clinicId: DEMO_CLINIC_ID, role: "ADMIN", name: admin.name, patientId: null };
    const patients = await db.patient.findMany({ where: { clinicId: DEMO_CLINIC_ID }, select: { id: true } });
    expect(patients.length).toBeGreaterThanOrEqual(5);
    let conditions = 0;
    for (const p of patients) {
      const { bundle } = await exportPatientFhir(actor, p.id);
      expect(validateBundle(bundle), `patient ${p.id}`).toEqual({ medplum: {}, fhir: {} });
      for (const c of find(bundle, "Condition") as { code?: { coding?: { system?: string }[] } }[]) {
        conditions += 1;
        // Every injury of every kind in the demo carries its ICD-10-CM code.
        expect(c.code?.coding?.some((x) => x.system === "http://hl7.org/fhir/sid/icd-10-cm")).toBe(true);
      }
    }
    expect(conditions).toBe(await db.injuryEpisode.count({ where: { clinicId: DEMO_CLINIC_ID } }));
  });
});

describe("FHIR export of a protocol template", () => {
  it("staff export the shared published template as a valid PlanDefinition; a clinic's draft is its admin's alone", async () => {
    const a = await makeClinic();
    const b = await makeClinic();
    const shared = await sharedTemplateId();
    const { resource } = await exportTemplateFhir(a.therapist, shared);
    expect(resource).toMatchObject({ resourceType: "PlanDefinition", id: shared, status: "active" });
    expect(resource.action!.length).toBe(5);
    expect(resource.action!.flatMap((s) => s.condition ?? []).length).toBeGreaterThan(0);
    expect(medplumErrors(resource)).toEqual([]);
    expect(fhirPackageErrors(resource)).toEqual([]);

    const { id: draftId } = await duplicateTemplate(a.admin, shared);
    const draft = await exportTemplateFhir(a.admin, draftId);
    expect(draft.resource.status).toBe("draft");
    expect(medplumErrors(draft.resource)).toEqual([]);
    expect(fhirPackageErrors(draft.resource)).toEqual([]);
    expect(await code(exportTemplateFhir(a.therapist, draftId))).toBe("NOT_FOUND");
    expect(await code(exportTemplateFhir(b.admin, draftId))).toBe("NOT_FOUND");
    expect(await code(exportTemplateFhir(b.admin, "not-a-uuid"))).toBe("NOT_FOUND");
    const d = await demoEpisode();
    expect(await code(exportTemplateFhir(d.patientActor, shared))).toBe("NOT_FOUND");
    const refused = await db.auditEvent.findMany({ where: { action: "template.fhir_export", entityId: draftId }, orderBy: { id: "asc" } });
    expect(refused.map((r) => [r.actorUserId, r.outcome])).toEqual([
      [a.admin.userId, "SUCCESS"],
      [a.therapist.userId, "NOT_FOUND"],
      [b.admin.userId, "NOT_FOUND"],
    ]);

    session.actor = b.therapist;
    const get = (id: string) =>
      templateRoute.GET(new Request(`http://localhost:3000/api/templates/${id}/fhir`), { params: Promise.resolve({ templateId: id }) });
    const ok = await get(shared);
    expect(ok.status).toBe(200);
    expect(ok.headers.get("cache-control")).toBe("no-store");
    expect(((await ok.json()) as PlanDefinition).url).toBe("http://localhost:3000/fhir/PlanDefinition/soleus-strain");
    const missing = await get(draftId);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ error: { code: "NOT_FOUND" } });
  });
});

describe("FHIR import of a protocol template (PlanDefinition)", () => {
  it("round trip: the exported shared template imports as the clinic's draft, equal to the original", async () => {
    const a = await makeClinic();
    const shared = await sharedTemplateId();
    const { resource } = await exportTemplateFhir(a.admin, shared);
    const file = JSON.parse(JSON.stringify(resource)) as unknown;

    const first = await importTemplate(a.admin, file);
    if (!first.imported) throw new Error(first.problems.join("\n"));
    const original = await getAdminTemplate(a.admin, shared);
    const copy = await getAdminTemplate(a.admin, first.id);
    expect(copy).toMatchObject({ status: "DRAFT", shared: false, version: 1, key: original.key, name: original.name });
    expect(copy.template).toEqual({ ...original.template, version: 1 });

    // A second import keeps the first: a new key, same content.
    const second = await importTemplate(a.admin, file);
    expect(second).toMatchObject({ imported: true, key: `${original.key}-2` });

    const rows = await db.auditEvent.findMany({ where: { action: "template.import", actorUserId: a.admin.userId }, orderBy: { id: "asc" } });
    expect(rows.map((r) => r.outcome)).toEqual(["SUCCESS", "SUCCESS"]);
  });

  it("a file with problems stores nothing and lists them; only admins import", async () => {
    const a = await makeClinic();
    const { resource } = await exportTemplateFhir(a.admin, await sharedTemplateId());
    const broken = JSON.parse(JSON.stringify(resource)) as PlanDefinition;
    (broken.contained![0] as { code: { coding: { code: string }[] } }).code.coding[0]!.code = "no-such-exercise";
    const before = await db.protocolTemplate.count({ where: { clinicId: a.clinic.id } });

    const result = await importTemplate(a.admin, broken);
    expect(result.imported).toBe(false);
    if (!result.imported) expect(result.problems.join(" ")).toMatch(/no-such-exercise/);
    expect(await importTemplate(a.admin, { resourceType: "Patient" })).toMatchObject({ imported: false });
    expect(await code(importTemplate(a.therapist, resource))).toBe("NOT_FOUND");
    expect(await db.protocolTemplate.count({ where: { clinicId: a.clinic.id } })).toBe(before);

    const rows = await db.auditEvent.findMany({ where: { action: "template.import", clinicId: a.clinic.id }, orderBy: { id: "asc" } });
    expect(rows.map((r) => r.outcome)).toEqual(["INVALID", "INVALID", "DENIED"]);
  });
});
