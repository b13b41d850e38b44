// The readability formulas of issue 10, point 5, each checked against a worked value.
import { describe, expect, it } from "vitest";
import { countSyllablesEs, inflesz, smogGrade } from "@/lib/domain/clinical/readability";

describe("SMOG (McLaughlin 1969): 1.0430 × √(polysyllables × 30 / sentences) + 3.1291", () => {
  it("is 3.1 (the constant) for text without words of 3 or more syllables", () => {
    expect(smogGrade(["Sit on a chair.", "Lift your heel.", "Lower it slowly."])).toBe(3.1);
  });

  it("grows with polysyllables per sentence: 3 in 3 sentences is 1.043 × √30 + 3.1291 = 8.8", () => {
    expect(smogGrade("Do the exercises daily. Ask your therapist. Use the elastic band.")).toBe(8.8);
  });

  it("counts each bullet line as a sentence, so a list of short lines is not penalised as one long one", () => {
    expect(smogGrade(["Your therapist", "Your exercises"])).toBe(smogGrade("Your therapist. Your exercises."));
  });
});

describe("INFLESZ (Barrio-Cantalejo 2008): 206.835 − 62.3 × syllables / words − words / sentences", () => {
  it("counts Spanish syllables by vowel nuclei, diphthongs as one and strong vowels apart", () => {
    expect(countSyllablesEs("pantorrilla")).toBe(4);
    expect(countSyllablesEs("cuidado")).toBe(3);
    expect(countSyllablesEs("día")).toBe(2);
    expect(countSyllablesEs("poeta")).toBe(3);
    expect(countSyllablesEs("guía")).toBe(2);
    expect(countSyllablesEs("que")).toBe(1);
    expect(countSyllablesEs("muy")).toBe(1);
    expect(countSyllablesEs("y")).toBe(1);
  });

  it("scores a short plain sentence high: 'Siéntese en una silla.' is 4 words, 8 syllables, 1 sentence = 78.2", () => {
    // 206.835 − 62.3 × 8 / 4 − 4 / 1 = 78.235
    expect(inflesz("Siéntese en una silla.")).toBe(78.2);
  });

  it("scores long words in a long sentence below the 55 target", () => {
    expect(inflesz("La rehabilitación musculoesquelética proporciona recuperación funcional progresivamente individualizada.")).toBeLessThan(55);
  });
});
