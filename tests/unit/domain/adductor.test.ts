// The adductor (groin) kind: red-flag rules, prognosis, measures and template, each stated in
// words with its source.
import { describe, expect, it } from "vitest";
import {
  generatePlan,
  localize,
  moveTrack,
  prognosis,
  readability,
  screen,
  stageProgress,
  tracksDuration,
  validateTemplate,
  type GateTemplate,
  type Injury,
} from "@/lib/domain/clinical";
import { kindOfMuscle } from "@/lib/domain/injuries";
import { ADDUCTOR_KIND } from "@/lib/domain/injuries/adductor";
import { ADDUCTOR_EDUCATION, ADDUCTOR_EXERCISES, ADDUCTOR_TEMPLATE } from "@/lib/domain/injuries/adductor/content";
import { ADDUCTOR_PAIN_LIMIT } from "@/lib/domain/injuries/adductor/content/template";
import { SERNER_MEDIANS } from "@/lib/domain/injuries/adductor/prognosis";
import { ADDUCTOR_SIGN_KEYS, ADDUCTOR_SIGN_RULES, NEGATIVE_ADDUCTOR_SCREEN } from "@/lib/domain/injuries/adductor/screen";
import { ADDUCTOR_ILLUSTRATIONS } from "@/lib/domain/injuries/adductor/content/illustrations";
import { CALF_KIND } from "@/lib/domain/injuries/calf";
import { exerciseDrawing } from "@/lib/domain/injuries/illustrations";
import { SEEDED_EXERCISES } from "@/lib/domain/injuries/content";
import { deriveMeasures, type Measurements } from "@/lib/domain/measures";
import { expectWellFormed } from "../illustrations/well-formed";

const evaluate = ADDUCTOR_KIND.screen.evaluate;

const base: Injury = {
  muscle: "ADDUCTOR_LONGUS",
  side: "LEFT",
  injuryDate: "2026-11-02",
  onset: "SUDDEN",
  duringRunning: false,
  repeatInjury: false,
  clinicalGrade: 2,
};

describe("adductor red-flag screen (clinical brief, adductor red flags; Wells 2003 for DVT)", () => {
  it("a screen with nothing ticked does not block the plan", () => {
    expect(evaluate(NEGATIVE_ADDUCTOR_SCREEN).blocksPlan).toBe(false);
  });

  it("every groin sign on its own blocks the plan and gives a referral: safety errs towards referral", () => {
    for (const key of ADDUCTOR_SIGN_KEYS) {
      const result = evaluate({ ...NEGATIVE_ADDUCTOR_SCREEN, [key]: true });
      expect(result.blocksPlan, key).toBe(true);
      expect(
        result.flags.map((f) => f.key),
        key,
      ).toEqual([key]);
      expect(result.urgency, key).toBe(ADDUCTOR_SIGN_RULES[key].urgency);
      expect(result.referralMessage, key).toContain(ADDUCTOR_SIGN_RULES[key].referral);
    }
  });

  it("a painful lump that will not go back in (possible strangulated hernia) and testicular pain (possible torsion) send to the emergency department", () => {
    expect(evaluate({ ...NEGATIVE_ADDUCTOR_SCREEN, strangulatedHernia: true }).urgency).toBe("EMERGENCY");
    expect(evaluate({ ...NEGATIVE_ADDUCTOR_SCREEN, testicularPain: true }).urgency).toBe("EMERGENCY");
  });

  it("hernia and hip joint signs are referred before loading (brief: 'hernia or hip joint pathology (referral)')", () => {
    for (const key of ["groinLumpOnCough", "hipJointSigns", "hipMechanicalSymptoms"] as const) {
      const result = evaluate({ ...NEGATIVE_ADDUCTOR_SCREEN, [key]: true });
      expect(result.blocksPlan).toBe(true);
      expect(result.referralMessage).toMatch(/hernia|hip joint/);
    }
  });

  it("a possible avulsion in a growing athlete and a possible fracture after trauma need imaging within days or the same day (brief)", () => {
    expect(evaluate({ ...NEGATIVE_ADDUCTOR_SCREEN, adolescentAvulsion: true }).referralMessage).toMatch(/X-ray/);
    expect(evaluate({ ...NEGATIVE_ADDUCTOR_SCREEN, traumaBonyTenderness: true }).urgency).toBe("URGENT");
  });

  it("fever with groin pain (possible joint or bone infection) needs same-day medical assessment", () => {
    expect(evaluate({ ...NEGATIVE_ADDUCTOR_SCREEN, feverOrUnwell: true }).urgency).toBe("URGENT");
  });

  it("uses the same Wells DVT rule as the calf, not a copy: the same criteria give the same DVT flag and score", () => {
    const cases = [{ previousDvt: true }, { previousDvt: true, alternativeDiagnosisAsLikely: true }, { wholeLegSwollen: true, pittingOedema: true }];
    for (const ticked of cases) {
      const groin = evaluate({ ...NEGATIVE_ADDUCTOR_SCREEN, ...ticked });
      const calf = CALF_KIND.screen.evaluate({ ...CALF_KIND.screen.negative, ...ticked });
      expect(groin.wellsScore).toBe(calf.wellsScore);
      expect(groin.flags).toEqual(calf.flags);
      expect(groin.blocksPlan).toBe(true);
    }
  });

  it("a recorded medical clearance lifts the DVT flag only (decision 015), never a groin sign", () => {
    const dvt = evaluate({ ...NEGATIVE_ADDUCTOR_SCREEN, previousDvt: true }, { medicallyCleared: true });
    expect(dvt.blocksPlan).toBe(false);
    expect(dvt.clearedFlags.map((f) => f.key)).toEqual(["dvt-not-excluded"]);
    const hernia = evaluate({ ...NEGATIVE_ADDUCTOR_SCREEN, previousDvt: true, groinLumpOnCough: true }, { medicallyCleared: true });
    expect(hernia.blocksPlan).toBe(true);
    expect(hernia.flags.map((f) => f.key)).toEqual(["groinLumpOnCough"]);
  });

  it("the generic screen dispatch reaches the groin screen through the muscle's kind", () => {
    expect(kindOfMuscle("GRACILIS").key).toBe("adductor");
    expect(screen("PECTINEUS", { ...NEGATIVE_ADDUCTOR_SCREEN, hipJointSigns: true }).blocksPlan).toBe(true);
  });
});

