// The plan's one time line (lib/domain/clinical/timeline.ts). Each rule is stated in words with
// its source in /work/shared/reference/clinical-brief.md ("the brief") or the decision record
// docs/decisions/013-one-time-line.md.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addDays,
  daysBetween,
  generatePlan,
  planTimeline,
  prognosis,
  TIMELINE_RULES,
  type Injury,
  type Plan,
  type StageStart,
  type Template,
  type Timeline,
} from "@/lib/domain/clinical";
import { EXERCISE_LIBRARY, GASTROCNEMIUS_TEMPLATE, SOLEUS_TEMPLATE } from "@/lib/domain/injuries/calf/content";
import { injuryArb, stageMoves } from "./arbitraries";

// The issue's example: a grade 2 soleus strain injured while running (brief: "Also record ...
// mechanism (running-related or not)"), first seen two days later.
const soleus2: Injury = {
  muscle: "SOLEUS",
  side: "LEFT",
  injuryDate: "2026-11-19",
  onset: "SUDDEN",
  duringRunning: true,
  repeatInjury: false,
  clinicalGrade: 2,
};
const gastroc2: Injury = { ...soleus2, muscle: "MEDIAL_GASTROCNEMIUS", duringRunning: false };

/** A clinic's own template without a "run" or "sport" stage. */
const NO_RUN_OR_SPORT: Template = {
  ...SOLEUS_TEMPLATE,
  key: "clinic-walkers",
  name: "Walkers' calf plan",
  stages: SOLEUS_TEMPLATE.stages.filter((s) => s.key !== "run" && s.key !== "sport"),
};
/** A clinic's own template with a "run" stage but no "sport" stage. */
const RUN_NO_SPORT: Template = { ...SOLEUS_TEMPLATE, key: "clinic-runners", stages: SOLEUS_TEMPLATE.stages.filter((s) => s.key !== "sport") };

function timelineOf(injury: Injury, template: Template, start: string, today: string, history: StageStart[] = [], current = history.length) {
  const plan = generatePlan(template, EXERCISE_LIBRARY, {}, injury, start);
  return {
    plan,
    expected: prognosis(injury),
    timeline: planTimeline({
      prognosis: prognosis(injury),
      plan,
      currentStageIndex: current,
      stageHistory: [{ stageIndex: 0, startedOn: start }, ...history],
      today,
    }),
  };
}

const window = (w: { earliest: string; latest: string }) => [w.earliest, w.latest];
const stage = (t: Timeline, key: string) => t.stages.find((s) => s.key === key)!;

describe("the prognosis is the anchor; the stages are fitted to it", () => {
  // Brief, "What drives the time line": a prognosis range, never a single date; soleus and
  // running-related injuries take longer (Green et al. 2020), on MRI-based base ranges (Prakash 2018).
  it("the run stage starts within the return-to-run range and the sport stage ends within the return-to-sport range, counted from the injury", () => {
    const { timeline, expected } = timelineOf(soleus2, SOLEUS_TEMPLATE, "2026-11-21", "2026-11-21");
    expect(expected.returnToRun).toEqual({ minDays: 21, maxDays: 48 });
    expect(window(timeline.returnToRun!)).toEqual(["2026-12-10", "2027-01-06"]);
    expect(window(timeline.returnToRun!)).toEqual(window(expected.returnToRunDates));
    expect(window(stage(timeline, "run").start)).toEqual(["2026-12-10", "2027-01-06"]);
    expect(window(timeline.returnToSport!)).toEqual(window(expected.returnToSportDates));
    expect(window(stage(timeline, "sport").end)).toEqual(["2026-12-17", "2027-01-24"]);
    expect(timeline.returnToRun).toMatchObject({ status: "future", stageIndex: 2 });
  });

  it("the factors move the stages with the prognosis: soleus and running-related add their days (Green 2020)", () => {
    const slow = timelineOf(soleus2, SOLEUS_TEMPLATE, "2026-11-21", "2026-11-21").timeline;
    const fast = timelineOf(gastroc2, SOLEUS_TEMPLATE, "2026-11-21", "2026-11-21").timeline;
    const [soleus, running] = [prognosis(soleus2).factors[0]!.days, prognosis(soleus2).factors[1]!.days];
    expect(daysBetween(fast.returnToRun!.earliest, slow.returnToRun!.earliest)).toBe(soleus.min + running.min);
    expect(daysBetween(fast.returnToRun!.latest, slow.returnToRun!.latest)).toBe(soleus.max + running.max);
    expect(daysBetween(fast.returnToSport!.latest, slow.returnToSport!.latest)).toBe(soleus.max + running.max);
  });

  it("the stages before an anchor share its days in proportion to their template durations", () => {
    const { timeline, plan } = timelineOf(soleus2, SOLEUS_TEMPLATE, "2026-11-21", "2026-11-21");
    // Protect 4-8 and strength 8-18 days share the 19 (fastest) and 46 (slowest) days to running.
    expect(plan.stages.slice(0, 2).map((s) => s.durationDays)).toEqual([
      { min: 4, max: 8 },
      { min: 8, max: 18 },
    ]);
    expect(timeline.stages.slice(0, 2).map((s) => s.days)).toEqual([
      { min: 6, max: 14 },
      { min: 13, max: 32 },
    ]);
  });

  it("stages after the last anchor (maintenance) keep their template durations", () => {
    const { timeline } = timelineOf(soleus2, SOLEUS_TEMPLATE, "2026-11-21", "2026-11-21");
    expect(stage(timeline, "maintain").days).toEqual({ min: 56, max: 84 });
    expect(timeline.planEnd).toEqual(stage(timeline, "maintain").end);
  });

  it(`no stage is fitted shorter than ${TIMELINE_RULES.minStageShare * 100}% of its template duration: after a late first visit the milestone moves later instead`, () => {
    // Injured 1 Nov, first seen 20 Nov: the return-to-run range (11-25 Nov) cannot be met.
    const late = { ...gastroc2, injuryDate: "2026-11-01" };
    const { timeline } = timelineOf(late, GASTROCNEMIUS_TEMPLATE, "2026-11-20", "2026-11-20");
    expect(window(prognosis(late).returnToRunDates)).toEqual(["2026-11-11", "2026-11-25"]);
    expect(window(timeline.returnToRun!)).toEqual(["2026-11-26", "2026-12-01"]);
    expect(timeline.stages.slice(0, 2).map((s) => s.days)).toEqual([
      { min: 2, max: 4 },
      { min: 4, max: 7 },
    ]);
  });
});

