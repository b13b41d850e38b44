// Hamstring prognosis: a range of days, never a date, with its sources (injuries brief, "Time
// lines"). Factors combine as in every kind (decision 014): the largest in full, the rest at half.
import { addDays } from "../../clinical/dates";
import { effectiveGrade, hasTendonSite, needsSpecialistOpinion } from "../../clinical/grade";
import type { ClinicalGrade, DayRange, DurationRange, Injury, Prognosis } from "../../clinical/types";
import type { MechanismOption } from "../types";
import { combineFactors } from "../../clinical/prognosis-factors";
import { HAMSTRING_SOURCES as SOURCES } from "./sources";

/**
 * The cited return-to-play figures per clinical grade, as mean -/+ 1 SD (days), that the base
 * ranges must lie within (tests/unit/domain/hamstring.test.ts):
 * - 1: Ekstrand 2012 MRI grade 0-1 (8 +/- 3) to the clinic rule of thumb (about 3 weeks).
 * - 2: Ekstrand 2012 grade 2 (17 +/- 10) and Askling 2013 L-protocol (28 +/- 15; 8-58).
 * - 3: Ekstrand 2012 grade 3 (73 +/- 60); Pollock 2022 3c 48 +/- 17.
 */
export const CITED_RETURN_DAYS: Record<ClinicalGrade, DayRange> = {
  1: { minDays: 5, maxDays: 21 },
  2: { minDays: 7, maxDays: 58 },
  3: { minDays: 13, maxDays: 133 },
};

export const HAMSTRING_PROGNOSIS_BASE: Record<ClinicalGrade, { label: string; returnToRun: DayRange; returnToSport: DayRange }> = {
  1: { label: "Grade 1 (few fibres)", returnToRun: { minDays: 3, maxDays: 10 }, returnToSport: { minDays: 5, maxDays: 21 } },
  2: { label: "Grade 2 (partial tear)", returnToRun: { minDays: 7, maxDays: 28 }, returnToSport: { minDays: 14, maxDays: 56 } },
  3: { label: "Grade 3 (complete or extensive tear)", returnToRun: { minDays: 28, maxDays: 90 }, returnToSport: { minDays: 42, maxDays: 133 } },
};

export const HAMSTRING_FACTOR_DAYS = {
  /** Stretching-type injuries took 43 vs 23 days for sprinting-type (Askling 2013, L-protocol). */
  STRETCH_TYPE: { min: 10, max: 20 },
  /** BAMIC c (intratendinous): 2c 34 +/- 7 days vs 18.6 mean overall (Pollock 2022, 2016). */
  BAMIC_SITE_C: { min: 7, max: 16 },
  /** Repeat injury: editable default (unverified size). */
  REPEAT_INJURY: { min: 7, max: 14 },
} as const satisfies Record<string, DurationRange>;

/**
 * The two ways a hamstring is strained (Askling 2013), as the assessment offers them. Sprinting-type
 * injuries (high-speed running, mostly the biceps femoris long head) came back faster than
 * stretching-type ones (kicking, splits, high kicks, slide tackles: long lengthening of the
 * hamstring, usually near the sit bone, often the semimembranosus tendon), 23 vs 43 days.
 */
export const HAMSTRING_MECHANISMS = [
  { key: "SPRINTING", label: "Sprinting type", description: "While running fast or accelerating." },
  {
    key: "STRETCHING",
    label: "Stretching type",
    description: "A long stretch of the back of the thigh: kicking, splits, a high kick, a slide tackle or dance.",
  },
  { key: "OTHER", label: "Other", description: "Neither of these, for example a fall or a direct blow." },
  { key: "NOT_KNOWN", label: "Not known", description: "The patient cannot say how it happened: planned as the slower stretching type." },
] as const satisfies readonly MechanismOption[];

export type HamstringMechanism = (typeof HAMSTRING_MECHANISMS)[number]["key"];

