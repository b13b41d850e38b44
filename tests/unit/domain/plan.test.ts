import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ClinicalError,
  addDays,
  daysBetween,
  generatePlan,
  suggestTemplate,
  type ClinicalGrade,
  type Injury,
  type Plan,
  type Template,
} from "@/lib/domain/clinical";
import { EXERCISE_LIBRARY, GASTROCNEMIUS_TEMPLATE, PROTOCOL_TEMPLATES, SOLEUS_TEMPLATE } from "@/lib/domain/injuries/calf/content";
import { SEEDED_TEMPLATES } from "@/lib/domain/injuries/content";
import { baselineArb, injuryArb } from "./arbitraries";

const soleusGrade2: Injury = {
  muscle: "SOLEUS",
  side: "LEFT",
  injuryDate: "2026-10-30",
  onset: "SUDDEN",
  duringRunning: true,
  repeatInjury: false,
  clinicalGrade: 2,
};

function exerciseIn(plan: Plan, stageKey: string, exerciseKey: string) {
  return plan.stages.find((s) => s.key === stageKey)?.exercises.find((e) => e.exerciseKey === exerciseKey);
}

describe("generatePlan: dates", () => {
  it("grade 2 soleus starting 2026-11-02 has the expected stage dates", () => {
    const plan = generatePlan(SOLEUS_TEMPLATE, EXERCISE_LIBRARY, {}, soleusGrade2, "2026-11-02");
    expect(plan.stages.map((s) => [s.key, s.startDate, s.minEndDate, s.latestStartDate, s.maxEndDate])).toEqual([
      ["protect", "2026-11-02", "2026-11-05", "2026-11-02", "2026-11-09"],
      ["strength", "2026-11-06", "2026-11-13", "2026-11-10", "2026-11-27"],
      ["run", "2026-11-14", "2026-11-21", "2026-11-28", "2026-12-15"],
      ["sport", "2026-11-22", "2026-11-26", "2026-12-16", "2026-12-27"],
      ["maintain", "2026-11-27", "2027-01-21", "2026-12-28", "2027-03-21"],
    ]);
    expect(plan.endDate).toEqual({ min: "2027-01-21", max: "2027-03-21" });
    expect(plan.currentStageIndex).toBe(0);
    expect(plan).toMatchObject({ templateKey: "soleus-strain", templateVersion: 3, effectiveGrade: 2, startDate: "2026-11-02" });
  });

  it("stage dates are contiguous on both paths and match the durations (property)", () => {
    fc.assert(
      fc.property(fc.constantFrom(...PROTOCOL_TEMPLATES), injuryArb, fc.integer({ min: 0, max: 60 }), (template, injury, delay) => {
        const start = addDays(injury.injuryDate, delay);
        const plan = generatePlan(template, EXERCISE_LIBRARY, {}, injury, start);
        expect(plan.stages[0]!.startDate).toBe(start);
        expect(plan.stages[0]!.latestStartDate).toBe(start);
        plan.stages.forEach((stage, i) => {
          expect(daysBetween(stage.startDate, stage.minEndDate) + 1).toBe(stage.durationDays.min);
          expect(daysBetween(stage.latestStartDate, stage.maxEndDate) + 1).toBe(stage.durationDays.max);
          expect(daysBetween(stage.startDate, stage.latestStartDate)).toBeGreaterThanOrEqual(0);
          const next = plan.stages[i + 1];
          if (next) {
            expect(next.startDate).toBe(addDays(stage.minEndDate, 1));
            expect(next.latestStartDate).toBe(addDays(stage.maxEndDate, 1));
          }
        });
        const last = plan.stages[plan.stages.length - 1]!;
        expect(plan.endDate).toEqual({ min: last.minEndDate, max: last.maxEndDate });
      }),
      { numRuns: 200 },
    );
  });
});

