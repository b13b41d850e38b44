// Core clinical types for Restride. Everything here is plain, JSON-serialisable data: plans are
// stored as JSON snapshots, so no Date objects, Maps, classes or functions appear in these shapes.
// Dates are ISO calendar dates ("yyyy-mm-dd"), handled by ./dates.ts with UTC arithmetic.

// ---------------------------------------------------------------------------------------------
// Injury
// ---------------------------------------------------------------------------------------------

export const MUSCLES = ["SOLEUS", "MEDIAL_GASTROCNEMIUS", "LATERAL_GASTROCNEMIUS", "CALF_UNSPECIFIED"] as const;
export type Muscle = (typeof MUSCLES)[number];

export const SIDES = ["LEFT", "RIGHT"] as const;
export type Side = (typeof SIDES)[number];

export const ONSETS = ["GRADUAL", "SUDDEN"] as const;
export type Onset = (typeof ONSETS)[number];

/** Clinical 3-grade scale: 1 = few fibres, 2 = partial tear, 3 = complete rupture. */
export const CLINICAL_GRADES = [1, 2, 3] as const;
export type ClinicalGrade = (typeof CLINICAL_GRADES)[number];

/** British Athletics Muscle Injury Classification grade, from MRI (Pollock et al. 2014). */
export const BAMIC_GRADES = [0, 1, 2, 3, 4] as const;
export type BamicGrade = (typeof BAMIC_GRADES)[number];

/** BAMIC site: a = myofascial, b = musculotendinous, c = extends into the tendon. Grades 1-3 only. */
export const BAMIC_SITES = ["a", "b", "c"] as const;
export type BamicSite = (typeof BAMIC_SITES)[number];

export interface Mechanism {
  onset: Onset;
  /** The injury happened while running (running-related injuries take longer: Green 2020). */
  duringRunning: boolean;
}

export interface Injury extends Mechanism {
  muscle: Muscle;
  side: Side;
  /** ISO date yyyy-mm-dd. */
  injuryDate: string;
  /** A previous strain of the same calf. */
  repeatInjury: boolean;
  clinicalGrade: ClinicalGrade;
  /** Optional: many clinics have no MRI. */
  bamicGrade?: BamicGrade | null;
  /** Only meaningful with BAMIC grades 1-3. */
  bamicSite?: BamicSite | null;
}

// ---------------------------------------------------------------------------------------------
// Measurements
// ---------------------------------------------------------------------------------------------

/** A value measured on both legs. */
export interface SidePair {
  affected?: number | null;
  unaffected?: number | null;
}

/** Single-leg heel raises to fatigue, by knee position (straight = gastrocnemius bias, bent = soleus). */
export interface KneeReps {
  straightKnee?: number | null;
  bentKnee?: number | null;
}

export interface HeelRaiseReps {
  affected?: KneeReps | null;
  unaffected?: KneeReps | null;
}

/** Measures taken at the first assessment. Every field is optional. */
export interface BaselineMeasures {
  /** NPRS 0-10 at rest. */
  painRest?: number | null;
  /** NPRS 0-10 while walking. */
  painWalking?: number | null;
  heelRaises?: HeelRaiseReps | null;
  /** Weight-bearing lunge (knee-to-wall) distance, cm. */
  lungeCm?: SidePair | null;
}

/** Raw measurements from any visit: the baseline set plus later tests. */
export interface Measurements extends BaselineMeasures {
  /** NPRS 0-10 during the exercise programme. */
  painExercise?: number | null;
  /** NPRS 0-10 the morning after loading. */
  painNextMorning?: number | null;
  /** Single-leg heel-raise height, cm. */
  heelRaiseHeightCm?: SidePair | null;
  /** Single-leg hop for distance, cm. */
  hopDistanceCm?: SidePair | null;
  /** Heaviest seated soleus raise, kg of added load. */
  seatedRaiseLoadKg?: number | null;
  bodyMassKg?: number | null;
  /** Lower Extremity Functional Scale, 0-80 (Binkley 1999). */
  lefs?: number | null;
  /** Share of prescribed exercise sessions done, %. */
  adherencePct?: number | null;
}

