// Stage gates of the groin template. Each stage's gates hold the criteria of BOTH Serner tracks
// (exercise track A and running track B) for that phase, because the engine has one stage
// pointer per plan: the two tracks are merged until it supports parallel tracks. Thresholds
// marked "(editable default)" are not in the sources as numbers: a clinician should review them.
import { COMMON_CHECKS } from "../../../measures/common";
import { checkPatientLabel } from "../../../measures/labels";
import type { CheckGateTemplate, ClinicalGrade, MeasureGateTemplate } from "../../../clinical/types";
import { ADDUCTOR_CHECKS } from "../measures";
import { ADDUCTOR_WORDING } from "../wording";

const ALL_CHECKS = [...COMMON_CHECKS, ...ADDUCTOR_CHECKS];

function checkGate(check: (typeof ALL_CHECKS)[number]["key"], grades?: ClinicalGrade[]): CheckGateTemplate {
  const meta = ALL_CHECKS.find((c) => c.key === check)!;
  const patient = checkPatientLabel(meta, ADDUCTOR_WORDING.region);
  const gate: CheckGateTemplate = {
    key: check,
    kind: "CHECK",
    check,
    label: meta.label.en,
    patientLabel: patient.en,
    translations: { es: { patientLabel: patient.es } },
  };
  if (grades) gate.grades = grades;
  return gate;
}

function measureGate(gate: Omit<MeasureGateTemplate, "kind" | "translations">, patientLabelEs: string): MeasureGateTemplate {
  return { ...gate, kind: "MEASURE", translations: { es: { patientLabel: patientLabelEs } } };
}

/** Phase 1 -> 2 (A: pain-free isometrics and adduction against gravity; B: normal walking). */
export const PROTECT_EXIT_GATES = () => [
  measureGate(
    {
      key: "squeeze-pain-2",
      measure: "squeezePain",
      comparator: "<=",
      threshold: 2,
      label: "Track A: squeeze test pain 2/10 or less (editable default; Aspetar pain rule)",
      patientLabel: "Squeezing your knees together hurts 2 out of 10 or less",
    },
    "Apretar las rodillas le duele 2 de 10 o menos",
  ),
  checkGate("groin-pain-free-adduction"),
  checkGate("groin-no-pain-medication"),
  checkGate("normal-gait"),
  checkGate("specialist-cleared", [3]),
];

/** Phase 2 -> 3 (A: ratio >= 75% and full passive range; B: pain-free jogging). */
export const STRENGTH_EXIT_GATES = () => [
  measureGate(
    {
      key: "add-abd-75",
      measure: "adductionAbductionRatio",
      comparator: ">=",
      threshold: 75,
      label: "Track A: adduction 75% or more of the same leg's abduction (Sports Health 2010, Table 1)",
      patientLabel: "Your inner-thigh strength is at least 3 quarters of your outer-thigh strength",
    },
    "La fuerza de la cara interna del muslo es al menos 3 cuartos de la fuerza de la cara externa",
  ),
  checkGate("groin-full-passive-range"),
  checkGate("groin-no-pain-medication"),
  checkGate("groin-pain-free-jog"),
];

/** Phase 3 -> 4 (A: ratio >= 90%, strength and Copenhagen near the other side; B: pain-free cutting). */
export const RUN_EXIT_GATES = () => [
  measureGate(
    {
      key: "add-abd-90",
      measure: "adductionAbductionRatio",
      comparator: ">=",
      threshold: 90,
      label: "Track A: adduction 90% or more of the same leg's abduction (Sports Health 2010, Table 1)",
      patientLabel: "Your inner-thigh strength is nearly equal to your outer-thigh strength",
    },
    "La fuerza de la cara interna del muslo es casi igual a la de la cara externa",
  ),
  measureGate(
    {
      key: "adduction-symmetry-90",
      measure: "adductionSymmetry",
      comparator: ">=",
      threshold: 90,
      label: "Track A: adduction strength 90% or more of the other side (editable default)",
      patientLabel: "Your injured side's inner thigh is at least 90% as strong as the other side",
    },
    "La cara interna del muslo lesionado tiene al menos el 90% de la fuerza del otro lado",
  ),
  measureGate(
    {
      key: "squeeze-pain-0",
      measure: "squeezePain",
      comparator: "<=",
      threshold: 0,
      label: "Track A: squeeze test pain-free (editable default)",
      patientLabel: "Squeezing your knees together does not hurt",
    },
    "Apretar las rodillas no le duele",
  ),
  checkGate("groin-pain-free-change-of-direction"),
];

/** Phase 4 -> maintenance: both tracks complete, then full team training (Serner 2020). */
export const SPORT_EXIT_GATES = () => [
  measureGate(
    {
      key: "copenhagen-symmetry-90",
      measure: "copenhagenHoldSymmetry",
      comparator: ">=",
      threshold: 90,
      label: "Track A: Copenhagen hold, injured side on top, 90% or more of the other side (editable default)",
      patientLabel: "You hold the side plank on your injured side nearly as long as on your other side",
    },
    "Aguanta la plancha lateral del lado lesionado casi tanto como la del otro lado",
  ),
  checkGate("groin-pain-free-sport-movements"),
  checkGate("groin-controlled-training-no-symptoms"),
];
