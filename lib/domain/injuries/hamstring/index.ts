// The hamstring injury kind: biceps femoris (long and short head), semitendinosus and
// semimembranosus strains. Registry: lib/domain/injuries/index.ts; seeded protocol in ./content
// (registry: lib/domain/injuries/content.ts).
import type { ScreenClearance } from "../../clinical/types";
import type { InjuryKind, ScreenAnswers } from "../types";
import { HAMSTRING_MEASURE_SET } from "./measures";
import { HAMSTRING_MECHANISMS, hamstringPrognosis } from "./prognosis";
import { HAMSTRING_SCREEN_DEFINITION, NEGATIVE_HAMSTRING_SCREEN, screenHamstring } from "./screen";
import { HAMSTRING_WORDING } from "./wording";

export const HAMSTRING_KIND = {
  key: "hamstring",
  muscles: [
    {
      key: "BICEPS_FEMORIS_LONG",
      label: { en: "Biceps femoris, long head", es: "Bíceps femoral, cabeza larga" },
      patient: { en: "the biceps femoris, on the outer back of the thigh", es: "el bíceps femoral, en la parte de atrás y de afuera del muslo" },
    },
    {
      key: "BICEPS_FEMORIS_SHORT",
      label: { en: "Biceps femoris, short head", es: "Bíceps femoral, cabeza corta" },
      patient: {
        en: "the short part of the biceps femoris, low on the outer back of the thigh",
        es: "la parte corta del bíceps femoral, abajo en la parte de atrás y de afuera del muslo",
      },
    },
    {
      key: "SEMITENDINOSUS",
      label: { en: "Semitendinosus", es: "Semitendinoso" },
      patient: { en: "the semitendinosus, on the inner back of the thigh", es: "el semitendinoso, en la parte de atrás y de adentro del muslo" },
    },
    {
      key: "SEMIMEMBRANOSUS",
      label: { en: "Semimembranosus", es: "Semimembranoso" },
      patient: {
        en: "the semimembranosus, deep on the inner back of the thigh",
        es: "el semimembranoso, en lo profundo de la parte de atrás y de adentro del muslo",
      },
    },
    {
      key: "HAMSTRING_UNSPECIFIED",
      label: { en: "Hamstring (muscle unspecified)", es: "Isquiotibiales (músculo sin especificar)" },
      patient: { en: "a hamstring muscle at the back of the thigh", es: "un músculo isquiotibial en la parte de atrás del muslo" },
    },
  ],
  unspecifiedMuscle: "HAMSTRING_UNSPECIFIED",
  measures: HAMSTRING_MEASURE_SET,
  screen: {
    definition: HAMSTRING_SCREEN_DEFINITION,
    negative: NEGATIVE_HAMSTRING_SCREEN,
    evaluate: (answers: ScreenAnswers, clearance?: ScreenClearance) => screenHamstring(answers, clearance),
    missing: () => ({}),
  },
  mechanisms: HAMSTRING_MECHANISMS,
  prognosis: hamstringPrognosis,
  doseRules: { deficit: null },
  // Before the specialist's decision on a complete tear (a proximal avulsion may need early repair),
  // only gentle circulation work: ankle pumps from the shared library.
  specialistHold: {
    exerciseKeys: ["ankle-pumps"],
    advice: {
      en: [
        "Use the crutches or brace your doctor or therapist gave you, as they showed you.",
        "Do not stretch, massage or strengthen the back of your thigh until the specialist says you can.",
        "Do your ankle pumps every hour or two while you are awake, to keep the blood moving.",
      ],
      es: [
        "Use las muletas o la férula que le dio su médico o terapeuta, como le enseñaron.",
        "No estire, no dé masaje ni fortalezca la parte de atrás del muslo hasta que el especialista le diga que puede.",
        "Haga los movimientos de tobillo cada una o dos horas mientras esté despierto, para que la sangre circule.",
      ],
    },
  },
  wording: HAMSTRING_WORDING,
  charts: {
    strength: {
      title: "Knee-flexor strength",
      inputs: [
        { input: "kneeFlexorForce90Kg", variant: "knee at 90 degrees" },
        { input: "kneeFlexorForce15Kg", variant: "knee at 15-30 degrees" },
      ],
      unit: "kg",
      symmetryTarget: 90,
      caption: "Isometric knee-flexor strength with a hand-held dynamometer.",
      emptyText: "No knee-flexor strength tests recorded yet.",
    },
  },
} as const satisfies InjuryKind;
