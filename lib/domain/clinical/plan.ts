// Plan generation: a template + injury + start date (+ optional baseline) -> a dated, dosed plan.
// Pure and deterministic: no clock, no randomness, no shared mutable state; the same input
// gives a deep-equal plan. A plan is a JSON snapshot: nothing in it points back at the template.
import { indexLibrary } from "../content/library";
import { kindOfMuscle, type DeficitRule, type ScreenAnswers } from "../injuries";
import { symmetry } from "../measures";
import { screen as runScreen } from "./by-kind";
import { addDays, parseIsoDate } from "./dates";
import { ClinicalError } from "./errors";
import { effectiveGrade, needsSpecialistOpinion } from "./grade";
import { EVERYDAY_CATEGORIES } from "./stage-prescription";
import { datePhases, tracksDuration } from "./tracks";
import type {
  BaselineMeasures,
  ClinicalGrade,
  Dose,
  ExerciseEntry,
  GateTemplate,
  Injury,
  KneeBias,
  Plan,
  PlanAdjustment,
  PlanExercise,
  PlanPatient,
  PlanPhase,
  PlanStage,
  PlanTrack,
  ScreenClearance,
  ScreenResult,
  StageKey,
  StageTemplate,
  Template,
} from "./types";

export interface PlanOptions {
  /** First-visit measures; they scale early doses (see DOSE_SCALING). */
  baseline?: BaselineMeasures | null;
}

/**
 * Dose scaling rules. Template doses are written for a typical grade 1-2 strain; the plan
 * lowers them where the injury or the first visit says the muscle has less capacity. Reductions
 * multiply (grade 3 with high pain in the first stage: x 0.7 x 0.8 = x 0.56) but never go below
 * the floors, and a template value already under a floor is kept. A scaled hold is rounded to
 * the nearest 5 seconds (a time a patient can count), never below the floor nor above the
 * template's hold. Sets, frequency and load text are never changed: the therapist edits those.
 *
 * 1. GRADE_3_EARLY_STAGES: complete rupture (clinical grade 3 or BAMIC 4), stages "protect" and
 *    "strength": reps and hold times x 0.7, pain limit - 1.
 * 2. HIGH_BASELINE_PAIN: pain at rest >= 4 or walking >= 5 at the first visit, stage "protect"
 *    only (the gate into the next stage needs walking pain <= 2 anyway): reps and holds x 0.8,
 *    pain limit - 1.
 * 3. The injury kind's deficit rule (its DeficitRule, see lib/domain/injuries/<kind>/index.ts): in
 *    the kind's stage, its body-weight target-strength exercises with a bias follow the
 *    first-visit symmetry of the kind's paired test for that bias.
 *    Under 50% -> x 0.6, 50% to under 80% -> x 0.8, 80% or more (or no data) -> unchanged.
 *    Exercises with external load are left alone: their intensity is set by the weight.
 * 4. RUNNING_VOLUME: with a usual weekly running distance, the "sport" stage gets a goal to
 *    build back to it.
 * 5. EVERYDAY_PAIN_FLOOR: an everyday activity (walking; EVERYDAY_CATEGORIES) is never limited
 *    below the pain the patient has doing it at the first visit: with walking pain 5/10 the
 *    walking exercise allows 5/10, not the stage's 2 or 3 (a limit they could not keep without
 *    stopping walking). Its own line says so (lib/domain/clinical/stage-prescription.ts, rule 2).
 */
export const DOSE_SCALING = {
  grade3EarlyFactor: 0.7,
  highPainFactor: 0.8,
  highPainRest: 4,
  highPainWalking: 5,
  severeDeficitBelow: 50,
  severeDeficitFactor: 0.6,
  moderateDeficitBelow: 80,
  moderateDeficitFactor: 0.8,
  minReps: 5,
  minHoldSeconds: 10,
  holdStepSeconds: 5,
  minPainLimit: 1,
} as const;

const EARLY_STAGES: readonly StageKey[] = ["protect", "strength"];

interface Scaling {
  factor: number;
  painDrop: number;
}

function scaleCount(value: number | null | undefined, factor: number, floor: number): number | null | undefined {
  if (typeof value !== "number" || factor === 1) return value;
  return Math.max(Math.min(floor, value), Math.round(value * factor));
}

/** A scaled hold in whole steps of 5 s: 30 s x 0.7 = 21 -> 20 s; x 0.8 = 24 -> 25 s. */
function scaleHold(value: number | null | undefined, factor: number): number | null | undefined {
  if (typeof value !== "number" || factor === 1) return value;
  const step = DOSE_SCALING.holdStepSeconds;
  const rounded = Math.round((value * factor) / step) * step;
  return Math.min(value, Math.max(Math.min(DOSE_SCALING.minHoldSeconds, value), rounded));
}

