// The adductor (groin) injury kind: acute strains of the hip adductors. Everything groin-specific
// that the rest of Restride needs is reached through ADDUCTOR_KIND (registry:
// lib/domain/injuries/index.ts), and its seeded protocol through ADDUCTOR_CONTENT in ./content
// (registry: lib/domain/injuries/content.ts).
import type { ScreenClearance } from "../../clinical/types";
import type { InjuryKind, ScreenAnswers } from "../types";
import { ADDUCTOR_MEASURE_SET } from "./measures";
import { adductorPrognosis } from "./prognosis";
import { ADDUCTOR_SCREEN_DEFINITION, NEGATIVE_ADDUCTOR_SCREEN, adductorScreenInput, screenAdductor } from "./screen";
import { ADDUCTOR_WORDING } from "./wording";

export const ADDUCTOR_KIND = {
  key: "adductor",
  muscles: [
    {
      key: "ADDUCTOR_LONGUS",
      label: { en: "Adductor longus", es: "Aductor largo" },
      patient: {
        en: "the adductor longus, the main muscle on the inside of the thigh near the groin",
        es: "el aductor largo, el músculo principal de la cara interna del muslo, cerca de la ingle",
      },
    },
    {
      key: "ADDUCTOR_MAGNUS",
      label: { en: "Adductor magnus", es: "Aductor mayor" },
      patient: {
        en: "the adductor magnus, the large muscle deep on the inside of the thigh",
        es: "el aductor mayor, el músculo grande y profundo de la cara interna del muslo",
      },
    },
    {
      key: "ADDUCTOR_BREVIS",
      label: { en: "Adductor brevis", es: "Aductor corto" },
      patient: {
        en: "the adductor brevis, a short muscle high on the inside of the thigh",
        es: "el aductor corto, un músculo corto en la parte alta de la cara interna del muslo",
      },
    },
    {
      key: "GRACILIS",
      label: { en: "Gracilis", es: "Recto interno (grácil)" },
      patient: {
        en: "the gracilis, a long thin muscle from the groin to the inside of the knee",
        es: "el recto interno, un músculo largo y delgado que va de la ingle a la cara interna de la rodilla",
      },
    },
    {
      key: "PECTINEUS",
      label: { en: "Pectineus", es: "Pectíneo" },
      patient: {
        en: "the pectineus, a small flat muscle at the front of the groin",
        es: "el pectíneo, un músculo pequeño y plano en la parte delantera de la ingle",
      },
    },
    {
      key: "ADDUCTOR_UNSPECIFIED",
      label: { en: "Adductor (muscle unspecified)", es: "Aductor (músculo sin especificar)" },
      patient: { en: "a groin muscle on the inside of the thigh", es: "un músculo de la ingle, en la cara interna del muslo" },
    },
  ],
  unspecifiedMuscle: "ADDUCTOR_UNSPECIFIED",
  measures: ADDUCTOR_MEASURE_SET,
  screen: {
    definition: ADDUCTOR_SCREEN_DEFINITION,
    negative: NEGATIVE_ADDUCTOR_SCREEN,
    evaluate: (answers: ScreenAnswers, clearance?: ScreenClearance) => screenAdductor(adductorScreenInput(answers), clearance),
    missing: () => ({}),
  },
  prognosis: adductorPrognosis,
  // Groin exercises have no knee-bias pairing to scale by.
  doseRules: { deficit: null },
  // Until a specialist has seen a complete tear or avulsion, the groin is protected, not loaded:
  // ankle pumps keep blood moving in a resting leg, nothing else is prescribed.
  specialistHold: {
    exerciseKeys: ["ankle-pumps"],
    advice: {
      en: [
        "Use the crutches your doctor or therapist gave you, as they showed you.",
        "Do not stretch, massage or strengthen your groin until the specialist says you can.",
        "Avoid wide steps, kicking and sitting with your legs spread apart.",
        "Do your ankle pumps every hour or two while you are awake, to keep the blood moving.",
      ],
      es: [
        "Use las muletas que le dio su médico o terapeuta, como le enseñaron.",
        "No estire, no dé masaje ni fortalezca la ingle hasta que el especialista le diga que puede.",
        "Evite los pasos largos, patear y sentarse con las piernas muy abiertas.",
        "Haga los movimientos de tobillo cada una o dos horas mientras esté despierto, para que la sangre circule.",
      ],
    },
  },
  wording: ADDUCTOR_WORDING,
  charts: {
    strength: {
      title: "Hip adduction strength",
      inputs: [{ input: "adductionStrengthN", variant: "isometric" }],
      unit: "N",
      symmetryTarget: 90,
      caption: "Isometric hip adduction with a dynamometer.",
      emptyText: "No adduction strength tests recorded yet.",
    },
  },
} as const satisfies InjuryKind;