describe("the facts replace the forecast", () => {
  // Brief, "Progression gates (criteria, not calendar)": patients move on when they pass the
  // gates, so recorded stage moves, not the template, date the stages already done.
  it("completed stages show their actual dates and the current stage starts on its actual start date", () => {
    const { timeline } = timelineOf(soleus2, SOLEUS_TEMPLATE, "2026-11-21", "2026-12-01", [{ stageIndex: 1, startedOn: "2026-11-25" }]);
    expect(timeline.stages[0]).toMatchObject({
      status: "past",
      start: { earliest: "2026-11-21", latest: "2026-11-21" },
      end: { earliest: "2026-11-24", latest: "2026-11-24" },
      days: { min: 4, max: 4 },
    });
    expect(timeline.stages[1]).toMatchObject({ status: "current", start: { earliest: "2026-11-25", latest: "2026-11-25" } });
    expect(timeline.stages.slice(2).map((s) => s.status)).toEqual(["future", "future", "future"]);
    // Still within the range: the anchor holds, and the patient in stage 2 on 1 Dec is never
    // told an earliest return to running that has already passed.
    expect(window(timeline.returnToRun!)).toEqual(["2026-12-10", "2027-01-06"]);
  });

  it("a patient who reached a milestone sees the day it happened", () => {
    const history = [
      { stageIndex: 1, startedOn: "2026-11-25" },
      { stageIndex: 2, startedOn: "2026-12-01" },
    ];
    const { timeline } = timelineOf(soleus2, SOLEUS_TEMPLATE, "2026-11-21", "2026-12-02", history);
    expect(timeline.returnToRun).toEqual({ earliest: "2026-12-01", latest: "2026-12-01", status: "past", stageIndex: 2 });
    // Return to sport stays anchored on the evidence: earlier running does not promise earlier sport.
    expect(window(timeline.returnToSport!)).toEqual(["2026-12-17", "2027-01-24"]);
  });

  it("a stage moved back to starts on the day of the move back; the earlier visit is history", () => {
    const history = [
      { stageIndex: 1, startedOn: "2026-11-25" },
      { stageIndex: 2, startedOn: "2026-12-10" },
      { stageIndex: 1, startedOn: "2026-12-14" },
    ];
    const { timeline } = timelineOf(soleus2, SOLEUS_TEMPLATE, "2026-11-21", "2026-12-15", history, 1);
    expect(timeline.stages[1]!.start.earliest).toBe("2026-12-14");
    expect(timeline.stages[2]!.status).toBe("future");
    expect(timeline.returnToRun!.status).toBe("future");
    expect(timeline.stages[0]!.end.latest).toBe("2026-11-24");
  });

  it("two moves on one day give a one-day stage, never an end before its start", () => {
    const history = [
      { stageIndex: 1, startedOn: "2026-11-25" },
      { stageIndex: 2, startedOn: "2026-11-25" },
    ];
    const { timeline } = timelineOf(soleus2, SOLEUS_TEMPLATE, "2026-11-21", "2026-11-25", history);
    expect(timeline.stages[1]).toMatchObject({ start: { earliest: "2026-11-25" }, end: { earliest: "2026-11-25" }, days: { min: 1, max: 1 } });
  });
});

