// Progression gates of the quadriceps template. Every number is an editable default built from the
// injuries brief's useful measures (clinician review): no published quadriceps protocol gives them.
// The common checks are read from their declaration file, not the registry (which imports the kinds).
import { COMMON_CHECKS } from "../../../measures/common";
import { checkPatientLabel } from "../../../measures/labels";
import type { CheckDef } from "../../../measures/types";
import type { CheckGateTemplate, CheckKey, ClinicalGrade, GateTemplate, MeasureGateTemplate } from "../../../clinical/types";
import { QUADRICEPS_CHECKS } from "../measures";
import { QUADRICEPS_WORDING } from "../wording";

const CHECKS: readonly CheckDef[] = [...COMMON_CHECKS, ...QUADRICEPS_CHECKS];

function checkGate(check: CheckKey, grades?: ClinicalGrade[]): CheckGateTemplate {
  const meta = CHECKS.find((c) => c.key === check)!;
  const patient = checkPatientLabel(meta, QUADRICEPS_WORDING.region);
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

const strengthSymmetry = (key: string, threshold: number): MeasureGateTemplate =>
  measureGate(
    {
      key,
      measure: "kneeExtensorSymmetry",
      comparator: ">=",
      threshold,
      label: `Isometric knee-extension symmetry ${threshold}% or more (default, clinician review)`,
      patientLabel: `Your injured thigh is at least ${threshold}% as strong as the other one`,
    },
    `Su muslo lesionado tiene al menos un ${threshold}% de la fuerza del otro`,
  );

/** protect -> strength: calm walking and resisted hip flexion, normal gait, the specialist for grade 3. */
export const PROTECT_EXIT_GATES: GateTemplate[] = [
  measureGate(
    {
      key: "walking-pain",
      measure: "painWalking",
      comparator: "<=",
      threshold: 2,
      label: "Walking pain 2/10 or less",
      patientLabel: "Walking hurts 2 out of 10 or less",
    },
    "Caminar le duele 2 de 10 o menos",
  ),
  measureGate(
    {
      key: "hip-flexion-pain",
      measure: "painResistedHipFlexion",
      comparator: "<=",
      threshold: 3,
      label: "Pain on resisted hip flexion 3/10 or less (default, clinician review)",
      patientLabel: "Lifting your knee against a push hurts 3 out of 10 or less",
    },
    "Levantar la rodilla contra resistencia le duele 3 de 10 o menos",
  ),
  checkGate("normal-gait"),
  checkGate("specialist-cleared", [3]),
];

/** strength -> run: 80% strength, full knee bend, a controlled single-leg squat. */
export const STRENGTH_EXIT_GATES: GateTemplate[] = [
  strengthSymmetry("knee-extension-80", 80),
  measureGate(
    {
      key: "hip-flexion-pain-free",
      measure: "painResistedHipFlexion",
      comparator: "<=",
      threshold: 1,
      label: "Resisted hip flexion 1/10 or less",
      patientLabel: "Lifting your knee against a push hurts 1 out of 10 or less",
    },
    "Levantar la rodilla contra resistencia le duele 1 de 10 o menos",
  ),
  checkGate("quads-knee-bend-equal"),
  checkGate("quads-single-leg-squat"),
];

/** run -> sport: 90% strength and hop symmetry, pain-free hops. */
export const RUN_EXIT_GATES: GateTemplate[] = [
  strengthSymmetry("knee-extension-90", 90),
  measureGate(
    {
      key: "hop-symmetry",
      measure: "hopDistanceSymmetry",
      comparator: ">=",
      threshold: 90,
      label: "Single-leg hop distance symmetry 90% or more",
      patientLabel: "You can hop as far on your injured leg as 9 tenths of your other leg",
    },
    "Puede saltar con la pierna lesionada 9 décimas de lo que salta con la otra",
  ),
  checkGate("pain-free-single-leg-hops"),
];

/** sport -> maintain: full-effort kicking, full training, strength kept. */
export const SPORT_EXIT_GATES: GateTemplate[] = [
  strengthSymmetry("knee-extension-return", 90),
  checkGate("quads-kicking-full-effort"),
  {
    key: "shooting-sessions",
    kind: "SESSIONS",
    exerciseKey: "kick-shot",
    count: 3,
    maxPain: 0,
    label: "3 logged shooting sessions, every set done, without pain during or the next morning (default, clinician review)",
    patientLabel: "You did your full-power kicks 3 times without pain",
    translations: { es: { patientLabel: "Hizo sus patadas con toda la fuerza 3 veces sin dolor" } },
  },
  {
    key: "kicking-confidence",
    kind: "SUBJECTIVE",
    question: "How sure do you feel about kicking a ball as hard as you can?",
    minimum: 8,
    label: "Patient rates confidence to kick at full power 8/10 or more (default, clinician review)",
    patientLabel: "You feel sure about kicking a ball as hard as you can",
    translations: {
      es: {
        question: "¿Qué tan seguro se siente al patear un balón con toda su fuerza?",
        patientLabel: "Se siente seguro al patear un balón con toda su fuerza",
      },
    },
  },
  checkGate("full-training-no-flare"),
];
