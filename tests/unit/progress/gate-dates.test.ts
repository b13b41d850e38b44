import { describe, expect, it } from "vitest";
import { gateDates, gateStatusFromLatest, type MeasurementVisit } from "@/lib/domain/progress";
import { soleusPlan, STRENGTH_GATES_MET } from "./fixtures";

const strength = soleusPlan().stages[1]!;

describe("gateDates: the date each gate's latest value comes from", () => {
  it("dates every gate a visit measured by that visit, and leaves unmeasured gates undated", () => {
    expect(gateDates(strength, [])).toEqual({});
    const heelOnly: MeasurementVisit = { measuredOn: "2026-11-10", values: { heelRaisesStraight: { affected: 20, unaffected: 28 } }, checks: {} };
    const dates = gateDates(strength, [heelOnly]);
    expect(dates["heel-raise-target-straight"]).toBe("2026-11-10");
    expect(dates["symmetry-straight"]).toBe("2026-11-10");
    expect(dates["seated-raise-load"]).toBeUndefined();
    expect(dates["pain-free-double-leg-hops"]).toBeUndefined();
  });

  it("a later visit that re-measures a gate moves its date, one that measures something else does not", () => {
    const hopsOnly: MeasurementVisit = { measuredOn: "2026-11-15", values: {}, checks: { "pain-free-double-leg-hops": true } };
    const dates = gateDates(strength, [STRENGTH_GATES_MET, hopsOnly]);
    expect(dates["pain-free-double-leg-hops"]).toBe("2026-11-15");
    expect(dates["heel-raise-target-straight"]).toBe("2026-11-12");
    expect(dates["seated-raise-load"]).toBe("2026-11-12");
  });

  it("a value only the merge of visits gives (load one day, body mass the next) is dated by the visit that completed it", () => {
    const load: MeasurementVisit = { measuredOn: "2026-11-10", values: { seatedRaiseLoadKg: 80 }, checks: {} };
    const mass: MeasurementVisit = { measuredOn: "2026-11-11", values: { bodyMassKg: 75 }, checks: {} };
    expect(gateDates(strength, [load, mass])["seated-raise-load"]).toBe("2026-11-11");
  });

  it("comes with the gate status, so the plan page and progress page show the same dates", () => {
    expect(gateStatusFromLatest(strength, [STRENGTH_GATES_MET]).measuredOn["symmetry-bent"]).toBe("2026-11-12");
  });
});
