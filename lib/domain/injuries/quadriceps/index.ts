// The quadriceps injury kind: rectus femoris and vastus strains of the front of the thigh. Reached
// through QUADRICEPS_KIND (registry: lib/domain/injuries/index.ts) and its seeded protocol through
// QUADRICEPS_CONTENT in ./content (registry: lib/domain/injuries/content.ts).
import type { InjuryKind } from "../types";
import { QUADRICEPS_MEASURE_SET } from "./measures";
import { prognosis } from "./prognosis";
import { NEGATIVE_QUADRICEPS_SCREEN, QUADRICEPS_SCREEN_DEFINITION, evaluate, missingAnswers } from "./screen";
import { QUADRICEPS_WORDING } from "./wording";

export const QUADRICEPS_KIND = {
  key: "quadriceps",
  muscles: [
    {
      key: "RECTUS_FEMORIS",
      label: { en: "Rectus femoris", es: "Recto femoral" },
      patient: {
        en: "the rectus femoris, the long muscle down the front of the thigh",
        es: "el recto femoral, el músculo largo de la parte delantera del muslo",
      },
    },
    {
      key: "RECTUS_FEMORIS_PROXIMAL",
      label: { en: "Proximal rectus femoris", es: "Recto femoral proximal" },
      patient: {
        en: "the top of the rectus femoris, near the front of the hip",
        es: "la parte alta del recto femoral, cerca de la parte delantera de la cadera",
      },
    },
    {
      key: "VASTUS_LATERALIS",
      label: { en: "Vastus lateralis", es: "Vasto lateral" },
      patient: { en: "the vastus lateralis, on the outer side of the thigh", es: "el vasto lateral, en la parte externa del muslo" },
    },
    {
      key: "VASTUS_MEDIALIS",
      label: { en: "Vastus medialis", es: "Vasto medial" },
      patient: {
        en: "the vastus medialis, on the inner side of the thigh above the knee",
        es: "el vasto medial, en la parte interna del muslo, encima de la rodilla",
      },
    },
    {
      key: "VASTUS_INTERMEDIUS",
      label: { en: "Vastus intermedius", es: "Vasto intermedio" },
      patient: { en: "the vastus intermedius, deep in the front of the thigh", es: "el vasto intermedio, en lo profundo de la parte delantera del muslo" },
    },
    {
      key: "QUADRICEPS_UNSPECIFIED",
      label: { en: "Quadriceps (muscle unspecified)", es: "Cuádriceps (músculo sin especificar)" },
      patient: { en: "a muscle at the front of the thigh", es: "un músculo de la parte delantera del muslo" },
    },
  ],
  unspecifiedMuscle: "QUADRICEPS_UNSPECIFIED",
  measures: QUADRICEPS_MEASURE_SET,
  screen: {
    definition: QUADRICEPS_SCREEN_DEFINITION,
    negative: NEGATIVE_QUADRICEPS_SCREEN,
    evaluate,
    missing: missingAnswers,
  },
  prognosis,
  // No side-to-side rep rule: quadriceps strength is measured with a dynamometer, and its doses
  // follow the stage and grade (clinician review).
  doseRules: { deficit: null },
  // Before the specialist's decision on a complete rupture: gentle circulation work only.
  specialistHold: {
    exerciseKeys: ["ankle-pumps"],
    advice: {
      en: [
        "Keep the brace or crutches your doctor or therapist gave you, as they showed you.",
        "Do not stretch, massage or strengthen your thigh until the specialist says you can.",
        "Rest with your leg raised when you can.",
        "Do your ankle pumps every hour or two while you are awake, to keep the blood moving.",
      ],
      es: [
        "Use la férula o las muletas que le dio su médico o terapeuta, como le enseñaron.",
        "No estire, no dé masaje ni fortalezca el muslo hasta que el especialista le diga que puede.",
        "Descanse con la pierna en alto cuando pueda.",
        "Haga los movimientos de tobillo cada una o dos horas mientras esté despierto, para que la sangre circule.",
      ],
    },
  },
  wording: QUADRICEPS_WORDING,
  charts: {
    strength: {
      title: "Knee-extension strength",
      inputs: [{ input: "kneeExtensorKg", variant: "isometric" }],
      unit: "kg",
      symmetryTarget: 90,
      caption: "Isometric knee extension with a hand-held dynamometer, best of 3.",
      emptyText: "No knee-extension strength tests recorded yet.",
    },
  },
} as const satisfies InjuryKind;
