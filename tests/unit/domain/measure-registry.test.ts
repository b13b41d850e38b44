// The measure registry: each input, measure and check is declared once, and the forms,
// validation, stored shape, merge and gate measures all derive from it.
import { describe, expect, it } from "vitest";
import { INJURY_KINDS, type InjuryKind } from "@/lib/domain/injuries";
import {
  CHECK_KEYS,
  INPUTS,
  MEASURES,
  deriveMeasures,
  formFields,
  inputDef,
  inputsFor,
  latestMeasurements,
  measuresFor,
  mergeMeasurements,
  type Derivation,
  type Measurements,
} from "@/lib/domain/measures";
import { parseMeasurement } from "@/lib/validation/clinical";

const KINDS = INJURY_KINDS as readonly InjuryKind[];

function inputsOf(d: Derivation): string[] {
  if (d.as === "ratio") return [d.numerator, d.denominator];
  return d.as === "affectedPercentOf" ? [d.input, d.of] : [d.input];
}

/** A form filled in with a valid value in every field: the middle of each input's range. */
function filledForm(kind: string): Record<string, string> {
  const raw: Record<string, string> = { measuredOn: "2026-11-20" };
  for (const f of formFields(inputsFor(kind, "VISIT"))) {
    const mid = (f.min + f.max) / 2;
    raw[f.name] = String(f.integer ? Math.round(mid) : mid);
  }
  return raw;
}

describe("measure registry", () => {
  it("declares every input, measure and check key once", () => {
    for (const keys of [INPUTS.map((i) => i.key), MEASURES.map((m) => m.key), [...CHECK_KEYS]]) {
      expect(new Set(keys).size).toBe(keys.length);
    }
  });

  it("every measure of every kind can be derived from inputs that kind's visit form takes (none is orphaned)", () => {
    for (const kind of KINDS) {
      const taken = new Set(inputsFor(kind.key, "VISIT").map((i) => i.key));
      for (const measure of measuresFor(kind.key)) {
        for (const input of inputsOf(measure.derive)) {
          expect(taken.has(input as never), `${kind.key}: ${measure.key} needs input ${input}`).toBe(true);
        }
      }
    }
  });

  it("a visit form filled in completely parses and yields a value for every measure of the kind", () => {
    for (const kind of KINDS) {
      const parsed = parseMeasurement(filledForm(kind.key), { today: "2026-11-30", kind });
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
      const values = deriveMeasures(parsed.data.values);
      for (const measure of measuresFor(kind.key)) {
        expect(values[measure.key], `${kind.key}: ${measure.key}`).toEqual(expect.any(Number));
      }
    }
  });

  it("a paired input is two fields, injured side first; a single input is one field named by its key", () => {
    const [hop] = formFields([inputDef("hopDistanceCm")!]);
    expect(formFields([inputDef("hopDistanceCm")!]).map((f) => [f.name, f.label])).toEqual([
      ["hopDistanceCm_affected", "Single-leg hop, injured side (cm)"],
      ["hopDistanceCm_unaffected", "Single-leg hop, other side (cm)"],
    ]);
    expect(hop!.side).toBe("affected");
    expect(formFields([inputDef("painRest")!]).map((f) => f.name)).toEqual(["painRest"]);
  });

  it("says which field is out of range, by the label the therapist sees", () => {
    const kind = KINDS[0]!;
    const parsed = parseMeasurement({ measuredOn: "2026-11-20", painRest: "11", hopDistanceCm_affected: "abc" }, { today: "2026-11-30", kind });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors.painRest).toBe("Pain at rest must be between 0 and 10.");
    expect(parsed.errors.hopDistanceCm_affected).toBe("Single-leg hop, injured side: enter a number.");
  });

  it("stores a pair only when a side was entered, and derives symmetry as injured / other x 100", () => {
    const parsed = parseMeasurement({ measuredOn: "2026-11-20", hopDistanceCm_affected: "90", hopDistanceCm_unaffected: "120" }, { today: "2026-11-30" });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    expect(parsed.data.values).toEqual({ hopDistanceCm: { affected: 90, unaffected: 120 } });
    expect(deriveMeasures(parsed.data.values).hopDistanceSymmetry).toBe(75);
  });

  it("derives a ratio only with a positive denominator (seated raise load / body mass)", () => {
    expect(deriveMeasures({ seatedRaiseLoadKg: 105, bodyMassKg: 70 }).seatedRaiseLoadBw).toBe(1.5);
    expect(deriveMeasures({ seatedRaiseLoadKg: 70, bodyMassKg: 0 }).seatedRaiseLoadBw).toBeUndefined();
    expect(deriveMeasures({ seatedRaiseLoadKg: 70 }).seatedRaiseLoadBw).toBeUndefined();
  });

  it("merges visits input by input and side by side: a later blank keeps the earlier value", () => {
    const a: Measurements = { painRest: 3, hopDistanceCm: { affected: 80, unaffected: 120 } };
    const b: Measurements = { painRest: null, hopDistanceCm: { affected: 100, unaffected: null }, lefs: 50 };
    expect(mergeMeasurements(a, b)).toEqual({ painRest: 3, hopDistanceCm: { affected: 100, unaffected: 120 }, lefs: 50 });
    const latest = latestMeasurements([
      { values: a, checks: { "normal-gait": false } },
      { values: b, checks: { "normal-gait": true, "box-jumps-5x30": null } },
    ]);
    expect(latest.checks).toEqual({ "normal-gait": true });
    expect(latest.values.hopDistanceCm).toEqual({ affected: 100, unaffected: 120 });
  });

  it("asks for at least one value or check", () => {
    expect(parseMeasurement({ measuredOn: "2026-11-20" }, { today: "2026-11-30" })).toEqual({
      ok: false,
      errors: { _form: "Enter at least one measurement or check." },
    });
  });
});

