import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, generatePlan, type Injury } from "@/lib/domain/clinical";
import { specialistHoldOf } from "@/lib/domain/clinical/stage-prescription";
import { EXERCISE_LIBRARY, SOLEUS_TEMPLATE } from "@/lib/domain/injuries/calf/content";
import { sampleInjury } from "@/lib/pdf/sample";
import { adherenceSeries, dayPrescription, prescribedOn, weeklyAdherence, type AdherenceInput, type DailyLog } from "@/lib/domain/progress";
import { log, simplePlan, soleusPlan } from "./fixtures";

const LONDON = "Europe/London";

const soleusInjury: Injury = sampleInjury({ injury: { injuryDate: "2026-11-01" } });

function input(overrides: Partial<AdherenceInput> = {}): AdherenceInput {
  return { plan: simplePlan(), logs: [], now: "2026-11-08T12:00:00Z", timeZone: LONDON, ...overrides };
}

/** A perfect week of the simple plan's first stage: pumps 6 a day, raises 3 sets on 4 days. */
function perfectWeek(monday: string): DailyLog[] {
  return [0, 1, 2, 3, 4, 5, 6].map((i) => log(addDays(monday, i), { setsDone: i % 2 === 0 ? { pumps: 6, raises: 3 } : { pumps: 6 } }));
}

/** Exactly the aims the portal shows: every exercise's prescribed sets on each day. */
function loggedAims(plan: AdherenceInput["plan"], stageIndex: number, from: string, days: number): DailyLog[] {
  return Array.from({ length: days }, (_, i) => {
    const date = addDays(from, i);
    const setsDone = Object.fromEntries(prescribedOn(plan.stages[stageIndex]!, date).map((p) => [p.exerciseKey, p.sets]));
    return log(date, { setsDone });
  });
}

describe("prescription per day", () => {
  it("counts daily doses as sets x times every day and weekly doses as whole sessions on their weekdays", () => {
    const stage = simplePlan().stages[0]!;
    // raises: 3 sets 4 times a week -> Monday, Tuesday, Thursday, Saturday.
    expect(dayPrescription(stage, "2026-11-02")).toEqual(
      new Map([
        ["pumps", { daily: 6, weekly: 0, weeklyDose: false }],
        ["raises", { daily: 0, weekly: 3, weeklyDose: true }],
      ]),
    );
    expect(dayPrescription(stage, "2026-11-04").get("raises")).toEqual({ daily: 0, weekly: 0, weeklyDose: true }); // Wednesday
  });
});

describe("the portal's aims and adherence count the same thing", () => {
  // Before issue 9 point 10 the portal's aim was the dose's sets (2 for "2 sets, 3 times a day")
  // and adherence spread weekly doses as sets x times / 7: logging every aim shown for the
  // protection week of the seeded grade 2 soleus plan read 56% (109 of 193 sets).
  it("logging exactly every aim shown for a week gives 100% for each seeded soleus stage", () => {
    const plan = soleusPlan();
    for (const stageIndex of [0, 1, 2, 3, 4]) {
      const [week] = weeklyAdherence({
        plan,
        currentStageIndex: stageIndex,
        logs: loggedAims(plan, stageIndex, "2026-11-02", 7),
        now: "2026-11-08T20:00:00Z",
        timeZone: LONDON,
      });
      expect(week, `stage ${stageIndex}`).toMatchObject({ daysCounted: 7, percent: 100 });
      expect(week!.doneSets).toBe(week!.prescribedSets);
    }
    // The protection week: 27 daily sets x 7 + the bike on 4 days (1 set, 4 times a week).
    const [protection] = weeklyAdherence({ plan, logs: loggedAims(plan, 0, "2026-11-02", 7), now: "2026-11-08T20:00:00Z", timeZone: LONDON });
    expect(protection).toMatchObject({ prescribedSets: 193, doneSets: 193, percent: 100 });
  });

  it("logging every aim shown gives 100% on any day of any week, from any plan start, with any week start (property)", () => {
    const plan = simplePlan();
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 6 }),
        fc.integer({ min: 0, max: 20 }),
        fc.integer({ min: 0, max: 1 }),
        fc.constantFrom(0 as const, 1 as const, 3 as const),
        (startOffset, daysSoFar, stageIndex, weekStartsOn) => {
          const start = addDays("2026-11-02", startOffset);
          const today = addDays(start, daysSoFar);
          const logs = loggedAims(plan, stageIndex, start, daysSoFar + 1);
          const weeks = weeklyAdherence(
            { plan: { ...plan, startDate: start }, currentStageIndex: stageIndex, logs, now: `${today}T20:00:00Z`, timeZone: LONDON },
            { weekStartsOn },
          );
          for (const w of weeks) expect([100, null]).toContain(w.percent);
        },
      ),
    );
  });
});

