import type { CheckDef, Localized } from "./types";

/** Fills "{region}" in a check's patient label with the kind's region word. */
export function checkPatientLabel(check: Pick<CheckDef, "patientLabel">, region: Localized): Localized {
  return { en: check.patientLabel.en.replaceAll("{region}", region.en), es: check.patientLabel.es.replaceAll("{region}", region.es) };
}