describe("adductor prognosis (Serner 2020 medians: grade 0-2 13 / 17 / 18 days; grade 3 55 / 68 / 78)", () => {
  const cited = [...Object.values(SERNER_MEDIANS.minor), ...Object.values(SERNER_MEDIANS.complete)];

  it("every base range runs between cited medians of its own severity, so it never leaves the cited figures", () => {
    for (const grade of [1, 2, 3] as const) {
      const p = prognosis({ ...base, clinicalGrade: grade });
      const medians = Object.values(grade === 3 ? SERNER_MEDIANS.complete : SERNER_MEDIANS.minor);
      for (const range of [p.returnToRun, p.returnToSport]) {
        expect(cited).toContain(range.minDays);
        expect(cited).toContain(range.maxDays);
        expect(range.minDays).toBeGreaterThanOrEqual(Math.min(...medians));
        expect(range.maxDays).toBeLessThanOrEqual(Math.max(...medians));
      }
      expect(p.sources.map((s) => s.label).join()).toMatch(/Serner/);
    }
  });

  it("grades 1 and 2 share a range (Serner found no difference between MRI grades 0-2); grade 3 is later", () => {
    const g1 = prognosis({ ...base, clinicalGrade: 1 });
    const g2 = prognosis({ ...base, clinicalGrade: 2 });
    const g3 = prognosis({ ...base, clinicalGrade: 3 });
    expect(g1.returnToSport).toEqual(g2.returnToSport);
    expect(g3.returnToSport.minDays).toBeGreaterThan(g2.returnToSport.maxDays);
    expect(g3.specialistOpinion).toBe(true);
  });

  it("a tear into the tendon (BAMIC site c) or a repeat injury pushes both ends later (Serner prognostic paper), and the factors add up to the range", () => {
    const p = prognosis({ ...base, bamicGrade: 2, bamicSite: "c", repeatInjury: true });
    const plain = prognosis(base);
    expect(p.returnToSport.minDays).toBeGreaterThan(plain.returnToSport.minDays);
    expect(p.returnToSport.maxDays).toBeGreaterThan(plain.returnToSport.maxDays);
    const added = p.factors.reduce((sum, f) => sum + f.days.max, 0);
    expect(p.returnToSport.maxDays - p.base.returnToSport.maxDays).toBe(added);
  });
});