describe("no window in the past is shown as still to come", () => {
  it("the current stage lasts at least until today; an overdue window moves to end today at the earliest, keeping its length (a range, never a single date)", () => {
    // Still in stage 2 on 20 Jan, after the whole return-to-run range (10 Dec - 6 Jan) passed.
    const { timeline } = timelineOf(soleus2, SOLEUS_TEMPLATE, "2026-11-21", "2027-01-20", [{ stageIndex: 1, startedOn: "2026-11-25" }]);
    expect(timeline.stages[1]!.end.earliest).toBe("2027-01-20");
    expect(window(timeline.returnToRun!)).toEqual(["2027-01-21", "2027-02-17"]);
    expect(daysBetween(timeline.returnToRun!.earliest, timeline.returnToRun!.latest)).toBe(daysBetween("2026-12-10", "2027-01-06"));
  });

  it("before a plan exists the prognosis alone is shown, moved to start today once its first day has passed", () => {
    const expected = prognosis(soleus2);
    const early = planTimeline({ prognosis: expected, plan: null, currentStageIndex: 0, stageHistory: [], today: "2026-11-20" });
    expect(window(early.returnToRun!)).toEqual(["2026-12-10", "2027-01-06"]);
    const late = planTimeline({ prognosis: expected, plan: null, currentStageIndex: 0, stageHistory: [], today: "2026-12-20" });
    expect(window(late.returnToRun!)).toEqual(["2026-12-20", "2027-01-16"]);
    expect(late).toMatchObject({ stages: [], planEnd: null, returnToRun: { status: "future", stageIndex: null } });
  });
});

describe("templates without a run or sport stage", () => {
  it("a plan with neither has no milestones and keeps the template durations", () => {
    const { timeline, plan } = timelineOf(soleus2, NO_RUN_OR_SPORT, "2026-11-21", "2026-11-21");
    expect(timeline.returnToRun).toBeNull();
    expect(timeline.returnToSport).toBeNull();
    expect(timeline.stages.map((s) => s.days)).toEqual(plan.stages.map((s) => s.durationDays));
    expect(timeline.planEnd).toEqual({ earliest: plan.endDate.min, latest: plan.endDate.max });
  });

  it("a plan with a run stage but no sport stage anchors the run stage only", () => {
    const { timeline, expected } = timelineOf(soleus2, RUN_NO_SPORT, "2026-11-21", "2026-11-21");
    expect(window(timeline.returnToRun!)).toEqual(window(expected.returnToRunDates));
    expect(timeline.returnToSport).toBeNull();
    expect(stage(timeline, "run").days).toEqual({ min: 8, max: 18 });
  });
});

// ---------------------------------------------------------------------------------------------
// Properties over grades 1-3, both templates and clinic templates, with and without factors
// ---------------------------------------------------------------------------------------------

const TEMPLATES = [SOLEUS_TEMPLATE, GASTROCNEMIUS_TEMPLATE, NO_RUN_OR_SPORT, RUN_NO_SPORT];

/** A plan, its history of stage moves (forward or back, a few days apart) and a today after them. */
const scenario = fc
  .record({
    template: fc.constantFrom(...TEMPLATES),
    injury: injuryArb,
    delay: fc.integer({ min: 0, max: 40 }),
    moves: fc.array(fc.tuple(fc.boolean(), fc.integer({ min: 0, max: 30 })), { maxLength: 8 }),
    todayOffset: fc.integer({ min: -14, max: 250 }),
  })
  .map(({ template, injury, delay, moves, todayOffset }) => {
    const start = addDays(injury.injuryDate, delay);
    const plan = generatePlan(template, EXERCISE_LIBRARY, {}, injury, start);
    const { history, current: index, lastMove: day } = stageMoves(start, moves, plan.stages.length);
    // Moves are recorded on the day they happen: today is never before the last one.
    const today = history.length > 1 ? addDays(day, Math.abs(todayOffset)) : addDays(start, todayOffset);
    return { plan, injury, history, current: index, today };
  });

