import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { planFromAssessment, type Injury } from "@/lib/domain/clinical";
import { EXERCISE_LIBRARY, SOLEUS_TEMPLATE } from "@/lib/domain/injuries/calf/content";
import {
  CALF_SCREEN_DEFINITION,
  NEGATIVE_SCREEN,
  SCREEN_GROUPS,
  SCREEN_ITEMS,
  THOMPSON_OPTIONS,
  THOMPSON_RESULTS,
  WELLS_LIKELY_THRESHOLD,
  missingAnswers,
  screen,
  wellsScore,
  type ScreenInput,
} from "@/lib/domain/injuries/calf/screen";
import { SIGN_KEYS, WELLS_KEYS, isPositive, positiveScreenArb, screenArb } from "./arbitraries";

const injury: Injury = {
  muscle: "SOLEUS",
  side: "RIGHT",
  injuryDate: "2026-10-28",
  onset: "SUDDEN",
  duringRunning: true,
  repeatInjury: false,
  clinicalGrade: 2,
};

const withSigns = (signs: Partial<ScreenInput>): ScreenInput => ({ ...NEGATIVE_SCREEN, ...signs });

describe("wellsScore", () => {
  it("is 0 with nothing positive", () => {
    expect(wellsScore(NEGATIVE_SCREEN)).toBe(0);
  });

  it("adds 1 per criterion and subtracts 2 for an equally likely alternative diagnosis", () => {
    expect(wellsScore(withSigns({ previousDvt: true }))).toBe(1);
    expect(wellsScore(withSigns({ alternativeDiagnosisAsLikely: true }))).toBe(-2);
    expect(wellsScore(withSigns({ previousDvt: true, activeCancer: true, alternativeDiagnosisAsLikely: true }))).toBe(0);
    const all = Object.fromEntries(WELLS_KEYS.map((k) => [k, true]));
    expect(wellsScore(withSigns(all))).toBe(9);
    expect(wellsScore(withSigns({ ...all, alternativeDiagnosisAsLikely: true }))).toBe(7);
  });

  it("equals count - 2 x alternative for any input (property)", () => {
    fc.assert(
      fc.property(screenArb, (s) => {
        const expected = WELLS_KEYS.filter((k) => s[k]).length - (s.alternativeDiagnosisAsLikely ? 2 : 0);
        expect(wellsScore(s)).toBe(expected);
      }),
    );
  });

  it("ignores non-Wells signs", () => {
    expect(wellsScore(withSigns({ cannotBearWeight: true, palpableGap: true }))).toBe(0);
  });
});

describe("screen", () => {
  it("is clear for a negative screen", () => {
    const result = screen({ ...NEGATIVE_SCREEN, thompsonTest: "NORMAL" });
    expect(result).toEqual({
      flags: [],
      wellsScore: 0,
      dvtLikely: false,
      urgency: null,
      blocksPlan: false,
      referralMessage: null,
      notes: [],
    });
  });

  it("reminds about a Thompson test that was not done, without blocking", () => {
    const result = screen(NEGATIVE_SCREEN);
    expect(result.blocksPlan).toBe(false);
    expect(result.notes.join(" ")).toMatch(/Thompson test not recorded/);
  });

  it("DVT likely at Wells >= 2: urgent, same-day assessment", () => {
    const result = screen(withSigns({ calfSwellingOver3cm: true, pittingOedema: true }));
    expect(result.wellsScore).toBe(2);
    expect(result.dvtLikely).toBe(true);
    expect(result.urgency).toBe("URGENT");
    expect(result.flags.map((f) => f.key)).toEqual(["dvt-likely"]);
    expect(result.referralMessage).toMatch(/same-day medical assessment for suspected DVT/);
  });

  it("Wells 1 does not block but leaves a note; the -2 item can bring 3 criteria below the line", () => {
    const one = screen(withSigns({ previousDvt: true }));
    expect(one.blocksPlan).toBe(false);
    expect(one.notes.join(" ")).toMatch(/Wells score 1/);
    const offset = screen(withSigns({ previousDvt: true, wholeLegSwollen: true, pittingOedema: true, alternativeDiagnosisAsLikely: true }));
    expect(offset.wellsScore).toBe(1);
    expect(offset.dvtLikely).toBe(false);
  });

  it("Achilles rupture signs: urgent orthopaedic review", () => {
    for (const signs of [{ thompsonTest: "ABSENT_PLANTARFLEXION" as const }, { palpableGap: true }]) {
      const result = screen(withSigns(signs));
      expect(result.flags.map((f) => f.key)).toEqual(["achilles-rupture"]);
      expect(result.urgency).toBe("URGENT");
      expect(result.referralMessage).toMatch(/orthopaedic review/);
    }
  });

  it("compartment syndrome: 2+ signs is an emergency, 1 sign is urgent", () => {
    const two = screen(withSigns({ painOutOfProportion: true, paraesthesia: true }));
    expect(two.urgency).toBe("EMERGENCY");
    expect(two.flags[0]?.key).toBe("compartment-syndrome");
    expect(two.referralMessage).toMatch(/^Send to the emergency department now/);

    const one = screen(withSigns({ tenseSwollenCompartment: true }));
    expect(one.urgency).toBe("URGENT");
    expect(one.flags[0]?.key).toBe("possible-compartment-syndrome");
  });

  it("seed 'see a doctor' signs ask for a GP / physician review", () => {
    for (const key of ["painNotImprovingWithRest", "numbness", "severeBruising"] as const) {
      const result = screen(withSigns({ [key]: true }));
      expect(result.urgency, key).toBe("ROUTINE");
      expect(result.blocksPlan).toBe(true);
      expect(result.referralMessage).toMatch(/GP \/ physician/);
    }
    expect(screen(withSigns({ cannotBearWeight: true })).urgency).toBe("URGENT");
    expect(screen(withSigns({ coldPaleFoot: true })).urgency).toBe("EMERGENCY");
  });

  it("lists the most urgent flag first and reports the highest urgency", () => {
    const result = screen(withSigns({ numbness: true, previousDvt: true, activeCancer: true, painOutOfProportion: true, tenseSwollenCompartment: true }));
    expect(result.flags.map((f) => f.urgency)).toEqual(["EMERGENCY", "URGENT", "ROUTINE"]);
    expect(result.urgency).toBe("EMERGENCY");
    expect(result.referralMessage).toMatch(/Do not start a rehab plan/);
  });

  it("blocks exactly when something is positive (property, independent oracle)", () => {
    fc.assert(
      fc.property(screenArb, (s) => {
        const result = screen(s);
        expect(result.blocksPlan).toBe(isPositive(s));
        expect(result.blocksPlan).toBe(result.flags.length > 0);
        expect(result.referralMessage === null).toBe(!result.blocksPlan);
        expect(result.urgency === null).toBe(!result.blocksPlan);
      }),
    );
  });

  it("a positive red flag never yields a plan (property)", () => {
    fc.assert(
      fc.property(positiveScreenArb, (s) => {
        const outcome = planFromAssessment({
          template: SOLEUS_TEMPLATE,
          exercises: EXERCISE_LIBRARY,
          patient: {},
          injury,
          screen: s,
          startDate: "2026-11-02",
        });
        expect(outcome.ok).toBe(false);
        expect("plan" in outcome).toBe(false);
        expect(outcome.screen.blocksPlan).toBe(true);
        expect(outcome.screen.referralMessage).toBeTruthy();
      }),
    );
  });

  it("a clear screen yields a plan", () => {
    const outcome = planFromAssessment({
      template: SOLEUS_TEMPLATE,
      exercises: EXERCISE_LIBRARY,
      patient: {},
      injury,
      screen: NEGATIVE_SCREEN,
      startDate: "2026-11-02",
    });
    expect(outcome.ok).toBe(true);
    if (outcome.ok) expect(outcome.plan.templateKey).toBe("soleus-strain");
  });
});

