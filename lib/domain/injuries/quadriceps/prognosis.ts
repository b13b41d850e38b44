// Prognosis for a quadriceps strain: a range of days to return to running and to sport, never a
// single date. No protocol is as widely cited as for the hamstring (injuries brief), so the base
// ranges follow the clinic rule of thumb the brief gives (low quality) within the figures of the
// imaging series, and every number is an editable default for the clinician to check.
// Factors combine as for every kind (decision 014, ../factors.ts).
import { addDays } from "../../clinical/dates";
import { effectiveGrade, hasTendonSite, needsSpecialistOpinion } from "../../clinical/grade";
import type { ClinicalGrade, DayRange, DurationRange, Injury, Prognosis, SourceRef } from "../../clinical/types";
import { combineFactors, shareText, type FoundFactor } from "../../clinical/prognosis-factors";
import { QUADRICEPS_SOURCES as SOURCES } from "./sources";

/**
 * Base ranges for a first strain away from the hip, in days from injury.
 * Return to sport: grade 1 from about 9 days (peripheral rectus femoris injuries, Cross 2004,
 * unverified) to 3 weeks, grade 2 4-8 weeks (clinic rule of thumb; Balius 2009's distal central
 * aponeurosis tears took about 33 days). Grade 3 has no cited figure: a default after the
 * specialist's decision. Return to running has no cited figure either: about half (defaults).
 */
export const QUADRICEPS_PROGNOSIS_BASE: Record<ClinicalGrade, { label: string; returnToRun: DayRange; returnToSport: DayRange }> = {
  1: { label: "Grade 1 (few fibres)", returnToRun: { minDays: 5, maxDays: 14 }, returnToSport: { minDays: 9, maxDays: 21 } },
  2: { label: "Grade 2 (partial tear)", returnToRun: { minDays: 14, maxDays: 35 }, returnToSport: { minDays: 28, maxDays: 56 } },
  3: { label: "Grade 3 (complete rupture)", returnToRun: { minDays: 42, maxDays: 100 }, returnToSport: { minDays: 84, maxDays: 180 } },
};

/** The figures the ranges are checked against (tests): days to return, as the brief reports them. */
export const QUADRICEPS_CITED_DAYS = {
  /** Cross 2004 (unverified): vastus about 4, MRI-negative about 6, peripheral about 9, central tendon about 27. */
  crossVastus: 4,
  crossPeripheral: 9,
  crossCentralTendon: 27,
  /** Balius 2009: proximal central-aponeurosis tears about 45 days at 4 cm, distal about 33. */
  baliusProximal: 45,
  baliusDistal: 33,
  /** Clinic rule of thumb: G1 up to 3 weeks (4 near the hip), G2 4-8 weeks (8-12 near the hip). */
  ruleGrade1Max: 21,
  ruleGrade1NearHipMax: 28,
  ruleGrade2Min: 28,
  ruleGrade2Max: 56,
  ruleGrade2NearHipMax: 84,
  /** Gonzalez-de-la-Flor 2024: a grade 1 rectus femoris case returned at 6 weeks. */
  caseGrade1: 42,
} as const;

/** Each factor's full size in days, before combining. Sizes are editable defaults within the cited differences. */
export const QUADRICEPS_FACTOR_DAYS = {
  /** Near the hip: rule of thumb +1 week (G1) to +4 weeks (G2); Balius 45 vs 33 days (+12). */
  PROXIMAL: { min: 7, max: 21 },
  /** Central (intramuscular) tendon: about 27 vs 9 days for peripheral injuries (Cross 2004, unverified). */
  CENTRAL_TENDON: { min: 7, max: 18 },
  /** Quadriceps strains recur more than hamstring or groin strains (as cited by Gonzalez-de-la-Flor 2024); size is a default. */
  REPEAT_INJURY: { min: 7, max: 14 },
} as const satisfies Record<string, DurationRange>;

