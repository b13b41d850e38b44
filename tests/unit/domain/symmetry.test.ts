import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MEASURE_KEYS, deriveMeasures, symmetry } from "@/lib/domain/clinical";

describe("symmetry", () => {
  it("is affected / unaffected x 100, rounded to 1 decimal", () => {
    expect(symmetry(18, 25)).toBe(72);
    expect(symmetry(20, 30)).toBe(66.7);
    expect(symmetry(25, 25)).toBe(100);
    expect(symmetry(30, 25)).toBe(120);
    expect(symmetry(0, 25)).toBe(0);
  });

  it("is null for missing, zero-reference and invalid values", () => {
    expect(symmetry(undefined, 25)).toBeNull();
    expect(symmetry(18, null)).toBeNull();
    expect(symmetry(null, undefined)).toBeNull();
    expect(symmetry(18, 0)).toBeNull();
    expect(symmetry(0, 0)).toBeNull();
    expect(symmetry(Number.NaN, 10)).toBeNull();
    expect(symmetry(10, Number.POSITIVE_INFINITY)).toBeNull();
    expect(symmetry(-1, 10)).toBeNull();
    expect(symmetry(1, Number.MIN_VALUE)).toBeNull();
  });

  it("never returns NaN or Infinity (property)", () => {
    const value = fc.oneof(fc.double(), fc.constant(undefined), fc.constant(null), fc.integer({ min: 0, max: 50 }));
    fc.assert(
      fc.property(value, value, (a, u) => {
        const result = symmetry(a, u);
        if (result !== null) expect(Number.isFinite(result)).toBe(true);
      }),
    );
  });

  it("matches the ratio within rounding for positive inputs (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 1, max: 200 }), (a, u) => {
        expect(Math.abs(symmetry(a, u)! - (a / u) * 100)).toBeLessThanOrEqual(0.05 + 1e-9);
      }),
    );
  });
});

describe("deriveMeasures", () => {
  it("computes symmetries from raw sides and passes single values through", () => {
    const m = deriveMeasures({
      painWalking: 2,
      heelRaisesStraight: { affected: 18, unaffected: 25 },
      heelRaisesBent: { affected: 20, unaffected: 0 },
      heelRaiseHeightCm: { affected: 9, unaffected: 10 },
      lungeCm: { affected: 8, unaffected: 10 },
      hopDistanceCm: { affected: 120 },
      seatedRaiseLoadKg: 60,
      bodyMassKg: 75,
      lefs: 70,
    });
    expect(m.painWalking).toBe(2);
    expect(m.heelRaisesAffectedStraight).toBe(18);
    expect(m.heelRaiseSymmetryStraight).toBe(72);
    expect(m.heelRaiseSymmetryBent).toBeUndefined();
    expect(m.heelRaiseHeightSymmetry).toBe(90);
    expect(m.lungeAffectedCm).toBe(8);
    expect(m.lungeSymmetry).toBe(80);
    expect(m.hopDistanceSymmetry).toBeUndefined();
    expect(m.seatedRaiseLoadBw).toBe(0.8);
    expect(m.lefs).toBe(70);
    expect(m.painRest).toBeUndefined();
  });

  it("returns every measure key, undefined when there is no data", () => {
    const m = deriveMeasures({});
    expect(Object.keys(m)).toEqual([...MEASURE_KEYS]);
    expect(Object.values(m).every((v) => v === undefined)).toBe(true);
  });

  it("drops non-finite input and a zero body mass", () => {
    const m = deriveMeasures({ painRest: Number.NaN, seatedRaiseLoadKg: 40, bodyMassKg: 0 });
    expect(m.painRest).toBeUndefined();
    expect(m.seatedRaiseLoadBw).toBeUndefined();
  });
});