describe("generatePlan: determinism and snapshots", () => {
  it("the same input gives a deep-equal plan (property)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PROTOCOL_TEMPLATES),
        injuryArb,
        baselineArb,
        fc.option(fc.integer({ min: 0, max: 120 }), { nil: null }),
        (template, injury, baseline, weeklyRunningKm) => {
          const a = generatePlan(template, EXERCISE_LIBRARY, { weeklyRunningKm }, injury, injury.injuryDate, { baseline });
          const b = generatePlan(template, EXERCISE_LIBRARY, { weeklyRunningKm }, structuredClone(injury), injury.injuryDate, {
            baseline: structuredClone(baseline),
          });
          expect(b).toStrictEqual(a);
        },
      ),
      { numRuns: 150 },
    );
  });

  it("is a plain JSON snapshot that shares nothing with the template", () => {
    const before = structuredClone(SOLEUS_TEMPLATE);
    const plan = generatePlan(SOLEUS_TEMPLATE, EXERCISE_LIBRARY, { weeklyRunningKm: 40 }, soleusGrade2, "2026-11-02");
    expect(JSON.parse(JSON.stringify(plan))).toStrictEqual(plan);
    for (const stage of plan.stages) {
      stage.goals.push("mutated");
      stage.precautions.length = 0;
      stage.translations?.es?.goals?.push("mutado");
      for (const e of stage.exercises) {
        e.dose.sets = 99;
        e.dose.frequency.times = 99;
      }
      for (const g of stage.gates) {
        g.patientLabel = "mutated";
        g.grades?.push(1);
        if (g.translations?.es) g.translations.es.patientLabel = "mutado";
      }
    }
    expect(SOLEUS_TEMPLATE).toStrictEqual(before);
  });

  // Speed is measured by `npm run bench` (docs/benchmarks.md), never asserted in a test.
});

