import type { Bundle, CarePlan, Condition, Goal, Observation, Resource } from "@medplum/fhirtypes";
import { describe, expect, it } from "vitest";
import type { Injury } from "@/lib/domain/clinical/types";
import { generatePlan } from "@/lib/domain/clinical/plan";
import { EXERCISE_LIBRARY, SOLEUS_TEMPLATE } from "@/lib/domain/injuries/calf/content";
import { strainCoding } from "@/lib/fhir/codes";
import { buildEpisodeBundle, type EpisodeExportInput } from "@/lib/fhir/episode";
import { validateBundle } from "../../support/fhir-validators";

const P = "0b7e4d36-2f0a-4a57-9f43-2a1f9c1e7a10";
const E = "5d2c8a61-1b9e-4c3f-8d7a-6e4b2f1a9c03";
const PLAN = "9a4f2e1b-7c6d-4b8a-a1e2-3f4d5c6b7a80";
const M1 = "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f";
const M2 = "2c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f";
const LOG = "3c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f";

const injury: Injury = {
  muscle: "SOLEUS",
  side: "RIGHT",
  injuryDate: "2026-10-30",
  onset: "SUDDEN",
  duringRunning: true,
  repeatInjury: false,
  clinicalGrade: 2,
  bamicGrade: 2,
  bamicSite: "b",
};

function sample(overrides: Partial<EpisodeExportInput> = {}): EpisodeExportInput {
  const plan = generatePlan(SOLEUS_TEMPLATE, EXERCISE_LIBRARY, {}, injury, "2026-11-02");
  return {
    baseUrl: "https://clinic.example/",
    generatedAt: "2026-12-04T10:00:00.000Z",
    clinic: { id: "c1a2b3c4-0000-4000-8000-000000000001", name: "Harbour Physio" },
    therapist: { id: "c1a2b3c4-0000-4000-8000-000000000002", name: "Sam Rivera" },
    patient: {
      id: P,
      givenName: "Zoë",
      familyName: "Łukasiewicz-Núñez",
      dateOfBirth: "1988-04-12",
      sex: "FEMALE",
      email: "zoe@example.com",
      phone: "+34 600 000 000",
    },
    episodes: [{ id: E, injury, recordedAt: "2026-11-02T09:00:00.000Z" }],
    plans: [{ id: PLAN, episodeId: E, status: "ACTIVE", currentStageIndex: 1, plan, createdAt: "2026-11-02T09:30:00.000Z" }],
    measurements: [
      {
        id: M1,
        measuredOn: "2026-11-02",
        values: { painRest: 2, painWalking: 4, heelRaisesStraight: { affected: 10, unaffected: 28 }, lungeCm: { affected: 8, unaffected: 11 } },
        checks: {},
      },
      {
        id: M2,
        measuredOn: "2026-11-16",
        values: { painWalking: 1, heelRaisesStraight: { affected: 20, unaffected: 28 }, lefs: 61, adherencePct: 85, bodyMassKg: 62.5, seatedRaiseLoadKg: 40 },
        checks: { "normal-gait": true },
      },
    ],
    dailyLogs: [
      { id: LOG, planId: PLAN, logDate: "2026-11-10", setsDone: { [plan.stages[1]!.exercises[0]!.exerciseKey]: 3 }, painDuring: 2, painNextMorning: 1 },
    ],
    ...overrides,
  };
}

const ofType = <T extends Resource>(bundle: Bundle, type: T["resourceType"]) =>
  (bundle.entry ?? []).map((e) => e.resource!).filter((r): r is T => r.resourceType === type);