/**
 * Whether the injury counts as the slower stretching type. The recorded mechanism decides, and "not
 * known" plans for the longer range; an assessment from before the question was asked falls back
 * on "injured while running" (running is the sprinting type, anything else counts as stretching).
 */
export function isStretchType(injury: Pick<Injury, "mechanism" | "duringRunning">): boolean {
  if (injury.mechanism) return injury.mechanism === "STRETCHING" || injury.mechanism === "NOT_KNOWN";
  return !injury.duringRunning;
}

export function hamstringPrognosis(injury: Injury): Prognosis {
  const grade = effectiveGrade(injury);
  const base = HAMSTRING_PROGNOSIS_BASE[grade];
  const found = [];
  if (isStretchType(injury)) {
    found.push({
      key: "STRETCH_TYPE",
      label:
        injury.mechanism === "STRETCHING"
          ? "Stretching-type injury"
          : injury.mechanism === "NOT_KNOWN"
            ? "Mechanism not known: planned as a stretching-type injury"
            : "Stretching-type injury (mechanism not recorded; not while running)",
      days: { ...HAMSTRING_FACTOR_DAYS.STRETCH_TYPE },
      source: SOURCES.ASKLING_2013.label,
    });
  }
  if (hasTendonSite(injury)) {
    found.push({
      key: "BAMIC_SITE_C",
      label: "BAMIC site c: the tear reaches into the tendon",
      days: { ...HAMSTRING_FACTOR_DAYS.BAMIC_SITE_C },
      source: `${SOURCES.POLLOCK_2022.label}; ${SOURCES.POLLOCK_2016.label}`,
    });
  }
  if (injury.repeatInjury) {
    found.push({
      key: "REPEAT_INJURY",
      label: "Repeat injury of the same hamstring (size is a default)",
      days: { ...HAMSTRING_FACTOR_DAYS.REPEAT_INJURY },
      source: SOURCES.EKSTRAND_2012.label,
    });
  }
  const factors = combineFactors(found);
  const widen = (range: DayRange): DayRange => factors.reduce((r, f) => ({ minDays: r.minDays + f.days.min, maxDays: r.maxDays + f.days.max }), { ...range });
  const returnToRun = widen(base.returnToRun);
  const returnToSport = widen(base.returnToSport);
  const specialistOpinion = needsSpecialistOpinion(injury);
  const notes: string[] = [];
  if (specialistOpinion)
    notes.push("Complete tear: get an orthopaedic opinion first (a proximal avulsion may need repair); these ranges assume conservative care.");
  if (injury.mechanism === "OTHER")
    notes.push("The sources compare sprinting- and stretching-type injuries only: for another mechanism the range has no type adjustment.");
  notes.push("The athlete's own estimate and a passive straight-leg-raise deficit predict return better than MRI for grade 1-2 (Moen 2014).");
  notes.push("Progress by the stage gates, not by the calendar: these ranges are a guide for planning.");
  const sources = [SOURCES.EKSTRAND_2012, SOURCES.ASKLING_2013, SOURCES.POLLOCK_2022, SOURCES.MOEN_2014];
  return {
    grade,
    base: {
      label: base.label,
      returnToRun: { ...base.returnToRun },
      returnToSport: { ...base.returnToSport },
      source: `${SOURCES.EKSTRAND_2012.label}; ${SOURCES.ASKLING_2013.label}`,
    },
    returnToRun,
    returnToSport,
    returnToRunDates: { earliest: addDays(injury.injuryDate, returnToRun.minDays), latest: addDays(injury.injuryDate, returnToRun.maxDays) },
    returnToSportDates: { earliest: addDays(injury.injuryDate, returnToSport.minDays), latest: addDays(injury.injuryDate, returnToSport.maxDays) },
    factors,
    specialistOpinion,
    notes,
    sources: sources.map((s) => ({ ...s })),
  };
}
