// What a patient is told to do in a stage, decided once for the plan page, the handout and the
// portal: the stage's one pain rule, each exercise's limit where it differs from it, and, for a
// complete rupture still waiting for the specialist, only the protection advice and the safe
// circulation exercises.
//
// Rules (each stated and tested in tests/unit/domain/prescription.test.ts):
// 1. One pain rule per stage. During the stage's exercises pain may reach the stage's limit if it
//    settles by the next morning; pain 2 or more points higher the next morning means do less
//    next time (the symptom rule of the clinical brief, "Progression gates"; the Health &
//    High Performance protocol). The limit is the
//    highest limit among the stage's loading exercises (everyday activities such as walking are
//    not loading exercises), so a therapist who edits a dose edits the rule with it.
// 2. An exercise's own limit is shown only where it differs: lower is stricter on purpose
//    (impact work, for example); an everyday activity is never limited below the pain the
//    patient has doing it now (see EVERYDAY_CATEGORIES and generatePlan's everyday floor).
// 3. A complete rupture (grade 3, the stage holding the specialist decision) shows only the
//    specialist notice, protection advice and the kind's circulation exercises until the
//    "specialist-cleared" check is recorded; the loading exercises stay in the plan, withheld.
import { kindOfStoredMuscle } from "../injuries";
import { activeStage } from "./tracks";
import type { ExerciseCategory, ExerciseEntry, Locale, Plan, PlanExercise, PlanStage } from "./types";

/** Exercise categories that are everyday activities, not loading exercises. */
export const EVERYDAY_CATEGORIES: readonly ExerciseCategory[] = ["GAIT"];

/** The check that lifts the specialist hold of a complete rupture. */
export const SPECIALIST_CHECK = "specialist-cleared";

type CategoryOf = (exerciseKey: string) => ExerciseCategory | undefined;

function categoryLookup(library: readonly Pick<ExerciseEntry, "key" | "category">[]): CategoryOf {
  const byKey = new Map(library.map((entry) => [entry.key, entry.category]));
  return (key) => byKey.get(key);
}

/** An everyday activity (walking), not a loading exercise: its pain limit follows rule 2. */
export function isEveryday(category: ExerciseCategory | undefined): boolean {
  return category !== undefined && EVERYDAY_CATEGORIES.includes(category);
}

function validLimit(value: unknown): number | null {
  return typeof value === "number" && Number.isFinite(value) ? Math.min(10, Math.max(0, Math.round(value))) : null;
}

/**
 * The stage's pain limit (rule 1): the highest limit among its loading exercises, or among all of
 * them when it has only everyday activities; null for a stage with no exercises.
 */
export function stagePainLimit(stage: Pick<PlanStage, "exercises">, library: readonly Pick<ExerciseEntry, "key" | "category">[]): number | null {
  const categoryOf = categoryLookup(library);
  const exercises = Array.isArray(stage.exercises) ? stage.exercises : [];
  const limits = (loading: boolean) =>
    exercises
      .filter((e) => isEveryday(categoryOf(e?.exerciseKey)) !== loading)
      .map((e) => validLimit(e?.dose?.painLimit))
      .filter((limit): limit is number => limit !== null);
  const loading = limits(true);
  const all = loading.length > 0 ? loading : limits(false);
  return all.length > 0 ? Math.max(...all) : null;
}

const PAIN_WORDS: Record<
  Locale,
  {
    ceiling: (limit: number) => string;
    rule: (limit: number) => string;
    noPain: string;
    stricter: (limit: number) => string;
    everyday: (limit: number) => string;
  }
> = {
  en: {
    ceiling: (limit) => `During a session, keep pain at ${limit} out of 10 or less. If it goes higher, ease off: less weight, a slower pace or fewer reps.`,
    rule: (limit) =>
      `During your exercises, pain up to ${limit} out of 10 is OK if it settles by the next morning. If it is 2 or more points higher the next morning, do less next time.`,
    noPain: "Your exercises should not hurt. If one does, stop it and tell your therapist.",
    stricter: (limit) => (limit <= 0 ? "This one should not hurt at all." : `Keep this one to ${limit} out of 10 or less.`),
    everyday: (limit) => `Pain up to ${limit} out of 10 is OK (about what it is now), as long as it does not get worse from day to day.`,
  },
  es: {
    ceiling: (limit) =>
      `Durante la sesión, mantenga el dolor en ${limit} de 10 o menos. Si sube más, baje la intensidad: menos peso, un ritmo más lento o menos repeticiones.`,
    rule: (limit) =>
      `Durante los ejercicios, un dolor de hasta ${limit} de 10 está bien si se calma a la mañana siguiente. Si a la mañana siguiente está 2 o más puntos más alto, haga menos la próxima vez.`,
    noPain: "Los ejercicios no deben doler. Si alguno le duele, deténgalo y dígaselo a su terapeuta.",
    stricter: (limit) => (limit <= 0 ? "Este no debe doler nada." : `En este, mantenga el dolor en ${limit} de 10 o menos.`),
    everyday: (limit) => `Un dolor de hasta ${limit} de 10 está bien (más o menos el de ahora), siempre que no empeore de un día a otro.`,
  },
};

/** The stage's pain rule in one sentence, the same on every screen and handout. */
/**
 * The stage's pain rule in one sentence. With a stated session rule (PainRule) that does not
 * allow pain settling overnight, the ceiling sentence; otherwise the settle-by-morning rule.
 */
export function painRuleText(limit: number, locale: Locale, settledByMorning = true): string {
  const words = PAIN_WORDS[locale] ?? PAIN_WORDS.en;
  if (limit <= 0) return words.noPain;
  return settledByMorning ? words.rule(limit) : words.ceiling(limit);
}

