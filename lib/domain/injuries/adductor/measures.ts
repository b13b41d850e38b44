// Groin tests (clinical brief, adductor "useful measures"; Serner 2020; Sports Health 2010 Table 1):
// the adductor squeeze test at 45 degrees hip flexion (sphygmomanometer mmHg or dynamometer N) and
// the pain it causes, isometric adduction and abduction strength on both legs (dynamometer N), the
// adduction/abduction ratio of the injured leg, and the Copenhagen (side) plank hold on each side.
// The checks are the therapist's yes/no observations the stage gates use, one for each criterion
// of the two Serner tracks (exercise and running).
import type { CheckDef, InputDef, KindMeasures, MeasureDef } from "../../measures/types";

const SYMMETRY = { min: 0, max: 200 } as const;
const BOTH = ["ASSESSMENT", "VISIT"] as const;

export const ADDUCTOR_INPUTS = [
  {
    key: "squeezePain",
    label: { en: "Pain during the adductor squeeze test (0-10)", es: "Dolor en la prueba de compresión de aductores (0-10)" },
    unit: "NPRS",
    range: { min: 0, max: 10 },
    step: 1,
    integer: true,
    paired: false,
    visits: BOTH,
    group: "pain",
  },
  {
    key: "squeezeMmHg",
    label: { en: "Adductor squeeze test at 45° hip flexion (mmHg)", es: "Prueba de compresión de aductores a 45° de flexión de cadera (mmHg)" },
    unit: "mmHg",
    range: { min: 0, max: 400 },
    step: 1,
    integer: true,
    paired: false,
    visits: BOTH,
    group: "strength",
  },
  {
    key: "squeezeN",
    label: { en: "Adductor squeeze test at 45° hip flexion, dynamometer (N)", es: "Prueba de compresión de aductores a 45°, dinamómetro (N)" },
    unit: "N",
    range: { min: 0, max: 1500 },
    step: 1,
    integer: true,
    paired: false,
    visits: BOTH,
    group: "strength",
  },
  {
    key: "adductionStrengthN",
    label: { en: "Isometric hip adduction, {side} (N)", es: "Aducción isométrica de cadera, {side} (N)" },
    unit: "N",
    range: { min: 0, max: 1000 },
    step: 1,
    integer: true,
    paired: true,
    visits: BOTH,
    group: "strength",
  },
  {
    key: "abductionStrengthN",
    label: { en: "Isometric hip abduction, {side} (N)", es: "Abducción isométrica de cadera, {side} (N)" },
    unit: "N",
    range: { min: 0, max: 1000 },
    step: 1,
    integer: true,
    paired: true,
    visits: BOTH,
    group: "strength",
  },
  {
    key: "copenhagenHoldS",
    label: { en: "Copenhagen side plank hold, {side} on top (s)", es: "Plancha de Copenhague, {side} arriba (s)" },
    unit: "s",
    range: { min: 0, max: 300 },
    step: 1,
    integer: true,
    paired: true,
    visits: BOTH,
    group: "function",
  },
] as const satisfies readonly InputDef[];

