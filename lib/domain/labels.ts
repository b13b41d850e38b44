/** Clinician-facing labels for clinical values (the handout has its own plain-language words). */
import type { Injury, Muscle, Urgency } from "./clinical/types";

export const MUSCLE_LABEL: Record<Muscle, string> = {
  SOLEUS: "soleus",
  MEDIAL_GASTROCNEMIUS: "medial gastrocnemius",
  LATERAL_GASTROCNEMIUS: "lateral gastrocnemius",
  CALF_UNSPECIFIED: "calf (muscle unspecified)",
};

export const URGENCY_LABEL: Record<Urgency, string> = {
  EMERGENCY: "Emergency: send to the emergency department now",
  URGENT: "Urgent: same-day medical assessment",
  ROUTINE: "Routine: medical review before rehab",
};

/** "Left soleus strain, grade 2 (BAMIC 2b)". */
export function describeInjury(injury: Injury): string {
  const side = injury.side === "LEFT" ? "Left" : "Right";
  const bamic = injury.bamicGrade != null ? ` (BAMIC ${injury.bamicGrade}${injury.bamicSite ?? ""})` : "";
  return `${side} ${MUSCLE_LABEL[injury.muscle]} strain, grade ${injury.clinicalGrade}${bamic}`;
}

export function describeMechanism(injury: Injury): string {
  const onset = injury.onset === "SUDDEN" ? "Sudden onset" : "Gradual onset";
  return `${onset}${injury.duringRunning ? ", while running" : ""}; ${injury.repeatInjury ? "repeat strain" : "first strain"}`;
}
