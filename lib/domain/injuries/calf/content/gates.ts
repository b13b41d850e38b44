// Progression gates shared by the calf templates. Numbers are editable defaults from the
// Health & High Performance calf protocol (see the clinical brief).
// The common checks are read from their declaration file, not the registry: the registry
// imports the kinds, so importing it here would be a cycle.
import { COMMON_CHECKS } from "../../../measures/common";
import { checkPatientLabel } from "../../../measures/labels";
import type { CheckGateTemplate, CheckKey, ClinicalGrade, MeasureGateTemplate } from "../../../clinical/types";
import { CALF_WORDING } from "../wording";

function checkGate(check: CheckKey, grades?: ClinicalGrade[]): CheckGateTemplate {
  const meta = COMMON_CHECKS.find((c) => c.key === check)!;
  const patient = checkPatientLabel(meta, CALF_WORDING.region);
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

/** Gates to leave "protect" for "strength". */
export const PROTECT_EXIT_GATES = [
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
  checkGate("normal-gait"),
  checkGate("specialist-cleared", [3]),
];

/** Gates to leave "strength" for "run". */
export const STRENGTH_EXIT_GATES = [
  // Heel raises against a target a patient can reach: the injured side as a % of the smaller of
  // 25 and the other side (measure heelRaiseTargetStraight / heelRaiseTargetBent). A flat 25 is
  // above many healthy people: healthy medians are 24 (men) and 21 (women) single-leg heel raises
  // (Hebert-Losier et al., Physiotherapy 2017), so a patient whose other side does 24 could never
  // pass ">= 25". The symmetry gates below still ask for 90% of the other side.
  measureGate(
    {
      key: "heel-raise-target-straight",
      measure: "heelRaiseTargetStraight",
      comparator: ">=",
      threshold: 100,
      label: "Single-leg heel raises (straight knee), injured side: 100% or more of the target (the other side's count, at most 25)",
      patientLabel: "You can do as many heel raises on your injured leg as your other leg does, up to 25",
    },
    "Puede hacer tantas elevaciones de talón con la pierna lesionada como con la otra, hasta 25",
  ),
  measureGate(
    {
      key: "heel-raise-target-bent",
      measure: "heelRaiseTargetBent",
      comparator: ">=",
      threshold: 100,
      label: "Single-leg heel raises (bent knee), injured side: 100% or more of the target (the other side's count, at most 25)",
      patientLabel: "With the knee bent, you can do as many heel raises on your injured leg as your other leg does, up to 25",
    },
    "Con la rodilla doblada, puede hacer tantas elevaciones de talón con la pierna lesionada como con la otra, hasta 25",
  ),
  measureGate(
    {
      key: "symmetry-straight",
      measure: "heelRaiseSymmetryStraight",
      comparator: ">=",
      threshold: 90,
      label: "Heel-raise symmetry (straight knee) 90% or more",
      patientLabel: "Your injured calf does at least 90% of the heel raises of your other calf",
    },
    "Su pantorrilla lesionada hace al menos el 90% de las elevaciones de la otra",
  ),
  measureGate(
    {
      key: "symmetry-bent",
      measure: "heelRaiseSymmetryBent",
      comparator: ">=",
      threshold: 90,
      label: "Heel-raise symmetry (bent knee) 90% or more",
      patientLabel: "With the knee bent, your injured calf does at least 90% of the other side",
    },
    "Con la rodilla doblada, su pantorrilla lesionada hace al menos el 90% de la otra",
  ),
  measureGate(
    {
      key: "heel-raise-height",
      measure: "heelRaiseHeightSymmetry",
      comparator: ">=",
      threshold: 90,
      label: "Heel-raise height symmetry 90% or more",
      patientLabel: "Your heel lifts almost as high on the injured side as on the other",
    },
    "Su talón sube casi tan alto en el lado lesionado como en el otro",
  ),
  // Loaded strength, as the Health & High Performance protocol tests it before running: the
  // heaviest added load on a seated (bent-knee, soleus) raise as a multiple of body weight. The
  // soleus takes about 6.5-8 x body weight in running (Dorn 2012) and a single-leg heel raise only
  // about 4 x (Gheidi 2018), so body-weight raises alone do not prepare it. The clinical brief gives
  // no number for this gate: 1.0 x body weight is an UNVERIFIED, conservative default, and the
  // clinician label says so, so each clinic sets its own threshold in the template editor.
  measureGate(
    {
      key: "seated-raise-load",
      measure: "seatedRaiseLoadBw",
      comparator: ">=",
      threshold: 1,
      label: "Seated soleus raise, added load 1.0 x body weight or more (unverified default: set your clinic's threshold)",
      patientLabel: "You can do seated calf raises with added weight as heavy as your body",
    },
    "Puede hacer elevaciones de talón sentado con un peso añadido igual a su peso corporal",
  ),
  // Trained by double-leg pogo hops late in the strength stage.
  checkGate("pain-free-double-leg-hops"),
];

/** Gates to leave "run" for "sport". Single-leg hops and box jumps are prescribed in "run". */
export const RUN_EXIT_GATES = [
  measureGate(
    {
      key: "hop-distance",
      measure: "hopDistanceSymmetry",
      comparator: ">=",
      threshold: 90,
      label: "Single-leg hop distance symmetry 90% or more",
      patientLabel: "You can hop at least 90% as far on your injured leg as on the other",
    },
    "Puede saltar con la pierna lesionada al menos el 90% de la distancia de la otra",
  ),
  checkGate("pain-free-single-leg-hops"),
  checkGate("box-jumps-5x30"),
  checkGate("run-walk-no-flare"),
];

/** Gates to leave "sport" for "maintain". LEFS 72 = 90% of the scale (editable default). */
export const SPORT_EXIT_GATES = [
  measureGate(
    {
      key: "next-morning-pain",
      measure: "painNextMorning",
      comparator: "<=",
      threshold: 1,
      label: "Next-morning pain 1/10 or less after full training",
      patientLabel: "Your calf hurts 1 out of 10 or less the morning after training",
    },
    "Su pantorrilla duele 1 de 10 o menos la mañana después de entrenar",
  ),
  measureGate(
    {
      key: "lefs",
      measure: "lefs",
      comparator: ">=",
      threshold: 72,
      label: "LEFS 72/80 or more",
      patientLabel: "Your score on the leg function questionnaire is 72 out of 80 or more",
    },
    "Su puntuación en el cuestionario de función de la pierna es 72 de 80 o más",
  ),
  checkGate("full-training-no-flare"),
];
