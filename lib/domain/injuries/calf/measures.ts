// Calf tests: single-leg heel raises (straight knee biases the gastrocnemius, bent knee the
// soleus), heel-raise height, the weight-bearing lunge and the seated soleus raise load.
// Sources: clinical brief "Outcome measures worth tracking" (Hebert-Losier 2017 for heel-raise
// norms and noise; Dorn 2012 / Gheidi 2018 for load as a multiple of body weight).
import type { InputDef, KindMeasures, MeasureDef } from "../../measures/types";

const SYMMETRY = { min: 0, max: 200 } as const;
const BOTH = ["ASSESSMENT", "VISIT"] as const;
const VISIT = ["VISIT"] as const;

export const CALF_INPUTS = [
  {
    key: "heelRaisesStraight",
    label: { en: "Heel raises, {side}, straight knee", es: "Elevaciones de talón, {side}, rodilla recta" },
    unit: "reps",
    range: { min: 0, max: 150 },
    step: 1,
    integer: true,
    paired: true,
    visits: BOTH,
    group: "strength",
  },
  {
    key: "heelRaisesBent",
    label: { en: "Heel raises, {side}, bent knee", es: "Elevaciones de talón, {side}, rodilla doblada" },
    unit: "reps",
    range: { min: 0, max: 150 },
    step: 1,
    integer: true,
    paired: true,
    visits: BOTH,
    group: "strength",
  },
  {
    key: "heelRaiseHeightCm",
    label: { en: "Heel-raise height, {side} (cm)", es: "Altura de la elevación de talón, {side} (cm)" },
    unit: "cm",
    range: { min: 0, max: 30 },
    step: 0.5,
    integer: false,
    paired: true,
    visits: VISIT,
    group: "strength",
  },
  {
    key: "seatedRaiseLoadKg",
    label: { en: "Seated soleus raise, added load (kg)", es: "Elevación de sóleo sentado, carga añadida (kg)" },
    unit: "kg",
    range: { min: 0, max: 400 },
    step: 0.5,
    integer: false,
    paired: false,
    visits: VISIT,
    group: "strength",
  },
  {
    key: "lungeCm",
    label: { en: "Knee-to-wall, {side} (cm)", es: "Rodilla a la pared, {side} (cm)" },
    unit: "cm",
    range: { min: 0, max: 30 },
    step: 0.5,
    integer: false,
    paired: true,
    visits: BOTH,
    group: "mobility",
  },
] as const satisfies readonly InputDef[];