function scaleDose(dose: Dose, repsFactor: number, holdFactor: number, painDrop: number): Dose {
  const scaled: Dose = { ...dose, frequency: { ...dose.frequency } };
  if (dose.reps !== undefined) scaled.reps = scaleCount(dose.reps, repsFactor, DOSE_SCALING.minReps);
  if (dose.holdSeconds !== undefined) {
    scaled.holdSeconds = scaleHold(dose.holdSeconds, holdFactor);
  }
  if (painDrop > 0) {
    scaled.painLimit = Math.max(Math.min(DOSE_SCALING.minPainLimit, dose.painLimit), dose.painLimit - painDrop);
  }
  return scaled;
}

function isHighBaselinePain(baseline: BaselineMeasures | null | undefined): boolean {
  const rest = baseline?.painRest;
  const walking = baseline?.painWalking;
  return (typeof rest === "number" && rest >= DOSE_SCALING.highPainRest) || (typeof walking === "number" && walking >= DOSE_SCALING.highPainWalking);
}

function baselineSymmetry(baseline: BaselineMeasures | null | undefined, rule: DeficitRule, bias: KneeBias): number | null {
  const pair = (baseline as Record<string, { affected?: number | null; unaffected?: number | null } | null | undefined> | null | undefined)?.[
    rule.inputByBias[bias]
  ];
  return symmetry(pair?.affected, pair?.unaffected);
}

function deficitFactor(sym: number | null): number {
  if (sym === null) return 1;
  if (sym < DOSE_SCALING.severeDeficitBelow) return DOSE_SCALING.severeDeficitFactor;
  if (sym < DOSE_SCALING.moderateDeficitBelow) return DOSE_SCALING.moderateDeficitFactor;
  return 1;
}

function appliesToGrade(item: { grades?: ClinicalGrade[] }, grade: ClinicalGrade): boolean {
  return !item.grades || item.grades.includes(grade);
}

/** Copies a gate so the plan snapshot shares no objects with the template. */
function copyGate(gate: GateTemplate): GateTemplate {
  const copy = { ...gate };
  if (gate.grades) copy.grades = [...gate.grades];
  if (gate.translations) copy.translations = structuredClone(gate.translations);
  return copy;
}

interface StageContext {
  grade: ClinicalGrade;
  baseline: BaselineMeasures | null | undefined;
  highPain: boolean;
  library: ReadonlyMap<string, ExerciseEntry>;
  deficit: DeficitRule | null;
  adjustments: PlanAdjustment[];
}

/** What buildExercises needs of a stage or a phase: the key its dose rules go by, and its items. */
type DoseUnit = Pick<StageTemplate, "key" | "exercises">;

function buildExercises(stage: DoseUnit, ctx: StageContext): PlanExercise[] {
  const stageScaling: Scaling = { factor: 1, painDrop: 0 };
  if (ctx.grade === 3 && EARLY_STAGES.includes(stage.key)) {
    // Listed once for all early stages, by generatePlan (grade3Adjustment).
    stageScaling.factor *= DOSE_SCALING.grade3EarlyFactor;
    stageScaling.painDrop += 1;
  }
  if (ctx.highPain && stage.key === "protect") {
    stageScaling.factor *= DOSE_SCALING.highPainFactor;
    stageScaling.painDrop += 1;
    ctx.adjustments.push({
      rule: "HIGH_BASELINE_PAIN",
      stageKey: stage.key,
      description: `High pain at the first visit (rest >= ${DOSE_SCALING.highPainRest} or walking >= ${DOSE_SCALING.highPainWalking}): reps and hold times x ${DOSE_SCALING.highPainFactor}, pain limit lowered by 1.`,
    });
  }

  const deficitNotes = new Map<KneeBias, number>();
  const exercises: PlanExercise[] = [];
  for (const item of stage.exercises) {
    if (!appliesToGrade(item, ctx.grade)) continue;
    const entry = ctx.library.get(item.exerciseKey);
    if (!entry) {
      throw new ClinicalError("UNKNOWN_EXERCISE", `Stage "${stage.key}" uses unknown exercise "${item.exerciseKey}"`);
    }
    let repsFactor = stageScaling.factor;
    const rule = ctx.deficit;
    if (rule && stage.key === rule.stageKey && entry.category === rule.category && entry.kneeBias && !entry.externalLoad) {
      const sym = baselineSymmetry(ctx.baseline, rule, entry.kneeBias);
      const factor = deficitFactor(sym);
      if (factor !== 1 && sym !== null) {
        repsFactor *= factor;
        deficitNotes.set(entry.kneeBias, sym);
      }
    }
    const dose = scaleDose(item.dose, repsFactor, stageScaling.factor, stageScaling.painDrop);
    const walking = ctx.baseline?.painWalking;
    if (EVERYDAY_CATEGORIES.includes(entry.category) && typeof walking === "number" && walking > dose.painLimit) {
      ctx.adjustments.push({
        rule: "EVERYDAY_PAIN_FLOOR",
        stageKey: stage.key,
        description: `${entry.name}: pain limit set to the first visit's walking pain (${walking}/10) instead of ${dose.painLimit}/10, so everyday walking is not limited below where it is now.`,
      });
      dose.painLimit = walking;
    }
    exercises.push({ exerciseKey: item.exerciseKey, name: entry.name, dose });
  }

  for (const [bias, sym] of deficitNotes) {
    ctx.adjustments.push({
      rule: ctx.deficit!.ruleKey,
      stageKey: stage.key,
      description: ctx.deficit!.describe(bias, sym, deficitFactor(sym)),
    });
  }
  return exercises;
}

