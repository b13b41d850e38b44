// What a patient is told to do in a stage: one pain rule per stage, per-exercise limits only where
// they differ on purpose, walking never limited below today's walking pain, and a complete rupture
// shown only protection and circulation work until the specialist clears it.
// Sources: the clinical brief ("Progression gates": pain during exercise up to 3-4/10 that settles
// by next morning is acceptable; 2+ points higher the next day means step back) and its grade 3
// rule (a complete rupture needs a specialist opinion before loading).
import { describe, expect, it } from "vitest";
import { generatePlan, type Injury, type Plan } from "@/lib/domain/clinical";
import { awaitingSpecialist, exercisePainText, painRuleText, stagePainLimit, stagePrescription } from "@/lib/domain/clinical/stage-prescription";
import { EXERCISE_LIBRARY, GASTROCNEMIUS_TEMPLATE, PROTOCOL_TEMPLATES, SOLEUS_TEMPLATE } from "@/lib/domain/injuries/calf/content";

const injury = (grade: 1 | 2 | 3, muscle: Injury["muscle"] = "SOLEUS"): Injury => ({
  muscle,
  side: "LEFT",
  injuryDate: "2026-11-01",
  onset: "SUDDEN",
  duringRunning: true,
  repeatInjury: false,
  clinicalGrade: grade,
});

const plan = (grade: 1 | 2 | 3, baseline?: Record<string, unknown>, template = SOLEUS_TEMPLATE): Plan =>
  generatePlan(template, EXERCISE_LIBRARY, {}, injury(grade, template === SOLEUS_TEMPLATE ? "SOLEUS" : "MEDIAL_GASTROCNEMIUS"), "2026-11-02", {
    baseline: baseline ?? null,
  });

describe("one pain rule per stage", () => {
  it("states the stage's rule once: pain up to the limit is fine if it settles by the next morning", () => {
    expect(painRuleText(3, "en")).toBe(
      "During your exercises, pain up to 3 out of 10 is OK if it settles by the next morning. If it is 2 or more points higher the next morning, do less next time.",
    );
    expect(painRuleText(3, "es")).toContain("hasta 3 de 10");
    expect(painRuleText(0, "en")).toMatch(/should not hurt/);
  });

  it("the stage's rule is the highest limit among its loading exercises, not walking", () => {
    const p = plan(2, { painWalking: 4 });
    const protect = p.stages[0]!;
    expect(protect.exercises.find((e) => e.exerciseKey === "heel-lift-walking")!.dose.painLimit).toBe(4);
    expect(stagePainLimit(protect, EXERCISE_LIBRARY)).toBe(3);
  });

  it("every seeded stage has its exercises at the stage's rule or stricter, except everyday walking", () => {
    for (const template of PROTOCOL_TEMPLATES) {
      for (const grade of template.grades) {
        const p = generatePlan(template, EXERCISE_LIBRARY, {}, injury(grade, template.muscles[0]), "2026-11-02");
        p.stages.forEach((stage, i) => {
          const rx = stagePrescription(p, i, EXERCISE_LIBRARY, { locale: "en", checks: { "specialist-cleared": true } });
          for (const e of rx.exercises) expect(e.painLimit).toBeLessThanOrEqual(rx.painLimit!);
        });
      }
    }
  });

  it("the protect stage of the v3 calf templates asks for one limit (3/10) on every exercise", () => {
    for (const template of [SOLEUS_TEMPLATE, GASTROCNEMIUS_TEMPLATE]) {
      const rx = stagePrescription(plan(2, undefined, template), 0, EXERCISE_LIBRARY, { locale: "en" });
      expect(rx.painLimit).toBe(3);
      expect(rx.exercises.map((e) => e.painText)).toEqual(rx.exercises.map(() => null));
    }
  });

  it("the run and sport stages of the v3 calf templates keep every exercise at 3/10: one rule, no exceptions", () => {
    for (const template of [SOLEUS_TEMPLATE, GASTROCNEMIUS_TEMPLATE]) {
      for (const index of [2, 3]) {
        const rx = stagePrescription(plan(2, undefined, template), index, EXERCISE_LIBRARY, { locale: "en" });
        expect(rx.painLimit).toBe(3);
        expect(rx.exercises.every((e) => e.painText === null)).toBe(true);
      }
    }
  });

  it("a stricter exercise limit is called out in its own words; an equal one says nothing", () => {
    expect(exercisePainText(3, 4, false, "en")).toBe("Keep this one to 3 out of 10 or less.");
    expect(exercisePainText(4, 4, false, "en")).toBeNull();
    expect(exercisePainText(0, 4, false, "es")).toBe("Este no debe doler nada.");
  });

  it("impact work in the strength stage is stricter than the stage's rule, on purpose", () => {
    const rx = stagePrescription(plan(2), 1, EXERCISE_LIBRARY, { locale: "en" });
    expect(rx.painLimit).toBe(4);
    expect(rx.exercises.find((e) => e.exercise.exerciseKey === "pogo-hops")!.painText).toBe("Keep this one to 3 out of 10 or less.");
  });
});

