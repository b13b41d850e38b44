import { describe, expect, it } from "vitest";
import { compare, deriveMeasures, describeTarget, evaluateGates, type GateTemplate } from "@/lib/domain/clinical";
import { SOLEUS_TEMPLATE } from "@/lib/domain/injuries/calf/content";

const strength = SOLEUS_TEMPLATE.stages.find((s) => s.key === "strength")!;

describe("evaluateGates", () => {
  it("summarises met, missing and no-data gates", () => {
    const measures = deriveMeasures({
      heelRaisesStraight: { affected: 18, unaffected: 25 },
      heelRaisesBent: { affected: 26, unaffected: 27 },
      heelRaiseHeightCm: { affected: 10, unaffected: 10 },
    });
    const result = evaluateGates(strength, measures);
    expect(result.total).toBe(7);
    expect(result.metCount).toBe(3);
    expect(result.allMet).toBe(false);
    expect(result.summary).toBe(
      "3 of 7 gates met; missing: heel raises vs target 72% (needs 100% or more), straight-knee symmetry 72% (needs 90% or more); no data: seated raise load, double-leg hops",
    );
    const byKey = Object.fromEntries(result.results.map((r) => [r.gate.key, r]));
    expect(byKey["heel-raise-target-straight"]).toMatchObject({ status: "NOT_MET", actual: 72 });
    expect(byKey["symmetry-bent"]).toMatchObject({ status: "MET", actual: 96.3 });
    expect(byKey["pain-free-double-leg-hops"]).toMatchObject({ status: "NO_DATA" });
    expect(byKey["pain-free-double-leg-hops"]!.actual).toBeUndefined();
  });

  it("heel-raise gates ask for the other side's count, at most 25 (healthy medians 24 men, 21 women: Hebert-Losier 2017)", () => {
    const targetGates = { gates: strength.gates.filter((g) => g.key === "heel-raise-target-straight" || g.key === "heel-raise-target-bent") };
    expect(targetGates.gates).toHaveLength(2);
    const at = (affected: number, unaffected: number) =>
      evaluateGates(targetGates, deriveMeasures({ heelRaisesStraight: { affected, unaffected }, heelRaisesBent: { affected, unaffected } }));
    // Other side 24, injured side 24: met, though 24 < 25. 23 of 24 is not.
    expect(at(24, 24).allMet).toBe(true);
    expect(at(23, 24).allMet).toBe(false);
    expect(at(23, 24).metCount).toBe(0);
    // The target stops at 25: a strong other side (40) does not raise the bar above 25.
    expect(at(25, 40).allMet).toBe(true);
    expect(at(24, 40).allMet).toBe(false);
  });

  it("uses therapist checks for CHECK gates", () => {
    const measures = deriveMeasures({
      heelRaisesStraight: { affected: 27, unaffected: 28 },
      heelRaisesBent: { affected: 26, unaffected: 27 },
      heelRaiseHeightCm: { affected: 10, unaffected: 10.5 },
      seatedRaiseLoadKg: 80,
      bodyMassKg: 75,
    });
    const notYet = evaluateGates(strength, measures, { "pain-free-double-leg-hops": false });
    expect(notYet.summary).toBe("6 of 7 gates met; missing: double-leg hops");
    const done = evaluateGates(strength, measures, { "pain-free-double-leg-hops": true });
    expect(done).toMatchObject({ metCount: 7, total: 7, allMet: true, summary: "7 of 7 gates met" });
  });

  it("shows the comparator for upper-limit gates", () => {
    const protect = SOLEUS_TEMPLATE.stages[0]!;
    const result = evaluateGates({ gates: protect.gates.filter((g) => !g.grades) }, { painWalking: 4 }, { "normal-gait": true });
    expect(result.summary).toBe("1 of 2 gates met; missing: walking pain 4/10 (needs 2/10 or less)");
    expect(evaluateGates({ gates: protect.gates.filter((g) => !g.grades) }, { painWalking: 2 }, { "normal-gait": true }).allMet).toBe(true);
  });

  it("treats null and non-finite measures as no data", () => {
    const gates: GateTemplate[] = [{ key: "g", kind: "MEASURE", measure: "lefs", comparator: ">=", threshold: 72, label: "LEFS", patientLabel: "LEFS" }];
    expect(evaluateGates({ gates }, { lefs: null }).results[0]!.status).toBe("NO_DATA");
    expect(evaluateGates({ gates }, { lefs: Number.NaN }).results[0]!.status).toBe("NO_DATA");
    expect(evaluateGates({ gates }, { lefs: 72.5 }).summary).toBe("1 of 1 gates met");
    expect(evaluateGates({ gates }, { lefs: 70.25 }).summary).toBe("0 of 1 gates met; missing: LEFS 70.3/80 (needs 72/80 or more)");
  });

  it("a stage without gates is vacuously met", () => {
    expect(evaluateGates({ gates: [] }, {})).toEqual({ results: [], metCount: 0, total: 0, allMet: true, summary: "No gates for this stage" });
  });

  it("compares with every operator", () => {
    expect([compare(2, ">=", 2), compare(2, ">", 2), compare(2, "<=", 2), compare(2, "<", 2)]).toEqual([true, false, true, false]);
  });
});

describe("gate targets in words (issue 9: no comparison signs on staff screens)", () => {
  it("says a target the way a clinician says it, never with <= or >=", () => {
    expect(describeTarget({ measure: "painWalking", comparator: "<=", threshold: 2 })).toBe("2/10 or less");
    expect(describeTarget({ measure: "heelRaiseSymmetryStraight", comparator: ">=", threshold: 90 })).toBe("90% or more");
    expect(describeTarget({ measure: "lefs", comparator: ">=", threshold: 72 })).toBe("72/80 or more");
    expect(describeTarget({ measure: "seatedRaiseLoadBw", comparator: ">", threshold: 1.5 })).toBe("more than 1.5 x body weight");
    expect(describeTarget({ measure: "heelRaisesAffectedStraight", comparator: "<", threshold: 25 })).toBe("less than 25 reps");
  });
});