describe("weeklyAdherence", () => {
  it("is 100% for a week done exactly as prescribed", () => {
    const weeks = weeklyAdherence(input({ logs: perfectWeek("2026-11-02") }));
    expect(weeks).toEqual([{ weekStart: "2026-11-02", weekEnd: "2026-11-08", daysCounted: 7, prescribedSets: 54, doneSets: 54, percent: 100, daysLogged: 7 }]);
  });

  it("caps daily exercises per day: extra sets one day do not make up a missed day", () => {
    const logs = [log("2026-11-02", { setsDone: { pumps: 12 } }), log("2026-11-03", { setsDone: { pumps: 0 } })];
    const [week] = weeklyAdherence(input({ logs }));
    expect(week).toMatchObject({ prescribedSets: 54, doneSets: 6, percent: 11, daysLogged: 2 }); // 6 / 54
  });

  it("caps weekly exercises per week, whatever the day they were done", () => {
    // All 12 weekly sets on one day count in full; 20 sets count as 12.
    const once = weeklyAdherence(input({ logs: [log("2026-11-04", { setsDone: { raises: 12 } })] }))[0]!;
    expect(once).toMatchObject({ doneSets: 12, percent: 22 }); // 12 / 54
    const tooMany = weeklyAdherence(input({ logs: [log("2026-11-04", { setsDone: { raises: 20 } })] }))[0]!;
    expect(tooMany).toMatchObject({ doneSets: 12, percent: 22 });
  });

  it("ignores sets for exercises that are not in the stage and bad set counts", () => {
    const logs = [log("2026-11-02", { setsDone: { pumps: 6, "not-prescribed": 50, raises: -3 } })];
    expect(weeklyAdherence(input({ logs }))[0]).toMatchObject({ doneSets: 6, percent: 11 });
  });

  it("counts the current week only up to today: a weekly dose asks for the sessions on the days so far", () => {
    // Wednesday: 3 days -> 18 daily sets + the raises sessions of Monday and Tuesday (6 sets).
    const logs = [log("2026-11-02", { setsDone: { pumps: 6, raises: 3 } }), log("2026-11-03", { setsDone: { pumps: 6 } })];
    const weeks = weeklyAdherence(input({ logs, now: "2026-11-04T10:00:00Z" }));
    expect(weeks).toHaveLength(1);
    expect(weeks[0]).toMatchObject({ daysCounted: 3, prescribedSets: 24, doneSets: 15, percent: 63, daysLogged: 2 });
    // Weekly sets done ahead of schedule count up to the sessions due so far only.
    const ahead = weeklyAdherence(input({ logs: [log("2026-11-02", { setsDone: { raises: 12 } })], now: "2026-11-04T10:00:00Z" }))[0]!;
    expect(ahead.doneSets).toBe(6);
    // A Monday session done on Wednesday (a rest day for it) still counts.
    const late = weeklyAdherence(input({ logs: [log("2026-11-04", { setsDone: { raises: 3 } })], now: "2026-11-04T10:00:00Z" }))[0]!;
    expect(late.doneSets).toBe(3);
  });

  it("gives 0% with no logs and null when nothing is prescribed", () => {
    expect(weeklyAdherence(input())).toEqual([
      { weekStart: "2026-11-02", weekEnd: "2026-11-08", daysCounted: 7, prescribedSets: 54, doneSets: 0, percent: 0, daysLogged: 0 },
    ]);
    const empty = { startDate: "2026-11-02", stages: [{ exercises: [], gates: [] }] };
    expect(weeklyAdherence(input({ plan: empty, logs: [log("2026-11-03", { setsDone: { pumps: 3 } })] }))).toEqual([
      { weekStart: "2026-11-02", weekEnd: "2026-11-08", daysCounted: 7, prescribedSets: 0, doneSets: 0, percent: null, daysLogged: 1 },
    ]);
  });

  it("handles a single data point on the plan's first day", () => {
    const weeks = weeklyAdherence(input({ logs: [log("2026-11-02", { setsDone: { pumps: 6 } })], now: "2026-11-02T09:00:00Z" }));
    // Monday: 6 pumps + the first raises session (3 sets).
    expect(weeks).toEqual([{ weekStart: "2026-11-02", weekEnd: "2026-11-08", daysCounted: 1, prescribedSets: 9, doneSets: 6, percent: 67, daysLogged: 1 }]);
  });

  it("starts at the plan start: a mid-week start counts from that day, earlier logs are ignored", () => {
    const plan = simplePlan("2026-11-05"); // Thursday
    const logs = [log("2026-11-03", { setsDone: { pumps: 6 } }), log("2026-11-05", { setsDone: { pumps: 6, raises: 3 } })];
    const weeks = weeklyAdherence(input({ plan, logs, now: "2026-11-10T12:00:00Z" }));
    expect(weeks.map((w) => [w.weekStart, w.daysCounted, w.daysLogged])).toEqual([
      ["2026-11-02", 4, 1],
      ["2026-11-09", 2, 0],
    ]);
    expect(weeks[0]).toMatchObject({ prescribedSets: 30, doneSets: 9 }); // 24 pumps + raises on Thursday and Saturday
  });

  it("ignores future logs and returns nothing before the plan starts", () => {
    const logs = [log("2026-11-02", { setsDone: { pumps: 6 } }), log("2026-11-09", { setsDone: { pumps: 6 } })];
    const weeks = weeklyAdherence(input({ logs, now: "2026-11-05T12:00:00Z" }));
    expect(weeks).toHaveLength(1);
    expect(weeks[0]).toMatchObject({ daysCounted: 4, daysLogged: 1 });
    expect(weeklyAdherence(input({ now: "2026-10-30T12:00:00Z" }))).toEqual([]);
  });

  it("uses the clinic's day: a log made at 23:30 in Los Angeles counts on that local day", () => {
    const plan = simplePlan("2026-11-02");
    // Sunday 8 Nov 23:30 PST is Monday 9 Nov 07:30 UTC.
    const logs = [log("2026-11-08", { setsDone: { pumps: 6 }, createdAt: "2026-11-09T07:30:00Z" })];
    const weeks = weeklyAdherence({ plan, logs, now: "2026-11-09T07:45:00Z", timeZone: "America/Los_Angeles" });
    expect(weeks).toHaveLength(1); // still Sunday in Los Angeles
    expect(weeks[0]).toMatchObject({ weekStart: "2026-11-02", daysCounted: 7, daysLogged: 1, doneSets: 6 });
    // A log without a usable date falls back to createdAt in the clinic's zone.
    const undated = [log("", { setsDone: { pumps: 6 }, createdAt: "2026-11-09T07:30:00Z" })];
    expect(weeklyAdherence({ plan, logs: undated, now: "2026-11-09T07:45:00Z", timeZone: "America/Los_Angeles" })[0]!.daysLogged).toBe(1);
    // In London the same instant is Monday: a second week appears.
    expect(weeklyAdherence({ plan, logs, now: "2026-11-09T07:45:00Z", timeZone: LONDON })).toHaveLength(2);
  });

  it("uses the stage that applied each day when history is given", () => {
    const stageHistory = [{ stageIndex: 0, startedOn: "2026-11-02" }];
    const base = input({ logs: [...perfectWeek("2026-11-02"), log("2026-11-10", { setsDone: { hops: 7 } })], now: "2026-11-15T12:00:00Z" });
    const withHistory = weeklyAdherence({ ...base, currentStageIndex: 1, stageStartedOn: "2026-11-09", stageHistory });
    expect(withHistory.map((w) => [w.prescribedSets, w.doneSets, w.percent])).toEqual([
      [54, 54, 100],
      [7, 7, 100],
    ]);
    // Without history the current stage applies to every week.
    const withoutHistory = weeklyAdherence({ ...base, currentStageIndex: 1 });
    expect(withoutHistory.map((w) => [w.prescribedSets, w.doneSets, w.percent])).toEqual([
      [7, 0, 0],
      [7, 7, 100],
    ]);
    // A stage change mid-week splits the week's prescription.
    const midWeek = weeklyAdherence({ ...base, currentStageIndex: 1, stageStartedOn: "2026-11-05", stageHistory })[0]!;
    // Monday-Wednesday: 18 pumps + raises on Monday and Tuesday; Thursday-Sunday: 4 hops.
    expect(midWeek.prescribedSets).toBe(18 + 6 + 4);
  });

  it("supports a range and another week start", () => {
    const logs = perfectWeek("2026-11-02");
    const sundayWeeks = weeklyAdherence(input({ logs }), { weekStartsOn: 0 });
    expect(sundayWeeks.map((w) => [w.weekStart, w.daysCounted])).toEqual([
      ["2026-11-01", 6],
      ["2026-11-08", 1],
    ]);
    const ranged = weeklyAdherence(input({ logs, now: "2026-11-20T12:00:00Z" }), { from: "2026-11-09", to: "2026-11-30" });
    expect(ranged.map((w) => w.weekStart)).toEqual(["2026-11-09", "2026-11-16"]);
    expect(ranged[1]!.daysCounted).toBe(5); // up to today (Friday), not to `to`
  });

  it("counts every dose done on the real soleus plan; today without a log counts as not done yet", () => {
    const plan = soleusPlan();
    const setsDone = Object.fromEntries(plan.stages[0]!.exercises.map((e) => [e.exerciseKey, e.dose.sets * e.dose.frequency.times]));
    const logs = [0, 1, 2, 3].map((i) => log(addDays(plan.startDate, i), { setsDone }));
    const [week] = weeklyAdherence({ plan, logs, now: "2026-11-05T18:00:00Z", timeZone: "Pacific/Auckland" });
    // Auckland is 13 h ahead: 18:00 UTC on 5 Nov is 6 Nov there, a day with no log yet.
    // Prescribed 5 x 27 daily sets + the bike (4 times a week) on Monday, Tuesday and Thursday =
    // 138; done 4 x 27 daily sets + the bike, capped at its 3 sessions so far: 111 (80%).
    expect(week).toMatchObject({ daysCounted: 5, prescribedSets: 138, doneSets: 111, percent: 80, daysLogged: 4 });
  });

  it("rejects an unknown zone or a stage index outside the plan", () => {
    expect(() => weeklyAdherence(input({ timeZone: "Nowhere/City" }))).toThrow(RangeError);
    expect(() => weeklyAdherence(input({ currentStageIndex: 5 }))).toThrow(RangeError);
  });

  it("keeps done <= prescribed and percent within 0-100 for any logs (property)", () => {
    const day = fc.integer({ min: -5, max: 30 }).map((n) => addDays("2026-11-02", n));
    const arbLog = fc.record({
      date: day,
      pumps: fc.integer({ min: -2, max: 20 }),
      raises: fc.integer({ min: 0, max: 20 }),
      hops: fc.integer({ min: 0, max: 5 }),
    });
    fc.assert(
      fc.property(fc.array(arbLog, { maxLength: 30 }), fc.integer({ min: 0, max: 1 }), (raw, stage) => {
        const logs = raw.map((r) => log(r.date, { setsDone: { pumps: r.pumps, raises: r.raises, hops: r.hops } }));
        const weeks = weeklyAdherence(input({ logs, currentStageIndex: stage, now: "2026-11-25T12:00:00Z" }));
        expect(weeks).toHaveLength(4);
        for (const w of weeks) {
          expect(w.doneSets).toBeLessThanOrEqual(w.prescribedSets);
          expect(w.percent).not.toBeNull();
          expect(w.percent!).toBeGreaterThanOrEqual(0);
          expect(w.percent!).toBeLessThanOrEqual(100);
          expect(w.daysLogged).toBeLessThanOrEqual(w.daysCounted);
        }
      }),
    );
  });
});

