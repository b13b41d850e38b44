// Every code the FHIR export uses, declared once as data (docs/decisions/018-fhir-export.md).
// Region tables are keyed by injury kind (lib/domain/injuries/<kind>): a new kind adds one row to
// STRAIN_CODES and BODY_SITES; the unit table is keyed by the measure registry's units, so a new
// unit fails the typecheck until it has a UCUM code.
import type { Side } from "@/lib/domain/clinical/types";
import type { MeasureUnit } from "@/lib/domain/measures";

export const SYSTEM = {
  icd10cm: "http://hl7.org/fhir/sid/icd-10-cm",
  snomed: "http://snomed.info/sct",
  loinc: "http://loinc.org",
  ucum: "http://unitsofmeasure.org",
  conditionClinical: "http://terminology.hl7.org/CodeSystem/condition-clinical",
  conditionVerification: "http://terminology.hl7.org/CodeSystem/condition-ver-status",
  conditionCategory: "http://terminology.hl7.org/CodeSystem/condition-category",
  observationCategory: "http://terminology.hl7.org/CodeSystem/observation-category",
  goalAchievement: "http://terminology.hl7.org/CodeSystem/goal-achievement",
  // Restride's own code systems and extensions (stable URLs; nothing is served there yet).
  measure: "https://restride.app/fhir/CodeSystem/measure",
  check: "https://restride.app/fhir/CodeSystem/check",
  exercise: "https://restride.app/fhir/CodeSystem/exercise",
  stage: "https://restride.app/fhir/CodeSystem/stage",
  grade: "https://restride.app/fhir/CodeSystem/grade",
  legSide: "https://restride.app/fhir/CodeSystem/leg-side",
  /** Identifier system of a template's stable key (e.g. "soleus-strain"). */
  templateKey: "https://restride.app/fhir/NamingSystem/template-key",
} as const;

export const EXTENSION = {
  /** On Condition.bodySite: which leg, as a SNOMED CT laterality qualifier. */
  laterality: "https://restride.app/fhir/StructureDefinition/laterality",
  /** On CarePlan: the stage the patient is in now (1-based position, key and name). */
  currentStage: "https://restride.app/fhir/StructureDefinition/current-stage",
  /** On CarePlan.activity: the stage (1-based position) the activity belongs to. */
  stage: "https://restride.app/fhir/StructureDefinition/stage",
  /**
   * On a PlanDefinition and its parts: what Restride keeps about the element that FHIR has no
   * element for (durations by grade, precautions, the patient's wording and its translations,
   * education, the dose's numbers), as the element's Restride JSON without the fields the
   * resource already carries. Import reads these back (decision 030).
   */
  templateDetails: "https://restride.app/fhir/StructureDefinition/template-details",
  stageDetails: "https://restride.app/fhir/StructureDefinition/stage-details",
  gateDetails: "https://restride.app/fhir/StructureDefinition/gate-details",
  doseDetails: "https://restride.app/fhir/StructureDefinition/dose-details",
} as const;

/** Where Restride's FHIR ids live when a caller has no base URL (tests, scripts). */
export const DEFAULT_BASE_URL = "https://restride.app";

// ---------------------------------------------------------------------------------------------
// ICD-10-CM strain codes by region
// ---------------------------------------------------------------------------------------------

export interface StrainCode {
  /** The code up to the laterality character, e.g. "S86.11" (6th character follows). */
  readonly stem: string;
  /** The code's display without the encounter, "{side}" standing for right / left / unspecified. */
  readonly display: string;
}

/** 6th character by side; "9" is unspecified. */
const LATERALITY_DIGIT: Readonly<Record<Side | "UNSPECIFIED", string>> = { RIGHT: "1", LEFT: "2", UNSPECIFIED: "9" };

/**
 * ICD-10-CM strain codes by injury kind (clinical brief, "Codes for interop"). Only `calf` is a
 * Restride kind today; the thigh rows are ready for hamstring, adductor and quadriceps kinds.
 */
export const STRAIN_CODES: Readonly<Record<string, StrainCode>> = {
  calf: { stem: "S86.11", display: "Strain of other muscle(s) and tendon(s) of posterior muscle group at lower leg level, {side} leg" },
  hamstring: { stem: "S76.31", display: "Strain of muscle, fascia and tendon of the posterior muscle group at thigh level, {side} thigh" },
  adductor: { stem: "S76.21", display: "Strain of adductor muscle, fascia and tendon of {side} thigh" },
  quadriceps: { stem: "S76.11", display: "Strain of {side} quadriceps muscle, fascia and tendon" },
};

/** ICD-10-CM 7th character: A initial encounter (active treatment), D subsequent encounter (healing). */
export const ENCOUNTER_CHARACTER = { initial: "A", subsequent: "D" } as const;
export type EncounterKind = keyof typeof ENCOUNTER_CHARACTER;

/** e.g. ("calf", "RIGHT", "initial") → S86.111A "…, right leg, initial encounter"; null for an unmapped kind. */
export function strainCoding(kind: string, side: Side | null, encounter: EncounterKind): { system: string; code: string; display: string } | null {
  const row = STRAIN_CODES[kind];
  if (!row) return null;
  const lateral = side ?? "UNSPECIFIED";
  return {
    system: SYSTEM.icd10cm,
    code: `${row.stem}${LATERALITY_DIGIT[lateral]}${ENCOUNTER_CHARACTER[encounter]}`,
    display: `${row.display.replace("{side}", lateral.toLowerCase())}, ${encounter} encounter`,
  };
}

// ---------------------------------------------------------------------------------------------
// SNOMED CT body sites and laterality
// ---------------------------------------------------------------------------------------------

/** Body structure of each region (SNOMED CT). A region without a verified code gets text only. */
export const BODY_SITES: Readonly<Record<string, { readonly code: string | null; readonly display: string }>> = {
  calf: { code: "53840002", display: "Structure of calf of leg" },
  hamstring: { code: "699984008", display: "Hamstring muscle and/or tendon structure" },
  quadriceps: { code: "21989003", display: "Structure of quadriceps femoris muscle" },
  adductor: { code: null, display: "Adductor muscles of thigh" },
};

/** SNOMED CT laterality qualifiers (clinical brief). */
export const LATERALITY: Readonly<Record<Side, { readonly code: string; readonly display: string }>> = {
  RIGHT: { code: "24028007", display: "Right" },
  LEFT: { code: "7771000", display: "Left" },
};

// ---------------------------------------------------------------------------------------------
// LOINC and UCUM
// ---------------------------------------------------------------------------------------------

/** Pain severity - 0-10 verbal numeric rating [Score] - Reported. */
export const LOINC_PAIN_NPRS = { system: SYSTEM.loinc, code: "72514-3", display: "Pain severity - 0-10 verbal numeric rating [Score] - Reported" } as const;

/** UCUM for each unit of the measure registry (lib/domain/measures/types.ts). */
export const UCUM: Readonly<Record<MeasureUnit | "sets", { readonly code: string; readonly unit: string }>> = {
  NPRS: { code: "{score}", unit: "score" },
  points: { code: "{score}", unit: "points" },
  reps: { code: "{repetitions}", unit: "repetitions" },
  sets: { code: "{sets}", unit: "sets" },
  "%": { code: "%", unit: "%" },
  cm: { code: "cm", unit: "cm" },
  kg: { code: "kg", unit: "kg" },
  deg: { code: "deg", unit: "degrees" },
  xBW: { code: "{times_body_weight}", unit: "x body weight" },
  mmHg: { code: "mm[Hg]", unit: "mmHg" },
  N: { code: "N", unit: "N" },
  s: { code: "s", unit: "s" },
};
