// The hamstring kind: red-flag screen, prognosis, template and content rules, each with its source
// (shared/reference/injuries-brief.md, "Hamstring strain").
import { describe, expect, it } from "vitest";
import { STAGE_KEYS, generatePlan, localize, readability, suggestTemplate, validateTemplate, type Injury } from "@/lib/domain/clinical";
import { SEEDED_EXERCISES } from "@/lib/domain/injuries/content";
import { EXERCISE_ILLUSTRATIONS } from "@/lib/domain/injuries/illustrations";
import { HAMSTRING_KIND } from "@/lib/domain/injuries/hamstring";
import { HAMSTRING_EDUCATION, HAMSTRING_EXERCISES, HAMSTRING_TEMPLATE } from "@/lib/domain/injuries/hamstring/content";
import { CITED_RETURN_DAYS, HAMSTRING_PROGNOSIS_BASE, hamstringPrognosis } from "@/lib/domain/injuries/hamstring/prognosis";
import { HAMSTRING_SCREEN_DEFINITION, NEGATIVE_HAMSTRING_SCREEN, screenHamstring } from "@/lib/domain/injuries/hamstring/screen";

const injury: Injury = {
  muscle: "BICEPS_FEMORIS_LONG",
  side: "LEFT",
  injuryDate: "2026-11-20",
  onset: "SUDDEN",
  duringRunning: true,
  repeatInjury: false,
  clinicalGrade: 2,
  bamicGrade: null,
  bamicSite: null,
};

describe("hamstring red-flag screen (injuries brief: red flags; Wells 2003 for DVT)", () => {
  it("a negative screen does not block the plan", () => {
    const result = screenHamstring(NEGATIVE_HAMSTRING_SCREEN);
    expect(result.blocksPlan).toBe(false);
    expect(result.referralMessage).toBeNull();
  });

  const cases: [string, string, string][] = [
    ["popInButtock", "proximal-avulsion", "a pop high in the buttock crease suggests a proximal avulsion: urgent orthopaedic opinion"],
    ["largeBruise", "proximal-avulsion", "a large bruise suggests a proximal avulsion"],
    ["palpableGapProximal", "proximal-avulsion", "a palpable gap suggests a proximal avulsion"],
    ["weakKneeFlexion", "proximal-avulsion", "weak knee flexion suggests a proximal avulsion"],
    ["sciaticSymptoms", "sciatic-nerve", "tingling or numbness down the leg: sciatic nerve symptoms"],
    ["lumbarReferral", "lumbar-referral", "pain referred from the lumbar spine"],
    ["feverOrUnwell", "infection", "fever: possible infection"],
    ["rednessWarmth", "infection", "red, hot skin: possible infection"],
    ["traumaBonyPain", "fracture", "bony pain after trauma: possible fracture"],
    ["cannotBearWeight", "fracture", "cannot bear weight: exclude fracture"],
  ];
  it.each(cases)("%s alone blocks the plan (%s): %s", (answer, flag) => {
    const result = screenHamstring({ ...NEGATIVE_HAMSTRING_SCREEN, [answer]: true });
    expect(result.blocksPlan).toBe(true);
    expect(result.flags.map((f) => f.key)).toContain(flag);
    expect(result.referralMessage).toMatch(/Do not start a rehab plan/);
  });

  it("every item of the screen's definition blocks the plan on its own (err towards referral)", () => {
    for (const item of HAMSTRING_SCREEN_DEFINITION.items) {
      if ((item.points ?? 1) <= 0) continue; // "another cause as likely" lowers the Wells score only
      expect(screenHamstring({ ...NEGATIVE_HAMSTRING_SCREEN, [item.key]: true }).blocksPlan, item.key).toBe(true);
    }
  });

  it("one Wells criterion blocks as DVT not excluded, two as DVT likely; a medical clearance lifts only the DVT flags (Wells 2003; decision 015)", () => {
    const one = screenHamstring({ ...NEGATIVE_HAMSTRING_SCREEN, previousDvt: true });
    expect(one.flags.map((f) => f.key)).toEqual(["dvt-not-excluded"]);
    const two = screenHamstring({ ...NEGATIVE_HAMSTRING_SCREEN, previousDvt: true, activeCancer: true });
    expect(two.dvtLikely).toBe(true);
    expect(screenHamstring({ ...NEGATIVE_HAMSTRING_SCREEN, previousDvt: true }, { medicallyCleared: true }).blocksPlan).toBe(false);
    expect(screenHamstring({ ...NEGATIVE_HAMSTRING_SCREEN, previousDvt: true, popInButtock: true }, { medicallyCleared: true }).blocksPlan).toBe(true);
  });

  it("the kind's evaluate is the screen", () => {
    expect(HAMSTRING_KIND.screen.evaluate({ ...HAMSTRING_KIND.screen.negative, sciaticSymptoms: true }).blocksPlan).toBe(true);
  });
});

