import { describe, expect, it } from "vitest";
import { functionSeries, strengthSeries, LEFS_MEANINGFUL_CHANGE, painSeries, type MeasurementVisit } from "@/lib/domain/progress";
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

const HEEL_RAISES = ["heelRaisesStraight", "heelRaisesBent"] as const;
const row = (date: string, straight: [number | null, number | null, number | null], bent: [number | null, number | null, number | null]) => ({
  date,
  values: {
    heelRaisesStraight: { affected: straight[0], unaffected: straight[1], symmetry: straight[2] },
    heelRaisesBent: { affected: bent[0], unaffected: bent[1], symmetry: bent[2] },
  },
});

describe("strengthSeries (the calf's heel raises)", () => {
  it("gives reps for both legs and symmetry per visit, skipping visits without heel raises", () => {
    const visits = [
      visit("2026-11-02", { heelRaisesStraight: { affected: 10, unaffected: 28 }, heelRaisesBent: { affected: 8, unaffected: 25 } }),
      visit("2026-11-06", { lefs: 50 }),
      visit("2026-11-12", { heelRaisesStraight: { affected: 27, unaffected: 28 }, heelRaisesBent: { unaffected: 0 } }),
    ];
    expect(strengthSeries(visits, HEEL_RAISES)).toEqual([row("2026-11-02", [10, 28, 35.7], [8, 25, 32]), row("2026-11-12", [27, 28, 96.4], [null, 0, null])]);
    expect(strengthSeries([], HEEL_RAISES)).toEqual([]);
  });

  it("merges two visits on the same date field by field", () => {
    const visits = [
      visit("2026-11-12", { heelRaisesStraight: { affected: 20, unaffected: 25 } }),
      visit("2026-11-12", { heelRaisesStraight: { affected: 22 }, heelRaisesBent: { affected: 18, unaffected: 24 } }),
    ];
    expect(strengthSeries(visits, HEEL_RAISES)).toEqual([row("2026-11-12", [22, 25, 88], [18, 24, 75])]);
  });
});

describe("functionSeries", () => {
  it("lists LEFS per visit with the change from the first", () => {
    const visits = [
      visit("2026-11-20", { lefs: 61 }),
      visit("2026-11-02", { lefs: 48 }),
      visit("2026-11-10", { painRest: 1 }),
      visit("2026-11-12", { lefs: 90 }),
    ];
    expect(functionSeries(visits)).toEqual([
      { date: "2026-11-02", lefs: 48, lefsChange: 0 },
      { date: "2026-11-20", lefs: 61, lefsChange: 13 },
    ]);
    expect(functionSeries([])).toEqual([]);
    expect(LEFS_MEANINGFUL_CHANGE).toBe(9);
  });
});
