import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, ClinicalError, compareIsoDates, daysBetween, isIsoDate, parseIsoDate } from "@/lib/domain/clinical";
import { isoDate } from "./arbitraries";

describe("ISO date helpers", () => {
  it("accepts real dates and rejects malformed or impossible ones", () => {
    expect(isIsoDate("2026-11-02")).toBe(true);
    expect(isIsoDate("2028-02-29")).toBe(true);
    for (const bad of ["2026-02-29", "2026-02-30", "2026-13-01", "2026-1-02", "2026-11-02T00:00:00Z", "", "02/11/2026"]) {
      expect(isIsoDate(bad), bad).toBe(false);
    }
    expect(isIsoDate(20261102)).toBe(false);
  });

  it("throws a ClinicalError with code INVALID_DATE", () => {
    expect(() => parseIsoDate("2026-02-30")).toThrow(ClinicalError);
    try {
      parseIsoDate("nope");
    } catch (error) {
      expect((error as ClinicalError).code).toBe("INVALID_DATE");
    }
  });

  it("adds days across month, year and leap-day boundaries", () => {
    expect(addDays("2026-11-30", 1)).toBe("2026-12-01");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2027-02-28", 1)).toBe("2027-03-01");
    expect(addDays("2026-03-29", 0)).toBe("2026-03-29");
    expect(addDays("2026-01-01", -1)).toBe("2025-12-31");
    expect(() => addDays("2026-01-01", 1.5)).toThrow(RangeError);
  });

  it("is unaffected by DST changes (Europe: 2026-03-29 and 2026-10-25)", () => {
    expect(daysBetween("2026-03-28", "2026-03-30")).toBe(2);
    expect(daysBetween("2026-10-24", "2026-10-26")).toBe(2);
  });

  it("addDays and daysBetween are inverse (property)", () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: -2000, max: 2000 }), (date, n) => {
        const moved = addDays(date, n);
        expect(isIsoDate(moved)).toBe(true);
        expect(daysBetween(date, moved)).toBe(n);
        expect(compareIsoDates(moved, date)).toBe(Math.sign(n));
      }),
    );
  });
});
