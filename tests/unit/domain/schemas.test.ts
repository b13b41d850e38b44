import { describe, expect, it } from "vitest";
import { InjurySchema, MeasurementsSchema, NEGATIVE_SCREEN, ScreenInputSchema } from "@/lib/domain/clinical";

const injury = {
  muscle: "SOLEUS",
  side: "LEFT",
  injuryDate: "2026-10-30",
  onset: "GRADUAL",
  duringRunning: false,
  repeatInjury: true,
  clinicalGrade: 1,
};

describe("input schemas", () => {
  it("accepts a valid injury, with or without MRI fields", () => {
    expect(InjurySchema.safeParse(injury).success).toBe(true);
    expect(InjurySchema.safeParse({ ...injury, bamicGrade: 2, bamicSite: "c" }).success).toBe(true);
  });

  it("rejects impossible dates, unknown grades and a site without BAMIC grade 1-3", () => {
    expect(InjurySchema.safeParse({ ...injury, injuryDate: "2026-02-30" }).success).toBe(false);
    expect(InjurySchema.safeParse({ ...injury, clinicalGrade: 4 }).success).toBe(false);
    expect(InjurySchema.safeParse({ ...injury, bamicGrade: 4, bamicSite: "a" }).success).toBe(false);
    expect(InjurySchema.safeParse({ ...injury, bamicSite: "b" }).success).toBe(false);
  });

  it("validates measurement ranges", () => {
    expect(MeasurementsSchema.safeParse({ painWalking: 3, lefs: 60, hopDistanceCm: { affected: 100 } }).success).toBe(true);
    expect(MeasurementsSchema.safeParse({ painWalking: 11 }).success).toBe(false);
    expect(MeasurementsSchema.safeParse({ heelRaises: { affected: { straightKnee: -1 } } }).success).toBe(false);
  });

  it("parses a complete screen", () => {
    expect(ScreenInputSchema.parse(NEGATIVE_SCREEN)).toEqual(NEGATIVE_SCREEN);
    expect(ScreenInputSchema.safeParse({ ...NEGATIVE_SCREEN, thompsonTest: "MAYBE" }).success).toBe(false);
  });
});
