// Quadriceps tests: isometric knee-extensor strength (hand-held dynamometer, both sides, symmetry),
// prone knee-bend (heel-to-buttock distance), pain on resisted hip flexion, and the therapist's
// checks for single-leg squat quality and pain-free kicking. Source: the injuries brief's
// "Useful measures" for quadriceps / rectus femoris strains.
import type { CheckDef, InputDef, KindMeasures, MeasureDef } from "../../measures/types";

const BOTH = ["ASSESSMENT", "VISIT"] as const;

export const QUADRICEPS_INPUTS = [
  {
    key: "kneeExtensorKg",
    label: { en: "Isometric knee extension, {side} (kg, dynamometer)", es: "Extensión isométrica de rodilla, {side} (kg, dinamómetro)" },
    unit: "kg",
    range: { min: 0, max: 150 },
    step: 0.5,
    integer: false,
    paired: true,
    visits: BOTH,
    group: "strength",
  },
  {
    key: "proneKneeBendCm",
    label: { en: "Prone knee-bend, heel to buttock, {side} (cm)", es: "Flexión de rodilla boca abajo, talón a glúteo, {side} (cm)" },
    unit: "cm",
    range: { min: 0, max: 60 },
    step: 0.5,
    integer: false,
    paired: true,
    visits: BOTH,
    group: "mobility",
  },
  {
    key: "painResistedHipFlexion",
    label: { en: "Pain on resisted hip flexion (0-10)", es: "Dolor con la flexión de cadera contra resistencia (0-10)" },
    unit: "NPRS",
    range: { min: 0, max: 10 },
    step: 1,
    integer: true,
    paired: false,
    visits: BOTH,
    group: "pain",
  },
] as const satisfies readonly InputDef[];

export const QUADRICEPS_MEASURES = [
  {
    key: "kneeExtensorAffectedKg",
    label: { en: "Isometric knee extension, injured side (kg)", es: "Extensión isométrica de rodilla, lado lesionado (kg)" },
    shortLabel: { en: "knee-extension strength", es: "fuerza de extensión de rodilla" },
    unit: "kg",
    range: { min: 0, max: 150 },
    higherIsBetter: true,
    description: "Hand-held dynamometer, seated, knee at about 60-90 degrees; best of 3 on the injured side.",
    derive: { as: "affected", input: "kneeExtensorKg" },
  },
  {
    key: "kneeExtensorSymmetry",
    label: { en: "Knee-extension strength symmetry (%)", es: "Simetría de la fuerza de extensión de rodilla (%)" },
    shortLabel: { en: "knee-extension symmetry", es: "simetría de extensión de rodilla" },
    unit: "%",
    range: { min: 0, max: 200 },
    higherIsBetter: true,
    description: "Injured-side isometric knee-extension force as a percentage of the other side.",
    derive: { as: "symmetry", input: "kneeExtensorKg" },
  },
  {
    key: "proneKneeBendAffectedCm",
    label: { en: "Prone knee-bend, injured side: heel-to-buttock gap (cm)", es: "Flexión de rodilla boca abajo, lado lesionado: distancia talón-glúteo (cm)" },
    shortLabel: { en: "heel-to-buttock gap", es: "distancia talón-glúteo" },
    unit: "cm",
    range: { min: 0, max: 60 },
    higherIsBetter: false,
    description: "Lying face down, the knee bent passively until the thigh's front resists: gap between heel and buttock (0 = touches).",
    derive: { as: "affected", input: "proneKneeBendCm" },
  },
  {
    key: "painResistedHipFlexion",
    label: { en: "Pain on resisted hip flexion (NPRS)", es: "Dolor con la flexión de cadera contra resistencia (EVN)" },
    shortLabel: { en: "hip-flexion pain", es: "dolor al flexionar la cadera" },
    unit: "NPRS",
    range: { min: 0, max: 10 },
    higherIsBetter: false,
    description: "Pain 0-10 on resisted hip flexion in sitting, which loads the rectus femoris.",
    derive: { as: "value", input: "painResistedHipFlexion" },
  },
] as const satisfies readonly MeasureDef[];

export const QUADRICEPS_CHECKS = [
  {
    key: "quads-knee-bend-equal",
    label: { en: "Prone knee-bend equal to the other side", es: "Flexión de rodilla boca abajo igual al otro lado" },
    shortLabel: { en: "prone knee-bend", es: "flexión boca abajo" },
    patientLabel: {
      en: "Lying face down, your heel comes as close to your bottom as on the other side",
      es: "Boca abajo, su talón llega tan cerca del glúteo como en el otro lado",
    },
    description: "Heel-to-buttock gap within about 2 cm of the other side, with no more than a stretch felt in the front of the thigh.",
  },
  {
    key: "quads-single-leg-squat",
    label: { en: "Single-leg squat: good control, pain-free", es: "Sentadilla a una pierna: buen control, sin dolor" },
    shortLabel: { en: "single-leg squat", es: "sentadilla a una pierna" },
    patientLabel: {
      en: "You can do a slow, steady squat on your injured leg without pain",
      es: "Puede hacer una sentadilla lenta y estable sobre la pierna lesionada sin dolor",
    },
    description: "5 slow single-leg squats to about 60 degrees knee bend: knee over the foot, level pelvis, no pain.",
  },
  {
    key: "quads-kicking-full-effort",
    label: { en: "Full-effort kicking without pain", es: "Golpeo a máximo esfuerzo sin dolor" },
    shortLabel: { en: "kicking", es: "golpeo" },
    patientLabel: { en: "You can kick a ball hard over a long distance without pain", es: "Puede patear un balón fuerte y lejos sin dolor" },
    description: "Long passes and shots at full effort with the injured leg, no pain during or the next morning (kicking progression done).",
  },
] as const satisfies readonly CheckDef[];

export const QUADRICEPS_MEASURE_SET = {
  inputs: QUADRICEPS_INPUTS,
  measures: QUADRICEPS_MEASURES,
  checks: QUADRICEPS_CHECKS,
} as const satisfies KindMeasures;