describe("generatePlan: grades", () => {
  const grade = (g: ClinicalGrade): Injury => ({ ...soleusGrade2, clinicalGrade: g });

  it("template durations never shrink with grade, and the total grows strictly", () => {
    for (const template of PROTOCOL_TEMPLATES) {
      for (const stage of template.stages) {
        expect(stage.durationDays[1].min).toBeLessThanOrEqual(stage.durationDays[2].min);
        expect(stage.durationDays[2].min).toBeLessThanOrEqual(stage.durationDays[3].min);
        expect(stage.durationDays[1].max).toBeLessThanOrEqual(stage.durationDays[2].max);
        expect(stage.durationDays[2].max).toBeLessThanOrEqual(stage.durationDays[3].max);
      }
      const totals = ([1, 2, 3] as const).map((g) => {
        const plan = generatePlan(template, EXERCISE_LIBRARY, {}, grade(g), "2026-11-02");
        return [daysBetween(plan.startDate, plan.endDate.min), daysBetween(plan.startDate, plan.endDate.max)] as const;
      });
      expect(totals[0]![0]).toBeLessThan(totals[1]![0]);
      expect(totals[1]![0]).toBeLessThan(totals[2]![0]);
      expect(totals[0]![1]).toBeLessThan(totals[1]![1]);
      expect(totals[1]![1]).toBeLessThan(totals[2]![1]);
    }
  });

  it("grade 3 starts with specialist review and protection", () => {
    const plan = generatePlan(SOLEUS_TEMPLATE, EXERCISE_LIBRARY, {}, grade(3), "2026-11-02");
    expect(plan.requiresSpecialistReview).toBe(true);
    expect(plan.stages[0]!.requiresSpecialistReview).toBe(true);
    expect(plan.stages.slice(1).every((s) => !s.requiresSpecialistReview)).toBe(true);
    expect(plan.stages[0]!.gates.map((g) => g.key)).toContain("specialist-cleared");
    expect(plan.stages[0]!.exercises.map((e) => e.exerciseKey)).not.toContain("towel-calf-stretch");

    const g2 = generatePlan(SOLEUS_TEMPLATE, EXERCISE_LIBRARY, {}, grade(2), "2026-11-02");
    expect(g2.requiresSpecialistReview).toBe(false);
    expect(g2.stages[0]!.requiresSpecialistReview).toBe(false);
    expect(g2.stages[0]!.gates.map((g) => g.key)).not.toContain("specialist-cleared");
  });

  it("BAMIC grade 4 is planned as grade 3", () => {
    const plan = generatePlan(GASTROCNEMIUS_TEMPLATE, EXERCISE_LIBRARY, {}, { ...soleusGrade2, muscle: "MEDIAL_GASTROCNEMIUS", bamicGrade: 4 }, "2026-11-02");
    expect(plan.clinicalGrade).toBe(2);
    expect(plan.effectiveGrade).toBe(3);
    expect(plan.requiresSpecialistReview).toBe(true);
    expect(plan.adjustments.map((a) => a.rule)).toContain("BAMIC_4_AS_GRADE_3");
  });

  it("grade 3 lowers reps, holds and pain limits in the first 2 stages only", () => {
    const g2 = generatePlan(SOLEUS_TEMPLATE, EXERCISE_LIBRARY, {}, grade(2), "2026-11-02");
    const g3 = generatePlan(SOLEUS_TEMPLATE, EXERCISE_LIBRARY, {}, grade(3), "2026-11-02");
    const hold2 = exerciseIn(g2, "protect", "seated-isometric-soleus-hold")!.dose;
    const hold3 = exerciseIn(g3, "protect", "seated-isometric-soleus-hold")!.dose;
    expect(hold3.holdSeconds).toBe(20); // 30 x 0.7 = 21, rounded to the nearest 5 s
    expect(hold2.holdSeconds).toBe(30);
    expect(hold3.painLimit).toBe(hold2.painLimit - 1);
    expect(exerciseIn(g3, "strength", "single-leg-heel-raise")!.dose.reps).toBe(11);
    expect(exerciseIn(g2, "strength", "single-leg-heel-raise")!.dose.reps).toBe(15);
    expect(exerciseIn(g3, "run", "pogo-hops")!.dose).toEqual(exerciseIn(g2, "run", "pogo-hops")!.dose);
    expect(g3.adjustments.filter((a) => a.rule === "GRADE_3_EARLY_STAGES").flatMap((a) => a.stageKeys)).toEqual(["protect", "strength"]);
  });

  it("lists each dose adjustment once: grade 3 is one line naming stages 1 and 2", () => {
    for (const template of PROTOCOL_TEMPLATES) {
      const g3 = generatePlan(template, EXERCISE_LIBRARY, {}, grade(3), "2026-11-02", { baseline: { painWalking: 6 } });
      const rules = g3.adjustments.map((a) => a.rule);
      expect(new Set(rules).size, template.key).toBe(rules.length);
      const descriptions = g3.adjustments.map((a) => a.description);
      expect(new Set(descriptions).size, template.key).toBe(descriptions.length);
      const grade3 = g3.adjustments.filter((a) => a.rule === "GRADE_3_EARLY_STAGES");
      expect(grade3).toEqual([
        {
          rule: "GRADE_3_EARLY_STAGES",
          stageKey: "protect",
          stageKeys: ["protect", "strength"],
          description: "Complete rupture: in stages 1 and 2, reps and hold times x 0.7, pain limit lowered by 1.",
        },
      ]);
    }
    const g2 = generatePlan(SOLEUS_TEMPLATE, EXERCISE_LIBRARY, {}, grade(2), "2026-11-02");
    expect(g2.adjustments.map((a) => a.rule)).not.toContain("GRADE_3_EARLY_STAGES");
  });
});

