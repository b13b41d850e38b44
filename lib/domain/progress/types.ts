// Input and output shapes for patient progress: plain, JSON-friendly data (dates are ISO
// "yyyy-mm-dd" strings in the clinic's time zone, instants are ISO timestamps or Date objects).
// The types are structural: a full Plan / PlanStage from ../clinical/types fits them.
import type { StageStart } from "../clinical/timeline";
import type { CheckInput, FrequencyUnit, GateTemplate, Measurements } from "../clinical/types";

/** One patient-portal log: at most one per calendar day in the clinic's time zone. */
export interface DailyLog {
  /** Calendar date in the clinic's time zone, yyyy-mm-dd. */
  date: string;
  /** Sets done per exercise key. */
  setsDone: Readonly<Record<string, number>>;
  /** NPRS 0-10 during exercise. */
  painDuring: number | null;
  /** NPRS 0-10 the next morning. */
  painNextMorning: number | null;
  note?: string | null;
  /** "Any new swelling, redness or warmth in the leg?": true for yes; null or absent when not answered. */
  newSwelling?: boolean | null;
  /** The patient's 0-10 answers to subjective gates, by gate key. */
  ratings?: Readonly<Record<string, number>> | null;
  /** ISO timestamp; breaks ties when two logs share a date (the later one wins). */
  createdAt: string;
}

/** The part of a dose that adherence needs (a full clinical Dose fits). */
export interface ProgressDose {
  sets: number;
  frequency: { times: number; per: FrequencyUnit };
}

export interface ProgressExercise {
  exerciseKey: string;
  dose: ProgressDose;
}

/** The part of a plan stage progress needs (a PlanStage fits). */
export interface ProgressStage {
  key?: string;
  name?: string;
  /** The stage holds a complete rupture's specialist decision (see SpecialistHold). */
  requiresSpecialistReview?: boolean;
  exercises: readonly ProgressExercise[];
  gates: readonly GateTemplate[];
}

/** The part of a plan progress needs (a Plan fits). */
export interface ProgressPlan {
  startDate: string;
  stages: readonly ProgressStage[];
  currentStageIndex?: number;
}

/** A stage the patient entered on a given date (the time line reads the same history). */
export type StageHistoryEntry = StageStart;

/** One clinic visit's measurements. */
export interface MeasurementVisit {
  /** yyyy-mm-dd. */
  measuredOn: string;
  values: Measurements;
  checks: CheckInput;
}

/** 0 = Sunday, 1 = Monday, ... 6 = Saturday. */
export type WeekDay = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** Everything adherence needs. */
export interface AdherenceInput {
  plan: ProgressPlan;
  /** Defaults to plan.currentStageIndex, then 0. */
  currentStageIndex?: number;
  /** The date the current stage started. */
  stageStartedOn?: string | null;
  /** Past stage changes; without it the current stage applies to every day. */
  stageHistory?: readonly StageHistoryEntry[] | null;
  logs: readonly DailyLog[];
  now: Date | string;
  /** IANA zone of the clinic, e.g. "Europe/London". */
  timeZone: string;
  /** A complete rupture's hold: while it lasts only these exercises are prescribed (decision 017). */
  specialistHold?: SpecialistHold | null;
}

/**
 * A complete rupture's plan: in a stage that holds the specialist decision, only `exerciseKeys`
 * (circulation work) are prescribed on days before `clearedOn` (the first visit that recorded
 * the specialist's clearance; null while none has), as the portal and handout show.
 */
export interface SpecialistHold {
  exerciseKeys: readonly string[];
  clearedOn: string | null;
}

export interface AdherenceOptions {
  /** First day to count (default: the plan start). Days before the plan start never count. */
  from?: string;
  /** Last day to count (default and maximum: today in the clinic's zone). */
  to?: string;
  weekStartsOn?: WeekDay;
}

export interface WeekAdherence {
  /** First day of the week, yyyy-mm-dd (also the week's key). */
  weekStart: string;
  /** Last day of the week, yyyy-mm-dd. */
  weekEnd: string;
  /** Days of this week that were counted (in the plan, in range, not after today): 0-7. */
  daysCounted: number;
  /** Rounded to 1 decimal. */
  prescribedSets: number;
  /** Capped (see adherence.ts), rounded to 1 decimal. */
  doneSets: number;
  /** 0-100, whole number; null when nothing was prescribed. */
  percent: number | null;
  /** Counted days with a patient log. */
  daysLogged: number;
}

export type AlertKind = "PAIN_RISE" | "HIGH_PAIN" | "NEW_SWELLING" | "INACTIVE" | "READY_TO_PROGRESS";
export type AlertSeverity = "warning" | "info";

export interface Alert {
  kind: AlertKind;
  /** Stable dedupe key: "PAIN_RISE:2026-11-20", "HIGH_PAIN:2026-11-20", "INACTIVE:since:2026-11-10", "READY:stage:1". */
  key: string;
  severity: AlertSeverity;
  title: string;
  /** Clinician-facing, plain text. */
  message: string;
  /** yyyy-mm-dd: the log's day, the first inactive day, or the latest measurement's day. */
  date: string;
}

export interface AlertInput extends AdherenceInput {
  measurements?: readonly MeasurementVisit[] | null;
}

export interface AlertOptions {
  /** Pain alerts come only from logs dated within this many days up to today (default 28). */
  painWindowDays?: number;
  /** Days before a log that form its next-morning baseline (default 7). */
  baselineDays?: number;
  /** Next-morning rise over the baseline average that raises PAIN_RISE (default 2). */
  painRisePoints?: number;
  /** Any rating at or above this raises HIGH_PAIN (default 7). */
  highPain?: number;
  /** Days without a log that raise INACTIVE (default 7). */
  inactiveDays?: number;
}

// Chart rows (Recharts): a date key plus numbers, null where there is no value.

export interface PainPoint {
  date: string;
  painDuring: number | null;
  painNextMorning: number | null;
  painRest: number | null;
  painWalking: number | null;
}

/** One visit's paired strength inputs (the injury kind's strength chart), by input key. */
export interface StrengthPoint {
  date: string;
  values: Record<string, { affected: number | null; unaffected: number | null; /** Affected / unaffected x 100, 1 decimal. */ symmetry: number | null }>;
}

export interface FunctionPoint {
  date: string;
  /** LEFS 0-80. */
  lefs: number | null;
  /** LEFS minus the first LEFS in the series (about 9 points is a real change). */
  lefsChange: number | null;
}

export interface AdherencePoint {
  week: string;
  percent: number | null;
}