function check(plan: Plan, t: Timeline, today: string, injury: Injury) {
  const before = (a: string, b: string) => a <= b;
  t.stages.forEach((s, i) => {
    expect(s.status).toBe(i < t.currentStageIndex ? "past" : i === t.currentStageIndex ? "current" : "future");
    // Every window is ordered and never ends before it starts.
    expect(before(s.start.earliest, s.start.latest)).toBe(true);
    expect(before(s.end.earliest, s.end.latest)).toBe(true);
    expect(before(s.start.earliest, s.end.earliest)).toBe(true);
    expect(before(s.start.latest, s.end.latest)).toBe(true);
    expect(s.days.min).toBeGreaterThanOrEqual(1);
    expect(s.days.min).toBeLessThanOrEqual(s.days.max);
    const next = t.stages[i + 1];
    if (next && next.status === "future") {
      expect(next.start.earliest).toBe(addDays(s.end.earliest, 1));
      expect(next.start.latest).toBe(addDays(s.end.latest, 1));
    } else if (next) {
      expect(before(s.end.latest, next.start.earliest)).toBe(true);
    }
    // Nothing still to come lies in the past.
    if (s.status === "future") expect(s.start.earliest > today).toBe(true);
    if (s.status === "current" && s.start.earliest <= today) expect(before(today, s.end.earliest)).toBe(true);
    if (s.status === "future") {
      const template = plan.stages[i]!.durationDays;
      expect(s.days.min).toBeGreaterThanOrEqual(Math.max(1, Math.ceil(template.min * TIMELINE_RULES.minStageShare)));
    }
  });
  const expected = prognosis(injury);
  for (const [milestone, anchor] of [
    [t.returnToRun, expected.returnToRunDates],
    [t.returnToSport, expected.returnToSportDates],
  ] as const) {
    if (!milestone) continue;
    expect(before(milestone.earliest, milestone.latest)).toBe(true);
    if (milestone.status === "future") {
      expect(before(today, milestone.earliest)).toBe(true);
      // The plan never promises a faster recovery than the evidence.
      expect(before(anchor.earliest, milestone.earliest)).toBe(true);
      expect(before(anchor.latest, milestone.latest)).toBe(true);
    }
  }
}

describe("time line properties", () => {
  it("for random plans, stage moves and days: windows ordered, end >= start, nothing past shown as future, never faster than the prognosis", () => {
    fc.assert(
      fc.property(scenario, ({ plan, injury, history, current, today }) => {
        const t = planTimeline({ prognosis: prognosis(injury), plan, currentStageIndex: current, stageHistory: history, today });
        expect(t.stages).toHaveLength(plan.stages.length);
        check(plan, t, today, injury);
        // Past stages are the recorded ones.
        const last = [...history].reverse().find((h) => h.stageIndex === current)!;
        expect(t.stages[current]!.start.earliest).toBe(last.startedOn);
      }),
      { numRuns: 400 },
    );
  });

  it("a new plan seen on its first day shows the prognosis ranges exactly whenever its stages can fit them", () => {
    fc.assert(
      fc.property(injuryArb, fc.constantFrom(SOLEUS_TEMPLATE, GASTROCNEMIUS_TEMPLATE), fc.integer({ min: 0, max: 3 }), (injury, template, delay) => {
        const start = addDays(injury.injuryDate, delay);
        const { timeline, expected, plan } = timelineOf(injury, template, start, start);
        const run = plan.stages.findIndex((s) => s.key === "run");
        const floors = (upTo: number, field: "min" | "max") =>
          plan.stages.slice(0, upTo).reduce((sum, s) => sum + Math.max(1, Math.ceil(s.durationDays[field] * TIMELINE_RULES.minStageShare)), 0);
        if (daysBetween(start, expected.returnToRunDates.earliest) >= floors(run, "min")) {
          expect(timeline.returnToRun!.earliest).toBe(expected.returnToRunDates.earliest);
        }
        if (daysBetween(start, expected.returnToRunDates.latest) >= floors(run, "max")) {
          expect(timeline.returnToRun!.latest).toBe(expected.returnToRunDates.latest);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("is pure: the same input gives the same time line and the input is untouched", () => {
    const plan = generatePlan(SOLEUS_TEMPLATE, EXERCISE_LIBRARY, {}, soleus2, "2026-11-21");
    const input = {
      prognosis: prognosis(soleus2),
      plan,
      currentStageIndex: 1,
      stageHistory: [{ stageIndex: 1, startedOn: "2026-11-25" }],
      today: "2026-12-01",
    };
    const copy = structuredClone(input);
    expect(planTimeline(input)).toEqual(planTimeline(input));
    expect(input).toEqual(copy);
  });

  it("refuses a today that is not a real date", () => {
    const plan = generatePlan(SOLEUS_TEMPLATE, EXERCISE_LIBRARY, {}, soleus2, "2026-11-21");
    expect(() => planTimeline({ prognosis: prognosis(soleus2), plan, currentStageIndex: 0, stageHistory: [], today: "2026-02-30" })).toThrow(
      /valid yyyy-mm-dd/,
    );
  });
});