const VASTUS = new Set(["VASTUS_LATERALIS", "VASTUS_MEDIALIS", "VASTUS_INTERMEDIUS"]);

function factorsFor(injury: Injury): FoundFactor[] {
  const found: FoundFactor[] = [];
  if (injury.muscle === "RECTUS_FEMORIS_PROXIMAL") {
    found.push({
      key: "PROXIMAL",
      label: "Rectus femoris near the hip (proximal)",
      days: { ...QUADRICEPS_FACTOR_DAYS.PROXIMAL },
      source: `${SOURCES.BALIUS_2009.label}; ${SOURCES.CLINIC_RULE_OF_THUMB.label}`,
    });
  }
  if (hasTendonSite(injury)) {
    found.push({
      key: "CENTRAL_TENDON",
      label: "BAMIC site c: the tear reaches the tendon (central tendon of the rectus femoris)",
      days: { ...QUADRICEPS_FACTOR_DAYS.CENTRAL_TENDON },
      source: `${SOURCES.CROSS_2004.label}; ${SOURCES.POLLOCK_2014.label}`,
    });
  }
  if (injury.repeatInjury) {
    found.push({
      key: "REPEAT_INJURY",
      label: "Repeat injury of the same thigh",
      days: { ...QUADRICEPS_FACTOR_DAYS.REPEAT_INJURY },
      source: SOURCES.GONZALEZ_DE_LA_FLOR_2024.label,
    });
  }
  return found;
}

function widen(base: DayRange, factors: readonly { days: DurationRange }[]): DayRange {
  return factors.reduce((range, f) => ({ minDays: range.minDays + f.days.min, maxDays: range.maxDays + f.days.max }), { ...base });
}

/** Expected return-to-run and return-to-sport ranges for a quadriceps injury. Pure and deterministic. */
export function prognosis(injury: Injury): Prognosis {
  const grade = effectiveGrade(injury);
  const base = QUADRICEPS_PROGNOSIS_BASE[grade];
  const factors = combineFactors(factorsFor(injury));
  const returnToRun = widen(base.returnToRun, factors);
  const returnToSport = widen(base.returnToSport, factors);
  const specialistOpinion = needsSpecialistOpinion(injury);

  const notes: string[] = [];
  if (injury.bamicGrade === 4 && injury.clinicalGrade < 3) notes.push("MRI shows a full-thickness tear (BAMIC grade 4): the time line uses grade 3.");
  if (specialistOpinion) {
    notes.push(
      "Complete rupture: get a specialist or surgical opinion first. These ranges assume conservative care after that decision; surgery changes them.",
    );
  }
  if (VASTUS.has(injury.muscle)) {
    notes.push("Vastus tears took about 4 days in one MRI series (Cross 2004, unverified): a vastus strain may recover sooner than this range.");
  }
  if (injury.muscle === "QUADRICEPS_UNSPECIFIED") notes.push("Muscle not confirmed: most quadriceps strains are of the rectus femoris (Mendiguchia 2013).");
  if (factors.length > 1) notes.push(`The factors overlap, so they are not simply added: the largest counts in full, each further one at ${shareText()}.`);
  notes.push(
    "These ranges come from small series and a clinic rule of thumb: check them against your own cases. Progress by the stage gates, not by the calendar.",
  );

  const sources: SourceRef[] = [SOURCES.CLINIC_RULE_OF_THUMB, SOURCES.CROSS_2004, SOURCES.BALIUS_2009, SOURCES.GONZALEZ_DE_LA_FLOR_2024];
  if (factors.some((f) => f.key === "CENTRAL_TENDON")) sources.push(SOURCES.POLLOCK_2014);

  return {
    grade,
    base: {
      label: base.label,
      returnToRun: { ...base.returnToRun },
      returnToSport: { ...base.returnToSport },
      source: `${SOURCES.CLINIC_RULE_OF_THUMB.label}; ${SOURCES.CROSS_2004.label}; ${SOURCES.BALIUS_2009.label}`,
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
