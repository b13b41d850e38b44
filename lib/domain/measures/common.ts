// Measures every injury kind can use: pain, hop distance, function score, adherence, body mass,
// and the therapist checks that are not specific to one body region. Region-specific ones live in
// their kind's module (lib/domain/injuries/<kind>/measures.ts).
import type { CheckDef, InputDef, MeasureDef } from "./types";

const NPRS = { min: 0, max: 10 } as const;
const SYMMETRY = { min: 0, max: 200 } as const;
const BOTH = ["ASSESSMENT", "VISIT"] as const;
const VISIT = ["VISIT"] as const;

const pain = <K extends string>(key: K, en: string, es: string, visits: readonly ("ASSESSMENT" | "VISIT")[]) =>
  ({
    key,
    label: { en: `${en} (0-10)`, es: `${es} (0-10)` },
    unit: "NPRS",
    range: NPRS,
    step: 1,
    integer: true,
    paired: false,
    visits,
    group: "pain",
  }) as const satisfies InputDef;

export const COMMON_INPUTS = [
  pain("painRest", "Pain at rest", "Dolor en reposo", BOTH),
  pain("painWalking", "Pain while walking", "Dolor al caminar", BOTH),
  pain("painExercise", "Pain during exercise", "Dolor durante el ejercicio", VISIT),
  pain("painNextMorning", "Pain the next morning", "Dolor a la mañana siguiente", VISIT),
  {
    key: "hopDistanceCm",
    label: { en: "Single-leg hop, {side} (cm)", es: "Salto a una pierna, {side} (cm)" },
    unit: "cm",
    range: { min: 0, max: 400 },
    step: 1,
    integer: false,
    paired: true,
    visits: VISIT,
    group: "function",
  },
  {
    key: "lefs",
    label: { en: "LEFS score (0-80)", es: "Puntuación LEFS (0-80)" },
    unit: "points",
    range: { min: 0, max: 80 },
    step: 1,
    integer: true,
    paired: false,
    visits: VISIT,
    group: "function",
  },
  {
    key: "adherencePct",
    label: { en: "Exercise sessions done since the last visit (%)", es: "Sesiones de ejercicio hechas desde la última visita (%)" },
    unit: "%",
    range: { min: 0, max: 100 },
    step: 1,
    integer: true,
    paired: false,
    visits: VISIT,
    group: "function",
  },
  {
    key: "bodyMassKg",
    label: { en: "Body mass (kg)", es: "Peso corporal (kg)" },
    unit: "kg",
    range: { min: 20, max: 300 },
    step: 0.1,
    integer: false,
    paired: false,
    visits: VISIT,
    group: "body",
  },
] as const satisfies readonly InputDef[];

const painMeasure = <K extends string>(key: K, en: string, es: string, shortEn: string, shortEs: string, description: string) =>
  ({
    key,
    label: { en: `${en} (NPRS)`, es: `${es} (EVN)` },
    shortLabel: { en: shortEn, es: shortEs },
    unit: "NPRS",
    range: NPRS,
    higherIsBetter: false,
    description,
    derive: { as: "value", input: key },
  }) as const satisfies MeasureDef;

export const COMMON_MEASURES = [
  painMeasure("painRest", "Pain at rest", "Dolor en reposo", "rest pain", "dolor en reposo", "Numeric pain rating 0-10 while sitting or lying still."),
  painMeasure(
    "painWalking",
    "Pain while walking",
    "Dolor al caminar",
    "walking pain",
    "dolor al caminar",
    "Numeric pain rating 0-10 during normal-pace walking.",
  ),
  painMeasure(
    "painExercise",
    "Pain during exercise",
    "Dolor durante el ejercicio",
    "exercise pain",
    "dolor con el ejercicio",
    "Highest pain 0-10 during the prescribed exercises.",
  ),
  painMeasure(
    "painNextMorning",
    "Pain the next morning",
    "Dolor a la mañana siguiente",
    "next-morning pain",
    "dolor a la mañana siguiente",
    "Pain 0-10 on the first steps the morning after loading. A rise of 2 or more means hold or step back.",
  ),
  {
    key: "hopDistanceSymmetry",
    label: { en: "Single-leg hop distance symmetry (%)", es: "Simetría del salto a una pierna (%)" },
    shortLabel: { en: "hop symmetry", es: "simetría del salto" },
    unit: "%",
    range: SYMMETRY,
    higherIsBetter: true,
    description: "Single-leg hop for distance on the injured side as a percentage of the other side.",
    derive: { as: "symmetry", input: "hopDistanceCm" },
  },
  {
    key: "lefs",
    label: { en: "Lower Extremity Functional Scale (0-80)", es: "Escala funcional de la extremidad inferior (0-80)" },
    shortLabel: { en: "LEFS", es: "LEFS" },
    unit: "points",
    range: { min: 0, max: 80 },
    higherIsBetter: true,
    description: "20 questions on leg function, scored 0-80; changes under about 9 points may be noise (Binkley 1999).",
    derive: { as: "value", input: "lefs" },
  },
  {
    key: "adherencePct",
    label: { en: "Exercise adherence (%)", es: "Cumplimiento del ejercicio (%)" },
    shortLabel: { en: "adherence", es: "cumplimiento" },
    unit: "%",
    range: { min: 0, max: 100 },
    higherIsBetter: true,
    description: "Share of the prescribed exercise sessions the patient did.",
    derive: { as: "value", input: "adherencePct" },
  },
] as const satisfies readonly MeasureDef[];