describe("heel raises against a reachable target (calf)", () => {
  // Clinical brief, "Outcome measures worth tracking": healthy medians are 24 (men) and 21 (women)
  // single-leg heel raises (Hebert-Losier et al., Physiotherapy 2017), so an absolute 25 is above
  // many healthy people; the target is the smaller of 25 and the uninjured side.
  it("is the injured side as a percentage of the smaller of 25 and the other side", () => {
    expect(deriveMeasures({ heelRaisesStraight: { affected: 18, unaffected: 20 } }).heelRaiseTargetStraight).toBe(90);
    expect(deriveMeasures({ heelRaisesStraight: { affected: 20, unaffected: 40 } }).heelRaiseTargetStraight).toBe(80);
    expect(deriveMeasures({ heelRaisesBent: { affected: 25, unaffected: 30 } }).heelRaiseTargetBent).toBe(100);
  });

  it("uses 25 when the other side was not tested, and nothing without the injured side", () => {
    expect(deriveMeasures({ heelRaisesStraight: { affected: 20 } }).heelRaiseTargetStraight).toBe(80);
    expect(deriveMeasures({ heelRaisesStraight: { unaffected: 20 } }).heelRaiseTargetStraight).toBeUndefined();
  });

  it("is offered for calf gates and needs no new form field (it derives from the heel-raise inputs)", () => {
    const calf = measuresFor("calf").map((m) => m.key);
    expect(calf).toEqual(expect.arrayContaining(["heelRaiseTargetStraight", "heelRaiseTargetBent"]));
    expect(
      formFields(inputsFor("calf", "VISIT"))
        .filter((f) => f.input.startsWith("heelRaise"))
        .map((f) => f.name),
    ).toEqual([
      "heelRaisesStraight_affected",
      "heelRaisesStraight_unaffected",
      "heelRaisesBent_affected",
      "heelRaisesBent_unaffected",
      "heelRaiseHeightCm_affected",
      "heelRaiseHeightCm_unaffected",
    ]);
  });
});
