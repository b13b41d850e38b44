import { CHECK_KEYS, MEASURE_KEYS, type CheckKey, type CheckMeta, type MeasureKey, type MeasureMeta } from "./types";

const NPRS = { min: 0, max: 10 };
const SYMMETRY = { min: 0, max: 200 };

/** Label, unit and valid range of every measure a gate can test. */
export const MEASURE_META: Record<MeasureKey, MeasureMeta> = {
  painRest: {
    label: "Pain at rest (NPRS)",
    shortLabel: "rest pain",
    unit: "NPRS",
    range: NPRS,
    higherIsBetter: false,
    description: "Numeric pain rating 0-10 while sitting or lying still.",
  },
  painWalking: {
    label: "Pain while walking (NPRS)",
    shortLabel: "walking pain",
    unit: "NPRS",
    range: NPRS,
    higherIsBetter: false,
    description: "Numeric pain rating 0-10 during normal-pace walking.",
  },
  painExercise: {
    label: "Pain during exercise (NPRS)",
    shortLabel: "exercise pain",
    unit: "NPRS",
    range: NPRS,
    higherIsBetter: false,
    description: "Highest pain 0-10 during the prescribed exercises.",
  },
  painNextMorning: {
    label: "Pain the next morning (NPRS)",
    shortLabel: "next-morning pain",
    unit: "NPRS",
    range: NPRS,
    higherIsBetter: false,
    description: "Pain 0-10 on the first steps the morning after loading. A rise of 2 or more means hold or step back.",
  },
  heelRaisesAffectedStraight: {
    label: "Single-leg heel raises, injured side, straight knee (reps)",
    shortLabel: "heel raises",
    unit: "reps",
    range: { min: 0, max: 200 },
    higherIsBetter: true,
    description: "Straight-knee single-leg heel raises to fatigue on the injured side (healthy adults about 25; noise about +/- 6).",
  },
  heelRaisesAffectedBent: {
    label: "Single-leg heel raises, injured side, bent knee (reps)",
    shortLabel: "bent-knee heel raises",
    unit: "reps",
    range: { min: 0, max: 200 },
    higherIsBetter: true,
    description: "Bent-knee (soleus-biased) single-leg heel raises to fatigue on the injured side.",
  },
  heelRaiseSymmetryStraight: {
    label: "Heel-raise symmetry, straight knee (%)",
    shortLabel: "straight-knee symmetry",
    unit: "%",
    range: SYMMETRY,
    higherIsBetter: true,
    description: "Injured side reps as a percentage of the other side, straight knee.",
  },
  heelRaiseSymmetryBent: {
    label: "Heel-raise symmetry, bent knee (%)",
    shortLabel: "bent-knee symmetry",
    unit: "%",
    range: SYMMETRY,
    higherIsBetter: true,
    description: "Injured side reps as a percentage of the other side, bent knee.",
  },
  heelRaiseHeightSymmetry: {
    label: "Heel-raise height symmetry (%)",
    shortLabel: "heel-raise height",
    unit: "%",
    range: SYMMETRY,
    higherIsBetter: true,
    description: "Single-leg heel-raise height on the injured side as a percentage of the other side.",
  },
  lungeAffectedCm: {
    label: "Weight-bearing lunge, injured side (cm)",
    shortLabel: "lunge",
    unit: "cm",
    range: { min: 0, max: 30 },
    higherIsBetter: true,
    description: "Knee-to-wall distance on the injured side; each cm equals roughly 3.6 degrees of ankle dorsiflexion.",
  },
  lungeSymmetry: {
    label: "Weight-bearing lunge symmetry (%)",
    shortLabel: "lunge symmetry",
    unit: "%",
    range: SYMMETRY,
    higherIsBetter: true,
    description: "Knee-to-wall distance on the injured side as a percentage of the other side.",
  },
  hopDistanceSymmetry: {
    label: "Single-leg hop distance symmetry (%)",
    shortLabel: "hop symmetry",
    unit: "%",
    range: SYMMETRY,
    higherIsBetter: true,
    description: "Single-leg hop for distance on the injured side as a percentage of the other side.",
  },
  seatedRaiseLoadBw: {
    label: "Seated soleus raise load (x body weight)",
    shortLabel: "seated raise load",
    unit: "xBW",
    range: { min: 0, max: 5 },
    higherIsBetter: true,
    description: "Heaviest added load on a seated soleus raise divided by body mass.",
  },
  lefs: {
    label: "Lower Extremity Functional Scale (0-80)",
    shortLabel: "LEFS",
    unit: "points",
    range: { min: 0, max: 80 },
    higherIsBetter: true,
    description: "20 questions on leg function, scored 0-80; changes under about 9 points may be noise (Binkley 1999).",
  },
  adherencePct: {
    label: "Exercise adherence (%)",
    shortLabel: "adherence",
    unit: "%",
    range: { min: 0, max: 100 },
    higherIsBetter: true,
    description: "Share of the prescribed exercise sessions the patient did.",
  },
};

/** Therapist-confirmed observations that CHECK gates need. */
export const CHECK_META: Record<CheckKey, CheckMeta> = {
  "specialist-cleared": {
    label: "Specialist / surgical decision made and rehab cleared",
    shortLabel: "specialist clearance",
    patientLabel: "A specialist has seen your calf and agreed on the next steps",
    description: "Complete ruptures need an orthopaedic or sports physician opinion before loading starts.",
  },
  "normal-gait": {
    label: "Normal gait without a limp",
    shortLabel: "normal gait",
    patientLabel: "You walk without a limp",
    description: "Even step length and push-off at a normal pace, observed by the therapist.",
  },
  "pain-free-double-leg-hops": {
    label: "Pain-free double-leg hops (pogo)",
    shortLabel: "double-leg hops",
    patientLabel: "You can hop on both feet without pain",
    description: "About 20 low double-leg pogo hops with no pain during or after.",
  },
  "pain-free-single-leg-hops": {
    label: "Pain-free single-leg hops",
    shortLabel: "single-leg hops",
    patientLabel: "You can hop on your injured leg without pain",
    description: "Repeated single-leg hops on the injured side with no pain during or after.",
  },
  "box-jumps-5x30": {
    label: "5 x 30 cm box jumps",
    shortLabel: "box jumps",
    patientLabel: "You can do 5 jumps onto a 30 cm box",
    description: "Five controlled two-footed jumps onto a 30 cm box without pain.",
  },
  "run-walk-no-flare": {
    label: "Run-walk programme done with no 24-hour flare",
    shortLabel: "run-walk",
    patientLabel: "You finished the run-walk plan and your calf felt fine the next day",
    description: "Reached repeated 5-minute running blocks, with pain and swelling no worse during the following day.",
  },
  "full-training-no-flare": {
    label: "Full training with no flare",
    shortLabel: "full training",
    patientLabel: "You are back to full training and your calf stays calm",
    description: "At least 1 week of full, unrestricted training with no rise in pain or swelling.",
  },
};

export function isMeasureKey(value: unknown): value is MeasureKey {
  return typeof value === "string" && (MEASURE_KEYS as readonly string[]).includes(value);
}

export function isCheckKey(value: unknown): value is CheckKey {
  return typeof value === "string" && (CHECK_KEYS as readonly string[]).includes(value);
}