describe("adductor measures (clinical brief; Sports Health 2010 Table 1)", () => {
  it("the adduction/abduction ratio is the injured leg's adduction as % of its own abduction, so 'adduction >= 75% of abduction' can gate a stage", () => {
    const values = deriveMeasures({
      measuredOn: "2026-11-10",
      adductionStrengthN: { affected: 150, unaffected: 250 },
      abductionStrengthN: { affected: 200, unaffected: 210 },
      copenhagenHoldS: { affected: 27, unaffected: 30 },
    } as unknown as Measurements);
    expect(values.adductionAbductionRatio).toBe(75);
    expect(values.adductionSymmetry).toBe(60);
    expect(values.copenhagenHoldAffected).toBe(27);
    expect(values.copenhagenHoldSymmetry).toBe(90);
  });

  it("gives no ratio without the injured leg's abduction (never a division by zero)", () => {
    const values = deriveMeasures({
      measuredOn: "2026-11-10",
      adductionStrengthN: { affected: 150, unaffected: 250 },
      abductionStrengthN: { affected: 0, unaffected: 200 },
    } as unknown as Measurements);
    expect(values.adductionAbductionRatio).toBeUndefined();
  });
});

describe("adductor template (Serner 2020: two parallel tracks, both finished before sport-specific training)", () => {
  const tracked = ADDUCTOR_TEMPLATE.stages.find((s) => s.tracks?.length)!;
  const phases = tracked.tracks!.flatMap((t) => t.phases);
  const applies = (grade: 1 | 2 | 3) => (g: GateTemplate) => !g.grades || g.grades.includes(grade);
  const measurable = (g: GateTemplate) => g.kind === "MEASURE" || g.kind === "SESSIONS" || g.kind === "SUBJECTIVE";

  it("passes validation against the seeded library", () => {
    expect(validateTemplate(ADDUCTOR_TEMPLATE, SEEDED_EXERCISES)).toEqual([]);
  });

  it("has Serner's two tracks of four phases each, exercise (A) and running (B), inside one stage", () => {
    expect(tracked.key).toBe("strength");
    expect(tracked.tracks!.map((t) => [t.key, t.phases.map((p) => p.key)])).toEqual([
      ["exercise", ["a1", "a2", "a3", "a4"]],
      ["running", ["b1", "b2", "b3", "b4"]],
    ]);
    expect(ADDUCTOR_TEMPLATE.stages.map((s) => s.key)).toEqual(["protect", "strength", "run", "sport", "maintain"]);
  });

  it("stage and phase durations never get shorter as the grade rises, and the tracked stage lasts as long as its slower track", () => {
    for (const item of [...ADDUCTOR_TEMPLATE.stages, ...phases]) {
      for (const grade of [2, 3] as const) {
        expect(item.durationDays[grade].min, `${item.key} grade ${grade}`).toBeGreaterThanOrEqual(item.durationDays[(grade - 1) as 1 | 2].min);
        expect(item.durationDays[grade].max, `${item.key} grade ${grade}`).toBeGreaterThanOrEqual(item.durationDays[(grade - 1) as 1 | 2].max);
      }
    }
    expect(tracked.durationDays).toEqual(tracksDuration(tracked.tracks!));
  });

  it("every non-final stage and every phase has a measurable gate (a measure, logged sessions or the patient's rating) for every grade", () => {
    const stages = ADDUCTOR_TEMPLATE.stages;
    for (const grade of [1, 2, 3] as const) {
      for (const stage of stages.slice(0, -1).filter((s) => !s.tracks)) {
        expect(stage.gates.filter(applies(grade)).some(measurable), `${stage.key} grade ${grade}`).toBe(true);
      }
      for (const phase of phases) {
        expect(phase.gates.filter(applies(grade)).some(measurable), `${phase.key} grade ${grade}`).toBe(true);
      }
    }
    expect(stages.at(-1)!.gates).toEqual([]);
  });

  it("session gates count logged sessions within Aspetar's pain rule (2/10), and full team training asks the patient's readiness", () => {
    const sessions = [...phases.flatMap((p) => p.gates), ...ADDUCTOR_TEMPLATE.stages.flatMap((s) => s.gates)].filter((g) => g.kind === "SESSIONS");
    expect(sessions.map((g) => g.key)).toEqual(["easy-jog-sessions", "turning-sessions", "kicking-sessions", "controlled-training-sessions"]);
    for (const gate of sessions) expect(gate).toMatchObject({ count: 3, maxPain: ADDUCTOR_PAIN_LIMIT });
    const sport = ADDUCTOR_TEMPLATE.stages.find((s) => s.key === "sport")!;
    expect(sport.gates.find((g) => g.kind === "SUBJECTIVE")).toMatchObject({
      minimum: 8,
      translations: { es: { question: expect.stringMatching(/partido/) } },
    });
    expect(tracked.painRule).toEqual({ duringMax: 2, settledByMorning: true });
  });

  it("does not progress while the patient takes pain medication (Serner 2020): the tracked stage's own gate", () => {
    expect(tracked.gates.map((g) => g.key)).toEqual(["groin-no-pain-medication"]);
  });

  it("says to clinicians which numbers are defaults, and cites Serner 2020 (no note posing as a source)", () => {
    const notes = (ADDUCTOR_TEMPLATE.clinicianNotes ?? []).join(" ");
    expect(notes).toMatch(/Editable defaults/);
    expect(notes).toMatch(/3 logged sessions/);
    expect(ADDUCTOR_TEMPLATE.sources.map((s) => s.label)).toContain("Serner et al., Orthop J Sports Med 2020");
    expect(ADDUCTOR_TEMPLATE.sources.map((s) => s.label).join(" ")).not.toMatch(/Clinician note/);
  });

  it("uses Aspetar's pain rule (2/10 or more: adjust) for every exercise of every stage and phase", () => {
    for (const item of [...ADDUCTOR_TEMPLATE.stages, ...phases]) for (const e of item.exercises) expect(e.dose.painLimit).toBe(ADDUCTOR_PAIN_LIMIT);
    expect(ADDUCTOR_PAIN_LIMIT).toBe(2);
  });

  it("the two tracks move independently: moving the running track leaves the exercise track where it was (Serner 2020)", () => {
    const plan = generatePlan(ADDUCTOR_TEMPLATE, SEEDED_EXERCISES, {}, base, "2026-11-03");
    const atTracks = { ...plan, currentStageIndex: 1 };
    const moved = moveTrack(atTracks, "running", 1, "2026-11-10").plan;
    const tracks = moved.stages[1]!.tracks!;
    expect(tracks.find((t) => t.key === "running")).toMatchObject({ currentPhaseIndex: 1, phaseStartedOn: "2026-11-10" });
    expect(tracks.find((t) => t.key === "exercise")!.currentPhaseIndex).toBe(0);
  });

  it("the stage is left only when both tracks are in their last phase with its gates met (both before sport-specific training)", () => {
    const plan = generatePlan(ADDUCTOR_TEMPLATE, SEEDED_EXERCISES, {}, base, "2026-11-03");
    let p = { ...plan, currentStageIndex: 1 };
    for (let i = 0; i < 3; i++) p = moveTrack(p, "running", 1, "2026-11-10").plan;
    const checks = {
      "groin-no-pain-medication": true,
      "groin-pain-free-sport-movements": true,
      "normal-gait": true,
    };
    const logs = ["2026-11-11", "2026-11-12", "2026-11-13"].map((date) => ({
      date,
      setsDone: { "groin-kicking-progression": 1 },
      painDuring: 1,
      painNextMorning: 0,
    }));
    const measures = { copenhagenHoldSymmetry: 95, painWalking: 0 };
    const runningDone = stageProgress(p.stages[1]!, { measures, checks, logs, stageStartedOn: "2026-11-05" });
    expect(runningDone.readyToAdvance).toBe(false);
    for (let i = 0; i < 3; i++) p = moveTrack(p, "exercise", 1, "2026-11-10").plan;
    expect(stageProgress(p.stages[1]!, { measures, checks, logs, stageStartedOn: "2026-11-05" }).readyToAdvance).toBe(true);
  });

  it("a grade 2 plan covers every stage with exercises, and a grade 3 plan waits for the specialist", () => {
    const plan2 = generatePlan(ADDUCTOR_TEMPLATE, SEEDED_EXERCISES, {}, base, "2026-11-03");
    expect(plan2.stages.map((s) => s.key)).toEqual(["protect", "strength", "run", "sport", "maintain"]);
    for (const stage of plan2.stages) {
      const work = stage.exercises.length + (stage.tracks ?? []).reduce((n, t) => n + t.phases[0]!.exercises.length, 0);
      expect(work, stage.key).toBeGreaterThan(0);
    }
    const plan3 = generatePlan(ADDUCTOR_TEMPLATE, SEEDED_EXERCISES, {}, { ...base, clinicalGrade: 3 }, "2026-11-03");
    expect(plan3.requiresSpecialistReview).toBe(true);
  });
});