describe("adherenceSeries", () => {
  it("maps weeks to chart rows", () => {
    const weeks = weeklyAdherence(input({ logs: perfectWeek("2026-11-02"), now: "2026-11-10T12:00:00Z" }));
    expect(adherenceSeries(weeks)).toEqual([
      { week: "2026-11-02", percent: 100 },
      { week: "2026-11-09", percent: 0 },
    ]);
    expect(adherenceSeries([])).toEqual([]);
  });
});

describe("a complete rupture waiting for the specialist (decision 017)", () => {
  // Grade 3 soleus plan started Monday 2 Nov 2026; the portal shows ankle pumps only until a
  // visit records the specialist's clearance, so that is all adherence may count meanwhile.
  const grade3 = generatePlan(SOLEUS_TEMPLATE, EXERCISE_LIBRARY, {}, { ...soleusInjury, clinicalGrade: 3 }, "2026-11-02");
  const pumpsOnly = (from: string, days: number) =>
    Array.from({ length: days }, (_, i) => {
      const date = addDays(from, i);
      const pumps = prescribedOn(grade3.stages[0]!, date).find((p) => p.exerciseKey === "ankle-pumps")!;
      return log(date, { setsDone: { "ankle-pumps": pumps.sets } });
    });

  it("logging the ankle pumps the portal shows every day is 100% while the hold lasts", () => {
    const hold = specialistHoldOf(grade3, []);
    expect(hold).toEqual({ exerciseKeys: ["ankle-pumps"], clearedOn: null });
    const [week] = weeklyAdherence(input({ plan: grade3, logs: pumpsOnly("2026-11-02", 7), specialistHold: hold }));
    expect(week!.percent).toBe(100);
    // Without the hold the same log counted the withheld loading exercises too.
    expect(weeklyAdherence(input({ plan: grade3, logs: pumpsOnly("2026-11-02", 7) }))[0]!.percent).toBeLessThan(50);
  });

  it("from the day the clearance is recorded, the stage's loading exercises count again", () => {
    const hold = specialistHoldOf(grade3, [
      { measuredOn: "2026-11-06", checks: { "specialist-cleared": true } },
      { measuredOn: "2026-11-07", checks: { "specialist-cleared": true } },
    ]);
    expect(hold!.clearedOn).toBe("2026-11-06");
    const [week] = weeklyAdherence(input({ plan: grade3, logs: pumpsOnly("2026-11-02", 7), specialistHold: hold }));
    expect(week!.percent).toBeLessThan(100);
    expect(week!.percent).toBeGreaterThan(weeklyAdherence(input({ plan: grade3, logs: pumpsOnly("2026-11-02", 7) }))[0]!.percent!);
  });

  it("a grade 2 plan has no hold", () => {
    expect(specialistHoldOf(generatePlan(SOLEUS_TEMPLATE, EXERCISE_LIBRARY, {}, soleusInjury, "2026-11-02"), [])).toBeNull();
  });
});
