import { describe, expect, it } from "vitest";
import { generatePlan } from "@/lib/domain/clinical";
import type { Dose } from "@/lib/domain/clinical/types";
import { applyPlanEdit, describeDose, PlanEditError, type PlanSnapshot } from "@/lib/domain/plan-edits";
import { EXERCISE_LIBRARY, SOLEUS_TEMPLATE } from "@/lib/domain/injuries/calf/content";

function snapshot(): PlanSnapshot {
  const plan = generatePlan(
    SOLEUS_TEMPLATE,
    EXERCISE_LIBRARY,
    {},
    { muscle: "SOLEUS", side: "LEFT", injuryDate: "2026-11-01", onset: "SUDDEN", duringRunning: true, repeatInjury: false, clinicalGrade: 2 },
    "2026-11-02",
  );
  return { plan, exercises: EXERCISE_LIBRARY.slice(), education: [] };
}

const dose: Dose = { sets: 4, reps: 12, load: "5 kg", frequency: { times: 1, per: "DAY" }, painLimit: 3 };

describe("applyPlanEdit", () => {
  it("changes one exercise's dose and says what changed, leaving the input untouched", () => {
    const before = snapshot();
    const original = JSON.stringify(before);
    const name = before.plan.stages[1]!.exercises[0]!.name;
    const { snapshot: after, summary } = applyPlanEdit(before, { type: "dose", stageIndex: 1, exerciseIndex: 0, dose });
    expect(after.plan.stages[1]!.exercises[0]!.dose).toMatchObject({ sets: 4, reps: 12, load: "5 kg" });
    expect(summary).toContain(name);
    expect(summary).toContain("4 × 12, 5 kg, 1×/day, pain 3/10 or less");
    expect(JSON.stringify(before)).toBe(original);
  });

  it("adds, moves and removes exercises", () => {
    const s0 = snapshot();
    const stage = s0.plan.stages[0]!;
    const extra = EXERCISE_LIBRARY.find((e) => !stage.exercises.some((x) => x.exerciseKey === e.key))!;
    const s1 = applyPlanEdit(s0, { type: "addExercise", stageIndex: 0, exercise: extra, dose }).snapshot;
    const last = s1.plan.stages[0]!.exercises.length - 1;
    expect(s1.plan.stages[0]!.exercises[last]!.exerciseKey).toBe(extra.key);
    const s2 = applyPlanEdit(s1, { type: "moveExercise", stageIndex: 0, exerciseIndex: last, direction: -1 }).snapshot;
    expect(s2.plan.stages[0]!.exercises[last - 1]!.exerciseKey).toBe(extra.key);
    const s3 = applyPlanEdit(s2, { type: "removeExercise", stageIndex: 0, exerciseIndex: last - 1 }).snapshot;
    expect(s3.plan.stages[0]!.exercises.map((e) => e.exerciseKey)).toEqual(stage.exercises.map((e) => e.exerciseKey));
  });

  it("refuses impossible edits with a clear message", () => {
    const s = snapshot();
    const present = EXERCISE_LIBRARY.find((e) => e.key === s.plan.stages[0]!.exercises[0]!.exerciseKey)!;
    expect(() => applyPlanEdit(s, { type: "addExercise", stageIndex: 0, exercise: present, dose })).toThrow(/already in this stage/);
    expect(() => applyPlanEdit(s, { type: "moveExercise", stageIndex: 0, exerciseIndex: 0, direction: -1 })).toThrow(PlanEditError);
    expect(() => applyPlanEdit(s, { type: "removeExercise", stageIndex: 0, exerciseIndex: 99 })).toThrow(/no longer in this stage/);
    expect(() => applyPlanEdit(s, { type: "dose", stageIndex: 9, exerciseIndex: 0, dose })).toThrow(/not part of this plan/);
  });
});

it("describeDose covers reps, holds and timed work", () => {
  expect(describeDose({ sets: 3, holdSeconds: 45, frequency: { times: 2, per: "DAY" }, painLimit: 3 })).toBe("3 × 45 s hold, 2×/day, pain 3/10 or less");
  expect(describeDose({ sets: 1, durationMinutes: 20, frequency: { times: 3, per: "WEEK" }, painLimit: 2 })).toBe("1 × 20 min, 3×/week, pain 2/10 or less");
});
