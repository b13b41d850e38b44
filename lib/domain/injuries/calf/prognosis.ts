// Prognosis: a range of days to return to running and to sport, never a single date. The base
// range depends on the (effective) grade and assumes a first, non-running gastrocnemius strain.
// The factors are not simply added (decision 014): the largest counts in full, each further one at
// half, because the sources report them as separate comparisons, not independent additive effects.
import { addDays } from "../../clinical/dates";
import { effectiveGrade, hasTendonSite, needsSpecialistOpinion } from "../../clinical/grade";
import { combineFactors as combineAtShare, shareText as sharedShareText, type FoundFactor } from "../factors";
import { CALF_SOURCES as SOURCES } from "./sources";
import type { ClinicalGrade, DayRange, DurationRange, Injury, Prognosis, PrognosisFactor, SourceRef } from "../../clinical/types";

export type { DayRange, Prognosis, PrognosisFactor } from "../../clinical/types";

/**
 * Base ranges for a first, non-running gastrocnemius strain, in days from injury.
 * Grade 1-2 follow the MRI series (mean return to play about 8-17 days for minor and 25 days for
 * moderate connective-tissue injury; Prakash 2018) and the registry means (Green 2020).
 * Grade 3 (complete rupture) is "3 months or more" and depends on the specialist decision.
 */
export const PROGNOSIS_BASE: Record<ClinicalGrade, { label: string; returnToRun: DayRange; returnToSport: DayRange }> = {
  1: { label: "Grade 1 (few fibres)", returnToRun: { minDays: 3, maxDays: 10 }, returnToSport: { minDays: 7, maxDays: 21 } },
  2: { label: "Grade 2 (partial tear)", returnToRun: { minDays: 10, maxDays: 24 }, returnToSport: { minDays: 17, maxDays: 42 } },
  3: {
    label: "Grade 3 (complete rupture)",
    returnToRun: { minDays: 42, maxDays: 100 },
    returnToSport: { minDays: 84, maxDays: 180 },
  },
};

/** Each factor's full size in days (lower end, upper end), before combining (PROGNOSIS_COMBINATION). Sizes marked "default" are editable estimates. */
export const PROGNOSIS_FACTOR_DAYS = {
  /** Soleus 25 vs gastrocnemius 19 days (Green 2020); 25 vs 8 in elite track and field (Aspetar). */
  SOLEUS: { min: 6, max: 17 },
  /** Running-related injuries took about 12 days longer (Green 2020). */
  RUNNING_RELATED: { min: 10, max: 14 },
  /** BAMIC site c predicts a longer recovery (Pollock 2014); size is a default. */
  BAMIC_SITE_C: { min: 7, max: 21 },
  /** Re-injuries took longer than first injuries (Green 2020); size is a default. */
  REPEAT_INJURY: { min: 7, max: 14 },
} as const satisfies Record<string, DurationRange>;

/**
 * How factors combine (decision 014). Green 2020 reports soleus vs gastrocnemius and running-related
 * vs not as separate comparisons in one cohort (85% soleus), not as independent effects, so adding
 * them counts the overlap twice. The largest factor (by its upper end, then its lower end, then the
 * order below) counts in full; each further factor counts at this share of its days, rounded up.
 */
export const PROGNOSIS_COMBINATION = {
  /** Share of each further factor's days that is counted (0.5 = half). An editable default. */
  furtherFactorShare: 0.5,
} as const;

function shareText(): string {
  return sharedShareText(PROGNOSIS_COMBINATION.furtherFactorShare);
}