describe("hamstring prognosis (Ekstrand 2012; Askling 2013; Pollock 2016, 2022)", () => {
  it("base return-to-sport ranges lie within the cited figures (mean -/+ 1 SD) for each grade", () => {
    for (const grade of [1, 2, 3] as const) {
      const base = HAMSTRING_PROGNOSIS_BASE[grade].returnToSport;
      expect(base.minDays).toBeGreaterThanOrEqual(CITED_RETURN_DAYS[grade].minDays);
      expect(base.maxDays).toBeLessThanOrEqual(CITED_RETURN_DAYS[grade].maxDays);
    }
  });

  it("grows with grade", () => {
    const p = [1, 2, 3].map((g) => hamstringPrognosis({ ...injury, clinicalGrade: g as 1 | 2 | 3 }).returnToSport);
    expect(p[0]!.maxDays).toBeLessThan(p[1]!.maxDays);
    expect(p[1]!.maxDays).toBeLessThan(p[2]!.maxDays);
  });

  it("a stretching-type injury takes longer than a sprinting-type one: 43 vs 23 days (Askling 2013)", () => {
    const sprint = hamstringPrognosis({ ...injury, mechanism: "SPRINTING" });
    const stretch = hamstringPrognosis({ ...injury, mechanism: "STRETCHING" });
    expect(stretch.returnToSport.minDays).toBeGreaterThan(sprint.returnToSport.minDays);
    expect(stretch.factors.map((f) => f.key)).toEqual(["STRETCH_TYPE"]);
    expect(sprint.factors).toEqual([]);
  });

  it("the recorded mechanism decides, not whether the patient was running: a kick while running is the stretching type (Askling 2013)", () => {
    const kickWhileRunning = hamstringPrognosis({ ...injury, duringRunning: true, mechanism: "STRETCHING" });
    expect(kickWhileRunning.factors.map((f) => f.key)).toEqual(["STRETCH_TYPE"]);
    const sprintNotRunning = hamstringPrognosis({ ...injury, duringRunning: false, mechanism: "SPRINTING" });
    expect(sprintNotRunning.factors).toEqual([]);
  });

  it("a mechanism the patient cannot name is planned as the slower stretching type (safety: the longer range)", () => {
    const unknown = hamstringPrognosis({ ...injury, mechanism: "NOT_KNOWN" });
    expect(unknown.returnToSport).toEqual(hamstringPrognosis({ ...injury, mechanism: "STRETCHING" }).returnToSport);
  });

  it("another mechanism (a fall, a blow) gets no type adjustment and says the sources compare only the two types", () => {
    const other = hamstringPrognosis({ ...injury, mechanism: "OTHER" });
    expect(other.factors).toEqual([]);
    expect(other.notes.join(" ")).toMatch(/sprinting- and stretching-type injuries only/);
  });

  it("an assessment from before the mechanism was asked falls back on 'injured while running' (running = sprinting type)", () => {
    expect(hamstringPrognosis({ ...injury, mechanism: null, duringRunning: true }).factors).toEqual([]);
    expect(hamstringPrognosis({ ...injury, mechanism: null, duringRunning: false }).factors.map((f) => f.key)).toEqual(["STRETCH_TYPE"]);
  });

  it("the assessment offers every mechanism the prognosis knows, each with a description", () => {
    expect(HAMSTRING_KIND.mechanisms.map((m) => m.key)).toEqual(["SPRINTING", "STRETCHING", "OTHER", "NOT_KNOWN"]);
    for (const m of HAMSTRING_KIND.mechanisms) expect(m.description.length).toBeGreaterThan(10);
  });

  it("BAMIC site c (into the tendon) takes longer (Pollock 2016, 2022)", () => {
    const c = hamstringPrognosis({ ...injury, duringRunning: true, bamicGrade: 2, bamicSite: "c" });
    expect(c.factors.map((f) => f.key)).toEqual(["BAMIC_SITE_C"]);
    expect(c.returnToSport.maxDays).toBeGreaterThan(hamstringPrognosis(injury).returnToSport.maxDays);
  });
});

