// Hamstring tests (injuries brief, "Useful measures"): active knee extension and passive straight-
// leg raise angles, isometric knee-flexor strength by hand-held dynamometer at 90 and 15-30 degrees
// of knee flexion (both sides, symmetry), single-leg bridge reps to fatigue, and the Askling H-test.
// A passive straight-leg-raise deficit predicted return to play (Moen et al., BJSM 2014).
import type { CheckDef, InputDef, KindMeasures, MeasureDef } from "../../measures/types";

const BOTH = ["ASSESSMENT", "VISIT"] as const;
const VISIT = ["VISIT"] as const;
const ANGLE = { min: 0, max: 180 } as const;
const SYMMETRY = { min: 0, max: 200 } as const;
const KINDS = ["hamstring"] as const;

export const HAMSTRING_INPUTS = [
  {
    key: "activeKneeExtensionDeg",
    label: { en: "Active knee extension, {side} (degrees short of straight)", es: "Extensión activa de rodilla, {side} (grados que faltan para estirar)" },
    unit: "deg",
    range: ANGLE,
    step: 1,
    integer: true,
    paired: true,
    visits: BOTH,
    group: "mobility",
  },
  {
    key: "passiveSlrDeg",
    label: { en: "Passive straight-leg raise, {side} (degrees)", es: "Elevación pasiva de la pierna recta, {side} (grados)" },
    unit: "deg",
    range: ANGLE,
    step: 1,
    integer: true,
    paired: true,
    visits: BOTH,
    group: "mobility",
  },
  {
    key: "kneeFlexorForce90Kg",
    label: { en: "Knee-flexor strength at 90 degrees, {side} (kg, dynamometer)", es: "Fuerza de flexores de rodilla a 90 grados, {side} (kg, dinamómetro)" },
    unit: "kg",
    range: { min: 0, max: 150 },
    step: 0.5,
    integer: false,
    paired: true,
    visits: BOTH,
    group: "strength",
  },
  {
    key: "kneeFlexorForce15Kg",
    label: {
      en: "Knee-flexor strength at 15-30 degrees, {side} (kg, dynamometer)",
      es: "Fuerza de flexores de rodilla a 15-30 grados, {side} (kg, dinamómetro)",
    },
    unit: "kg",
    range: { min: 0, max: 150 },
    step: 0.5,
    integer: false,
    paired: true,
    visits: VISIT,
    group: "strength",
  },
  {
    key: "singleLegBridgeReps",
    label: { en: "Single-leg bridges to fatigue, {side}", es: "Puentes a una pierna hasta la fatiga, {side}" },
    unit: "reps",
    range: { min: 0, max: 150 },
    step: 1,
    integer: true,
    paired: true,
    visits: BOTH,
    group: "strength",
  },
] as const satisfies readonly InputDef[];

export const HAMSTRING_MEASURES = [
  {
    key: "aketDeficitAffected",
    label: { en: "Active knee extension, injured side (degrees short of straight)", es: "Extensión activa de rodilla, lado lesionado (grados que faltan)" },
    shortLabel: { en: "active knee extension", es: "extensión activa de rodilla" },
    unit: "deg",
    range: ANGLE,
    higherIsBetter: false,
    description: "Supine, hip at 90 degrees: the angle the knee stays short of straight when actively extended. Lower is better.",
    derive: { as: "affected", input: "activeKneeExtensionDeg" },
  },
  {
    key: "passiveSlrSymmetry",
    label: { en: "Passive straight-leg raise symmetry (%)", es: "Simetría de la elevación pasiva de pierna recta (%)" },
    shortLabel: { en: "SLR symmetry", es: "simetría de la elevación de pierna" },
    unit: "%",
    range: SYMMETRY,
    higherIsBetter: true,
    description: "Passive straight-leg raise angle, injured side as % of the other side. A deficit predicts a longer return (Moen 2014).",
    derive: { as: "symmetry", input: "passiveSlrDeg" },
  },
  {
    key: "kneeFlexor90Symmetry",
    label: { en: "Isometric knee-flexor strength at 90 degrees, symmetry (%)", es: "Fuerza isométrica de flexores de rodilla a 90 grados, simetría (%)" },
    shortLabel: { en: "knee-flexor symmetry (90)", es: "simetría de flexores (90)" },
    unit: "%",
    range: SYMMETRY,
    higherIsBetter: true,
    description: "Hand-held dynamometer, prone, knee at 90 degrees: injured side as % of the other side.",
    derive: { as: "symmetry", input: "kneeFlexorForce90Kg" },
  },
  {
    key: "kneeFlexor15Symmetry",
    label: { en: "Isometric knee-flexor strength at 15-30 degrees, symmetry (%)", es: "Fuerza isométrica de flexores de rodilla a 15-30 grados, simetría (%)" },
    shortLabel: { en: "knee-flexor symmetry (15)", es: "simetría de flexores (15)" },
    unit: "%",
    range: SYMMETRY,
    higherIsBetter: true,
    description: "Hand-held dynamometer, prone, knee at 15-30 degrees (the hamstring at length): injured side as % of the other side.",
    derive: { as: "symmetry", input: "kneeFlexorForce15Kg" },
  },
  {
    key: "singleLegBridgeSymmetry",
    label: { en: "Single-leg bridge reps symmetry (%)", es: "Simetría de puentes a una pierna (%)" },
    shortLabel: { en: "bridge symmetry", es: "simetría de puentes" },
    unit: "%",
    range: SYMMETRY,
    higherIsBetter: true,
    description: "Single-leg bridges (heel on a 60 cm box) to fatigue: injured side as % of the other side.",
    derive: { as: "symmetry", input: "singleLegBridgeReps" },
  },
] as const satisfies readonly MeasureDef[];

