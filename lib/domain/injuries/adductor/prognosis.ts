// Prognosis for an acute adductor strain: a range of days, never a single date. The figures are
// the medians of the Aspetar cohort (Serner 2020, 81 male athletes): MRI grade 0-2 (no difference
// between them) 13 days to pain-free, 17 to controlled sports training, 18 to full team training;
// grade 3 (complete tear or avulsion) 55, 68 and 78. Each range runs from one cited median to
// another, so it never leaves the cited figures: return to run (the running track back to
// controlled training) from "pain-free" to "controlled training", return to sport from
// "pain-free" to "full team training". Clinical grades 1 and 2 share the MRI 0-2 figures.
import { addDays } from "../../clinical/dates";
import { effectiveGrade, hasTendonSite, needsSpecialistOpinion } from "../../clinical/grade";
import type { ClinicalGrade, DayRange, DurationRange, Injury, Prognosis, PrognosisFactor } from "../../clinical/types";
import { ADDUCTOR_SOURCES as SOURCES } from "./sources";

/** Serner 2020 medians in days from injury, by severity. */
export const SERNER_MEDIANS = {
  minor: { painFree: 13, controlledTraining: 17, fullTraining: 18 },
  complete: { painFree: 55, controlledTraining: 68, fullTraining: 78 },
} as const;

const MINOR = SERNER_MEDIANS.minor;
const COMPLETE = SERNER_MEDIANS.complete;

export const ADDUCTOR_PROGNOSIS_BASE: Record<ClinicalGrade, { label: string; returnToRun: DayRange; returnToSport: DayRange }> = {
  1: {
    label: "Grade 1 (few fibres; MRI grade 0-1)",
    returnToRun: { minDays: MINOR.painFree, maxDays: MINOR.controlledTraining },
    returnToSport: { minDays: MINOR.painFree, maxDays: MINOR.fullTraining },
  },
  2: {
    label: "Grade 2 (partial tear; MRI grade 2)",
    returnToRun: { minDays: MINOR.painFree, maxDays: MINOR.controlledTraining },
    returnToSport: { minDays: MINOR.painFree, maxDays: MINOR.fullTraining },
  },
  3: {
    label: "Grade 3 (complete tear or avulsion)",
    returnToRun: { minDays: COMPLETE.painFree, maxDays: COMPLETE.controlledTraining },
    returnToSport: { minDays: COMPLETE.painFree, maxDays: COMPLETE.fullTraining },
  },
};

/**
 * Factors the prognostic paper on the same cohort links to a longer return (Serner, prognosis):
 * an injury at the bone-tendon junction or into the tendon (BAMIC site c), and a repeat injury.
 * The sizes are editable defaults (unverified): the brief gives the direction, not the days.
 */
export const ADDUCTOR_FACTOR_DAYS = {
  TENDON_SITE: { min: 5, max: 14 },
  REPEAT_INJURY: { min: 3, max: 10 },
} as const satisfies Record<string, DurationRange>;

/** Further factors count at this share (decision 014: factors overlap, the largest counts in full). */
const FURTHER_FACTOR_SHARE = 0.5;

function factorsFor(injury: Injury): PrognosisFactor[] {
  const found: { key: string; label: string; days: DurationRange; source: string }[] = [];
  if (hasTendonSite(injury)) {
    found.push({
      key: "TENDON_SITE",
      label: "Tear into the tendon or at the bone-tendon junction (BAMIC site c)",
      days: { ...ADDUCTOR_FACTOR_DAYS.TENDON_SITE },
      source: `${SOURCES.SERNER_PROGNOSIS.label}; ${SOURCES.POLLOCK_2014.label}`,
    });
  }
  if (injury.repeatInjury) {
    found.push({
      key: "REPEAT_INJURY",
      label: "Repeat injury of the same groin",
      days: { ...ADDUCTOR_FACTOR_DAYS.REPEAT_INJURY },
      source: SOURCES.SERNER_2020.label,
    });
  }
  const largest = found.reduce((best, f, i) => (f.days.max > found[best]!.days.max ? i : best), 0);
  return found.map((f, i) => {
    const days = i === largest ? f.days : { min: Math.ceil(f.days.min * FURTHER_FACTOR_SHARE), max: Math.ceil(f.days.max * FURTHER_FACTOR_SHARE) };
    const effect =
      i === largest
        ? `+${days.min} to +${days.max} days (largest factor, counted in full)`
        : `+${days.min} to +${days.max} days (counted at half, assumed to overlap the largest)`;
    return { ...f, days, effect };
  });
}

function widen(base: DayRange, factors: readonly PrognosisFactor[]): DayRange {
  return factors.reduce((r, f) => ({ minDays: r.minDays + f.days.min, maxDays: r.maxDays + f.days.max }), { ...base });
}

/** Expected return-to-run and return-to-sport ranges for a groin strain. Pure and deterministic. */
export function adductorPrognosis(injury: Injury): Prognosis {
  const grade = effectiveGrade(injury);
  const base = ADDUCTOR_PROGNOSIS_BASE[grade];
  const factors = factorsFor(injury);
  const returnToRun = widen(base.returnToRun, factors);
  const returnToSport = widen(base.returnToSport, factors);
  const specialistOpinion = needsSpecialistOpinion(injury);
  const notes: string[] = [
    "Ranges run from the median time to pain-free to the median time to controlled training (run) or full team training (sport) in the Aspetar cohort; half of those athletes took longer.",
  ];
  if (specialistOpinion) notes.push("Complete tear or avulsion: get a specialist or surgical opinion first. These ranges assume conservative care.");
  if (factors.length > 0)
    notes.push("Pain when pressing where the adductor longus joins the pubic bone, or a gap you can feel, also points to a longer recovery.");
  notes.push("Progress by the stage gates, not by the calendar: these ranges are a guide for planning.");
  return {
    grade,
    base: { label: base.label, returnToRun: { ...base.returnToRun }, returnToSport: { ...base.returnToSport }, source: SOURCES.SERNER_2020.label },
    returnToRun,
    returnToSport,
    returnToRunDates: { earliest: addDays(injury.injuryDate, returnToRun.minDays), latest: addDays(injury.injuryDate, returnToRun.maxDays) },
    returnToSportDates: { earliest: addDays(injury.injuryDate, returnToSport.minDays), latest: addDays(injury.injuryDate, returnToSport.maxDays) },
    factors,
    specialistOpinion,
    notes,
    sources: [SOURCES.SERNER_2020, ...(factors.length > 0 ? [SOURCES.SERNER_PROGNOSIS] : [])].map((s) => ({ ...s })),
  };
}