/** A stage's tracks for the plan: phases dated from the stage's start, doses scaled like stages. */
function buildTracks(stage: StageTemplate, planStage: PlanStage, ctx: StageContext): PlanTrack[] {
  return (stage.tracks ?? []).map((track) => {
    const phases = track.phases.map((phase) => {
      const planPhase: Omit<PlanPhase, "startDate" | "minEndDate" | "latestStartDate" | "maxEndDate"> = {
        key: phase.key,
        name: phase.name,
        purpose: phase.purpose,
        goals: [...phase.goals],
        precautions: [...phase.precautions],
        education: phase.education,
        durationDays: { ...phase.durationDays[ctx.grade] },
        exercises: buildExercises({ key: phase.doseStage ?? stage.key, exercises: phase.exercises }, ctx),
        gates: phase.gates.filter((gate) => appliesToGrade(gate, ctx.grade)).map(copyGate),
      };
      if (phase.painRule) planPhase.painRule = { ...phase.painRule };
      if (phase.translations) planPhase.translations = structuredClone(phase.translations);
      return planPhase;
    });
    const planTrack: PlanTrack = {
      key: track.key,
      name: track.name,
      purpose: track.purpose,
      phases: datePhases(phases, planStage.startDate, planStage.latestStartDate),
      currentPhaseIndex: 0,
      phaseStartedOn: null,
    };
    if (track.translations) planTrack.translations = structuredClone(track.translations);
    return planTrack;
  });
}

/** "1", "1 and 2", "1, 2 and 4". */
function listNumbers(numbers: readonly number[]): string {
  if (numbers.length <= 1) return numbers.join("");
  return `${numbers.slice(0, -1).join(", ")} and ${numbers[numbers.length - 1]}`;
}

/**
 * The grade 3 rule changes several stages with one dose change, so it is one adjustment naming
 * them all (stage numbers as the plan shows them), not one line per stage. `stageKey` is the
 * first such stage; `stageKeys` lists every one.
 */
function grade3Adjustment(template: Template): PlanAdjustment | null {
  const stages = template.stages.map((stage, index) => ({ key: stage.key, number: index + 1 })).filter((s) => EARLY_STAGES.includes(s.key));
  if (stages.length === 0) return null;
  const numbers = listNumbers(stages.map((s) => s.number));
  return {
    rule: "GRADE_3_EARLY_STAGES",
    stageKey: stages[0]!.key,
    stageKeys: stages.map((s) => s.key),
    description: `Complete rupture: in ${stages.length === 1 ? "stage" : "stages"} ${numbers}, reps and hold times x ${DOSE_SCALING.grade3EarlyFactor}, pain limit lowered by 1.`,
  };
}

/**
 * Builds a dated plan. Stage dates follow one convention: a stage of D days starting on S ends
 * on S + D - 1 and the next stage starts the day after. Two chains are given: the fastest path
 * (startDate / minEndDate, each stage at its minimum) and the slowest (latestStartDate /
 * maxEndDate, each at its maximum). Progress itself follows the gates, not these dates.
 *
 * `exercises` is the clinic's exercise library (names and categories come from it; there is no
 * fallback to seeded content). Region rules (the deficit rule) come from the muscle's injury kind.
 *
 * Throws ClinicalError for an invalid date, a start before the injury, an empty template, a
 * grade the template does not cover, or an exercise missing from the library.
 */
