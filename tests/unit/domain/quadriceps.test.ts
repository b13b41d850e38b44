// The quadriceps kind's rules, each stated in words with its source (injuries brief,
// shared/reference/injuries-brief.md, "Quadriceps / rectus femoris strain").
import { describe, expect, it } from "vitest";
import { readability, STAGE_KEYS, validateTemplate } from "@/lib/domain/clinical";
import type { ClinicalGrade, Injury } from "@/lib/domain/clinical/types";
import { SEEDED_EXERCISES } from "@/lib/domain/injuries/content";
import { EXERCISE_ILLUSTRATIONS } from "@/lib/domain/injuries/illustrations";
import { QUADRICEPS_KIND } from "@/lib/domain/injuries/quadriceps";
import { QUADRICEPS_EDUCATION, QUADRICEPS_EXERCISES, QUADRICEPS_TEMPLATE } from "@/lib/domain/injuries/quadriceps/content";
import { QUADRICEPS_CITED_DAYS as CITED, QUADRICEPS_FACTOR_DAYS, QUADRICEPS_PROGNOSIS_BASE, prognosis } from "@/lib/domain/injuries/quadriceps/prognosis";
import { NEGATIVE_QUADRICEPS_SCREEN, QUADRICEPS_SCREEN_DEFINITION, missingAnswers, screen } from "@/lib/domain/injuries/quadriceps/screen";

const injury = (over: Partial<Injury> = {}): Injury => ({
  muscle: "RECTUS_FEMORIS",
  side: "LEFT",
  injuryDate: "2026-11-02",
  onset: "SUDDEN",
  duringRunning: false,
  repeatInjury: false,
  clinicalGrade: 2,
  bamicGrade: null,
  bamicSite: null,
  ...over,
});

