// Issue 10, point 4: every patient-facing string of the handout exists in Spanish, including the
// seeded dose notes and load text (declared once per kind: lib/domain/injuries/calf/content/dose-text.ts).
import { describe, expect, it } from "vitest";
import { SEEDED_TEMPLATES } from "@/lib/domain/injuries/content";
import { doseTextIn } from "@/lib/domain/injuries/dose-text";
import { kindOfStoredMuscle } from "@/lib/domain/injuries";

describe("dose notes and loads in the patient's language", () => {
  it("has a Spanish text for every note and load of every seeded template, and it is not the English", () => {
    let checked = 0;
    for (const template of SEEDED_TEMPLATES) {
      const wording = kindOfStoredMuscle(template.muscles[0]).kind.wording;
      // A stage's own exercises and those of its tracks' phases.
      const parts = template.stages.flatMap((stage) => [stage, ...(stage.tracks ?? []).flatMap((t) => t.phases)]);
      for (const stage of parts) {
        for (const exercise of stage.exercises) {
          for (const text of [exercise.dose.notes, exercise.dose.load]) {
            if (!text) continue;
            const spanish = doseTextIn(wording, text, "es");
            expect(spanish, `${template.name} / ${exercise.exerciseKey}: ${text}`).toBeTruthy();
            expect(spanish).not.toBe(text);
            checked += 1;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it("keeps English as given and a therapist's own note untranslated (null: shown as written)", () => {
    const wording = kindOfStoredMuscle("SOLEUS").kind.wording;
    expect(doseTextIn(wording, "Build toward 25 in a row.", "en")).toBe("Build toward 25 in a row.");
    expect(doseTextIn(wording, "Build toward 25 in a row.", "es")).toBe("Suba poco a poco hasta 25 seguidas.");
    expect(doseTextIn(wording, "Do these before breakfast.", "es")).toBeNull();
  });
});