export const MEASURE_KEYS = [
  "painRest",
  "painWalking",
  "painExercise",
  "painNextMorning",
  "heelRaisesAffectedStraight",
  "heelRaisesAffectedBent",
  "heelRaiseSymmetryStraight",
  "heelRaiseSymmetryBent",
  "heelRaiseHeightSymmetry",
  "lungeAffectedCm",
  "lungeSymmetry",
  "hopDistanceSymmetry",
  "seatedRaiseLoadBw",
  "lefs",
  "adherencePct",
] as const;
/** A measurable quantity that gates can test and that deriveMeasures() provides. */
export type MeasureKey = (typeof MEASURE_KEYS)[number];

/** Derived measures: every key present, undefined when there is no data. */
export type MeasureValues = Record<MeasureKey, number | undefined>;
/** Input accepted by evaluateGates: any subset of measures. */
export type MeasureInput = Partial<Record<MeasureKey, number | null | undefined>>;

export const CHECK_KEYS = [
  "specialist-cleared",
  "normal-gait",
  "pain-free-double-leg-hops",
  "pain-free-single-leg-hops",
  "box-jumps-5x30",
  "run-walk-no-flare",
  "full-training-no-flare",
] as const;
/** A therapist-confirmed observation (yes / no) that a CHECK gate needs. */
export type CheckKey = (typeof CHECK_KEYS)[number];
export type CheckInput = Partial<Record<CheckKey, boolean | null | undefined>>;

export type MeasureUnit = "NPRS" | "reps" | "%" | "cm" | "xBW" | "points";

export interface MeasureMeta {
  label: string;
  /** Compact label for summaries, e.g. "heel raises". */
  shortLabel: string;
  unit: MeasureUnit;
  range: { min: number; max: number };
  higherIsBetter: boolean;
  description: string;
}

export interface CheckMeta {
  label: string;
  shortLabel: string;
  patientLabel: string;
  description: string;
}

// ---------------------------------------------------------------------------------------------
// Red-flag screen
// ---------------------------------------------------------------------------------------------

/** Wells criteria for deep vein thrombosis (each +1, the last -2). */
export interface WellsCriteria {
  activeCancer: boolean;
  paralysisOrRecentCast: boolean;
  bedriddenOrRecentSurgery: boolean;
  deepVeinTenderness: boolean;
  wholeLegSwollen: boolean;
  calfSwellingOver3cm: boolean;
  pittingOedema: boolean;
  collateralSuperficialVeins: boolean;
  previousDvt: boolean;
  alternativeDiagnosisAsLikely: boolean;
}

export const THOMPSON_RESULTS = ["NORMAL", "ABSENT_PLANTARFLEXION", "NOT_DONE"] as const;
export type ThompsonResult = (typeof THOMPSON_RESULTS)[number];

export interface ScreenSigns {
  /** Achilles rupture. */
  palpableGap: boolean;
  /** Acute compartment syndrome. */
  painOutOfProportion: boolean;
  tenseSwollenCompartment: boolean;
  paraesthesia: boolean;
  /** Other conditions to rule out (brief: "also consider"). */
  coldPaleFoot: boolean;
  claudication: boolean;
  feverOrUnwell: boolean;
  suspectedStressFracture: boolean;
  bakersCyst: boolean;
  referredBackPain: boolean;
  /** The seed articles' "see a doctor" signs. */
  cannotBearWeight: boolean;
  rednessWarmth: boolean;
  painNotImprovingWithRest: boolean;
  numbness: boolean;
  severeBruising: boolean;
}

export interface ScreenInput extends WellsCriteria, ScreenSigns {
  thompsonTest: ThompsonResult;
}

export type ScreenBooleanKey = keyof WellsCriteria | keyof ScreenSigns;

export const URGENCIES = ["ROUTINE", "URGENT", "EMERGENCY"] as const;
/** EMERGENCY = emergency department now; URGENT = same-day medical assessment; ROUTINE = GP / physician review. */
export type Urgency = (typeof URGENCIES)[number];

