// Parallel tracks and the session and subjective gates (decision 028). The tracks follow Serner
// et al. 2020 (Aspetar groin protocol): two tracks, groin exercises and running, each through its
// own phases on its own criteria, both finished before on-field training. These tests use a small
// template built on the soleus one, so they hold whatever the groin content says.
import { describe, expect, it } from "vitest";
import {
  activeStage,
  countsAsSession,
  evaluateGates,
  generatePlan,
  moveTrack,
  stageProgress,
  tracksDuration,
  validateTemplate,
  workParts,
  type GateLog,
  type Injury,
} from "@/lib/domain/clinical";
import { EXERCISE_LIBRARY, SOLEUS_TEMPLATE } from "@/lib/domain/injuries/calf/content";
import { TRACKS, confidenceGate, jog, sessionsGate, strength, tracked } from "../../support/tracked-template";

const injury: Injury = {
  muscle: "SOLEUS",
  side: "LEFT",
  injuryDate: "2026-10-30",
  onset: "SUDDEN",
  duringRunning: true,
  repeatInjury: false,
  clinicalGrade: 2,
};

describe("parallel tracks", () => {
  it("a stage with tracks lasts as long as its slowest track, per grade (fastest and slowest path)", () => {
    // exercise: 3+5 = 8 to 6+10 = 16; running: 4+2 = 6 to 8+4 = 12 (grade 1).
    expect(tracksDuration(TRACKS)[1]).toEqual({ min: 8, max: 16 });
    expect(tracksDuration(TRACKS)[3]).toEqual({ min: 12, max: 24 });
  });

  it("the test template is valid, and a stage whose duration is not its slowest track's is refused", () => {
    expect(validateTemplate(tracked, EXERCISE_LIBRARY)).toEqual([]);
    const wrong = { ...tracked, stages: [{ ...tracked.stages[0]!, durationDays: strength.durationDays }, ...tracked.stages.slice(1)] };
    expect(validateTemplate(wrong, EXERCISE_LIBRARY).join("\n")).toMatch(/slowest track/);
  });

  it("every phase of a track that is not in the last stage needs a measurable gate", () => {
    const noGate = {
      ...tracked,
      stages: [
        { ...tracked.stages[0]!, tracks: [TRACKS[0]!, { ...TRACKS[1]!, phases: [{ ...TRACKS[1]!.phases[0]!, gates: [] }] }] },
        ...tracked.stages.slice(1),
      ],
    };
    expect(validateTemplate(noGate, EXERCISE_LIBRARY).join("\n")).toMatch(/running\/b1: needs at least one measurable gate/);
  });

  it("the plan dates each track's phases from the stage's start, and starts both tracks in their first phase", () => {
    const plan = generatePlan(tracked, EXERCISE_LIBRARY, {}, injury, "2026-11-02");
    const [exercise, running] = plan.stages[0]!.tracks!;
    expect(exercise!.phases.map((p) => [p.startDate, p.minEndDate])).toEqual([
      ["2026-11-02", "2026-11-05"],
      ["2026-11-06", "2026-11-11"],
    ]);
    expect(running!.phases[0]!.startDate).toBe("2026-11-02");
    expect([exercise!.currentPhaseIndex, running!.currentPhaseIndex]).toEqual([0, 0]);
    // The next stage starts after the slowest track (grade 2: exercise 4 + 6 = 10 days).
    expect(plan.stages[1]!.startDate).toBe("2026-11-12");
  });

  it("moving one track leaves the other's pointer and exercises as they were", () => {
    const plan = generatePlan(tracked, EXERCISE_LIBRARY, {}, injury, "2026-11-02");
    const before = activeStage(plan.stages[0]!);
    const { plan: moved, from, to } = moveTrack(plan, "running", 1, "2026-11-08");
    expect([from, to]).toEqual([0, 1]);
    const [exercise, running] = moved.stages[0]!.tracks!;
    expect(exercise!.currentPhaseIndex).toBe(0);
    expect(running!.currentPhaseIndex).toBe(1);
    expect(running!.phaseStartedOn).toBe("2026-11-08");
    expect(workParts(moved.stages[0]!)[0]!.exercises).toEqual(workParts(plan.stages[0]!)[0]!.exercises);
    // The original plan is not changed (moveTrack is pure).
    expect(plan.stages[0]!.tracks![1]!.currentPhaseIndex).toBe(0);
    expect(activeStage(plan.stages[0]!)).toEqual(before);
  });

  it("a track cannot move past its last phase or before its first", () => {
    const plan = generatePlan(tracked, EXERCISE_LIBRARY, {}, injury, "2026-11-02");
    expect(() => moveTrack(plan, "running", -1, "2026-11-03")).toThrow(/first phase/);
    const once = moveTrack(plan, "running", 1, "2026-11-03").plan;
    expect(() => moveTrack(once, "running", 1, "2026-11-04")).toThrow(/last phase/);
    expect(() => moveTrack(plan, "cycling", 1, "2026-11-04")).toThrow(/no track/);
  });

  it("the stage is left only when every track is in its last phase with its gates met", () => {
    let plan = generatePlan(tracked, EXERCISE_LIBRARY, {}, injury, "2026-11-02");
    plan = moveTrack(plan, "running", 1, "2026-11-08").plan;
    const logs: GateLog[] = [{ date: "2026-11-09", setsDone: {}, painDuring: 0, painNextMorning: null, ratings: { "running/confident": 8 } }];
    const stage = plan.stages[0]!;
    const progress = stageProgress(stage, { measures: {}, logs, stageStartedOn: "2026-11-02" });
    expect(progress.tracks.map((t) => [t.track.key, t.finished])).toEqual([
      ["exercise", false],
      ["running", true],
    ]);
    expect(progress.readyToAdvance).toBe(false);
    expect(progress.summary).toMatch(/Running: phase 2 of 2, finished/);
  });

  it("a track's gates read only the logs since its current phase began", () => {
    let plan = generatePlan(tracked, EXERCISE_LIBRARY, {}, injury, "2026-11-02");
    plan = moveTrack(plan, "running", 1, "2026-11-10").plan;
    const old: GateLog = { date: "2026-11-09", setsDone: {}, painDuring: 0, painNextMorning: null, ratings: { "running/confident": 9 } };
    const progress = stageProgress(plan.stages[0]!, { measures: {}, logs: [old], stageStartedOn: "2026-11-02" });
    expect(progress.tracks[1]!.evaluation.results[0]!.status).toBe("NO_DATA");
  });

  it("the stage as it stands lists each track's current work once, its gates named by track, in both languages", () => {
    const plan = generatePlan(tracked, EXERCISE_LIBRARY, {}, injury, "2026-11-02");
    const moved = moveTrack(plan, "running", 1, "2026-11-03").plan;
    const view = activeStage(moved.stages[0]!);
    const keys = view.exercises.map((e) => e.exerciseKey);
    expect(new Set(keys).size).toBe(keys.length);
    const confident = view.gates.find((g) => g.key === "running/confident")!;
    expect(confident.label).toBe("Running: Confidence to run fast");
    expect(confident.patientLabel).toBe("Running: You feel confident to run fast");
  });

  it("a stage without tracks is its own view (templates without tracks are unchanged)", () => {
    const plan = generatePlan(SOLEUS_TEMPLATE, EXERCISE_LIBRARY, {}, injury, "2026-11-02");
    for (const stage of plan.stages) {
      expect(activeStage(stage)).toBe(stage);
      expect(stage.tracks).toBeUndefined();
    }
  });
});

