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
    expect(result.total).toBe(6);
    expect(result.metCount).toBe(3);
    expect(result.allMet).toBe(false);
    expect(result.summary).toBe(
      "3 of 6 gates met; missing: heel raises 18 reps (needs 25 reps or more), straight-knee symmetry 72% (needs 90% or more); no data: double-leg hops",
    );
    const byKey = Object.fromEntries(result.results.map((r) => [r.gate.key, r]));
    expect(byKey["heel-raises-straight"]).toMatchObject({ status: "NOT_MET", actual: 18 });
    expect(byKey["symmetry-bent"]).toMatchObject({ status: "MET", actual: 96.3 });
    expect(byKey["pain-free-double-leg-hops"]).toMatchObject({ status: "NO_DATA" });
    expect(byKey["pain-free-double-leg-hops"]!.actual).toBeUndefined();
  });

  it("uses therapist checks for CHECK gates", () => {
    const measures = deriveMeasures({
      heelRaisesStraight: { affected: 27, unaffected: 28 },
      heelRaisesBent: { affected: 26, unaffected: 27 },
      heelRaiseHeightCm: { affected: 10, unaffected: 10.5 },
    });
    const notYet = evaluateGates(strength, measures, { "pain-free-double-leg-hops": false });
    expect(notYet.summary).toBe("5 of 6 gates met; missing: double-leg hops");
    const done = evaluateGates(strength, measures, { "pain-free-double-leg-hops": true });
    expect(done).toMatchObject({ metCount: 6, total: 6, allMet: true, summary: "6 of 6 gates met" });
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
