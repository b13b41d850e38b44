import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "@/lib/domain/clinical";
import { maxLoggableSets, prescribedOn, prescribedSetsOn, sessionsByWeekday, sessionsOn } from "@/lib/domain/progress";
import { simplePlan } from "./fixtures";

const MONDAY = "2026-11-02";
const weekly = (times: number) => ({ times, per: "WEEK" as const });

describe("prescribed work per day", () => {
  it("a per-DAY dose asks for sets x times every day (2 sets 3 times a day = 6 sets)", () => {
    for (let i = 0; i < 7; i++) expect(sessionsOn({ times: 3, per: "DAY" }, addDays(MONDAY, i))).toBe(3);
    const pumps = prescribedOn(simplePlan().stages[0]!, "2026-11-04")[0];
    expect(pumps).toEqual({ exerciseKey: "pumps", per: "DAY", setsPerSession: 2, timesPer: 3, sessions: 3, sets: 6 });
  });

  it("a per-WEEK dose asks for whole sessions on fixed weekdays spread evenly from Monday", () => {
    //                                        Mon Tue Wed Thu Fri Sat Sun
    expect(sessionsByWeekday(weekly(1))).toEqual([1, 0, 0, 0, 0, 0, 0]);
    expect(sessionsByWeekday(weekly(2))).toEqual([1, 0, 0, 1, 0, 0, 0]);
    expect(sessionsByWeekday(weekly(3))).toEqual([1, 0, 1, 0, 1, 0, 0]);
    expect(sessionsByWeekday(weekly(4))).toEqual([1, 1, 0, 1, 0, 1, 0]);
    expect(sessionsByWeekday(weekly(7))).toEqual([1, 1, 1, 1, 1, 1, 1]);
    expect(sessionsByWeekday(weekly(10))).toEqual([2, 1, 2, 1, 2, 1, 1]);
    // 3 sets 4 times a week: 3 sets on Monday, none on Wednesday.
    const stage = simplePlan().stages[0]!;
    expect(prescribedOn(stage, MONDAY)[1]).toMatchObject({ exerciseKey: "raises", sessions: 1, sets: 3 });
    expect(prescribedOn(stage, "2026-11-04")[1]).toMatchObject({ exerciseKey: "raises", sessions: 0, sets: 0 });
    expect(prescribedSetsOn(stage, MONDAY)).toBe(9);
  });

  it("a week of any per-WEEK dose adds up to exactly sets x times (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 1, max: 10 }), fc.integer({ min: 0, max: 400 }), (times, sets, offset) => {
        const stage = { exercises: [{ exerciseKey: "x", dose: { sets, frequency: weekly(times) } }] };
        const start = addDays(MONDAY, offset); // any 7 consecutive days hold one of each weekday
        const total = Array.from({ length: 7 }, (_, i) => prescribedSetsOn(stage, addDays(start, i))).reduce((a, b) => a + b, 0);
        expect(total).toBe(sets * times);
      }),
    );
  });

  it("treats a missing or broken dose as nothing prescribed", () => {
    expect(sessionsByWeekday({ times: Number.NaN, per: "WEEK" })).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(prescribedOn({ exercises: [{ exerciseKey: "x", dose: { sets: -1, frequency: { times: 2, per: "DAY" } } }] }, MONDAY)[0]!.sets).toBe(0);
  });

  it("lets a patient log up to twice the dose's busiest day, at least 2", () => {
    expect(maxLoggableSets({ sets: 2, frequency: { times: 3, per: "DAY" } })).toBe(12);
    expect(maxLoggableSets({ sets: 3, frequency: weekly(4) })).toBe(6);
    expect(maxLoggableSets({ sets: 1, frequency: weekly(10) })).toBe(4);
    expect(maxLoggableSets({ sets: 1, frequency: { times: 1, per: "DAY" } })).toBe(2);
  });
});