/** An exercise's own pain line, or null when the stage's rule covers it (rule 2). */
export function exercisePainText(exerciseLimit: number | null, stageLimit: number | null, everyday: boolean, locale: Locale): string | null {
  if (exerciseLimit === null || stageLimit === null || exerciseLimit === stageLimit) return null;
  const words = PAIN_WORDS[locale] ?? PAIN_WORDS.en;
  if (everyday && exerciseLimit > stageLimit) return words.everyday(exerciseLimit);
  return exerciseLimit < stageLimit ? words.stricter(exerciseLimit) : null;
}

export interface PrescribedExercise {
  exercise: PlanExercise;
  /** Position in the stage's exercise list (edits address exercises by it). */
  index: number;
  /** The exercise's limit, 0-10, null when the snapshot has none. */
  painLimit: number | null;
  /** Its own pain line, null when the stage's rule covers it. */
  painText: string | null;
}

export interface StagePrescription {
  /** A complete rupture waiting for the specialist: only `exercises` (circulation) are to be done. */
  held: boolean;
  /** Why loading waits, for the patient; null when not held. */
  notice: string | null;
  /** Protection advice while held (empty otherwise). */
  advice: string[];
  painLimit: number | null;
  /** The stage's pain rule in one sentence; null for a stage without exercises. */
  painRule: string | null;
  /** What the patient is to do now. */
  exercises: PrescribedExercise[];
  /** The stage's loading exercises kept back while held (staff screens list them as waiting). */
  withheld: PrescribedExercise[];
}

export interface PrescriptionOptions {
  locale: Locale;
  /** The latest recorded checks (check key -> done); "specialist-cleared" lifts the hold. */
  checks?: Readonly<Record<string, boolean | null | undefined>>;
}

/** True when a complete rupture's stage still waits for the specialist (rule 3). */
export function awaitingSpecialist(
  plan: Pick<Plan, "requiresSpecialistReview">,
  stage: Pick<PlanStage, "requiresSpecialistReview"> | undefined,
  checks: PrescriptionOptions["checks"],
): boolean {
  return plan?.requiresSpecialistReview === true && stage?.requiresSpecialistReview === true && checks?.[SPECIALIST_CHECK] !== true;
}

/** What the patient is told to do in one stage of the plan. See the rules at the top of the file. */
export function stagePrescription(
  plan: Pick<Plan, "muscle" | "requiresSpecialistReview" | "stages">,
  stageIndex: number,
  library: readonly Pick<ExerciseEntry, "key" | "category">[],
  options: PrescriptionOptions,
): StagePrescription {
  const locale = options.locale;
  const stored = plan?.stages?.[stageIndex];
  // A stage with tracks prescribes its own work plus each track's current phase (activeStage).
  const stage = stored && typeof stored === "object" ? activeStage(stored) : stored;
  const exercises = Array.isArray(stage?.exercises) ? stage.exercises.filter((e) => !!e && typeof e === "object") : [];
  const categoryOf = categoryLookup(library);
  const kind = kindOfStoredMuscle(plan?.muscle).kind;
  const held = awaitingSpecialist(plan, stage, options.checks);

  const safe = new Set(kind.specialistHold.exerciseKeys);
  const shownList = held ? exercises.filter((e) => safe.has(e.exerciseKey)) : exercises;
  // Rule 1b: a session rule the template states (PainRule) sets the stage's limit; without one it
  // comes from the exercises' limits.
  const stated = stage?.painRule && Number.isFinite(stage.painRule.duringMax) ? stage.painRule : null;
  const painLimit = stage ? (stated ? validLimit(stated.duringMax) : stagePainLimit({ exercises: shownList }, library)) : null;
  const prescribe = (exercise: PlanExercise): PrescribedExercise => {
    const limit = validLimit(exercise.dose?.painLimit);
    return {
      exercise,
      index: exercises.indexOf(exercise),
      painLimit: limit,
      painText: exercisePainText(limit, painLimit, isEveryday(categoryOf(exercise.exerciseKey)), locale),
    };
  };
  const wording = kind.wording.handout[locale] ?? kind.wording.handout.en;
  return {
    held,
    notice: held ? wording.specialistNotice : null,
    advice: held ? [...(kind.specialistHold.advice[locale] ?? kind.specialistHold.advice.en)] : [],
    painLimit,
    painRule: painLimit === null ? null : painRuleText(painLimit, locale, stated ? stated.settledByMorning : true),
    exercises: shownList.map(prescribe),
    withheld: held ? exercises.filter((e) => !safe.has(e.exerciseKey)).map(prescribe) : [],
  };
}

/**
 * The hold that adherence applies to a complete rupture's plan (rule 3 over time): the kind's
 * hold exercises, lifted from the first visit that recorded the specialist's clearance. Null
 * when the plan needs no specialist review.
 */
export function specialistHoldOf(
  plan: Pick<Plan, "muscle" | "requiresSpecialistReview">,
  visits: readonly { measuredOn: string; checks?: Readonly<Record<string, boolean | null | undefined>> | null }[],
): { exerciseKeys: readonly string[]; clearedOn: string | null } | null {
  if (plan?.requiresSpecialistReview !== true) return null;
  const cleared = visits
    .filter((v) => v.checks?.[SPECIALIST_CHECK] === true)
    .map((v) => v.measuredOn)
    .sort();
  return { exerciseKeys: [...kindOfStoredMuscle(plan.muscle).kind.specialistHold.exerciseKeys], clearedOn: cleared[0] ?? null };
}