describe("everyday activities are never limited below the patient's pain doing them now", () => {
  it("walking pain 5/10 at the first visit: the walking exercise allows 5/10 and says why (was 1/10 before)", () => {
    const p = plan(2, { painWalking: 5 });
    const rx = stagePrescription(p, 0, EXERCISE_LIBRARY, { locale: "en" });
    // High first-visit pain lowers the stage's loading limit by 1 (DOSE_SCALING), never walking's.
    expect(rx.painLimit).toBe(2);
    const walking = rx.exercises.find((e) => e.exercise.exerciseKey === "heel-lift-walking")!;
    expect(walking.painLimit).toBe(5);
    expect(walking.painText).toMatch(/up to 5 out of 10 is OK/);
    expect(p.adjustments.some((a) => a.rule === "EVERYDAY_PAIN_FLOOR")).toBe(true);
  });

  it("walking pain at or under the stage's limit changes nothing", () => {
    const p = plan(2, { painWalking: 2 });
    expect(p.adjustments.some((a) => a.rule === "EVERYDAY_PAIN_FLOOR")).toBe(false);
    expect(p.stages[0]!.exercises.find((e) => e.exerciseKey === "heel-lift-walking")!.dose.painLimit).toBe(3);
  });
});

describe("a complete rupture waits for the specialist before any loading (errs towards referral)", () => {
  it("grade 3, specialist not yet cleared: only the notice, protection advice and ankle pumps", () => {
    const p = plan(3);
    const rx = stagePrescription(p, 0, EXERCISE_LIBRARY, { locale: "en", checks: {} });
    expect(rx.held).toBe(true);
    expect(rx.notice).toMatch(/specialist/i);
    expect(rx.advice.length).toBeGreaterThan(0);
    expect(rx.exercises.map((e) => e.exercise.exerciseKey)).toEqual(["ankle-pumps"]);
    expect(rx.withheld.map((e) => e.exercise.exerciseKey)).toContain("seated-isometric-soleus-hold");
    const shown = JSON.stringify([rx.notice, rx.advice, rx.painRule, rx.exercises]);
    expect(shown).not.toMatch(/day 2 or 3/);
  });

  it("the hold lifts once the specialist-cleared check is recorded", () => {
    const rx = stagePrescription(plan(3), 0, EXERCISE_LIBRARY, { locale: "en", checks: { "specialist-cleared": true } });
    expect(rx.held).toBe(false);
    expect(rx.withheld).toEqual([]);
    expect(rx.exercises.length).toBeGreaterThan(1);
  });

  it("grades 1 and 2 are never held", () => {
    for (const grade of [1, 2] as const) {
      expect(stagePrescription(plan(grade), 0, EXERCISE_LIBRARY, { locale: "en" }).held).toBe(false);
    }
  });

  it("a stage without the specialist decision is not held, even for grade 3", () => {
    const p = plan(3);
    expect(awaitingSpecialist(p, p.stages[1], {})).toBe(false);
  });

  it("the protection advice exists in Spanish too", () => {
    const rx = stagePrescription(plan(3), 0, EXERCISE_LIBRARY, { locale: "es" });
    expect(rx.advice.join(" ")).toMatch(/especialista/);
    expect(rx.notice).toMatch(/especialista/);
  });
});
