import type { PlanDefinition } from "@medplum/fhirtypes";
import { describe, expect, it } from "vitest";
import type { Template } from "@/lib/domain/clinical/types";
import { SOLEUS_TEMPLATE } from "@/lib/domain/injuries/calf/content";
import { SEEDED_EXERCISES as EXERCISE_LIBRARY, SEEDED_TEMPLATES } from "@/lib/domain/injuries/content";
import { buildPlanDefinition, gateExpression } from "@/lib/fhir/plan-definition";
import { parseGateExpression, readPlanDefinition } from "@/lib/fhir/plan-definition-import";
import { fhirPackageErrors, medplumErrors } from "../../support/fhir-validators";
import { tracked } from "../../support/tracked-template";

const ID = "7d3a1c2b-0000-4000-8000-00000000abcd";
/** What a clinic would download: the export as JSON text, parsed again. */
const exported = (template: Template): PlanDefinition =>
  JSON.parse(JSON.stringify(buildPlanDefinition({ id: ID, status: "PUBLISHED", template, exercises: EXERCISE_LIBRARY }))) as PlanDefinition;

function imported(pd: unknown): Template {
  const result = readPlanDefinition(pd);
  if (!result.ok) throw new Error(result.problems.join("\n"));
  return result.template;
}

describe("importing a FHIR PlanDefinition as a protocol template (issue 15, decision 030)", () => {
  it("round trip: every seeded template exported and imported again is the same template", () => {
    for (const template of SEEDED_TEMPLATES) {
      expect(imported(exported(template))).toEqual(template);
    }
  });

  it("the export that carries the round trip still validates with 0 errors in both validators", () => {
    const pd = exported(SOLEUS_TEMPLATE);
    expect(medplumErrors(pd)).toEqual([]);
    expect(fhirPackageErrors(pd)).toEqual([]);
  });

  it("a template with parallel tracks, a pain rule, session and subjective gates and clinician notes comes back whole, and validates", () => {
    const template: Template = { ...structuredClone(tracked), clinicianNotes: ["Counts are defaults."] };
    template.stages[0]!.painRule = { duringMax: 2, settledByMorning: true };
    const pd = exported(template);
    expect(imported(pd)).toEqual(JSON.parse(JSON.stringify(template)));
    // Exercises done only in a track's phases are defined in the export too.
    const phaseOnly = template.stages[0]!.tracks!.flatMap((t) => t.phases.flatMap((p) => p.exercises.map((e) => e.exerciseKey)));
    const defined = (pd.contained ?? []).map((r) => (r.resourceType === "ActivityDefinition" ? r.code?.coding?.[0]?.code : null));
    expect(defined).toEqual(expect.arrayContaining([...new Set(phaseOnly)]));
    expect(medplumErrors(pd)).toEqual([]);
    expect(fhirPackageErrors(pd)).toEqual([]);
  });

  it("reads every gate's logic back from its FHIRPath expression", () => {
    for (const gate of SOLEUS_TEMPLATE.stages.flatMap((s) => s.gates)) {
      const logic = parseGateExpression(gateExpression(gate));
      expect(logic).toEqual(
        gate.kind === "MEASURE"
          ? {
              kind: "MEASURE",
              measure: gate.measure,
              comparator: gate.comparator,
              threshold: gate.threshold,
              ...(gate.grades?.length ? { grades: gate.grades } : {}),
            }
          : { kind: "CHECK", check: (gate as { check: string }).check, ...(gate.grades?.length ? { grades: gate.grades } : {}) },
      );
    }
  });

  it("the FHIR elements decide: a threshold edited in the expression is the imported threshold", () => {
    const pd = exported(SOLEUS_TEMPLATE);
    const condition = pd.action![0]!.condition![0]!;
    const original = SOLEUS_TEMPLATE.stages[0]!.gates[0]!;
    expect(original.kind).toBe("MEASURE");
    condition.expression!.expression = condition.expression!.expression!.replace(/-?\d+(\.\d+)?\)?$/, (m) => m.replace(/-?\d+(\.\d+)?/, "77"));
    const gate = imported(pd).stages[0]!.gates[0]!;
    expect(gate).toMatchObject({ kind: "MEASURE", threshold: 77, key: original.key });
  });

  it("a renamed stage and a changed timing come from the resource, not from the details", () => {
    const pd = exported(SOLEUS_TEMPLATE);
    pd.action![1]!.title = "Build strength";
    pd.action![1]!.action![0]!.timingTiming = { repeat: { frequency: 4, period: 1, periodUnit: "wk" } };
    const stage = imported(pd).stages[1]!;
    expect(stage.name).toBe("Build strength");
    expect(stage.exercises[0]!.dose.frequency).toEqual({ times: 4, per: "WEEK" });
  });

  it("says what is wrong, stage by stage, instead of importing half a template", () => {
    expect(readPlanDefinition({ resourceType: "Patient" })).toEqual({ ok: false, problems: [expect.stringMatching(/not a FHIR PlanDefinition/)] });
    expect(readPlanDefinition("nonsense")).toMatchObject({ ok: false });

    const pd = exported(SOLEUS_TEMPLATE);
    pd.action![0]!.code = [{ text: "protect" }];
    pd.action![2]!.condition![0]!.expression!.expression = "%measures.calfGirth.exists()";
    const result = readPlanDefinition(pd);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(2);
    expect(result.problems[0]).toMatch(/^Stage 1 .*stage code/);
    expect(result.problems[1]).toMatch(/^Stage 3 .*gate 1: .*not a gate Restride can read/);
  });

  it("a PlanDefinition with parts of the wrong shape is a problem, not a crash", () => {
    const pd = exported(SOLEUS_TEMPLATE) as unknown as Record<string, unknown>;
    pd.action = [{ code: 5, action: "many" }];
    expect(readPlanDefinition(pd)).toMatchObject({ ok: false, problems: [expect.any(String)] });
    const noDetails = exported(SOLEUS_TEMPLATE);
    noDetails.extension = [];
    expect(readPlanDefinition(noDetails)).toMatchObject({ ok: false, problems: [expect.stringMatching(/muscles and grades/)] });
  });
});