export const CALF_MEASURES = [
  {
    key: "heelRaisesAffectedStraight",
    label: {
      en: "Single-leg heel raises, injured side, straight knee (reps)",
      es: "Elevaciones de talón a una pierna, lado lesionado, rodilla recta (repeticiones)",
    },
    shortLabel: { en: "heel raises", es: "elevaciones de talón" },
    unit: "reps",
    range: { min: 0, max: 200 },
    higherIsBetter: true,
    description: "Straight-knee single-leg heel raises to fatigue on the injured side (healthy adults about 25; noise about +/- 6).",
    derive: { as: "affected", input: "heelRaisesStraight" },
  },
  {
    key: "heelRaisesAffectedBent",
    label: {
      en: "Single-leg heel raises, injured side, bent knee (reps)",
      es: "Elevaciones de talón a una pierna, lado lesionado, rodilla doblada (repeticiones)",
    },
    shortLabel: { en: "bent-knee heel raises", es: "elevaciones con rodilla doblada" },
    unit: "reps",
    range: { min: 0, max: 200 },
    higherIsBetter: true,
    description: "Bent-knee (soleus-biased) single-leg heel raises to fatigue on the injured side.",
    derive: { as: "affected", input: "heelRaisesBent" },
  },
  {
    key: "heelRaiseSymmetryStraight",
    label: { en: "Heel-raise symmetry, straight knee (%)", es: "Simetría de elevaciones de talón, rodilla recta (%)" },
    shortLabel: { en: "straight-knee symmetry", es: "simetría con rodilla recta" },
    unit: "%",
    range: SYMMETRY,
    higherIsBetter: true,
    description: "Injured side reps as a percentage of the other side, straight knee.",
    derive: { as: "symmetry", input: "heelRaisesStraight" },
  },
  {
    key: "heelRaiseSymmetryBent",
    label: { en: "Heel-raise symmetry, bent knee (%)", es: "Simetría de elevaciones de talón, rodilla doblada (%)" },
    shortLabel: { en: "bent-knee symmetry", es: "simetría con rodilla doblada" },
    unit: "%",
    range: SYMMETRY,
    higherIsBetter: true,
    description: "Injured side reps as a percentage of the other side, bent knee.",
    derive: { as: "symmetry", input: "heelRaisesBent" },
  },
  {
    key: "heelRaiseTargetStraight",
    label: {
      en: "Heel raises vs target, straight knee (% of the smaller of 25 and the other side)",
      es: "Elevaciones de talón frente al objetivo, rodilla recta (% del menor entre 25 y el otro lado)",
    },
    shortLabel: { en: "heel raises vs target", es: "elevaciones frente al objetivo" },
    unit: "%",
    range: SYMMETRY,
    higherIsBetter: true,
    description:
      "Injured-side straight-knee heel raises as a percentage of a target that is the smaller of 25 and the other side's count: 25 is above many healthy people (median 24 men, 21 women; Hebert-Losier 2017).",
    derive: { as: "affectedVsTarget", input: "heelRaisesStraight", cap: 25 },
  },
  {
    key: "heelRaiseTargetBent",
    label: {
      en: "Heel raises vs target, bent knee (% of the smaller of 25 and the other side)",
      es: "Elevaciones de talón frente al objetivo, rodilla doblada (% del menor entre 25 y el otro lado)",
    },
    shortLabel: { en: "bent-knee heel raises vs target", es: "elevaciones con rodilla doblada frente al objetivo" },
    unit: "%",
    range: SYMMETRY,
    higherIsBetter: true,
    description:
      "Injured-side bent-knee heel raises as a percentage of a target that is the smaller of 25 and the other side's count (Hebert-Losier 2017 norms).",
    derive: { as: "affectedVsTarget", input: "heelRaisesBent", cap: 25 },
  },
  {
    key: "heelRaiseHeightSymmetry",
    label: { en: "Heel-raise height symmetry (%)", es: "Simetría de la altura de elevación de talón (%)" },
    shortLabel: { en: "heel-raise height", es: "altura de elevación" },
    unit: "%",
    range: SYMMETRY,
    higherIsBetter: true,
    description: "Single-leg heel-raise height on the injured side as a percentage of the other side.",
    derive: { as: "symmetry", input: "heelRaiseHeightCm" },
  },
  {
    key: "lungeAffectedCm",
    label: { en: "Weight-bearing lunge, injured side (cm)", es: "Zancada con carga, lado lesionado (cm)" },
    shortLabel: { en: "lunge", es: "zancada" },
    unit: "cm",
    range: { min: 0, max: 30 },
    higherIsBetter: true,
    description: "Knee-to-wall distance on the injured side; each cm equals roughly 3.6 degrees of ankle dorsiflexion.",
    derive: { as: "affected", input: "lungeCm" },
  },
  {
    key: "lungeSymmetry",
    label: { en: "Weight-bearing lunge symmetry (%)", es: "Simetría de la zancada con carga (%)" },
    shortLabel: { en: "lunge symmetry", es: "simetría de la zancada" },
    unit: "%",
    range: SYMMETRY,
    higherIsBetter: true,
    description: "Knee-to-wall distance on the injured side as a percentage of the other side.",
    derive: { as: "symmetry", input: "lungeCm" },
  },
  {
    key: "seatedRaiseLoadBw",
    label: { en: "Seated soleus raise load (x body weight)", es: "Carga de la elevación de sóleo sentado (x peso corporal)" },
    shortLabel: { en: "seated raise load", es: "carga sentado" },
    unit: "xBW",
    range: { min: 0, max: 5 },
    higherIsBetter: true,
    description: "Heaviest added load on a seated soleus raise divided by body mass.",
    derive: { as: "ratio", numerator: "seatedRaiseLoadKg", denominator: "bodyMassKg", decimals: 2 },
  },
] as const satisfies readonly MeasureDef[];

export const CALF_MEASURE_SET = {
  inputs: CALF_INPUTS,
  measures: CALF_MEASURES,
  checks: [],
} as const satisfies KindMeasures;