describe("quadriceps red-flag screen", () => {
  it("a screen with nothing positive does not block the plan", () => {
    const result = screen(NEGATIVE_QUADRICEPS_SCREEN);
    expect(result.blocksPlan).toBe(false);
    expect(result.flags).toEqual([]);
  });

  // Safety rule: every sign in the form blocks the plan on its own (err towards referral).
  it.each(QUADRICEPS_SCREEN_DEFINITION.items.filter((i) => (i.points ?? 1) > 0).map((i) => [i.key] as const))("ticking %s alone blocks the plan", (key) => {
    const result = screen({ ...NEGATIVE_QUADRICEPS_SCREEN, [key]: true });
    expect(result.blocksPlan).toBe(true);
    expect(result.referralMessage).toMatch(/Do not start a rehab plan/);
  });

  it("cannot straight-leg raise means a suspected quadriceps tendon rupture: urgent orthopaedic review (brief: tendon rupture, cannot straight-leg raise)", () => {
    const result = screen({ ...NEGATIVE_QUADRICEPS_SCREEN, activeStraightLegRaise: "CANNOT_LIFT" });
    expect(result.blocksPlan).toBe(true);
    expect(result.flags[0]).toMatchObject({ key: "quadriceps-tendon-rupture", urgency: "URGENT" });
    expect(result.referralMessage).toMatch(/orthopaedic/);
  });

  it("a growing haematoma with rising pain after a dead-leg is an emergency with a second compartment sign (brief: thigh compartment syndrome)", () => {
    const one = screen({ ...NEGATIVE_QUADRICEPS_SCREEN, expandingHaematoma: true });
    expect(one.flags[0]).toMatchObject({ key: "expanding-haematoma", urgency: "URGENT" });
    const two = screen({ ...NEGATIVE_QUADRICEPS_SCREEN, expandingHaematoma: true, tenseThigh: true });
    expect(two.urgency).toBe("EMERGENCY");
    expect(two.referralMessage).toMatch(/emergency department/);
  });

  it("fever blocks the plan for same-day assessment (brief: fever; infection in every region)", () => {
    expect(screen({ ...NEGATIVE_QUADRICEPS_SCREEN, thighFeverOrUnwell: true }).urgency).toBe("URGENT");
  });

  it("bony tenderness of the femur after trauma blocks for an X-ray (brief: fracture after trauma)", () => {
    const result = screen({ ...NEGATIVE_QUADRICEPS_SCREEN, femurBonyTenderness: true });
    expect(result.urgency).toBe("URGENT");
    expect(result.referralMessage).toMatch(/X-ray/);
  });

  it("DVT follows the shared Wells rules: one criterion is 'not excluded' and blocks; a medical clearance lifts only the DVT flag (Wells 2003; decision 015)", () => {
    const dvt = screen({ ...NEGATIVE_QUADRICEPS_SCREEN, previousDvt: true });
    expect(dvt.flags.map((f) => f.key)).toEqual(["dvt-not-excluded"]);
    expect(dvt.clearable).toBe(true);
    expect(screen({ ...NEGATIVE_QUADRICEPS_SCREEN, previousDvt: true }, { medicallyCleared: true }).blocksPlan).toBe(false);
    const withFever = screen({ ...NEGATIVE_QUADRICEPS_SCREEN, previousDvt: true, thighFeverOrUnwell: true }, { medicallyCleared: true });
    expect(withFever.blocksPlan).toBe(true);
    expect(screen({ ...NEGATIVE_QUADRICEPS_SCREEN, previousDvt: true, wholeLegSwollen: true }).flags[0]!.key).toBe("dvt-likely");
  });

  it("a sudden injury needs the straight-leg raise or a reason it was not done (brief: tendon rupture sign)", () => {
    expect(Object.keys(missingAnswers({ activeStraightLegRaise: "NOT_DONE" }, { onset: "SUDDEN" }))).toEqual(["activeStraightLegRaise"]);
    expect(missingAnswers({ activeStraightLegRaise: "NOT_DONE", straightLegRaiseNotDoneReason: "too painful" }, { onset: "SUDDEN" })).toEqual({});
    expect(missingAnswers({ activeStraightLegRaise: "NORMAL" }, { onset: "SUDDEN" })).toEqual({});
    expect(missingAnswers({ activeStraightLegRaise: "NOT_DONE" }, { onset: "GRADUAL" })).toEqual({});
  });

  it("a direct blow is recorded as the mechanism and adds a contusion note without blocking (brief: mechanism kicking, sprinting)", () => {
    const result = screen({ ...NEGATIVE_QUADRICEPS_SCREEN, mechanism: "DIRECT_BLOW" });
    expect(result.blocksPlan).toBe(false);
    expect(result.notes.join(" ")).toMatch(/contusion/);
  });
});