describe("groin exercises", () => {
  it("each has complete English and Spanish text and a key unique in the shared library", () => {
    expect(ADDUCTOR_EXERCISES.length).toBeGreaterThanOrEqual(13);
    for (const e of ADDUCTOR_EXERCISES) {
      const es = e.translations?.es;
      expect(es?.name, e.key).toBeTruthy();
      expect(es?.steps?.length, e.key).toBe(e.steps.length);
      expect(es?.cues?.length, e.key).toBe(e.cues.length);
      expect(es?.commonMistakes?.length, e.key).toBe(e.commonMistakes.length);
      expect(SEEDED_EXERCISES.filter((x) => x.key === e.key)).toHaveLength(1);
    }
  });
});

describe("groin education leaflet (plain words, grade 6-8, EN and ES)", () => {
  it("covers what it is, causes, how it feels, grades, self-care, when to get care, time line and prevention", () => {
    expect(ADDUCTOR_EDUCATION.map((s) => s.key)).toEqual([
      "about-the-groin",
      "causes",
      "symptoms",
      "grades",
      "self-care",
      "seek-care",
      "recovery-timeline",
      "prevention",
    ]);
  });

  it.each(ADDUCTOR_EDUCATION.map((s) => [s.key, s] as const))("%s reads at grade 8 or below, with short sentences", (_key, section) => {
    const stats = readability(section.body);
    expect(stats.grade).toBeLessThanOrEqual(8);
    expect(stats.words / stats.sentences).toBeLessThanOrEqual(15);
  });

  it("stage, track and phase text reads at grade 8 or below, and every phase and track has its Spanish", () => {
    const phases = ADDUCTOR_TEMPLATE.stages.flatMap((s) => (s.tracks ?? []).flatMap((t) => t.phases));
    for (const stage of [...ADDUCTOR_TEMPLATE.stages, ...phases]) {
      expect(readability([stage.purpose, stage.education, ...stage.goals, ...stage.precautions]).grade, stage.key).toBeLessThanOrEqual(8);
    }
    for (const phase of phases) {
      const es = localize(phase, "es");
      expect(es.name, phase.key).not.toBe(phase.name);
      expect(es.goals.length, phase.key).toBe(phase.goals.length);
      expect(es.precautions.length, phase.key).toBe(phase.precautions.length);
    }
    for (const track of ADDUCTOR_TEMPLATE.stages.flatMap((s) => s.tracks ?? [])) expect(localize(track, "es").name).not.toBe(track.name);
  });

  it("has Spanish for every section and stage", () => {
    for (const section of ADDUCTOR_EDUCATION) {
      const es = localize(section, "es");
      expect(es.title).not.toBe(section.title);
      expect(es.body.length).toBe(section.body.length);
    }
    for (const stage of ADDUCTOR_TEMPLATE.stages) {
      const es = localize(stage, "es");
      expect(es.name).not.toBe(stage.name);
      expect(es.goals.length).toBe(stage.goals.length);
    }
  });
});

