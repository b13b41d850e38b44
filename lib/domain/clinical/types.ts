// Core clinical types for Restride. Everything here is plain, JSON-serialisable data: plans are
// stored as JSON snapshots, so no Date objects, Maps, classes or functions appear in these shapes.
// Dates are ISO calendar dates ("yyyy-mm-dd"), handled by ./dates.ts with UTC arithmetic.

// ---------------------------------------------------------------------------------------------
// Injury
// ---------------------------------------------------------------------------------------------

/** A muscle any injury kind declares (lib/domain/injuries/<kind>/index.ts). */
export type { Muscle } from "../injuries";
import type { Muscle } from "../injuries";
import type { CheckKey, MeasureKey } from "../measures";

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
  /** A previous strain of the same muscle. */
  repeatInjury: boolean;
  clinicalGrade: ClinicalGrade;
  /** Optional: many clinics have no MRI. */
  bamicGrade?: BamicGrade | null;
  /** Only meaningful with BAMIC grades 1-3. */
  bamicSite?: BamicSite | null;
  /**
   * How it happened, as one of the kind's MechanismOption keys (lib/domain/injuries/types.ts);
   * null when the kind asks for none or it was not recorded (assessments before it was asked).
   */
  mechanism?: string | null;
}

// ---------------------------------------------------------------------------------------------
// Measurements
// ---------------------------------------------------------------------------------------------

// Measurements are declared in the measure registry (lib/domain/measures); these are its types.
export type { BaselineMeasures, CheckInput, CheckKey, MeasureInput, MeasureKey, MeasureValues, Measurements, SidePair } from "../measures";

// ---------------------------------------------------------------------------------------------
// Red-flag screen
// ---------------------------------------------------------------------------------------------

export const URGENCIES = ["ROUTINE", "URGENT", "EMERGENCY"] as const;
/** EMERGENCY = emergency department now; URGENT = same-day medical assessment; ROUTINE = GP / physician review. */
export type Urgency = (typeof URGENCIES)[number];

export interface RedFlag {
  key: string;
  label: string;
  urgency: Urgency;
  /** Clinician-facing: what was found and why it matters. */
  reason: string;
  /**
   * A recorded medical clearance (a doctor has excluded the condition) lifts this flag; flags
   * without it are never lifted by one. For conditions only a doctor's tests can exclude (e.g. a
   * clot: a physiotherapist cannot order a D-dimer test or an ultrasound).
   */
  clearable?: boolean;
}

/** What the clinic has recorded about the screen since the assessment. */
export interface ScreenClearance {
  /** A doctor has cleared the patient: lifts the clearable flags only (RedFlag.clearable). */
  medicallyCleared?: boolean;
}

