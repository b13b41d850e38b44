import { describe, expect, it } from "vitest";
import { functionSeries, heelRaiseSeries, LEFS_MEANINGFUL_CHANGE, painSeries, type MeasurementVisit } from "@/lib/domain/progress";
import { log } from "./fixtures";

const visit = (measuredOn: string, values: MeasurementVisit["values"]): MeasurementVisit => ({ measuredOn, values, checks: {} });

describe("painSeries", () => {
  it("merges patient logs and clinic visits by date, oldest first, null where missing", () => {
    const logs = [
      log("2026-11-05", { painDuring: 3, painNextMorning: 2 }),
      log("2026-11-03", { painDuring: 4, painNextMorning: null }),
      log("2026-11-04", { setsDone: { pumps: 6 } }), // no pain rating: no row
    ];
    const visits = [visit("2026-11-05", { painRest: 1, painWalking: 2 }), visit("2026-11-02", { painRest: 3 }), visit("2026-11-06", { lefs: 40 })];
    expect(painSeries(logs, visits)).toEqual([
      { date: "2026-11-02", painDuring: null, painNextMorning: null, painRest: 3, painWalking: null },
      { date: "2026-11-03", painDuring: 4, painNextMorning: null, painRest: null, painWalking: null },
      { date: "2026-11-05", painDuring: 3, painNextMorning: 2, painRest: 1, painWalking: 2 },
    ]);
  });

  it("handles no data, one point, a range, duplicates and bad values", () => {
    expect(painSeries([], [])).toEqual([]);
    expect(painSeries([log("2026-11-05", { painDuring: 2 })])).toEqual([
      { date: "2026-11-05", painDuring: 2, painNextMorning: null, painRest: null, painWalking: null },
    ]);
    const logs = [log("2026-11-01", { painDuring: 5 }), log("2026-11-09", { painDuring: 5 }), log("2026-11-05", { painDuring: 11, painNextMorning: 1 })];
    expect(painSeries(logs, [], { from: "2026-11-02", to: "2026-11-08" })).toEqual([
      { date: "2026-11-05", painDuring: null, painNextMorning: 1, painRest: null, painWalking: null },
    ]);
    const edited = [
      log("2026-11-05", { painDuring: 6, createdAt: "2026-11-05T21:00:00Z" }),
      log("2026-11-05", { painDuring: 4, createdAt: "2026-11-05T08:00:00Z" }),
    ];
    expect(painSeries(edited)[0]!.painDuring).toBe(6); // the later entry wins
  });
});

describe("heelRaiseSeries", () => {
  it("gives reps for both legs and symmetry per visit, skipping visits without heel raises", () => {
    const visits = [
      visit("2026-11-02", { heelRaises: { affected: { straightKnee: 10, bentKnee: 8 }, unaffected: { straightKnee: 28, bentKnee: 25 } } }),
      visit("2026-11-06", { lefs: 50 }),
      visit("2026-11-12", { heelRaises: { affected: { straightKnee: 27 }, unaffected: { straightKnee: 28, bentKnee: 0 } } }),
    ];
    expect(heelRaiseSeries(visits)).toEqual([
      { date: "2026-11-02", affectedStraight: 10, unaffectedStraight: 28, affectedBent: 8, unaffectedBent: 25, symmetryStraight: 35.7, symmetryBent: 32 },
      { date: "2026-11-12", affectedStraight: 27, unaffectedStraight: 28, affectedBent: null, unaffectedBent: 0, symmetryStraight: 96.4, symmetryBent: null },
    ]);
    expect(heelRaiseSeries([])).toEqual([]);
  });

  it("merges two visits on the same date field by field", () => {
    const visits = [
      visit("2026-11-12", { heelRaises: { affected: { straightKnee: 20 }, unaffected: { straightKnee: 25 } } }),
      visit("2026-11-12", { heelRaises: { affected: { bentKnee: 18, straightKnee: 22 }, unaffected: { bentKnee: 24 } } }),
    ];
    expect(heelRaiseSeries(visits)).toEqual([
      { date: "2026-11-12", affectedStraight: 22, unaffectedStraight: 25, affectedBent: 18, unaffectedBent: 24, symmetryStraight: 88, symmetryBent: 75 },
    ]);
  });
});

describe("functionSeries", () => {
  it("lists LEFS per visit with the change from the first", () => {
    const visits = [visit("2026-11-20", { lefs: 61 }), visit("2026-11-02", { lefs: 48 }), visit("2026-11-10", { painRest: 1 }), visit("2026-11-12", { lefs: 90 })];
    expect(functionSeries(visits)).toEqual([
      { date: "2026-11-02", lefs: 48, lefsChange: 0 },
      { date: "2026-11-20", lefs: 61, lefsChange: 13 },
    ]);
    expect(functionSeries([])).toEqual([]);
    expect(LEFS_MEANINGFUL_CHANGE).toBe(9);
  });
});