export const HAMSTRING_CHECKS = [
  {
    key: "pain-free-isometric-knee-flexion",
    label: {
      en: "Pain-free isometric knee flexion (prone, 90 degrees) against 50-70% manual resistance",
      es: "Flexión isométrica de rodilla sin dolor (boca abajo, 90 grados) contra 50-70% de resistencia manual",
    },
    shortLabel: { en: "pain-free isometric knee flexion", es: "flexión isométrica sin dolor" },
    patientLabel: {
      en: "You can push your heel against the therapist's hand without pain",
      es: "Puede empujar con el talón contra la mano del terapeuta sin dolor",
    },
    description: "Heiderscheit 2010 phase 1 -> 2 criterion.",
    kinds: KINDS,
  },
  {
    key: "pain-free-slow-jog",
    label: { en: "Very slow jog without pain", es: "Trote muy lento sin dolor" },
    shortLabel: { en: "pain-free slow jog", es: "trote lento sin dolor" },
    patientLabel: { en: "You can jog very slowly without pain", es: "Puede trotar muy despacio sin dolor" },
    description: "Heiderscheit 2010 phase 1 -> 2 criterion.",
    kinds: KINDS,
  },
  {
    key: "full-strength-manual-test",
    label: { en: "Full-strength (5/5) pain-free manual knee-flexor test", es: "Prueba manual de flexores de rodilla con fuerza completa (5/5) sin dolor" },
    shortLabel: { en: "5/5 manual strength", es: "fuerza manual 5/5" },
    patientLabel: {
      en: "Your injured leg is as strong as the other when the therapist tests it, with no pain",
      es: "Su pierna lesionada es tan fuerte como la otra cuando el terapeuta la prueba, sin dolor",
    },
    description: "Heiderscheit 2010 phase 2 -> 3 criterion.",
    kinds: KINDS,
  },
  {
    key: "pain-free-jog-50",
    label: {
      en: "Pain-free jog forwards and backwards at about 50% speed (unverified wording: edit)",
      es: "Trote hacia delante y hacia atrás al 50% sin dolor (texto sin verificar: editable)",
    },
    shortLabel: { en: "pain-free 50% jog", es: "trote al 50% sin dolor" },
    patientLabel: {
      en: "You can jog forwards and backwards at half speed without pain",
      es: "Puede trotar hacia delante y hacia atrás a media velocidad sin dolor",
    },
    description: "Heiderscheit 2010 phase 2 -> 3 criterion; the brief marks the wording unverified.",
    kinds: KINDS,
  },
  {
    key: "pain-free-sprint",
    label: { en: "Sport moves and sprinting near top speed without pain", es: "Movimientos del deporte y sprint casi a máxima velocidad sin dolor" },
    shortLabel: { en: "pain-free sprint", es: "sprint sin dolor" },
    patientLabel: {
      en: "You can sprint and do your sport's moves near top speed without pain",
      es: "Puede correr rápido y hacer los movimientos de su deporte casi a máxima velocidad sin dolor",
    },
    description: "Heiderscheit 2010 return-to-sport criterion (brief: unverified detail).",
    kinds: KINDS,
  },
  {
    key: "h-test-no-insecurity",
    label: { en: "Askling H-test: no insecurity in any of 3 trials", es: "Prueba H de Askling: sin inseguridad en ninguno de los 3 intentos" },
    shortLabel: { en: "H-test secure", es: "prueba H sin inseguridad" },
    patientLabel: {
      en: "You feel safe and confident during the fast leg-raise test",
      es: "Se siente seguro y con confianza durante la prueba de elevar la pierna rápido",
    },
    description: "Fast active straight-leg raise in a brace, 3 trials; any insecurity the patient reports means more rehab (Askling 2010, 2013).",
    kinds: KINDS,
  },
] as const satisfies readonly CheckDef[];

export const HAMSTRING_MEASURE_SET = {
  inputs: HAMSTRING_INPUTS,
  measures: HAMSTRING_MEASURES,
  checks: HAMSTRING_CHECKS,
} as const satisfies KindMeasures;
