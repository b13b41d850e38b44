import type { ActivityDefinition, PlanDefinition } from "@medplum/fhirtypes";
import { describe, expect, it } from "vitest";
import { SOLEUS_TEMPLATE } from "@/lib/domain/injuries/calf/content";
import { SEEDED_EXERCISES as EXERCISE_LIBRARY, SEEDED_TEMPLATES } from "@/lib/domain/injuries/content";
import { buildPlanDefinition, gateExpression } from "@/lib/fhir/plan-definition";
import { fhirPackageErrors, medplumErrors } from "../../support/fhir-validators";

const ID = "7d3a1c2b-0000-4000-8000-00000000abcd";

describe("FHIR PlanDefinition of a protocol template", { timeout: 30_000 }, () => {
  it("has one action per stage, exercises as contained ActivityDefinitions and gates as FHIRPath stop conditions", () => {
    const pd = buildPlanDefinition({ id: ID, status: "PUBLISHED", template: SOLEUS_TEMPLATE, exercises: EXERCISE_LIBRARY, baseUrl: "https://clinic.example" });
    expect(pd).toMatchObject({
      resourceType: "PlanDefinition",
      status: "active",
      version: String(SOLEUS_TEMPLATE.version),
      url: "https://clinic.example/fhir/PlanDefinition/soleus-strain",
    });
    expect(pd.action!.map((a) => a.code![0]!.coding![0]!.code)).toEqual(SOLEUS_TEMPLATE.stages.map((s) => s.key));
    const contained = pd.contained as ActivityDefinition[];
    const used = new Set(SOLEUS_TEMPLATE.stages.flatMap((s) => s.exercises.map((e) => e.exerciseKey)));
    expect(contained.map((a) => a.code!.coding![0]!.code).sort()).toEqual([...used].sort());
    for (const [i, stage] of SOLEUS_TEMPLATE.stages.entries()) {
      const action = pd.action![i]!;
      expect(action.action!.length).toBe(stage.exercises.length);
      for (const sub of action.action!) expect(contained.some((a) => `#${a.id}` === sub.definitionCanonical)).toBe(true);
      expect((action.condition ?? []).map((c) => c.expression!.expression)).toEqual(stage.gates.map(gateExpression));
      expect((action.condition ?? []).every((c) => c.kind === "stop" && c.expression!.language === "text/fhirpath")).toBe(true);
    }
  });

  it("writes gates as FHIRPath: measures, checks (back-quoted keys) and grade-limited gates", () => {
    expect(
      gateExpression({ kind: "MEASURE", key: "k", label: "l", patientLabel: "p", measure: "heelRaiseSymmetryStraight", comparator: ">=", threshold: 90 }),
    ).toBe("%measures.heelRaiseSymmetryStraight >= 90");
    expect(gateExpression({ kind: "CHECK", key: "k", label: "l", patientLabel: "p", check: "normal-gait", grades: [2, 3] })).toBe(
      "%grade in (2 | 3) implies (%checks.`normal-gait` = true)",
    );
  });

  it("validates with 0 errors in both validators, for every seeded template and status", () => {
    for (const template of SEEDED_TEMPLATES) {
      for (const status of ["DRAFT", "PUBLISHED", "ARCHIVED"] as const) {
        const pd: PlanDefinition = buildPlanDefinition({ id: ID, status, template, exercises: EXERCISE_LIBRARY, publishedAt: "2026-11-01T00:00:00.000Z" });
        expect(medplumErrors(pd)).toEqual([]);
        expect(fhirPackageErrors(pd)).toEqual([]);
      }
    }
  });
});