describe("generatePlan: baseline scaling", () => {
  it("without a baseline, doses are the template's", () => {
    const plan = generatePlan(SOLEUS_TEMPLATE, EXERCISE_LIBRARY, {}, soleusGrade2, "2026-11-02");
    SOLEUS_TEMPLATE.stages.forEach((stage, i) => {
      const expected = stage.exercises.filter((e) => !e.grades || e.grades.includes(2)).map((e) => e.dose);
      expect(plan.stages[i]!.exercises.map((e) => e.dose)).toStrictEqual(expected);
    });
    expect(plan.adjustments).toEqual([]);
  });

  it("high baseline pain lowers first-stage reps and pain limits", () => {
    const plan = generatePlan(SOLEUS_TEMPLATE, EXERCISE_LIBRARY, {}, soleusGrade2, "2026-11-02", { baseline: { painWalking: 6 } });
    expect(exerciseIn(plan, "protect", "ankle-pumps")!.dose).toMatchObject({ reps: 16, painLimit: 2 });
    expect(exerciseIn(plan, "protect", "seated-isometric-soleus-hold")!.dose).toMatchObject({ holdSeconds: 25, painLimit: 2 }); // 30 x 0.8 = 24 -> 25 s
    expect(exerciseIn(plan, "strength", "single-leg-heel-raise")!.dose.reps).toBe(15);
    // Walking itself is never limited below today's walking pain (6/10): its own floor, listed.
    expect(exerciseIn(plan, "protect", "heel-lift-walking")!.dose.painLimit).toBe(6);
    expect(plan.adjustments.map((a) => a.rule)).toEqual(["HIGH_BASELINE_PAIN", "EVERYDAY_PAIN_FLOOR"]);
  });

  it("a heel-raise deficit lowers body-weight calf raise targets in the strength stage, per knee position", () => {
    const baseline = {
      heelRaisesStraight: { affected: 10, unaffected: 25 },
      heelRaisesBent: { affected: 18, unaffected: 24 },
    };
    const plan = generatePlan(SOLEUS_TEMPLATE, EXERCISE_LIBRARY, {}, soleusGrade2, "2026-11-02", { baseline });
    // straight 40% -> x 0.6; bent 75% -> x 0.8
    expect(exerciseIn(plan, "strength", "single-leg-heel-raise")!.dose.reps).toBe(9);
    expect(exerciseIn(plan, "strength", "single-leg-bent-knee-heel-raise")!.dose.reps).toBe(12);
    expect(exerciseIn(plan, "strength", "seated-soleus-raise")!.dose.reps).toBe(16);
    // externally loaded work keeps its reps; other stages are untouched
    expect(exerciseIn(plan, "strength", "weighted-seated-soleus-raise")!.dose.reps).toBe(10);
    expect(exerciseIn(plan, "protect", "seated-soleus-raise")!.dose.reps).toBe(15);
    expect(exerciseIn(plan, "run", "weighted-seated-soleus-raise")!.dose.reps).toBe(8);
    const deficits = plan.adjustments.filter((a) => a.rule === "HEEL_RAISE_DEFICIT").map((a) => a.description);
    expect(deficits).toHaveLength(2);
    expect(deficits.join(" ")).toMatch(/straight-knee heel-raise symmetry 40%/);
  });

  it("scaled doses stay valid and never exceed the template (property)", () => {
    fc.assert(
      fc.property(fc.constantFrom(...PROTOCOL_TEMPLATES), injuryArb, baselineArb, (template, injury, baseline) => {
        const plan = generatePlan(template, EXERCISE_LIBRARY, {}, injury, injury.injuryDate, { baseline });
        plan.stages.forEach((stage, i) => {
          const source = template.stages[i]!.exercises.filter((e) => !e.grades || e.grades.includes(plan.effectiveGrade));
          expect(stage.exercises.map((e) => e.exerciseKey)).toEqual(source.map((e) => e.exerciseKey));
          stage.exercises.forEach((e, j) => {
            const original = source[j]!.dose;
            expect(e.dose.sets).toBe(original.sets);
            expect(e.dose.painLimit).toBeGreaterThanOrEqual(1);
            // Everyday walking may rise to the first visit's walking pain (EVERYDAY_PAIN_FLOOR).
            const walking = EXERCISE_LIBRARY.find((x) => x.key === e.exerciseKey)!.category === "GAIT" ? (baseline?.painWalking ?? 0) : 0;
            expect(e.dose.painLimit).toBeLessThanOrEqual(Math.max(original.painLimit, walking));
            if (original.reps != null) {
              expect(e.dose.reps).toBeGreaterThanOrEqual(Math.min(5, original.reps));
              expect(e.dose.reps).toBeLessThanOrEqual(original.reps);
            }
            if (original.holdSeconds != null) {
              expect(e.dose.holdSeconds).toBeGreaterThanOrEqual(Math.min(10, original.holdSeconds));
              expect(e.dose.holdSeconds).toBeLessThanOrEqual(original.holdSeconds);
              // Holds a patient can count: seeded holds are whole 5 s steps, and stay so once scaled.
              expect(original.holdSeconds % 5).toBe(0);
              expect(e.dose.holdSeconds! % 5).toBe(0);
            }
          });
        });
      }),
      { numRuns: 150 },
    );
  });

  it("adds a running-volume goal to the sport stage", () => {
    const plan = generatePlan(SOLEUS_TEMPLATE, EXERCISE_LIBRARY, { weeklyRunningKm: 35 }, soleusGrade2, "2026-11-02");
    expect(plan.stages.find((s) => s.key === "sport")!.goals.at(-1)).toMatch(/about 35 km a week/);
    const none = generatePlan(SOLEUS_TEMPLATE, EXERCISE_LIBRARY, { weeklyRunningKm: 0 }, soleusGrade2, "2026-11-02");
    expect(none.stages.find((s) => s.key === "sport")!.goals).toEqual(SOLEUS_TEMPLATE.stages[3]!.goals);
  });
});