export const ADDUCTOR_MEASURES = [
  {
    key: "squeezePain",
    label: { en: "Pain during the adductor squeeze test (0-10)", es: "Dolor en la prueba de compresión de aductores (0-10)" },
    shortLabel: { en: "squeeze pain", es: "dolor al apretar" },
    unit: "NPRS",
    range: { min: 0, max: 10 },
    higherIsBetter: false,
    description: "Pain (NPRS 0-10) during a maximal adductor squeeze at 45 degrees hip flexion.",
    derive: { as: "value", input: "squeezePain" },
  },
  {
    key: "squeezeMmHg",
    label: { en: "Adductor squeeze test at 45° (mmHg)", es: "Prueba de compresión de aductores a 45° (mmHg)" },
    shortLabel: { en: "squeeze test", es: "prueba de compresión" },
    unit: "mmHg",
    range: { min: 0, max: 400 },
    higherIsBetter: true,
    description: "Supine, hips at 45 degrees, a folded sphygmomanometer cuff (inflated to 10-20 mmHg) between the knees; best of 3 maximal squeezes.",
    derive: { as: "value", input: "squeezeMmHg" },
  },
  {
    key: "squeezeN",
    label: { en: "Adductor squeeze test at 45°, dynamometer (N)", es: "Prueba de compresión a 45°, dinamómetro (N)" },
    shortLabel: { en: "squeeze force", es: "fuerza de compresión" },
    unit: "N",
    range: { min: 0, max: 1500 },
    higherIsBetter: true,
    description: "The same squeeze measured with a hand-held or fixed dynamometer between the knees; best of 3.",
    derive: { as: "value", input: "squeezeN" },
  },
  {
    key: "adductionStrengthAffected",
    label: { en: "Isometric hip adduction, injured side (N)", es: "Aducción isométrica de cadera, lado lesionado (N)" },
    shortLabel: { en: "adduction strength", es: "fuerza de aducción" },
    unit: "N",
    range: { min: 0, max: 1000 },
    higherIsBetter: true,
    description: "Long-lever (dynamometer just above the ankle) or short-lever isometric adduction, injured side; keep the lever the same at every visit.",
    derive: { as: "affected", input: "adductionStrengthN" },
  },
  {
    key: "adductionSymmetry",
    label: { en: "Hip adduction strength symmetry (%)", es: "Simetría de la fuerza de aducción de cadera (%)" },
    shortLabel: { en: "adduction symmetry", es: "simetría de aducción" },
    unit: "%",
    range: SYMMETRY,
    higherIsBetter: true,
    description: "Injured-side isometric adduction as a percentage of the other side.",
    derive: { as: "symmetry", input: "adductionStrengthN" },
  },
  {
    key: "adductionAbductionRatio",
    label: { en: "Adduction as % of abduction strength, injured leg (%)", es: "Aducción como % de la fuerza de abducción, pierna lesionada (%)" },
    shortLabel: { en: "adduction/abduction", es: "aducción/abducción" },
    unit: "%",
    range: SYMMETRY,
    higherIsBetter: true,
    description:
      "Injured-leg isometric adduction as a percentage of the same leg's abduction. Phase criteria (Sports Health 2010, Table 1): 75% or more to start sport-type work, 90-100% to return.",
    derive: { as: "affectedPercentOf", input: "adductionStrengthN", of: "abductionStrengthN" },
  },
  {
    key: "copenhagenHoldAffected",
    label: { en: "Copenhagen side plank hold, injured side on top (s)", es: "Plancha de Copenhague, lado lesionado arriba (s)" },
    shortLabel: { en: "Copenhagen hold", es: "plancha de Copenhague" },
    unit: "s",
    range: { min: 0, max: 300 },
    higherIsBetter: true,
    description: "Long-lever Copenhagen plank (top leg's knee or ankle on a bench, injured leg on top), seconds held without pain.",
    derive: { as: "affected", input: "copenhagenHoldS" },
  },
  {
    key: "copenhagenHoldSymmetry",
    label: { en: "Copenhagen side plank symmetry (%)", es: "Simetría de la plancha de Copenhague (%)" },
    shortLabel: { en: "Copenhagen symmetry", es: "simetría de Copenhague" },
    unit: "%",
    range: SYMMETRY,
    higherIsBetter: true,
    description: "Injured-side Copenhagen hold as a percentage of the other side.",
    derive: { as: "symmetry", input: "copenhagenHoldS" },
  },
] as const satisfies readonly MeasureDef[];

