import type { ClinicalGrade, Injury } from "./types";

/**
 * Grade used for time lines, durations and doses. BAMIC grade 4 is a full-thickness tear, the
 * MRI equivalent of a clinical grade 3, so it overrides a lower clinical grade.
 */
export function effectiveGrade(injury: Pick<Injury, "clinicalGrade" | "bamicGrade">): ClinicalGrade {
  return injury.bamicGrade === 4 ? 3 : injury.clinicalGrade;
}

/** Complete ruptures need a specialist / surgical opinion before any plan is followed. */
export function needsSpecialistOpinion(injury: Pick<Injury, "clinicalGrade" | "bamicGrade">): boolean {
  return effectiveGrade(injury) === 3;
}

/** BAMIC site c (into the tendon) only exists for BAMIC grades 1-3. */
export function hasTendonSite(injury: Pick<Injury, "bamicGrade" | "bamicSite">): boolean {
  const grade = injury.bamicGrade;
  return injury.bamicSite === "c" && (grade === 1 || grade === 2 || grade === 3);
}