describe("quadriceps prognosis", () => {
  it("base ranges for grades 1-2 lie within the cited figures: from Cross's shortest (vastus, about 4 days) to the rule of thumb's top (8 weeks)", () => {
    for (const grade of [1, 2] as const) {
      const { returnToSport } = QUADRICEPS_PROGNOSIS_BASE[grade];
      expect(returnToSport.minDays).toBeGreaterThanOrEqual(CITED.crossVastus);
      expect(returnToSport.maxDays).toBeLessThanOrEqual(CITED.ruleGrade2Max);
    }
    expect(QUADRICEPS_PROGNOSIS_BASE[1].returnToSport).toEqual({ minDays: CITED.crossPeripheral, maxDays: CITED.ruleGrade1Max });
    expect(QUADRICEPS_PROGNOSIS_BASE[2].returnToSport).toEqual({ minDays: CITED.ruleGrade2Min, maxDays: CITED.ruleGrade2Max });
  });

  it("each location factor is no larger than the difference its source reports", () => {
    // Near the hip: rule of thumb G2 8-12 vs 4-8 weeks (+28 at the top); Balius 45 vs 33 days (+12) inside the range.
    expect(QUADRICEPS_FACTOR_DAYS.PROXIMAL.max).toBeLessThanOrEqual(CITED.ruleGrade2NearHipMax - CITED.ruleGrade2Max);
    expect(QUADRICEPS_FACTOR_DAYS.PROXIMAL.min).toBeLessThanOrEqual(CITED.baliusProximal - CITED.baliusDistal);
    expect(QUADRICEPS_FACTOR_DAYS.PROXIMAL.max).toBeGreaterThanOrEqual(CITED.baliusProximal - CITED.baliusDistal);
    // Central tendon: about 27 vs 9 days (Cross 2004, unverified).
    expect(QUADRICEPS_FACTOR_DAYS.CENTRAL_TENDON.max).toBeLessThanOrEqual(CITED.crossCentralTendon - CITED.crossPeripheral);
  });

  it("a proximal rectus femoris strain stays within the cited near-hip figures: grade 1 up to the 6-week case, grade 2 up to 12 weeks", () => {
    const g1 = prognosis(injury({ muscle: "RECTUS_FEMORIS_PROXIMAL", clinicalGrade: 1 })).returnToSport;
    expect(g1.maxDays).toBeLessThanOrEqual(CITED.caseGrade1);
    expect(g1.maxDays).toBeGreaterThanOrEqual(CITED.ruleGrade1NearHipMax);
    const g2 = prognosis(injury({ muscle: "RECTUS_FEMORIS_PROXIMAL", clinicalGrade: 2 })).returnToSport;
    expect(g2.maxDays).toBeLessThanOrEqual(CITED.ruleGrade2NearHipMax);
  });

  it("the central tendon (BAMIC site c) lengthens the range and names its source; the range is shown with its sources", () => {
    const plain = prognosis(injury());
    const central = prognosis(injury({ bamicGrade: 2, bamicSite: "c" }));
    expect(central.returnToSport.maxDays).toBeGreaterThan(plain.returnToSport.maxDays);
    expect(central.factors.map((f) => f.key)).toEqual(["CENTRAL_TENDON"]);
    expect(plain.sources.map((s) => s.label).join(" ")).toMatch(/Cross.*Balius/);
  });

  it("the base range never shortens with a higher grade", () => {
    for (const grade of [2, 3] as const) {
      const lower = QUADRICEPS_PROGNOSIS_BASE[(grade - 1) as ClinicalGrade];
      expect(QUADRICEPS_PROGNOSIS_BASE[grade].returnToSport.minDays).toBeGreaterThanOrEqual(lower.returnToSport.minDays);
      expect(QUADRICEPS_PROGNOSIS_BASE[grade].returnToSport.maxDays).toBeGreaterThanOrEqual(lower.returnToSport.maxDays);
      expect(QUADRICEPS_PROGNOSIS_BASE[grade].returnToRun.maxDays).toBeGreaterThanOrEqual(lower.returnToRun.maxDays);
    }
  });
});