export function generatePlan(
  template: Template,
  exercises: readonly ExerciseEntry[],
  patient: PlanPatient,
  injury: Injury,
  startDate: string,
  options: PlanOptions = {},
): Plan {
  const startDay = parseIsoDate(startDate);
  if (startDay < parseIsoDate(injury.injuryDate)) {
    throw new ClinicalError("START_BEFORE_INJURY", `Plan start ${startDate} is before the injury (${injury.injuryDate})`);
  }
  if (template.stages.length === 0) {
    throw new ClinicalError("EMPTY_TEMPLATE", `Template "${template.key}" has no stages`);
  }
  const grade = effectiveGrade(injury);
  if (!template.grades.includes(grade)) {
    throw new ClinicalError("GRADE_NOT_COVERED", `Template "${template.key}" does not cover grade ${grade}`);
  }

  const baseline = options.baseline;
  const adjustments: PlanAdjustment[] = [];
  if (grade !== injury.clinicalGrade) {
    adjustments.push({
      rule: "BAMIC_4_AS_GRADE_3",
      stageKey: null,
      description: `MRI shows a full-thickness tear (BAMIC 4): planned as grade 3, not clinical grade ${injury.clinicalGrade}.`,
    });
  }
  if (!template.muscles.includes(injury.muscle)) {
    adjustments.push({
      rule: "TEMPLATE_MUSCLE_MISMATCH",
      stageKey: null,
      description: `Template "${template.name}" is written for ${template.muscles.join(", ")}; the injury is recorded as ${injury.muscle}.`,
    });
  }

  if (grade === 3) {
    const adjustment = grade3Adjustment(template);
    if (adjustment) adjustments.push(adjustment);
  }

  const ctx: StageContext = {
    grade,
    baseline,
    highPain: isHighBaselinePain(baseline),
    library: indexLibrary(exercises),
    deficit: kindOfMuscle(injury.muscle).doseRules.deficit,
    adjustments,
  };
  const specialist = needsSpecialistOpinion(injury);
  const weeklyKm = patient.weeklyRunningKm;

  const stages: PlanStage[] = [];
  let nextStart = startDate;
  let nextLatestStart = startDate;
  for (const stage of template.stages) {
    const duration = (stage.tracks && stage.tracks.length > 0 ? tracksDuration(stage.tracks) : stage.durationDays)[grade];
    const minEndDate = addDays(nextStart, duration.min - 1);
    const maxEndDate = addDays(nextLatestStart, duration.max - 1);
    const goals = [...stage.goals];
    if (stage.key === "sport" && typeof weeklyKm === "number" && weeklyKm > 0) {
      goals.push(`Build back to your usual running: about ${weeklyKm} km a week, in small steps.`);
      adjustments.push({
        rule: "RUNNING_VOLUME",
        stageKey: stage.key,
        description: `Goal added: return to the usual ${weeklyKm} km a week.`,
      });
    }

    const planStage: PlanStage = {
      key: stage.key,
      name: stage.name,
      purpose: stage.purpose,
      goals,
      precautions: [...stage.precautions],
      education: stage.education,
      durationDays: { min: duration.min, max: duration.max },
      startDate: nextStart,
      minEndDate,
      latestStartDate: nextLatestStart,
      maxEndDate,
      requiresSpecialistReview: specialist && stage.requiresSpecialistReview === true,
      exercises: buildExercises(stage, ctx),
      gates: stage.gates.filter((gate) => appliesToGrade(gate, grade)).map(copyGate),
    };
    if (stage.painRule) planStage.painRule = { ...stage.painRule };
    if (stage.tracks && stage.tracks.length > 0) planStage.tracks = buildTracks(stage, planStage, ctx);
    if (stage.translations) planStage.translations = structuredClone(stage.translations);
    stages.push(planStage);

    nextStart = addDays(minEndDate, 1);
    nextLatestStart = addDays(maxEndDate, 1);
  }

  const last = stages[stages.length - 1]!;
  return {
    templateKey: template.key,
    templateVersion: template.version,
    templateName: template.name,
    muscle: injury.muscle,
    side: injury.side,
    clinicalGrade: injury.clinicalGrade,
    effectiveGrade: grade,
    startDate,
    endDate: { min: last.minEndDate, max: last.maxEndDate },
    requiresSpecialistReview: specialist,
    stages,
    adjustments,
    currentStageIndex: 0,
  };
}

export interface AssessmentInput {
  template: Template;
  /** The clinic's exercise library. */
  exercises: readonly ExerciseEntry[];
  patient: PlanPatient;
  injury: Injury;
  /** The raw screen answers: the screen is always evaluated here, never trusted from outside. */
  screen: ScreenAnswers;
  startDate: string;
  baseline?: BaselineMeasures | null;
  /** What the clinic recorded since (a medical clearance lifts the clearable flags only). */
  clearance?: ScreenClearance;
}

export type AssessmentOutcome = { ok: false; screen: ScreenResult } | { ok: true; screen: ScreenResult; plan: Plan };

/** Screens first; a positive screen never yields a plan (unless a recorded clearance lifted every flag). */
export function planFromAssessment(input: AssessmentInput): AssessmentOutcome {
  const result = runScreen(input.injury.muscle, input.screen, input.clearance);
  if (result.blocksPlan) return { ok: false, screen: result };
  return {
    ok: true,
    screen: result,
    plan: generatePlan(input.template, input.exercises, input.patient, input.injury, input.startDate, { baseline: input.baseline }),
  };
}
