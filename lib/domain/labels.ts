/** Clinician-facing labels for clinical values (the handout has its own plain-language words). */
import type { Injury, Urgency } from "./clinical/types";
import { findKindOfMuscle, muscleDef } from "./injuries";

/** Clinician-facing muscle name from its injury kind, e.g. "Adductor longus"; the stored value if unknown. */
export function muscleLabel(muscle: string): string {
  return muscleDef(muscle)?.label.en ?? muscle;
}

export const URGENCY_LABEL: Record<Urgency, string> = {
  EMERGENCY: "Emergency: send to the emergency department now",
  URGENT: "Urgent: same-day medical assessment",
  ROUTINE: "Routine: medical review before rehab",
};

/** "Left <muscle> strain, grade 2 (BAMIC 2b)". */
export function describeInjury(injury: Injury): string {
  const side = injury.side === "LEFT" ? "Left" : "Right";
  const bamic = injury.bamicGrade != null ? ` (BAMIC ${injury.bamicGrade}${injury.bamicSite ?? ""})` : "";
  return `${side} ${muscleLabel(injury.muscle).toLowerCase()} strain, grade ${injury.clinicalGrade}${bamic}`;
}

/** "Sudden onset, while running, stretching type; first strain": the kind's mechanism by its label. */
export function describeMechanism(injury: Injury): string {
  const onset = injury.onset === "SUDDEN" ? "Sudden onset" : "Gradual onset";
  const mechanism = injury.mechanism ? findKindOfMuscle(injury.muscle)?.mechanisms?.find((m) => m.key === injury.mechanism) : undefined;
  const how = mechanism ? `, ${mechanism.label.toLowerCase()}` : "";
  return `${onset}${injury.duringRunning ? ", while running" : ""}${how}; ${injury.repeatInjury ? "repeat strain" : "first strain"}`;
}