describe("screen data for the UI", () => {
  it("has one item per boolean field of the screen input", () => {
    const booleanKeys = Object.keys(NEGATIVE_SCREEN)
      .filter((k) => k !== "thompsonTest")
      .sort();
    expect(SCREEN_ITEMS.map((i) => i.key).sort()).toEqual(booleanKeys);
    expect([...WELLS_KEYS, "alternativeDiagnosisAsLikely", ...SIGN_KEYS].sort()).toEqual(booleanKeys);
  });

  it("gives every item a label, a description and a known group", () => {
    const groups = new Set(SCREEN_GROUPS.map((g) => g.key));
    for (const item of SCREEN_ITEMS) {
      expect(item.label.length, item.key).toBeGreaterThan(5);
      expect(item.description.length, item.key).toBeGreaterThan(10);
      expect(groups.has(item.group)).toBe(true);
      expect(item.points !== undefined).toBe(item.group === "DVT");
    }
    expect(THOMPSON_OPTIONS.map((o) => o.value).sort()).toEqual([...THOMPSON_RESULTS].sort());
  });
});

describe("the form's instruction matches the rule (issue 9, point 3)", () => {
  it("says signs block on their own and the Wells items at a score of 2 or more, as screen() does", () => {
    expect(CALF_SCREEN_DEFINITION.intro).toContain(`score of ${WELLS_LIKELY_THRESHOLD} or more`);
    // One Wells item alone (score 1) does not block today, so the text must not claim "any item" blocks.
    expect(screen({ ...NEGATIVE_SCREEN, thompsonTest: "NORMAL", previousDvt: true }).blocksPlan).toBe(false);
    expect(CALF_SCREEN_DEFINITION.intro).not.toMatch(/any positive item blocks/i);
    expect(screen({ ...NEGATIVE_SCREEN, thompsonTest: "NORMAL", numbness: true }).blocksPlan).toBe(true);
  });
});

describe("Thompson test after a sudden onset (issue 9, point 2)", () => {
  // Clinical brief, red flags: a sudden "calf strain" can be an Achilles rupture, whose key sign is
  // an abnormal Thompson (calf squeeze) test. "Not done" must not pass silently.
  it("requires the test, or a recorded reason, when the injury started suddenly", () => {
    const notDone = { ...NEGATIVE_SCREEN, thompsonTest: "NOT_DONE" };
    expect(missingAnswers(notDone, { onset: "SUDDEN" })).toEqual({ thompsonTest: expect.stringMatching(/started suddenly/) });
    expect(missingAnswers({ ...notDone, thompsonNotDoneReason: "   " }, { onset: "SUDDEN" })).toHaveProperty("thompsonTest");
    expect(missingAnswers({ ...notDone, thompsonNotDoneReason: "Too painful to lie prone today" }, { onset: "SUDDEN" })).toEqual({});
    expect(missingAnswers({ ...NEGATIVE_SCREEN, thompsonTest: "NORMAL" }, { onset: "SUDDEN" })).toEqual({});
  });

  it("lets a gradual onset skip it (with the usual note)", () => {
    expect(missingAnswers({ ...NEGATIVE_SCREEN, thompsonTest: "NOT_DONE" }, { onset: "GRADUAL" })).toEqual({});
    expect(screen({ ...NEGATIVE_SCREEN, thompsonTest: "NOT_DONE" }).notes.join(" ")).toMatch(/Thompson test not recorded/);
  });
});