describe("session gates", () => {
  const exercises = [{ exerciseKey: jog, dose: { sets: 2 } }];
  const log = (over: Partial<GateLog>): GateLog => ({ date: "2026-11-10", setsDone: { [jog]: 2 }, painDuring: 1, painNextMorning: null, ...over });

  it("a session counts with every prescribed set done and pain during at or below the limit", () => {
    expect(countsAsSession(sessionsGate as never, log({}), exercises)).toBe(true);
    expect(countsAsSession(sessionsGate as never, log({ setsDone: { [jog]: 1 } }), exercises)).toBe(false);
    expect(countsAsSession(sessionsGate as never, log({ painDuring: 3 }), exercises)).toBe(false);
  });

  it("errs towards caution: an unrated session, or next-morning pain above the limit, does not count", () => {
    expect(countsAsSession(sessionsGate as never, log({ painDuring: null }), exercises)).toBe(false);
    expect(countsAsSession(sessionsGate as never, log({ painNextMorning: 4 }), exercises)).toBe(false);
  });

  it("the gate is met at the count, says how many so far, and has no data without logs", () => {
    const stage = { gates: [sessionsGate], exercises };
    const two = [log({ date: "2026-11-10" }), log({ date: "2026-11-11" })];
    const notYet = evaluateGates(stage, {}, {}, two);
    expect(notYet.allMet).toBe(false);
    expect(notYet.summary).toContain("2 of 3 sessions");
    expect(evaluateGates(stage, {}, {}, [...two, log({ date: "2026-11-12" })]).allMet).toBe(true);
    expect(evaluateGates(stage, {}, {}).results[0]!.status).toBe("NO_DATA");
  });
});

describe("subjective gates", () => {
  const stage = { gates: [confidenceGate] };

  it("reads the patient's latest rating: met at or above the minimum", () => {
    const logs: GateLog[] = [
      { date: "2026-11-10", setsDone: {}, painDuring: null, painNextMorning: null, ratings: { confident: 8 } },
      { date: "2026-11-12", setsDone: {}, painDuring: null, painNextMorning: null, ratings: { confident: 5 } },
    ];
    const result = evaluateGates(stage, {}, {}, logs);
    expect(result.results[0]).toMatchObject({ status: "NOT_MET", actual: 5 });
    expect(result.summary).toContain("rated 5/10 (needs 7/10 or more)");
    expect(evaluateGates(stage, {}, {}, [logs[1]!, { ...logs[0]!, date: "2026-11-13" }]).allMet).toBe(true);
  });

  it("has no data until the patient answers", () => {
    expect(evaluateGates(stage, {}, {}, [{ date: "2026-11-10", setsDone: {}, painDuring: 1, painNextMorning: null }]).results[0]!.status).toBe("NO_DATA");
  });
});