describe("quadriceps template", () => {
  const template = QUADRICEPS_TEMPLATE;

  it("is valid against the seeded library and covers every quadriceps muscle and grade", () => {
    expect(validateTemplate(template, SEEDED_EXERCISES)).toEqual([]);
    expect([...template.muscles].sort()).toEqual(QUADRICEPS_KIND.muscles.map((m) => m.key).sort());
    expect(template.stages.map((s) => s.key)).toEqual([...STAGE_KEYS]);
  });

  it("is flagged for clinician review, naming the (unverified) editable defaults", () => {
    expect(template.name).toMatch(/clinician review/);
    const notes = (template.clinicianNotes ?? []).join(" ");
    expect(notes).toMatch(/not from a published protocol/);
    expect(notes).toMatch(/Editable defaults/);
    expect(notes).toMatch(/unverified/);
    // The notes are not a source: the source list holds citations only.
    expect(template.sources.map((s) => s.label).join(" ")).not.toMatch(/Clinician review/);
  });

  it("the kicking step is gated by logged pain-free shooting sessions and the patient's own confidence, both called defaults", () => {
    const sport = template.stages.find((s) => s.key === "sport")!;
    const sessions = sport.gates.find((g) => g.kind === "SESSIONS");
    expect(sessions).toMatchObject({ exerciseKey: "kick-shot", count: 3, maxPain: 0 });
    expect(sport.exercises.map((e) => e.exerciseKey)).toContain("kick-shot");
    const confidence = sport.gates.find((g) => g.kind === "SUBJECTIVE");
    expect(confidence).toMatchObject({ minimum: 8, translations: { es: { question: expect.stringMatching(/patear/) } } });
    expect((template.clinicianNotes ?? []).join(" ")).toMatch(/3 logged shooting sessions.*8\/10/);
  });

  it("stage durations never shorten with a higher grade", () => {
    for (const stage of template.stages) {
      for (const grade of [2, 3] as const) {
        expect(stage.durationDays[grade].min, `${stage.key} ${grade}`).toBeGreaterThanOrEqual(stage.durationDays[(grade - 1) as ClinicalGrade].min);
        expect(stage.durationDays[grade].max, `${stage.key} ${grade}`).toBeGreaterThanOrEqual(stage.durationDays[(grade - 1) as ClinicalGrade].max);
      }
    }
  });

  it("every stage but the last has a measurable (MEASURE) gate for every grade", () => {
    for (const stage of template.stages.slice(0, -1)) {
      for (const grade of template.grades) {
        const gates = stage.gates.filter((g) => g.kind === "MEASURE" && (!g.grades || g.grades.includes(grade)));
        expect(gates.length, `${stage.key} grade ${grade}`).toBeGreaterThan(0);
      }
    }
  });

  it("ends with a kicking progression: short passes, long passes, then full shots, gated by pain-free full-effort kicking", () => {
    const sport = template.stages.find((s) => s.key === "sport")!;
    const keys = sport.exercises.map((e) => e.exerciseKey);
    expect(keys.indexOf("kick-short-pass")).toBeLessThan(keys.indexOf("kick-long-pass"));
    expect(keys.indexOf("kick-long-pass")).toBeLessThan(keys.indexOf("kick-shot"));
    expect(sport.gates.map((g) => g.key)).toContain("quads-kicking-full-effort");
  });

  it("every new exercise has Spanish text and a picture", () => {
    for (const e of QUADRICEPS_EXERCISES) {
      const es = e.translations?.es;
      expect(es?.name, e.key).toBeTruthy();
      expect(es?.steps?.length, e.key).toBe(e.steps.length);
      expect(EXERCISE_ILLUSTRATIONS[e.key], e.key).toBeDefined();
    }
    expect(QUADRICEPS_EXERCISES.length).toBeGreaterThanOrEqual(14);
  });

  it.each(QUADRICEPS_EDUCATION.map((s) => [s.key, s] as const))("leaflet section %s reads at grade 8 or below, in English and Spanish", (_key, section) => {
    const stats = readability(section.body);
    expect(stats.grade).toBeLessThanOrEqual(8);
    expect(stats.words / stats.sentences).toBeLessThanOrEqual(15);
    expect(section.translations?.es?.body?.length).toBe(section.body.length);
  });

  it("covers what it is, causes, how it feels, grades, self-care, when to get care, time line and prevention", () => {
    expect(QUADRICEPS_EDUCATION.map((s) => s.key)).toEqual(
      expect.arrayContaining(["about-the-quadriceps", "causes", "symptoms", "grades", "self-care", "seek-care", "recovery-timeline", "prevention"]),
    );
  });

  it("stage text reads at grade 8 or below", () => {
    for (const stage of template.stages) {
      expect(readability([stage.purpose, stage.education, ...stage.goals, ...stage.precautions]).grade, stage.key).toBeLessThanOrEqual(8);
    }
  });
});