describe("hamstring template (Heiderscheit 2010; Askling 2013; Aspetar)", () => {
  it("is valid against the seeded exercise library", () => {
    expect(validateTemplate(HAMSTRING_TEMPLATE, SEEDED_EXERCISES)).toEqual([]);
  });

  it("stage durations never shrink as the grade rises", () => {
    for (const stage of HAMSTRING_TEMPLATE.stages) {
      expect(stage.durationDays[1].min, stage.key).toBeLessThanOrEqual(stage.durationDays[2].min);
      expect(stage.durationDays[2].min, stage.key).toBeLessThanOrEqual(stage.durationDays[3].min);
      expect(stage.durationDays[1].max, stage.key).toBeLessThanOrEqual(stage.durationDays[2].max);
      expect(stage.durationDays[2].max, stage.key).toBeLessThanOrEqual(stage.durationDays[3].max);
    }
  });

  it("every non-final stage has a measurable (MEASURE) gate for every grade", () => {
    for (const stage of HAMSTRING_TEMPLATE.stages.slice(0, -1)) {
      for (const grade of [1, 2, 3] as const) {
        const measurable = stage.gates.filter((g) => g.kind === "MEASURE" && (!g.grades || g.grades.includes(grade)));
        expect(measurable.length, `${stage.key} grade ${grade}`).toBeGreaterThan(0);
      }
    }
  });

  it("every loading exercise stops at 2/10 pain (Aspetar: 2/10 or more, adjust or stop)", () => {
    for (const stage of HAMSTRING_TEMPLATE.stages) for (const item of stage.exercises) expect(item.dose.painLimit).toBeLessThanOrEqual(2);
  });

  it("uses the Askling L-protocol exercises and the H-test at return to sport", () => {
    const keys = HAMSTRING_TEMPLATE.stages.flatMap((s) => s.exercises.map((e) => e.exerciseKey));
    expect(keys).toEqual(expect.arrayContaining(["askling-extender", "askling-diver", "askling-glider"]));
    const sport = HAMSTRING_TEMPLATE.stages.find((s) => s.key === "sport")!;
    expect(sport.gates.map((g) => g.key)).toContain("h-test-no-insecurity");
  });

  it("the sprint stage needs 3 logged stride sessions within the 2/10 rule, and return to sport the patient's own confidence (Aspetar; both defaults)", () => {
    const run = HAMSTRING_TEMPLATE.stages.find((s) => s.key === "run")!;
    expect(run.gates.find((g) => g.kind === "SESSIONS")).toMatchObject({ exerciseKey: "strides", count: 3, maxPain: 2 });
    expect(run.exercises.map((e) => e.exerciseKey)).toContain("strides");
    const sport = HAMSTRING_TEMPLATE.stages.find((s) => s.key === "sport")!;
    expect(sport.gates.find((g) => g.kind === "SUBJECTIVE")).toMatchObject({
      minimum: 8,
      translations: { es: { question: expect.stringMatching(/velocidad/) } },
    });
    expect((HAMSTRING_TEMPLATE.clinicianNotes ?? []).join(" ")).toMatch(/3 logged stride sessions.*8\/10/);
  });

  it("uses the stage keys in order and is suggested for every hamstring muscle and grade", () => {
    expect(HAMSTRING_TEMPLATE.stages.map((s) => s.key)).toEqual([...STAGE_KEYS]);
    for (const muscle of HAMSTRING_KIND.muscles) {
      for (const grade of [1, 2, 3] as const) {
        expect(suggestTemplate([HAMSTRING_TEMPLATE], { muscle: muscle.key, clinicalGrade: grade, bamicGrade: null })?.key).toBe("hamstring-strain");
      }
    }
  });

  it("a grade 2 plan generates with exercises in its first stage", () => {
    const plan = generatePlan(HAMSTRING_TEMPLATE, SEEDED_EXERCISES, {}, injury, "2026-11-21");
    expect(plan.stages[0]!.exercises.length).toBeGreaterThan(0);
  });
});

describe("hamstring exercises and education", () => {
  it("every exercise has Spanish text and a picture", () => {
    for (const exercise of HAMSTRING_EXERCISES) {
      expect(exercise.translations?.es?.steps?.length, exercise.key).toBe(exercise.steps.length);
      expect(EXERCISE_ILLUSTRATIONS[exercise.key], exercise.key).toBeDefined();
    }
  });

  it.each(HAMSTRING_EDUCATION.map((s) => [s.key, s] as const))("%s reads at grade 8 or below, in English and Spanish", (_key, section) => {
    const stats = readability(section.body);
    expect(stats.grade).toBeLessThanOrEqual(8);
    expect(stats.words / stats.sentences).toBeLessThanOrEqual(15);
    expect(localize(section, "es").body.length).toBe(section.body.length);
  });

  it("stage text reads at grade 8 or below", () => {
    for (const stage of HAMSTRING_TEMPLATE.stages) {
      expect(readability([stage.purpose, stage.education, ...stage.goals, ...stage.precautions]).grade, stage.key).toBeLessThanOrEqual(8);
    }
  });
});
