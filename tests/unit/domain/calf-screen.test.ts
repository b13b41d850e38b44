import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SOURCES, planFromAssessment, type Injury } from "@/lib/domain/clinical";
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
  wellsPositivePoints,
  wellsScore,
  type ScreenInput,
} from "@/lib/domain/injuries/calf/screen";
import { SIGN_KEYS, WELLS_KEYS, isPositive, isPositiveBesidesDvt, positiveScreenArb, screenArb } from "./arbitraries";

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
      clearedFlags: [],
      clearable: false,
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

  it("Wells 1 blocks as 'DVT not excluded' (it used to pass with a note); the -2 item can bring 3 criteria below 2 but not below the block", () => {
    const one = screen(withSigns({ previousDvt: true }));
    expect(one.blocksPlan).toBe(true);
    expect(one.flags.map((f) => f.key)).toEqual(["dvt-not-excluded"]);
    expect(one.notes.join(" ")).not.toMatch(/Wells score 1/);
    const offset = screen(withSigns({ previousDvt: true, wholeLegSwollen: true, pittingOedema: true, alternativeDiagnosisAsLikely: true }));
    expect(offset.wellsScore).toBe(1);
    expect(offset.dvtLikely).toBe(false);
    expect(offset.blocksPlan).toBe(true);
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

// The rule (clinical brief, red flags): in the two-level Wells model "DVT unlikely" (score < 2)
// still calls for a D-dimer test (Wells PS, et al. "Evaluation of D-dimer in the diagnosis of
// suspected deep-vein thrombosis". N Engl J Med 2003;349:1227-1235). A physiotherapist cannot
// order one, so any positive Wells criterion (positive points >= 1 before the -2 adjustment)
// blocks the plan with a same-day medical review, until a medical clearance is recorded.
describe("DVT unlikely is not DVT excluded (Wells 2003, N Engl J Med 349:1227-1235; issue 9, point 1)", () => {
  const plan = (s: ScreenInput, clearance?: { medicallyCleared?: boolean }) =>
    planFromAssessment({ template: SOLEUS_TEMPLATE, exercises: EXERCISE_LIBRARY, patient: {}, injury, screen: s, startDate: "2026-11-02", clearance });
  const surgeryTendernessSwelling = withSigns({
    thompsonTest: "NORMAL",
    bedriddenOrRecentSurgery: true,
    deepVeinTenderness: true,
    calfSwellingOver3cm: true,
    alternativeDiagnosisAsLikely: true,
  });
  const previousDvtOedema = withSigns({ thompsonTest: "NORMAL", previousDvt: true, pittingOedema: true, alternativeDiagnosisAsLikely: true });

  it("recent surgery + deep-vein tenderness + calf 3 cm bigger + another diagnosis as likely (Wells 1) blocks the plan with a same-day medical review", () => {
    const result = screen(surgeryTendernessSwelling);
    expect(result.wellsScore).toBe(1);
    expect(result.dvtLikely).toBe(false);
    expect(result.blocksPlan).toBe(true);
    expect(result.urgency).toBe("URGENT");
    expect(result.flags.map((f) => f.key)).toEqual(["dvt-not-excluded"]);
    expect(result.flags[0]?.reason).toMatch(/3 Wells criteria/);
    expect(result.referralMessage).toMatch(/same-day medical review for a D-dimer test and \/ or compression ultrasound/);
    expect(result.referralMessage).toMatch(/physiotherapist cannot order/);
    expect(plan(surgeryTendernessSwelling).ok).toBe(false);
  });

  it("previous DVT + pitting oedema + another diagnosis as likely (Wells 0) blocks the plan too", () => {
    const result = screen(previousDvtOedema);
    expect(result.wellsScore).toBe(0);
    expect(result.blocksPlan).toBe(true);
    expect(result.urgency).toBe("URGENT");
    expect(result.flags.map((f) => f.key)).toEqual(["dvt-not-excluded"]);
    expect(plan(previousDvtOedema).ok).toBe(false);
  });

  it("any single positive Wells criterion blocks, with or without another diagnosis as likely (score >= 1 before the -2)", () => {
    for (const key of WELLS_KEYS) {
      for (const alternativeDiagnosisAsLikely of [false, true]) {
        const s = withSigns({ [key]: true, alternativeDiagnosisAsLikely });
        expect(wellsPositivePoints(s), key).toBe(1);
        expect(screen(s).blocksPlan, key).toBe(true);
        expect(screen(s).urgency, key).toBe("URGENT");
      }
    }
  });

  it("'another diagnosis is at least as likely' alone (no positive criterion) does not block", () => {
    const result = screen(withSigns({ thompsonTest: "NORMAL", alternativeDiagnosisAsLikely: true }));
    expect(result.wellsScore).toBe(-2);
    expect(result.blocksPlan).toBe(false);
  });

  it("a score of 2 or more stays 'DVT likely', URGENT, and is not downgraded to 'not excluded'", () => {
    const result = screen(withSigns({ activeCancer: true, previousDvt: true, wholeLegSwollen: true, alternativeDiagnosisAsLikely: true }));
    expect(result.wellsScore).toBe(1);
    expect(result.flags.map((f) => f.key)).toEqual(["dvt-not-excluded"]);
    const likely = screen(withSigns({ activeCancer: true, previousDvt: true }));
    expect(likely.flags.map((f) => f.key)).toEqual(["dvt-likely"]);
    expect(likely.urgency).toBe("URGENT");
    expect(likely.dvtLikely).toBe(true);
  });

  it("a recorded medical clearance lifts the DVT flag and lets the plan be generated", () => {
    for (const s of [surgeryTendernessSwelling, previousDvtOedema, withSigns({ thompsonTest: "NORMAL", calfSwellingOver3cm: true, pittingOedema: true })]) {
      const before = screen(s);
      expect(before.clearable).toBe(true);
      expect(before.referralMessage).toMatch(/record the doctor's clearance/);
      const cleared = screen(s, { medicallyCleared: true });
      expect(cleared.blocksPlan).toBe(false);
      expect(cleared.flags).toEqual([]);
      expect(cleared.clearedFlags.map((f) => f.key)).toEqual(before.flags.map((f) => f.key));
      expect(cleared.urgency).toBeNull();
      expect(cleared.referralMessage).toBeNull();
      expect(cleared.wellsScore).toBe(before.wellsScore);
      expect(cleared.notes.join(" ")).toMatch(/Medically cleared/);
      expect(plan(s, { medicallyCleared: true }).ok).toBe(true);
    }
  });

  it("a DVT clearance never lifts another flag: the Achilles, compartment and other signs still block", () => {
    for (const key of SIGN_KEYS) {
      const s = withSigns({ [key]: true, previousDvt: true });
      const before = screen(s);
      expect(before.clearable, key).toBe(false);
      const cleared = screen(s, { medicallyCleared: true });
      expect(cleared.blocksPlan, key).toBe(true);
      expect(
        cleared.flags.some((f) => f.key.startsWith("dvt")),
        key,
      ).toBe(false);
      expect(
        cleared.clearedFlags.map((f) => f.key),
        key,
      ).toEqual(["dvt-not-excluded"]);
      expect(plan(s, { medicallyCleared: true }).ok, key).toBe(false);
    }
    expect(screen(withSigns({ thompsonTest: "ABSENT_PLANTARFLEXION" }), { medicallyCleared: true }).blocksPlan).toBe(true);
  });

  it("with a clearance, blocks exactly when something other than a DVT criterion is positive (property)", () => {
    fc.assert(
      fc.property(screenArb, (s) => {
        const result = screen(s, { medicallyCleared: true });
        expect(result.blocksPlan).toBe(isPositiveBesidesDvt(s));
        expect(result.flags.every((f) => f.clearable !== true)).toBe(true);
        expect(result.clearable).toBe(false);
        expect(screen(s).clearable).toBe(isPositive(s) && !isPositiveBesidesDvt(s));
      }),
    );
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

describe("the form's instruction matches the rule (issue 9, points 1 and 3)", () => {
  it("says every sign and every Wells criterion blocks, the -2 item does not lift it, and only a recorded clearance does, as screen() does", () => {
    const intro = CALF_SCREEN_DEFINITION.intro;
    expect(intro).toMatch(/Every sign and every Wells criterion ticked below blocks the plan/);
    expect(intro).toMatch(/lowers the Wells score but does not lift the block/);
    expect(intro).toMatch(/same-day medical review for a D-dimer test or ultrasound/);
    expect(intro).toMatch(/until you record the doctor's clearance/);
    expect(intro).toContain(`score of ${WELLS_LIKELY_THRESHOLD} or more means DVT likely`);
    const normal = { ...NEGATIVE_SCREEN, thompsonTest: "NORMAL" as const };
    expect(screen({ ...normal, previousDvt: true, alternativeDiagnosisAsLikely: true }).blocksPlan).toBe(true);
    expect(screen({ ...normal, previousDvt: true }, { medicallyCleared: true }).blocksPlan).toBe(false);
    expect(screen({ ...normal, numbness: true }).blocksPlan).toBe(true);
    expect(screen({ ...normal, numbness: true }, { medicallyCleared: true }).blocksPlan).toBe(true);
  });

  it("words the criteria as the source does: bedridden 3 days or more, calf at least 3 cm bigger", () => {
    const item = (key: string) => SCREEN_ITEMS.find((i) => i.key === key)!;
    expect(item("bedriddenOrRecentSurgery").label).toMatch(/^In bed for 3 days or more/);
    expect(item("bedriddenOrRecentSurgery").description).toMatch(/3 days or more/);
    expect(item("calfSwellingOver3cm").label).toMatch(/at least 3 cm/);
    expect(item("calfSwellingOver3cm").description).toMatch(/at least 3 cm/);
    for (const i of SCREEN_ITEMS.filter((x) => x.group === "DVT")) {
      expect(`${i.label} ${i.description}`, i.key).not.toMatch(/more than 3|over 3|> 3/);
    }
  });

  it("cites the source by its title", () => {
    expect(SOURCES.WELLS_DVT.citation).toBe(
      "Wells PS, et al. Evaluation of D-dimer in the diagnosis of suspected deep-vein thrombosis. N Engl J Med. 2003;349:1227-1235.",
    );
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
