import { describe, expect, it } from "vitest";
import { parseAssessment } from "@/lib/validation/clinical";

/** A complete, valid assessment form as the browser sends it (blank fields left out). */
const form = (overrides: Record<string, string | undefined> = {}) =>
  Object.fromEntries(
    Object.entries({
      muscle: "SOLEUS",
      side: "LEFT",
      injuryDate: "2026-11-20",
      onset: "SUDDEN",
      repeatInjury: "first",
      clinicalGrade: "2",
      thompsonTest: "NORMAL",
      painRest: "2",
      heelRaisesStraight_affected: "10",
      heelRaisesStraight_unaffected: "28",
      ...overrides,
    }).filter(([, v]) => v !== undefined),
  ) as Record<string, string>;

describe("parseAssessment", () => {
  it("turns the registry's fields into the stored baseline and the kind's screen answers", () => {
    const parsed = parseAssessment(form(), { today: "2026-11-30" });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    expect(parsed.data.baseline).toEqual({ painRest: 2, heelRaisesStraight: { affected: 10, unaffected: 28 } });
    expect(parsed.data.screen).toMatchObject({ thompsonTest: "NORMAL", previousDvt: false });
  });

  it("refuses 'Thompson not done' after a sudden onset unless a reason is given, beside the Thompson field", () => {
    const refused = parseAssessment(form({ thompsonTest: "NOT_DONE" }), { today: "2026-11-30" });
    expect(refused).toEqual({ ok: false, errors: { thompsonTest: expect.stringMatching(/started suddenly/) } });

    const withReason = parseAssessment(form({ thompsonTest: "NOT_DONE", thompsonNotDoneReason: " Too painful to lie prone today " }), { today: "2026-11-30" });
    if (!withReason.ok) throw new Error(JSON.stringify(withReason.errors));
    expect(withReason.data.screen).toMatchObject({ thompsonTest: "NOT_DONE", thompsonNotDoneReason: "Too painful to lie prone today" });

    expect(parseAssessment(form({ thompsonTest: "NOT_DONE", onset: "GRADUAL" }), { today: "2026-11-30" }).ok).toBe(true);
  });

  it("asks for a muscle first, without screen errors of a kind it cannot know yet", () => {
    const parsed = parseAssessment(form({ muscle: undefined, thompsonTest: undefined }), { today: "2026-11-30" });
    expect(parsed).toEqual({ ok: false, errors: { muscle: "Choose the injured muscle." } });
  });

  it("asks how a hamstring injury happened, beside that question, because the prognosis depends on it (Askling 2013)", () => {
    const hamstring = {
      muscle: "BICEPS_FEMORIS_LONG",
      thompsonTest: undefined,
      heelRaisesStraight_affected: undefined,
      heelRaisesStraight_unaffected: undefined,
    };
    const missing = parseAssessment(form(hamstring), { today: "2026-11-30" });
    expect(missing).toEqual({ ok: false, errors: { mechanism: "Choose how the injury happened." } });
    expect(parseAssessment(form({ ...hamstring, mechanism: "WALKING" }), { today: "2026-11-30" })).toEqual({
      ok: false,
      errors: { mechanism: "Choose how the injury happened." },
    });

    const stretch = parseAssessment(form({ ...hamstring, mechanism: "STRETCHING" }), { today: "2026-11-30" });
    if (!stretch.ok) throw new Error(JSON.stringify(stretch.errors));
    expect(stretch.data.injury.mechanism).toBe("STRETCHING");
  });

  it("does not ask for a mechanism for a kind whose prognosis has no such rule", () => {
    const parsed = parseAssessment(form({ mechanism: "STRETCHING" }), { today: "2026-11-30" });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    expect(parsed.data.injury.mechanism).toBeNull();
  });
});