function factorsFor(injury: Injury): FoundFactor[] {
  const factors: FoundFactor[] = [];
  const soleusDays = PROGNOSIS_FACTOR_DAYS.SOLEUS;
  if (injury.muscle === "SOLEUS") {
    factors.push({
      key: "SOLEUS",
      label: "Soleus strain (slower than gastrocnemius)",
      days: { ...soleusDays },
      source: `${SOURCES.GREEN_2020.label}; ${SOURCES.ASPETAR.label}`,
    });
  } else if (injury.muscle === "CALF_UNSPECIFIED") {
    factors.push({
      key: "MUSCLE_ASSUMED_SOLEUS",
      label: "Muscle not confirmed: assumed soleus (85% of calf strains in the registry)",
      days: { ...soleusDays },
      source: SOURCES.GREEN_2020.label,
    });
  }
  if (injury.duringRunning) {
    const days = PROGNOSIS_FACTOR_DAYS.RUNNING_RELATED;
    factors.push({
      key: "RUNNING_RELATED",
      label: "Injured while running",
      days: { ...days },
      source: SOURCES.GREEN_2020.label,
    });
  }
  if (hasTendonSite(injury)) {
    const days = PROGNOSIS_FACTOR_DAYS.BAMIC_SITE_C;
    factors.push({
      key: "BAMIC_SITE_C",
      label: "BAMIC site c: the tear extends into the tendon",
      days: { ...days },
      source: SOURCES.POLLOCK_2014.label,
    });
  }
  if (injury.repeatInjury) {
    const days = PROGNOSIS_FACTOR_DAYS.REPEAT_INJURY;
    factors.push({
      key: "REPEAT_INJURY",
      label: "Repeat injury of the same calf",
      days: { ...days },
      source: SOURCES.GREEN_2020.label,
    });
  }
  return factors;
}

/** The calf's factors combined at PROGNOSIS_COMBINATION's share (../factors.ts, decision 014). */
export function combineFactors(found: readonly FoundFactor[]): PrognosisFactor[] {
  return combineAtShare(found, PROGNOSIS_COMBINATION.furtherFactorShare);
}

function widen(base: DayRange, factors: readonly PrognosisFactor[]): DayRange {
  return factors.reduce((range, factor) => ({ minDays: range.minDays + factor.days.min, maxDays: range.maxDays + factor.days.max }), { ...base });
}

/** Expected return-to-run and return-to-sport ranges for an injury. Pure and deterministic. */
export function prognosis(injury: Injury): Prognosis {
  const grade = effectiveGrade(injury);
  const base = PROGNOSIS_BASE[grade];
  const factors = combineFactors(factorsFor(injury));
  const returnToRun = widen(base.returnToRun, factors);
  const returnToSport = widen(base.returnToSport, factors);
  const specialistOpinion = needsSpecialistOpinion(injury);

  const notes: string[] = [];
  if (injury.bamicGrade === 4 && injury.clinicalGrade < 3) {
    notes.push("MRI shows a full-thickness tear (BAMIC grade 4): the time line uses grade 3.");
  }
  if (specialistOpinion) {
    notes.push(
      "Complete rupture: get a specialist or surgical opinion first. These ranges assume conservative care after that decision; surgery changes them.",
    );
  }
  if (factors.length > 1) {
    notes.push(`The factors overlap, so they are not simply added: the largest counts in full, each further one at ${shareText()}.`);
  }
  if (injury.repeatInjury) {
    notes.push(
      "A repeat injury takes longer to recover, and a previous calf strain raises the risk of another: keep the maintenance stage going after return to sport.",
    );
  }
  notes.push("Progress by the stage gates, not by the calendar: these ranges are a guide for planning.");

  const baseSources: SourceRef[] = [SOURCES.PRAKASH_2018, SOURCES.GREEN_2020];
  if (factors.some((f) => f.key === "SOLEUS")) baseSources.push(SOURCES.ASPETAR);
  if (factors.some((f) => f.key === "BAMIC_SITE_C")) baseSources.push(SOURCES.POLLOCK_2014);

  return {
    grade,
    base: {
      label: base.label,
      returnToRun: { ...base.returnToRun },
      returnToSport: { ...base.returnToSport },
      source: `${SOURCES.PRAKASH_2018.label}; ${SOURCES.GREEN_2020.label}`,
    },
    returnToRun,
    returnToSport,
    returnToRunDates: {
      earliest: addDays(injury.injuryDate, returnToRun.minDays),
      latest: addDays(injury.injuryDate, returnToRun.maxDays),
    },
    returnToSportDates: {
      earliest: addDays(injury.injuryDate, returnToSport.minDays),
      latest: addDays(injury.injuryDate, returnToSport.maxDays),
    },
    factors,
    specialistOpinion,
    notes,
    sources: baseSources.map((source) => ({ ...source })),
  };
}