export interface ScreenResult {
  /** Flags that block the plan (those a recorded clearance has lifted are in `clearedFlags`). */
  flags: RedFlag[];
  /** Flags a recorded medical clearance has lifted: shown, no longer blocking. */
  clearedFlags: RedFlag[];
  /** The plan is blocked and every blocking flag can be lifted by a recorded medical clearance. */
  clearable: boolean;
  wellsScore: number;
  dvtLikely: boolean;
  /** Highest urgency among the flags, null when there are none. */
  urgency: Urgency | null;
  /** True whenever there is at least one flag: a positive screen never yields a plan. */
  blocksPlan: boolean;
  /** Clinician-facing referral advice, null when the screen is clear. */
  referralMessage: string | null;
  /** Non-blocking reminders (e.g. a test that was not done). */
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
  /** Stable key of the factor, declared by the injury kind's prognosis (e.g. "RUNNING_RELATED"). */
  key: string;
  label: string;
  /** Plain text saying how the factor was counted, e.g. "+6 to +17 days (largest factor, counted in full)". */
  effect: string;
  /** Days this factor adds to the lower and upper ends, as counted after combining the factors. */
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
  /** Strength work for the injured muscle group itself (the kind's deficit rule may scale it). */
  | "TARGET_STRENGTH"
  | "SUPPORT_STRENGTH"
  | "BALANCE"
  | "GAIT"
  | "CONDITIONING"
  | "PLYOMETRIC"
  | "RUNNING"
  | "AGILITY";
/** Knee position an exercise is done in, which biases the muscles it loads (the kind says how). */
export type KneeBias = "STRAIGHT" | "BENT";

export interface ExerciseText {
  name: string;
  purpose: string;
  steps: string[];
  cues: string[];
  commonMistakes: string[];
}

export interface ExerciseEntry extends ExerciseText {
  /** Stable key, e.g. "glute-bridge". */
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
  /** Plain words for the patient, e.g. "You walk without a limp". */
  patientLabel: string;
  /** Only for these grades; all grades when absent. */
  grades?: ClinicalGrade[];
  /**
   * Set only in a stage's view of today (activeStage): a track's gate counts logs from the day
   * its phase began (yyyy-mm-dd). Never stored in templates.
   */
  since?: string;
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

/**
 * A number of logged sessions of one exercise, since the stage (or phase) began, each with every
 * prescribed set done and pain during (and, when rated, the next morning) at or below `maxPain`:
 * "completed 3 running sessions without symptoms".
 */
export interface SessionGateTemplate extends GateBase {
  kind: "SESSIONS";
  exerciseKey: string;
  count: number;
  maxPain: number;
}

/**
 * The patient's own rating, 0-10, answered in the portal's daily log ("How confident do you feel
 * to sprint at full speed?"): met when the latest answer since the stage (or phase) began is at
 * least `minimum`.
 */
export interface SubjectiveGateTemplate extends GateBase {
  kind: "SUBJECTIVE";
  /** The question, in plain words for the patient; Spanish in `translations.es.question`. */
  question: string;
  minimum: number;
  translations?: Translations<{ patientLabel: string; question: string }>;
}

/** A criterion that must be met to leave a stage for the next one. */
export type GateTemplate = MeasureGateTemplate | CheckGateTemplate | SessionGateTemplate | SubjectiveGateTemplate;

/**
 * The pain a whole session may bring, beside each exercise's own limit (Dose.painLimit): Aspetar's
 * "under 2/10 during"; tendon loading's "up to 5/10 if settled by the next morning".
 */
export interface PainRule {
  /** Highest pain during a session, NPRS 0-10. */
  duringMax: number;
  /** Pain must be back to its usual level by the next morning. */
  settledByMorning: boolean;
}

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
  /** For a stage with tracks: as long as its slowest track (tracksDuration in ./tracks.ts). */
  durationDays: GradeDurations;
  /** Work done whatever the tracks' phases (empty for most tracked stages). */
  exercises: StageExercise[];
  /** Gates of the stage itself; a stage with tracks also needs every track finished. */
  gates: GateTemplate[];
  /** This stage holds the specialist / surgical decision for complete ruptures (grade 3). */
  requiresSpecialistReview?: boolean;
  /** The session pain rule of this stage, when the template states one. */
  painRule?: PainRule;
  /**
   * Parallel tracks (e.g. Serner's exercise and running tracks for the groin): each is a sequence
   * of phases with its own pointer, moved on its own gates. The stage is finished when every
   * track is in its last phase with that phase's gates met (./tracks.ts).
   */
  tracks?: TrackTemplate[];
  translations?: Translations<StageText>;
}

export interface TrackText {
  /** e.g. "Groin exercises", "Running and sport movements". */
  name: string;
  /** Patient-facing: what this track is for. */
  purpose: string;
}

/** One phase of a track: like a stage, with its own goals, exercises, time and gates. */
export interface PhaseTemplate extends StageText {
  /** Unique within its track, e.g. "a1". */
  key: string;
  /** The stage whose dose rules apply to it (grade 3, high first-visit pain); else its own stage's. */
  doseStage?: StageKey;
  durationDays: GradeDurations;
  exercises: StageExercise[];
  gates: GateTemplate[];
  painRule?: PainRule;
  translations?: Translations<StageText>;
}

export interface TrackTemplate extends TrackText {
  /** Unique within its stage, e.g. "exercise", "running". */
  key: string;
  phases: PhaseTemplate[];
  translations?: Translations<TrackText>;
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
  /** For clinicians: editable defaults a clinician should review, caveats (EN). */
  clinicianNotes?: string[];
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
  painRule?: PainRule;
  /** Parallel tracks, each with its own phase pointer (see StageTemplate.tracks). */
  tracks?: PlanTrack[];
  translations?: Translations<StageText>;
}

/** A track's phase in a plan: dated from its stage's start like stages are from the plan's. */
export interface PlanPhase extends StageText {
  key: string;
  durationDays: DurationRange;
  startDate: string;
  minEndDate: string;
  latestStartDate: string;
  maxEndDate: string;
  exercises: PlanExercise[];
  gates: GateTemplate[];
  painRule?: PainRule;
  translations?: Translations<StageText>;
}

export interface PlanTrack extends TrackText {
  key: string;
  phases: PlanPhase[];
  /** The phase the patient is in on this track (0-based; stays on the last phase when finished). */
  currentPhaseIndex: number;
  /** The day the current phase began; null until the track first moves (then: the stage's start). */
  phaseStartedOn: string | null;
  translations?: Translations<TrackText>;
}

export interface PlanAdjustment {
  /** Which scaling rule applied, e.g. "GRADE_3_EARLY_STAGES". */
  rule: string;
  /** The stage it changes (the first one, if it changes several); null for the whole plan. */
  stageKey: StageKey | null;
  /** Every stage it changes, when that is more than one; the description names them all. */
  stageKeys?: StageKey[];
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