// Both validators load the R4 definitions on first use (a second or two, more on a busy machine).
describe("FHIR episode export (pure mapping)", { timeout: 30_000 }, () => {
  it("codes the strain in ICD-10-CM by region, side and encounter; thigh regions are ready", () => {
    expect(strainCoding("calf", "RIGHT", "initial")?.code).toBe("S86.111A");
    expect(strainCoding("calf", "LEFT", "subsequent")?.code).toBe("S86.112D");
    expect(strainCoding("calf", null, "initial")?.code).toBe("S86.119A");
    expect(strainCoding("hamstring", "RIGHT", "initial")?.code).toBe("S76.311A");
    expect(strainCoding("adductor", "LEFT", "initial")?.code).toBe("S76.212A");
    expect(strainCoding("quadriceps", "LEFT", "subsequent")).toMatchObject({
      code: "S76.112D",
      display: "Strain of left quadriceps muscle, fascia and tendon, subsequent encounter",
    });
    expect(strainCoding("shoulder", "LEFT", "initial")).toBeNull();
  });

  it("builds a collection bundle with the patient, clinic, injury, plan, goals, observations, LEFS and handout", () => {
    const bundle = buildEpisodeBundle(sample());
    expect(bundle).toMatchObject({ resourceType: "Bundle", type: "collection", timestamp: "2026-12-04T10:00:00.000Z" });
    const urls = bundle.entry!.map((e) => e.fullUrl);
    expect(new Set(urls).size).toBe(urls.length);
    expect(urls[0]).toBe(`https://clinic.example/fhir/Patient/${P}`);

    const [condition] = ofType<Condition>(bundle, "Condition");
    expect(condition!.code!.coding![0]).toMatchObject({ system: "http://hl7.org/fhir/sid/icd-10-cm", code: "S86.111D" });
    expect(condition!.bodySite![0]!.coding![0]!.code).toBe("53840002");
    expect(condition!.bodySite![0]!.extension![0]!.valueCodeableConcept!.coding![0]!.code).toBe("24028007");
    expect(condition!.onsetDateTime).toBe("2026-10-30");
    expect(condition!.stage!.map((s) => s.summary!.text)).toEqual(["Clinical grade 2", "BAMIC grade 2b"]);

    const [carePlan] = ofType<CarePlan>(bundle, "CarePlan");
    expect(carePlan!.status).toBe("active");
    expect(carePlan!.extension![0]!.valueCoding!.code).toBe("strength");
    const goals = ofType<Goal>(bundle, "Goal");
    expect(goals.map((g) => g.lifecycleStatus)).toEqual(["completed", "active", "planned", "planned", "planned"]);
    expect(carePlan!.activity!.filter((a) => a.detail!.status === "in-progress").length).toBe(
      carePlan!.activity!.filter((a) => a.extension![0]!.valueInteger === 2).length,
    );
    const measureTarget = goals[1]!.target!.find((t) => t.detailQuantity);
    expect(measureTarget!.detailQuantity).toMatchObject({ system: "http://unitsofmeasure.org" });
    expect(measureTarget!.detailQuantity!.comparator).toMatch(/^(>=|<=|>|<)$/);

    const observations = ofType<Observation>(bundle, "Observation");
    const pain = observations.filter((o) => o.code.coding!.some((c) => c.code === "72514-3"));
    expect(pain.length).toBe(5); // rest + walking, walking, log: during + next morning
    expect(pain.every((o) => o.valueQuantity!.code === "{score}")).toBe(true);
    const heel = observations.find((o) => o.code.coding!.some((c) => c.code === "heelRaisesStraight"))!;
    expect(heel.component!.map((c) => [c.code.text, c.valueQuantity!.value, c.valueQuantity!.code])).toEqual([
      ["Injured side (right)", 10, "{repetitions}"],
      ["Other side (left)", 28, "{repetitions}"],
    ]);
    expect(observations.find((o) => o.code.coding!.some((c) => c.code === "lungeCm"))!.component![0]!.valueQuantity!.code).toBe("cm");
    expect(observations.find((o) => o.code.coding!.some((c) => c.code === "adherencePct"))!.valueQuantity).toMatchObject({ value: 85, code: "%" });
    expect(observations.some((o) => o.code.coding!.some((c) => c.code === "lefs"))).toBe(false);

    const [lefs] = ofType(bundle, "QuestionnaireResponse");
    expect(lefs).toMatchObject({ status: "completed", item: [{ linkId: "total", answer: [{ valueInteger: 61 }] }] });
    const [doc] = ofType(bundle, "DocumentReference");
    expect(doc).toMatchObject({ content: [{ attachment: { contentType: "application/pdf", url: `https://clinic.example/api/plans/${PLAN}/handout` } }] });
    expect(JSON.stringify(bundle)).not.toContain("base64");
  });

  it("every resource validates with 0 errors in both validators", () => {
    const bundle = buildEpisodeBundle(sample());
    expect(validateBundle(bundle)).toEqual({ medplum: {}, fhir: {} });
    const done = buildEpisodeBundle(sample({ plans: sample().plans.map((p) => ({ ...p, status: "COMPLETED" as const })) }));
    expect(validateBundle(done)).toEqual({ medplum: {}, fhir: {} });
    expect(ofType(done, "DocumentReference")).toEqual([]);
    expect(ofType<Condition>(done, "Condition")[0]!.clinicalStatus!.coding![0]!.code).toBe("resolved");
    const stopped = buildEpisodeBundle(sample({ plans: sample().plans.map((p) => ({ ...p, status: "STOPPED" as const })) }));
    expect(validateBundle(stopped)).toEqual({ medplum: {}, fhir: {} });
    expect(ofType<CarePlan>(stopped, "CarePlan")[0]!.status).toBe("revoked");
    expect(ofType<Goal>(stopped, "Goal").map((g) => g.lifecycleStatus)).toEqual(["completed", "cancelled", "cancelled", "cancelled", "cancelled"]);
    expect(new Set(ofType<CarePlan>(stopped, "CarePlan")[0]!.activity!.map((a) => a.detail!.status))).toEqual(new Set(["completed", "cancelled"]));
  });

  it("paired tests name the legs of the episode they belong to: a later injury on the other leg does not relabel earlier visits", () => {
    const E2 = "6d2c8a61-1b9e-4c3f-8d7a-6e4b2f1a9c04";
    const input = sample();
    const bundle = buildEpisodeBundle({
      ...input,
      episodes: [...input.episodes, { id: E2, injury: { ...injury, side: "LEFT", injuryDate: "2026-11-20" }, recordedAt: "2026-11-21T09:00:00.000Z" }],
      measurements: [
        ...input.measurements,
        { id: LOG.replace("3c", "4c"), measuredOn: "2026-11-21", values: { heelRaisesStraight: { affected: 5, unaffected: 30 } }, checks: {} },
      ],
    });
    const heel = ofType<Observation>(bundle, "Observation").filter((o) => o.code.coding!.some((c) => c.code === "heelRaisesStraight"));
    expect(heel.map((o) => o.component![0]!.code.text)).toEqual(["Injured side (right)", "Injured side (right)", "Injured side (left)"]);
    expect(ofType<Condition>(bundle, "Condition").map((c) => c.code!.coding![0]!.code)).toEqual(["S86.111D", "S86.112A"]);
    expect(validateBundle(bundle)).toEqual({ medplum: {}, fhir: {} });
  });

  it("a hamstring episode carries how it happened (stretching type) as a note, and still validates", () => {
    const hamstring: Injury = { ...injury, muscle: "BICEPS_FEMORIS_LONG", mechanism: "STRETCHING", bamicGrade: null, bamicSite: null };
    const bundle = buildEpisodeBundle(
      sample({ plans: [], dailyLogs: [], measurements: [], episodes: [{ id: E, injury: hamstring, recordedAt: "2026-11-02T09:00:00.000Z" }] }),
    );
    expect(ofType<Condition>(bundle, "Condition")[0]!.note).toEqual([{ text: expect.stringMatching(/^Mechanism: stretching type \(/) }]);
    expect(validateBundle(bundle)).toEqual({ medplum: {}, fhir: {} });
    // A kind that asks no mechanism has no note.
    expect(ofType<Condition>(buildEpisodeBundle(sample()), "Condition")[0]!.note).toBeUndefined();
  });

  it("an assessment without a plan is an initial encounter; a patient with no contact details still validates", () => {
    const bundle = buildEpisodeBundle(
      sample({ plans: [], dailyLogs: [], measurements: [], patient: { ...sample().patient, email: null, phone: null, sex: "UNDISCLOSED" } }),
    );
    expect(ofType<Condition>(bundle, "Condition")[0]!.code!.coding![0]!.code).toBe("S86.111A");
    expect(bundle.entry!.length).toBe(4);
    expect(validateBundle(bundle)).toEqual({ medplum: {}, fhir: {} });
  });
});

it("both validators do reject a broken resource (the 0-error results above mean something)", { timeout: 30_000 }, async () => {
  const { medplumErrors, fhirPackageErrors } = await import("../../support/fhir-validators");
  const broken = {
    resourceType: "Observation",
    id: "x",
    status: "finished",
    code: { text: "pain" },
    valueQuantity: { value: "two" },
    colour: "red",
  } as unknown as Observation;
  expect(medplumErrors(broken).length).toBeGreaterThan(0);
  expect(fhirPackageErrors(broken).length).toBeGreaterThan(0);
  const noSubject = { resourceType: "Goal", id: "g", lifecycleStatus: "active", description: { text: "x" } } as unknown as Goal;
  expect(medplumErrors(noSubject).length).toBeGreaterThan(0);
  expect(fhirPackageErrors(noSubject).length).toBeGreaterThan(0);
});