export const COMMON_CHECKS = [
  {
    key: "specialist-cleared",
    label: { en: "Specialist / surgical decision made and rehab cleared", es: "Decisión del especialista o cirujano tomada y rehabilitación autorizada" },
    shortLabel: { en: "specialist clearance", es: "autorización del especialista" },
    patientLabel: {
      en: "A specialist has seen your {region} and agreed on the next steps",
      es: "Un especialista ha visto su {region} y acordó los siguientes pasos",
    },
    description: "Complete ruptures need an orthopaedic or sports physician opinion before loading starts.",
  },
  {
    key: "normal-gait",
    label: { en: "Normal gait without a limp", es: "Marcha normal, sin cojear" },
    shortLabel: { en: "normal gait", es: "marcha normal" },
    patientLabel: { en: "You walk without a limp", es: "Camina sin cojear" },
    description: "Even step length and push-off at a normal pace, observed by the therapist.",
  },
  {
    key: "pain-free-double-leg-hops",
    label: { en: "Pain-free double-leg hops (pogo)", es: "Saltos con los dos pies sin dolor (pogo)" },
    shortLabel: { en: "double-leg hops", es: "saltos con los dos pies" },
    patientLabel: { en: "You can hop on both feet without pain", es: "Puede saltar con los dos pies sin dolor" },
    description: "About 20 low double-leg pogo hops with no pain during or after.",
  },
  {
    key: "pain-free-single-leg-hops",
    label: { en: "Pain-free single-leg hops", es: "Saltos a una pierna sin dolor" },
    shortLabel: { en: "single-leg hops", es: "saltos a una pierna" },
    patientLabel: { en: "You can hop on your injured leg without pain", es: "Puede saltar sobre la pierna lesionada sin dolor" },
    description: "Repeated single-leg hops on the injured side with no pain during or after.",
  },
  {
    key: "box-jumps-5x30",
    label: { en: "5 x 30 cm box jumps", es: "5 saltos a un cajón de 30 cm" },
    shortLabel: { en: "box jumps", es: "saltos al cajón" },
    patientLabel: { en: "You can do 5 jumps onto a 30 cm box", es: "Puede hacer 5 saltos a un cajón de 30 cm" },
    description: "Five controlled two-footed jumps onto a 30 cm box without pain.",
  },
  {
    key: "run-walk-no-flare",
    label: { en: "Run-walk programme done with no 24-hour flare", es: "Programa de correr y caminar terminado sin empeorar en 24 horas" },
    shortLabel: { en: "run-walk", es: "correr y caminar" },
    patientLabel: {
      en: "You finished the run-walk plan and your {region} felt fine the next day",
      es: "Terminó el plan de caminar y correr y su {region} estaba bien al día siguiente",
    },
    description: "Reached repeated 5-minute running blocks, with pain and swelling no worse during the following day.",
  },
  {
    key: "full-training-no-flare",
    label: { en: "Full training with no flare", es: "Entrenamiento completo sin empeorar" },
    shortLabel: { en: "full training", es: "entrenamiento completo" },
    patientLabel: {
      en: "You are back to full training and your {region} stays calm",
      es: "Ha vuelto a entrenar por completo y su {region} no le molesta",
    },
    description: "At least 1 week of full, unrestricted training with no rise in pain or swelling.",
  },
] as const satisfies readonly CheckDef[];