export interface RedFlag {
  key: string;
  label: string;
  urgency: Urgency;
  /** Clinician-facing: what was found and why it matters. */
  reason: string;
}

export interface ScreenResult {
  flags: RedFlag[];
  wellsScore: number;
  dvtLikely: boolean;
  /** Highest urgency among the flags, null when there are none. */
  urgency: Urgency | null;
  /** True whenever there is at least one flag: a positive screen never yields a plan. */
  blocksPlan: boolean;
  /** Clinician-facing referral advice, null when the screen is clear. */
  referralMessage: string | null;
  /** Non-blocking reminders (e.g. Thompson test not done). */
  notes: string[];
}

// ---------------------------------------------------------------------------------------------
// Prognosis
// ---------------------------------------------------------------------------------------------

export interface DayRange {
  minDays: number;
  maxDays: number;
}

export interface PrognosisFactor {
  key: "SOLEUS" | "MUSCLE_ASSUMED_SOLEUS" | "RUNNING_RELATED" | "BAMIC_SITE_C" | "REPEAT_INJURY";
  label: string;
  /** Plain text, e.g. "+10 to +14 days". */
  effect: string;
  /** Days added to the lower and upper ends. */
  days: DurationRange;
  source: string;
}

/** A range of days from injury, never a single date. */
export interface Prognosis {
  grade: ClinicalGrade;
  base: { label: string; returnToRun: DayRange; returnToSport: DayRange; source: string };
  returnToRun: DayRange;
  returnToSport: DayRange;
  /** Calendar windows counted from the injury date. */
  returnToRunDates: { earliest: string; latest: string };
  returnToSportDates: { earliest: string; latest: string };
  factors: PrognosisFactor[];
  specialistOpinion: boolean;
  notes: string[];
  sources: SourceRef[];
}

// ---------------------------------------------------------------------------------------------
// Protocol templates and exercise library
// ---------------------------------------------------------------------------------------------

export const LOCALES = ["en", "es"] as const;
export type Locale = (typeof LOCALES)[number];
/** Translations of some text fields, keyed by locale. English is the base text and the fallback. */
export type Translations<T> = { [L in Exclude<Locale, "en">]?: Partial<T> };

export interface SourceRef {
  label: string;
  citation: string;
}

export interface DurationRange {
  min: number;
  max: number;
}
export type GradeDurations = Record<ClinicalGrade, DurationRange>;

export type FrequencyUnit = "DAY" | "WEEK";

export interface Dose {
  sets: number;
  reps?: number | null;
  holdSeconds?: number | null;
  /** Minutes per set, for timed work (cycling, run-walk blocks). */
  durationMinutes?: number | null;
  /** Free text: "body weight", "backpack with 5-10% body weight". */
  load?: string | null;
  frequency: { times: number; per: FrequencyUnit };
  /** Highest acceptable pain during the exercise, NPRS 0-10. */
  painLimit: number;
  /** Patient-facing note. */
  notes?: string | null;
}

export type ExerciseSide = "AFFECTED" | "BOTH";
export type ExerciseCategory =
  | "MOBILITY"
  | "ISOMETRIC"
  | "CALF_STRENGTH"
  | "SUPPORT_STRENGTH"
  | "BALANCE"
  | "GAIT"
  | "CONDITIONING"
  | "PLYOMETRIC"
  | "RUNNING"
  | "AGILITY";
/** Which calf muscle a calf exercise biases: straight knee = gastrocnemius, bent knee = soleus. */
export type KneeBias = "STRAIGHT" | "BENT";

export interface ExerciseText {
  name: string;
  purpose: string;
  steps: string[];
  cues: string[];
  commonMistakes: string[];
}

export interface ExerciseEntry extends ExerciseText {
  /** Stable key, e.g. "seated-soleus-raise". */
  key: string;
  equipment: string[];
  side: ExerciseSide;
  category: ExerciseCategory;
  kneeBias: KneeBias | null;
  /** Uses added weight (dumbbell, machine): intensity is set by the load, not by rep count. */
  externalLoad?: boolean;
  translations?: Translations<ExerciseText>;
}

