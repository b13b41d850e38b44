// The PlanDefinition's gate expressions, evaluated by the HL7 FHIRPath engine (fhirpath.js), agree
// with the domain's evaluateGates on every seeded stage, grade and random set of measures and
// checks: a receiver running the exported FHIRPath moves a patient on exactly when Restride does.
import fc from "fast-check";
import fhirpath from "fhirpath";
import { describe, expect, it } from "vitest";
import type { ClinicalGrade, GateTemplate } from "@/lib/domain/clinical/types";
import { evaluateGates } from "@/lib/domain/clinical/gates";
import { EXERCISE_LIBRARY, PROTOCOL_TEMPLATES } from "@/lib/domain/injuries/calf/content";
import { MEASURE_META } from "@/lib/domain/measures";
import { buildPlanDefinition } from "@/lib/fhir/plan-definition";

const applies = (gate: GateTemplate, grade: ClinicalGrade) => !gate.grades || gate.grades.includes(grade);

/** A measure value near the gate's threshold (equal, just either side) or anywhere in its range, or missing. */
function measureArb(gates: readonly GateTemplate[], key: string) {
  const thresholds = gates.flatMap((g) => (g.kind === "MEASURE" && g.measure === key ? [g.threshold] : []));
  const range = MEASURE_META[key as keyof typeof MEASURE_META]?.range ?? { min: 0, max: 200 };
  return fc.oneof(
    fc.constant(undefined),
    fc.constantFrom(...thresholds.flatMap((t) => [t, t - 0.01, t + 0.01, t - 1, t + 1])),
    fc.double({ min: range.min, max: range.max, noNaN: true }),
  );
}

describe("gate expressions in FHIRPath agree with evaluateGates", { timeout: 30_000 }, () => {
  for (const template of PROTOCOL_TEMPLATES) {
    const pd = buildPlanDefinition({ id: "t", status: "PUBLISHED", template, exercises: EXERCISE_LIBRARY });
    for (const [i, stage] of template.stages.entries()) {
      if (!stage.gates.length) continue;
      it(`${template.key} v${template.version}, stage ${i + 1} (${stage.key})`, () => {
        const conditions = pd.action![i]!.condition!.map((c) => c.expression!.expression!);
        const measureKeys = [...new Set(stage.gates.flatMap((g) => (g.kind === "MEASURE" ? [g.measure] : [])))];
        const checkKeys = [...new Set(stage.gates.flatMap((g) => (g.kind === "CHECK" ? [g.check] : [])))];
        const measures = fc.record(Object.fromEntries(measureKeys.map((k) => [k, measureArb(stage.gates, k)])));
        const checks = fc.record(Object.fromEntries(checkKeys.map((k) => [k, fc.constantFrom(undefined, true, false)])));
        fc.assert(
          fc.property(fc.constantFrom(...template.grades), measures, checks, (grade, m, c) => {
            const defined = <T>(o: Record<string, T | undefined>) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
            const env = { grade, measures: defined(m), checks: defined(c) };
            const fhir = conditions.map((expression) => fhirpath.evaluate({}, expression, env) as unknown[]);
            const domain = evaluateGates({ gates: stage.gates.filter((g) => applies(g, grade)) }, m, c);
            // Per gate: met in the domain ⇔ the expression is exactly [true]; a gate for other grades is [true].
            stage.gates.forEach((gate, j) => {
              const result = domain.results.find((r) => r.gate === gate);
              expect(fhir[j], `${gate.key}: ${conditions[j]}`).toEqual(
                result ? (result.status === "MET" ? [true] : expect.not.arrayContaining([true])) : [true],
              );
            });
            expect(fhir.every((r) => r.length === 1 && r[0] === true)).toBe(domain.allMet);
          }),
          { numRuns: 300 },
        );
      });
    }
  }
});
