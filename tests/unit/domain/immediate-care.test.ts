// Issue 9, point 12: the rule that tells a patient what to do right away after a worrying log
// (pain >= 7 or a new warning sign), besides the therapist's alert.
import { describe, expect, it } from "vitest";
import { LOCALES } from "@/lib/domain/clinical/types";
import { CARE_TEXT } from "@/lib/domain/injuries/care";
import { immediateCareAdvice, immediateCareReasons } from "@/lib/domain/progress";

const CONTACT = { phone: "555 0100", emergencyNumber: "112" };

describe("immediate care after a log: pain >= 7 or a new warning sign", () => {
  it("states the rule", () => {
    expect(immediateCareReasons({ painDuring: 6, painNextMorning: 6, newSwelling: false })).toEqual([]);
    expect(immediateCareReasons({})).toEqual([]);
    expect(immediateCareReasons({ painDuring: 7 })).toEqual([{ kind: "pain", pain: 7 }]);
    expect(immediateCareReasons({ painDuring: 3, painNextMorning: 8 })).toEqual([{ kind: "pain", pain: 8 }]);
    expect(immediateCareReasons({ newSwelling: true })).toEqual([{ kind: "sign" }]);
    expect(immediateCareReasons({ painDuring: 9, newSwelling: true })).toEqual([{ kind: "pain", pain: 9 }, { kind: "sign" }]);
    expect(immediateCareReasons({ painDuring: 70, newSwelling: null })).toEqual([]); // not a rating
  });

  it("gives no advice for a calm log", () => {
    expect(immediateCareAdvice({ painDuring: 2, painNextMorning: 1, newSwelling: false }, "en", CONTACT)).toBeNull();
  });

  it("tells the patient to stop, call the clinic on its phone, and call the emergency number for chest pain or breathlessness", () => {
    const advice = immediateCareAdvice({ painDuring: 8 }, "en", CONTACT)!;
    expect(advice.heading).toBe("Do this now");
    expect(advice.reasons).toEqual(["You logged pain of 8 out of 10. That is more than your exercises should cause."]);
    expect(advice.steps).toEqual([
      "Stop your exercises for now.",
      "Call the clinic today on 555 0100.",
      "If you have chest pain or you are short of breath, call 112 now.",
      "Your therapist will also see what you logged.",
    ]);
    const es = immediateCareAdvice({ newSwelling: true }, "es", CONTACT)!;
    expect(es.reasons).toEqual(["Dijo que tiene hinchazón, enrojecimiento o calor nuevos en la pierna."]);
    expect(es.steps).toContain("Llame hoy a la clínica al 555 0100.");
    expect(es.steps).toContain("Si tiene dolor en el pecho o le falta el aire, llame ahora al 112.");
  });

  it("without the clinic's numbers, still says whom to call, in words", () => {
    for (const locale of LOCALES) {
      const advice = immediateCareAdvice({ painNextMorning: 7 }, locale, { phone: " ", emergencyNumber: null })!;
      expect(advice.steps.join(" ")).not.toMatch(/\bnull\b|undefined| \.|on \.|al \./);
    }
    expect(immediateCareAdvice({ painNextMorning: 7 }, "en", null)!.steps).toContain(
      "If you have chest pain or you are short of breath, call your local emergency number now.",
    );
  });

  it("has every patient-facing care string in English and Spanish", () => {
    const shape = (value: unknown): unknown =>
      typeof value === "function"
        ? "fn"
        : value && typeof value === "object"
          ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shape(v)]))
          : typeof value;
    expect(shape(CARE_TEXT.es)).toEqual(shape(CARE_TEXT.en));
    expect(CARE_TEXT.es.newSwelling.question).toBe("¿Tiene hinchazón, enrojecimiento o calor nuevos en la pierna?");
  });
});