describe("generatePlan: holds", () => {
  const withHold = (holdSeconds: number): Template => {
    const protect = SOLEUS_TEMPLATE.stages[0]!;
    const exercises = [
      { exerciseKey: "seated-isometric-soleus-hold", dose: { sets: 5, holdSeconds, frequency: { times: 3, per: "DAY" as const }, painLimit: 3 } },
    ];
    return { ...SOLEUS_TEMPLATE, stages: [{ ...protect, exercises }, ...SOLEUS_TEMPLATE.stages.slice(1)] };
  };
  const scaledHold = (holdSeconds: number, baseline: { painWalking?: number } = {}) =>
    exerciseIn(
      generatePlan(withHold(holdSeconds), EXERCISE_LIBRARY, {}, { ...soleusGrade2, clinicalGrade: 3 }, "2026-11-02", { baseline }),
      "protect",
      "seated-isometric-soleus-hold",
    )!.dose.holdSeconds;

  it("rounds scaled holds to the nearest 5 s, never below the 10 s floor nor above the template", () => {
    expect(scaledHold(30)).toBe(20); // x 0.7 = 21
    expect(scaledHold(45)).toBe(30); // x 0.7 = 31.5
    expect(scaledHold(30, { painWalking: 6 })).toBe(15); // x 0.56 = 16.8
    expect(scaledHold(15)).toBe(10); // x 0.7 = 10.5
    expect(scaledHold(12)).toBe(10); // x 0.7 = 8.4: the floor
    expect(scaledHold(8)).toBe(8); // under the floor already: kept
    expect(scaledHold(11)).toBe(10); // x 0.7 = 7.7 -> floor 10, not above 11
  });
});

