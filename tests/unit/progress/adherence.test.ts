import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "@/lib/domain/clinical";
import { adherenceSeries, dayPrescription, prescribedSetsPerDay, weeklyAdherence, type AdherenceInput, type DailyLog } from "@/lib/domain/progress";
import { log, simplePlan, soleusPlan } from "./fixtures";

const LONDON = "Europe/London";

function input(overrides: Partial<AdherenceInput> = {}): AdherenceInput {
  return { plan: simplePlan(), logs: [], now: "2026-11-08T12:00:00Z", timeZone: LONDON, ...overrides };
}

/** A perfect week of the simple plan's first stage: pumps 6 a day, raises 3 sets on 4 days. */
function perfectWeek(monday: string): DailyLog[] {
  return [0, 1, 2, 3, 4, 5, 6].map((i) => log(addDays(monday, i), { setsDone: i % 2 === 0 ? { pumps: 6, raises: 3 } : { pumps: 6 } }));
}

describe("prescription per day", () => {
  it("counts daily doses as sets x times and spreads weekly doses over 7 days", () => {
    const stage = simplePlan().stages[0]!;
    expect(dayPrescription(stage)).toEqual(
      new Map([
        ["pumps", { daily: 6, weeklyShare: 0 }],
        ["raises", { daily: 0, weeklyShare: 12 / 7 }],
      ]),
    );
    expect(prescribedSetsPerDay(stage)).toBeCloseTo(6 + 12 / 7, 10);
  });

  it("matches the seeded soleus plan", () => {
    const plan = soleusPlan();
    // Protection stage: daily doses 2x2 + 1x1 + 5x3 + 4x1 + 3x1 = 27 sets, plus the bike 1 x 4 a week.
    expect(prescribedSetsPerDay(plan.stages[0]!)).toBeCloseTo(27 + 4 / 7, 10);
    // The strength stage is all weekly doses, spread over 7 days.
    const strength = plan.stages[1]!;
    const weekly = strength.exercises.filter((e) => e.dose.frequency.per === "WEEK").reduce((s, e) => s + e.dose.sets * e.dose.frequency.times, 0);
    const daily = strength.exercises.filter((e) => e.dose.frequency.per === "DAY").reduce((s, e) => s + e.dose.sets * e.dose.frequency.times, 0);
    expect(daily).toBe(0);
    expect(prescribedSetsPerDay(strength)).toBeCloseTo(daily + weekly / 7, 10);
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

  it("counts the current week only up to today, with the weekly dose pro-rated", () => {
    // Wednesday: 3 days -> 18 daily sets + 12 x 3/7 weekly sets.
    const logs = [log("2026-11-02", { setsDone: { pumps: 6, raises: 3 } }), log("2026-11-03", { setsDone: { pumps: 6 } })];
    const weeks = weeklyAdherence(input({ logs, now: "2026-11-04T10:00:00Z" }));
    expect(weeks).toHaveLength(1);
    const prescribed = 18 + (12 * 3) / 7;
    expect(weeks[0]).toMatchObject({ daysCounted: 3, prescribedSets: 23.1, doneSets: 15, daysLogged: 2 });
    expect(weeks[0]!.percent).toBe(Math.round((100 * 15) / prescribed)); // 65
    // Weekly sets done ahead of schedule count up to the pro-rated share only.
    const ahead = weeklyAdherence(input({ logs: [log("2026-11-02", { setsDone: { raises: 12 } })], now: "2026-11-04T10:00:00Z" }))[0]!;
    expect(ahead.doneSets).toBe(5.1);
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
    expect(weeks).toEqual([{ weekStart: "2026-11-02", weekEnd: "2026-11-08", daysCounted: 1, prescribedSets: 7.7, doneSets: 6, percent: 78, daysLogged: 1 }]);
  });

  it("starts at the plan start: a mid-week start counts from that day, earlier logs are ignored", () => {
    const plan = simplePlan("2026-11-05"); // Thursday
    const logs = [log("2026-11-03", { setsDone: { pumps: 6 } }), log("2026-11-05", { setsDone: { pumps: 6, raises: 3 } })];
    const weeks = weeklyAdherence(input({ plan, logs, now: "2026-11-10T12:00:00Z" }));
    expect(weeks.map((w) => [w.weekStart, w.daysCounted, w.daysLogged])).toEqual([
      ["2026-11-02", 4, 1],
      ["2026-11-09", 2, 0],
    ]);
    expect(weeks[0]).toMatchObject({ prescribedSets: 30.9, doneSets: 9 }); // 24 + 12 x 4/7
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
    expect(midWeek.prescribedSets).toBe(Math.round((3 * 6 + (12 * 3) / 7 + 4) * 10) / 10);
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
    // Prescribed 5 x (27 + 4/7) = 137.9; done 4 x 27 daily sets + the bike's weekly share, capped
    // at 5 x 4/7 = 2.9: 110.9 (80%).
    expect(week).toMatchObject({ daysCounted: 5, prescribedSets: 137.9, doneSets: 110.9, percent: 80, daysLogged: 4 });
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