export interface StageExercise {
  exerciseKey: string;
  dose: Dose;
  /** Only for these grades; all grades when absent. */
  grades?: ClinicalGrade[];
}

export type Comparator = ">=" | "<=" | ">" | "<";

interface GateBase {
  /** Unique within its stage. */
  key: string;
  /** Clinician-facing. */
  label: string;
  /** Plain words for the patient, e.g. "You can do 25 heel raises on your injured leg". */
  patientLabel: string;
  /** Only for these grades; all grades when absent. */
  grades?: ClinicalGrade[];
  translations?: Translations<{ patientLabel: string }>;
}

export interface MeasureGateTemplate extends GateBase {
  kind: "MEASURE";
  measure: MeasureKey;
  comparator: Comparator;
  threshold: number;
}

export interface CheckGateTemplate extends GateBase {
  kind: "CHECK";
  check: CheckKey;
}

/** A criterion that must be met to leave a stage for the next one. */
export type GateTemplate = MeasureGateTemplate | CheckGateTemplate;

export const STAGE_KEYS = ["protect", "strength", "run", "sport", "maintain"] as const;
export type StageKey = (typeof STAGE_KEYS)[number];

export interface StageText {
  name: string;
  /** Patient-facing: what this stage is for. */
  purpose: string;
  goals: string[];
  precautions: string[];
  /** Patient-facing education for this stage. */
  education: string;
}

export interface StageTemplate extends StageText {
  key: StageKey;
  durationDays: GradeDurations;
  exercises: StageExercise[];
  gates: GateTemplate[];
  /** This stage holds the specialist / surgical decision for complete ruptures (grade 3). */
  requiresSpecialistReview?: boolean;
  translations?: Translations<StageText>;
}

export interface EducationText {
  title: string;
  /** Paragraphs or bullet points, in order. */
  body: string[];
}

export interface EducationSection extends EducationText {
  key: string;
  translations?: Translations<EducationText>;
}

export interface Template {
  key: string;
  name: string;
  muscles: Muscle[];
  grades: ClinicalGrade[];
  version: number;
  sources: SourceRef[];
  stages: StageTemplate[];
  education: EducationSection[];
  translations?: Translations<{ name: string }>;
}

// ---------------------------------------------------------------------------------------------
// Plans
// ---------------------------------------------------------------------------------------------

/** The minimum the plan generator needs to know about the patient. */
export interface PlanPatient {
  dateOfBirth?: string | null;
  weeklyRunningKm?: number | null;
}

export interface PlanExercise {
  exerciseKey: string;
  name: string;
  dose: Dose;
}

export interface PlanStage extends StageText {
  key: StageKey;
  durationDays: DurationRange;
  /** Start on the fastest path (every earlier stage took its minimum). */
  startDate: string;
  /** startDate + min duration - 1. The next stage's startDate is the day after. */
  minEndDate: string;
  /** Start on the slowest path (every earlier stage took its maximum). */
  latestStartDate: string;
  /** latestStartDate + max duration - 1. The next stage's latestStartDate is the day after. */
  maxEndDate: string;
  requiresSpecialistReview: boolean;
  exercises: PlanExercise[];
  gates: GateTemplate[];
  translations?: Translations<StageText>;
}

export interface PlanAdjustment {
  /** Which scaling rule applied, e.g. "GRADE_3_EARLY_STAGES". */
  rule: string;
  stageKey: StageKey | null;
  /** Clinician-facing explanation. */
  description: string;
}

export interface Plan {
  templateKey: string;
  templateVersion: number;
  templateName: string;
  muscle: Muscle;
  side: Side;
  clinicalGrade: ClinicalGrade;
  /** Grade used for durations and doses: BAMIC grade 4 (full-thickness tear) counts as grade 3. */
  effectiveGrade: ClinicalGrade;
  startDate: string;
  /** Last day of the last stage, fastest and slowest path. */
  endDate: { min: string; max: string };
  requiresSpecialistReview: boolean;
  stages: PlanStage[];
  adjustments: PlanAdjustment[];
  currentStageIndex: number;
}
