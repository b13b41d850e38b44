// The sheet's view model (lib/pdf/sheet.ts): how many days its tick grid covers and how many
// boxes each day gets, from the one definition of a prescribed session (decision 016).
import { describe, expect, it } from "vitest";
import { sessionsOn } from "@/lib/domain/progress/prescription";
import { buildHandout } from "@/lib/pdf/handout-model";
import { sampleHandoutInput } from "@/lib/pdf/sample";
import { SHEET_MAX_DAYS, sheetDays, sheetStepCount } from "@/lib/pdf/sheet";

describe("the sheet's tick grid", () => {
  it("covers the stage's longest expected length, at most 14 days, and 14 when the length is unknown", () => {
    expect(sheetDays(10)).toBe(10);
    expect(sheetDays(18)).toBe(SHEET_MAX_DAYS);
    expect(sheetDays(null)).toBe(SHEET_MAX_DAYS);
    expect(sheetDays(0)).toBe(SHEET_MAX_DAYS);
  });

  it("gives each day one box per prescribed session, starting the day the sheet is made", () => {
    const input = sampleHandoutInput({ currentStageIndex: 1, madeOn: "2026-03-12" });
    const vm = buildHandout(input);
    const stage = input.plan.stages[1]!;
    expect(vm.sheet.grid.days[0]).toEqual({ weekday: "Th", day: "12" });
    vm.sheet.exercises.forEach((exercise, i) => {
      expect(exercise.boxes).toHaveLength(vm.sheet.grid.days.length);
      expect(exercise.boxes[0]).toBe(sessionsOn(stage.exercises[i]!.dose.frequency, "2026-03-12"));
    });
    // Build strength lasts up to 42 days: the sheet asks for the next one.
    expect(vm.sheet.grid.coverage).toBe("This sheet covers 14 days. Then ask your therapist for a new sheet.");
  });

  it("prints 4 steps, or 3 when the stage has more than 4 exercises (so 6 fit on two pages)", () => {
    expect(sheetStepCount(4)).toBe(4);
    expect(sheetStepCount(5)).toBe(3);
    const vm = buildHandout(sampleHandoutInput({ currentStageIndex: 1 }));
    for (const exercise of vm.sheet.exercises) expect(exercise.steps).toEqual(vm.currentStage!.exercises[exercise.number - 1]!.steps.slice(0, 3));
  });

  it("has no QR code without a portal address, and one with it", () => {
    expect(buildHandout(sampleHandoutInput()).sheet.portal).toBeNull();
    const portal = buildHandout({ ...sampleHandoutInput(), portalUrl: "https://restride.example/portal" }).sheet.portal!;
    expect(portal.url).toBe("https://restride.example/portal");
    expect(portal.qr.size).toBeGreaterThanOrEqual(21);
    expect(portal.qr.path).toMatch(/^M\d+ \d+h1v1h-1z/);
  });
});
