// The calf injury kind: soleus and gastrocnemius strains. Everything calf-specific that the rest
// of Restride needs is reached through CALF_KIND (registry: lib/domain/injuries/index.ts), and its
// seeded protocols through CALF_CONTENT in ./content (registry: lib/domain/injuries/content.ts).
import type { ScreenClearance } from "../../clinical/types";
import type { InjuryKind, ScreenAnswers } from "../types";
import { CALF_MEASURE_SET } from "./measures";
import { prognosis } from "./prognosis";
import { CALF_SCREEN_DEFINITION, NEGATIVE_SCREEN, missingAnswers, screen, type ScreenInput } from "./screen";
import { CALF_WORDING } from "./wording";

export const CALF_KIND = {
  key: "calf",
  muscles: [
    {
      key: "SOLEUS",
      label: { en: "Soleus", es: "Sóleo" },
      patient: { en: "the soleus, the deep calf muscle", es: "el sóleo, el músculo profundo de la pantorrilla" },
    },
    {
      key: "MEDIAL_GASTROCNEMIUS",
      label: { en: "Medial gastrocnemius", es: "Gastrocnemio medial" },
      patient: {
        en: "the inner part of the gastrocnemius, the big calf muscle",
        es: "la parte interna del gastrocnemio, el músculo grande de la pantorrilla",
      },
    },
    {
      key: "LATERAL_GASTROCNEMIUS",
      label: { en: "Lateral gastrocnemius", es: "Gastrocnemio lateral" },
      patient: {
        en: "the outer part of the gastrocnemius, the big calf muscle",
        es: "la parte externa del gastrocnemio, el músculo grande de la pantorrilla",
      },
    },
    {
      key: "CALF_UNSPECIFIED",
      label: { en: "Calf (muscle unspecified)", es: "Pantorrilla (músculo sin especificar)" },
      patient: { en: "a calf muscle", es: "un músculo de la pantorrilla" },
    },
  ],
  unspecifiedMuscle: "CALF_UNSPECIFIED",
  measures: CALF_MEASURE_SET,
  screen: {
    definition: CALF_SCREEN_DEFINITION,
    negative: NEGATIVE_SCREEN,
    // Stored answers come from the calf form, which the definition above drives.
    evaluate: (answers: ScreenAnswers, clearance?: ScreenClearance) => screen({ ...NEGATIVE_SCREEN, ...(answers as Partial<ScreenInput>) }, clearance),
    missing: missingAnswers,
  },
  prognosis,
  doseRules: {
    // Straight-knee raises bias the gastrocnemius, bent-knee raises the soleus (clinical brief).
    deficit: {
      ruleKey: "HEEL_RAISE_DEFICIT",
      stageKey: "strength",
      category: "TARGET_STRENGTH",
      inputByBias: { STRAIGHT: "heelRaisesStraight", BENT: "heelRaisesBent" },
      describe: (bias, symmetry, factor) => {
        const position = bias === "STRAIGHT" ? "straight-knee" : "bent-knee";
        return `First-visit ${position} heel-raise symmetry ${symmetry}%: ${position} calf raise reps x ${factor}.`;
      },
    },
  },
  // Until a specialist has seen a complete rupture, the calf is protected, not loaded: ankle pumps
  // keep blood moving (the DVT risk of a resting leg, clinical brief), nothing else is prescribed.
  specialistHold: {
    exerciseKeys: ["ankle-pumps"],
    advice: {
      en: [
        "Keep the boot, brace or crutches your doctor or therapist gave you, as they showed you.",
        "Do not stretch, massage or strengthen your calf until the specialist says you can.",
        "Rest with your leg raised when you can.",
        "Do your ankle pumps every hour or two while you are awake, to keep the blood moving.",
      ],
      es: [
        "Use la bota, la férula o las muletas que le dio su médico o terapeuta, como le enseñaron.",
        "No estire, no dé masaje ni fortalezca la pantorrilla hasta que el especialista le diga que puede.",
        "Descanse con la pierna en alto cuando pueda.",
        "Haga los movimientos de tobillo cada una o dos horas mientras esté despierto, para que la sangre circule.",
      ],
    },
  },
  wording: CALF_WORDING,
  charts: {
    strength: {
      title: "Heel raises",
      inputs: [
        { input: "heelRaisesStraight", variant: "straight knee" },
        { input: "heelRaisesBent", variant: "bent knee" },
      ],
      unit: "reps",
      symmetryTarget: 90,
      caption: "Single-leg heel raises to fatigue.",
      emptyText: "No heel-raise tests recorded yet.",
    },
  },
} as const satisfies InjuryKind;