export const ADDUCTOR_CHECKS = [
  {
    key: "groin-pain-free-adduction",
    label: { en: "Pain-free concentric adduction against gravity", es: "Aducción concéntrica contra la gravedad sin dolor" },
    shortLabel: { en: "pain-free adduction", es: "aducción sin dolor" },
    patientLabel: {
      en: "You can lift your leg in, lying on your side, without {region} pain",
      es: "Puede subir la pierna hacia adentro, acostado de lado, sin dolor en la {region}",
    },
    description: "Side-lying concentric adduction of the injured leg against gravity without pain (Sports Health 2010, Table 1, phase 1).",
  },
  {
    key: "groin-full-passive-range",
    label: { en: "Passive abduction range equal to the other side", es: "Abducción pasiva igual al otro lado" },
    shortLabel: { en: "full passive range", es: "rango pasivo completo" },
    patientLabel: { en: "Your legs open as wide on the injured side as on the other", es: "Sus piernas se abren tanto del lado lesionado como del otro" },
    description: "Passive hip abduction (and the adductor stretch) equal to the other side without pain (Sports Health 2010, Table 1, phase 2).",
  },
  {
    key: "groin-no-pain-medication",
    label: { en: "Not taking pain medication", es: "No toma analgésicos" },
    shortLabel: { en: "no pain medication", es: "sin analgésicos" },
    patientLabel: { en: "You are not taking pain medicine for your {region}", es: "No toma medicina para el dolor de la {region}" },
    description: "No progression while taking pain medication (Serner 2020).",
  },
  {
    key: "groin-pain-free-jog",
    label: { en: "Running track: pain-free straight-line jogging", es: "Carrera: trote en línea recta sin dolor" },
    shortLabel: { en: "pain-free jog", es: "trote sin dolor" },
    patientLabel: { en: "You can jog in a straight line without {region} pain", es: "Puede trotar en línea recta sin dolor en la {region}" },
    description: "Running track, phase 1 to 2: jogging in a straight line at an easy pace without groin pain during or the next morning (Serner 2020).",
  },
  {
    key: "groin-pain-free-change-of-direction",
    label: { en: "Running track: pain-free change of direction and faster running", es: "Carrera: cambios de dirección y carrera rápida sin dolor" },
    shortLabel: { en: "pain-free cutting", es: "cambios de dirección sin dolor" },
    patientLabel: {
      en: "You can run fast and change direction without {region} pain",
      es: "Puede correr rápido y cambiar de dirección sin dolor en la {region}",
    },
    description: "Running track, phase 2 to 3: high-speed running and planned changes of direction without groin pain (Serner 2020).",
  },
  {
    key: "groin-pain-free-sport-movements",
    label: { en: "Running track: pain-free sprinting, cutting and kicking", es: "Carrera: sprint, cambios de dirección y golpeo sin dolor" },
    shortLabel: { en: "pain-free sport movements", es: "gestos deportivos sin dolor" },
    patientLabel: {
      en: "You can sprint, turn sharply and kick or skate hard without {region} pain",
      es: "Puede esprintar, girar con fuerza y patear o patinar fuerte sin dolor en la {region}",
    },
    description:
      "Running track, phase 3 to 4: maximal sprinting, unplanned cutting and long kicking (or the sport's key movements) without pain (Serner 2020).",
  },
  {
    key: "groin-controlled-training-no-symptoms",
    label: { en: "Completed controlled sports training without symptoms", es: "Entrenamiento deportivo controlado completado sin síntomas" },
    shortLabel: { en: "controlled training done", es: "entrenamiento controlado hecho" },
    patientLabel: {
      en: "You finished a controlled training session with no {region} pain",
      es: "Terminó una sesión de entrenamiento controlado sin dolor en la {region}",
    },
    description:
      "A session-completion gate: a full controlled (non-contact) sport-specific session without symptoms that day or the next morning (Serner 2020).",
  },
] as const satisfies readonly CheckDef[];

export const ADDUCTOR_MEASURE_SET = {
  inputs: ADDUCTOR_INPUTS,
  measures: ADDUCTOR_MEASURES,
  checks: ADDUCTOR_CHECKS,
} as const satisfies KindMeasures;