describe("groin exercise pictures (decision 019)", () => {
  it("every groin exercise has a pose description (sideways movements in the front view), and every description is a groin exercise", () => {
    expect(ADDUCTOR_EXERCISES.filter((e) => !(e.key in ADDUCTOR_ILLUSTRATIONS)).map((e) => e.key)).toEqual([]);
    expect(Object.keys(ADDUCTOR_ILLUSTRATIONS).every((key) => ADDUCTOR_EXERCISES.some((e) => e.key === key))).toBe(true);
  });

  it("draws the sideways exercises facing the viewer (front view) and the squat and kick from the side", () => {
    const front = Object.entries(ADDUCTOR_ILLUSTRATIONS)
      .filter(([, d]) => d.view === "front")
      .map(([key]) => key);
    expect(front).toHaveLength(11);
    expect(front).not.toContain("groin-sumo-squat");
    expect(front).not.toContain("groin-kicking-progression");
  });

  it.each(Object.keys(ADDUCTOR_ILLUSTRATIONS))("%s is well-formed, with a movement arrow and alt text in English and Spanish", (key) => {
    const drawing = exerciseDrawing(key)!;
    expectWellFormed(drawing);
    expect(drawing.shapes.filter((s) => s.role === "arrow").length).toBeGreaterThanOrEqual(2);
    expect(drawing.alt.en).toMatch(/^[A-Z].+\. .+ the arrow shows .+\.$/);
    expect(drawing.alt.es).toMatch(/^[A-ZÁÉÍÓÚ].+\. .+ la flecha muestra .+\.$/);
  });
});