describe("generatePlan: errors", () => {
  const codeOf = (fn: () => unknown) => {
    try {
      fn();
    } catch (error) {
      if (error instanceof ClinicalError) return error.code;
      throw error;
    }
    return null;
  };

  it("rejects bad dates and a start before the injury", () => {
    expect(codeOf(() => generatePlan(SOLEUS_TEMPLATE, EXERCISE_LIBRARY, {}, soleusGrade2, "2026-11-31"))).toBe("INVALID_DATE");
    expect(codeOf(() => generatePlan(SOLEUS_TEMPLATE, EXERCISE_LIBRARY, {}, { ...soleusGrade2, injuryDate: "30/10/2026" }, "2026-11-02"))).toBe("INVALID_DATE");
    expect(codeOf(() => generatePlan(SOLEUS_TEMPLATE, EXERCISE_LIBRARY, {}, soleusGrade2, "2026-10-29"))).toBe("START_BEFORE_INJURY");
    expect(codeOf(() => generatePlan(SOLEUS_TEMPLATE, EXERCISE_LIBRARY, {}, soleusGrade2, "2026-10-30"))).toBeNull();
  });

  it("rejects an uncovered grade, an empty template and unknown exercises", () => {
    const grades12: Template = { ...SOLEUS_TEMPLATE, grades: [1, 2] };
    expect(codeOf(() => generatePlan(grades12, EXERCISE_LIBRARY, {}, { ...soleusGrade2, clinicalGrade: 3 }, "2026-11-02"))).toBe("GRADE_NOT_COVERED");
    expect(codeOf(() => generatePlan({ ...SOLEUS_TEMPLATE, stages: [] }, EXERCISE_LIBRARY, {}, soleusGrade2, "2026-11-02"))).toBe("EMPTY_TEMPLATE");
    const library = EXERCISE_LIBRARY.filter((e) => e.key !== "ankle-pumps");
    expect(codeOf(() => generatePlan(SOLEUS_TEMPLATE, library, {}, soleusGrade2, "2026-11-02"))).toBe("UNKNOWN_EXERCISE");
  });

  it("notes, but allows, a template chosen for another muscle", () => {
    const plan = generatePlan(GASTROCNEMIUS_TEMPLATE, EXERCISE_LIBRARY, {}, soleusGrade2, "2026-11-02");
    expect(plan.adjustments.map((a) => a.rule)).toEqual(["TEMPLATE_MUSCLE_MISMATCH"]);
  });
});

describe("suggestTemplate", () => {
  it("matches muscle and grade; an unconfirmed calf goes to soleus", () => {
    const pick = (muscle: Injury["muscle"], clinicalGrade: ClinicalGrade = 2) => suggestTemplate(PROTOCOL_TEMPLATES, { muscle, clinicalGrade })?.key ?? null;
    expect(pick("SOLEUS")).toBe("soleus-strain");
    expect(pick("MEDIAL_GASTROCNEMIUS")).toBe("gastrocnemius-strain");
    expect(pick("LATERAL_GASTROCNEMIUS", 3)).toBe("gastrocnemius-strain");
    expect(pick("CALF_UNSPECIFIED", 1)).toBe("soleus-strain");
  });

  it("returns null when nothing fits", () => {
    expect(suggestTemplate([], { muscle: "SOLEUS", clinicalGrade: 1 })).toBeNull();
    const onlyGrade1 = [{ ...SOLEUS_TEMPLATE, grades: [1] as ClinicalGrade[] }];
    expect(suggestTemplate(onlyGrade1, { muscle: "SOLEUS", clinicalGrade: 2 })).toBeNull();
    expect(suggestTemplate(onlyGrade1, { muscle: "SOLEUS", clinicalGrade: 1, bamicGrade: 4 })).toBeNull();
  });

  it("always suggests a template for any injury in the seeded library (property)", () => {
    fc.assert(
      fc.property(injuryArb, (injury) => {
        const template = suggestTemplate(SEEDED_TEMPLATES, injury);
        expect(template).not.toBeNull();
        expect(template!.muscles).toContain(injury.muscle);
      }),
    );
  });
});
