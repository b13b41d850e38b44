// Patient-facing stage text (English and Spanish) for the calf templates. Stages that read the
// same for both muscles share one text; strength and run stages differ by muscle bias.
import type { StageKey, StageTemplate, StageText } from "../../../clinical/types";
import { RUN_WALK_SUMMARY, RUN_WALK_SUMMARY_ES } from "./run-walk";

export interface BilingualStageText {
  en: StageText;
  es: StageText;
}

const PROTECT: BilingualStageText = {
  en: {
    name: "Protect and start loading",
    purpose: "Calm the injury, walk normally again and start gentle calf work.",
    goals: ["Walk without a limp.", "Walking hurts 2 out of 10 or less.", "Do short, easy calf exercises a few times a day."],
    precautions: [
      "No running, jumping or hill walking yet.",
      "No hard stretching or deep massage on the sore spot in the first days.",
      "If your muscle is fully torn, follow your specialist's advice on a boot or brace before any exercise.",
    ],
    education:
      "Your calf is healing. Gentle use helps it heal stronger than full rest. Short, easy sessions spread over the day work best. A little discomfort is fine if it settles soon after. A heel lift in your shoe can make walking easier.",
  },
  es: {
    name: "Proteger y empezar a cargar",
    purpose: "Calmar la lesión, volver a caminar con normalidad y empezar un trabajo suave de pantorrilla.",
    goals: ["Caminar sin cojear.", "Caminar le duele 2 de 10 o menos.", "Hacer ejercicios de pantorrilla cortos y fáciles unas cuantas veces al día."],
    precautions: [
      "Todavía no corra, no salte ni camine por cuestas.",
      "No estire fuerte ni dé masaje profundo sobre el punto dolorido en los primeros días.",
      "Si su músculo está roto por completo, siga los consejos de su especialista sobre una bota o férula antes de hacer ejercicio.",
    ],
    education:
      "Su pantorrilla está sanando. Usarla con suavidad la ayuda a sanar más fuerte que el reposo total. Lo mejor son sesiones cortas y fáciles repartidas durante el día. Una pequeña molestia está bien si se calma pronto. Un alza en el talón del zapato puede facilitar la marcha.",
  },
};

const SOLEUS_STRENGTH: BilingualStageText = {
  en: {
    name: "Build strength",
    purpose: "Make your calf strong again, with extra bent-knee work for the deep soleus muscle.",
    goals: [
      "As many heel raises on your injured leg as on your other leg, up to 25, with the knee straight and with it bent.",
      "Both calves within 10% of each other.",
      "Seated calf raises with added weight as heavy as your body.",
      "Hop on both feet without pain.",
    ],
    precautions: ["No running yet."],
    education:
      "Your calf must be strong before you run. When you run, your soleus takes about 6 to 8 times your body weight. A heel raise on one leg is only about 4 times. So we add weight to your exercises over time. Slow, heavy reps build the most strength.",
  },
  es: {
    name: "Ganar fuerza",
    purpose: "Volver a fortalecer la pantorrilla, con trabajo extra de rodilla doblada para el sóleo profundo.",
    goals: [
      "Tantas elevaciones de talón con la pierna lesionada como con la otra, hasta 25, con la rodilla recta y doblada.",
      "Las dos pantorrillas a menos de un 10% de diferencia.",
      "Elevaciones de talón sentado con un peso añadido igual a su peso corporal.",
      "Saltar con los dos pies sin dolor.",
    ],
    precautions: ["Todavía no corra."],
    education:
      "Su pantorrilla debe estar fuerte antes de correr. Al correr, el sóleo soporta de 6 a 8 veces su peso corporal. Una elevación de talón a una pierna es solo unas 4 veces. Por eso añadimos peso a sus ejercicios con el tiempo. Las repeticiones lentas y pesadas son las que más fuerza crean.",
  },
};

const GASTROCNEMIUS_STRENGTH: BilingualStageText = {
  en: {
    name: "Build strength",
    purpose: "Make your calf strong again, with extra straight-knee work for the gastrocnemius.",
    goals: [
      "As many heel raises on your injured leg as on your other leg, up to 25, with the knee straight and with it bent.",
      "Both calves within 10% of each other.",
      "Seated calf raises with added weight as heavy as your body.",
      "Hop on both feet without pain.",
    ],
    precautions: ["No running yet."],
    education:
      "Your calf must be strong before you run. A heel raise on one leg puts about 4 times your body weight through the calf, and running asks for more. So we add weight to your exercises over time. Slow reps, and a slow lowering phase, build strength for push-off.",
  },
  es: {
    name: "Ganar fuerza",
    purpose: "Volver a fortalecer la pantorrilla, con trabajo extra de rodilla recta para el gastrocnemio.",
    goals: [
      "Tantas elevaciones de talón con la pierna lesionada como con la otra, hasta 25, con la rodilla recta y doblada.",
      "Las dos pantorrillas a menos de un 10% de diferencia.",
      "Elevaciones de talón sentado con un peso añadido igual a su peso corporal.",
      "Saltar con los dos pies sin dolor.",
    ],
    precautions: ["Todavía no corra."],
    education:
      "Su pantorrilla debe estar fuerte antes de correr. Una elevación de talón a una pierna carga la pantorrilla con unas 4 veces su peso corporal, y correr exige más. Por eso añadimos peso a sus ejercicios con el tiempo. Las repeticiones lentas, con una bajada lenta, crean fuerza para el impulso.",
  },
};

function runStage(extraPrecautionEn: string | null, extraPrecautionEs: string | null): BilingualStageText {
  const precautionsEn = [
    "Run every second day, never 2 days in a row.",
    "Flat, even ground only: no hills or speed work yet.",
    "If pain rises during a run, stop and walk home.",
  ];
  const precautionsEs = [
    "Corra un día sí y otro no, nunca 2 días seguidos.",
    "Solo terreno plano y parejo: todavía sin cuestas ni velocidad.",
    "Si el dolor sube mientras corre, pare y vuelva caminando.",
  ];
  if (extraPrecautionEn && extraPrecautionEs) {
    precautionsEn.splice(1, 0, extraPrecautionEn);
    precautionsEs.splice(1, 0, extraPrecautionEs);
  }
  return {
    en: {
      name: "Return to running",
      purpose: "Teach your calf to handle quick, springy loads, then bring running back with a run-walk plan.",
      goals: [
        "Finish the run-walk plan up to 5 minutes of running, with no flare the next day.",
        "Hop on your injured leg without pain.",
        "Hop almost as far on your injured leg as on the other.",
        "Jump onto a 30 cm box 5 times without pain.",
      ],
      precautions: precautionsEn,
      education: `Hops come first: on both feet, then on one leg, then onto a box. They teach your calf to be springy again. Then you start the run-walk plan. ${RUN_WALK_SUMMARY}`,
    },
    es: {
      name: "Volver a correr",
      purpose: "Enseñar a la pantorrilla a soportar cargas rápidas y elásticas, y luego recuperar la carrera con un plan de caminar y correr.",
      goals: [
        "Terminar el plan de caminar y correr hasta 5 minutos de carrera, sin empeorar al día siguiente.",
        "Saltar sobre la pierna lesionada sin dolor.",
        "Saltar casi igual de lejos con la pierna lesionada que con la otra.",
        "Saltar 5 veces a un cajón de 30 cm sin dolor.",
      ],
      precautions: precautionsEs,
      education: `Primero vienen los saltos: con los dos pies, luego con una pierna y luego a un cajón. Enseñan a la pantorrilla a ser elástica otra vez. Después empieza el plan de caminar y correr. ${RUN_WALK_SUMMARY_ES}`,
    },
  };
}

const SPORT: BilingualStageText = {
  en: {
    name: "Return to sport",
    purpose: "Bring back speed, hills, turns and full training.",
    goals: ["Full training with no flare.", "Your calf hurts 1 out of 10 or less the morning after training.", "You feel sure of your leg again."],
    precautions: [
      "Add one new thing at a time: speed, hills or turns, not all at once.",
      "Keep your calf strength work 2 times a week.",
      "Warm up well before every session.",
    ],
    education: "You are close. A calf that was strained once can strain again, so keep up your calf exercises and build your training step by step.",
  },
  es: {
    name: "Volver al deporte",
    purpose: "Recuperar la velocidad, las cuestas, los giros y el entrenamiento completo.",
    goals: ["Entrenamiento completo sin empeorar.", "Su pantorrilla duele 1 de 10 o menos la mañana después de entrenar.", "Vuelve a confiar en su pierna."],
    precautions: [
      "Añada una sola cosa nueva cada vez: velocidad, cuestas o giros, no todo a la vez.",
      "Mantenga sus ejercicios de fuerza de pantorrilla 2 veces por semana.",
      "Caliente bien antes de cada sesión.",
    ],
    education:
      "Ya casi está. Una pantorrilla que se distendió una vez puede volver a hacerlo, así que siga con sus ejercicios de pantorrilla y aumente el entrenamiento paso a paso.",
  },
};

const MAINTAIN: BilingualStageText = {
  en: {
    name: "Stay strong",
    purpose: "Keep your calf strong so it does not tear again.",
    goals: ["Calf strength work 2 times a week.", "Warm up before every run.", "Raise your training slowly."],
    precautions: ["Watch for early warning signs, like tightness or an ache that lasts.", "Replace worn-out shoes.", "Plan rest days."],
    education:
      "A strong calf is your best protection. 2 short calf sessions a week are enough to keep your strength. Keep them going after you are back to full sport: an earlier strain raises the risk of another.",
  },
  es: {
    name: "Mantenerse fuerte",
    purpose: "Mantener la pantorrilla fuerte para reducir el riesgo de otra lesión.",
    goals: ["Ejercicios de fuerza de pantorrilla 2 veces por semana.", "Calentar antes de cada carrera.", "Aumentar el entrenamiento poco a poco."],
    precautions: ["Esté atento a las primeras señales, como tensión o un dolor que dura.", "Cambie los zapatos gastados.", "Planifique días de descanso."],
    education:
      "Una pantorrilla fuerte es su mejor protección. 2 sesiones cortas de pantorrilla por semana bastan para mantener la fuerza. Siga con ellas después de volver del todo al deporte: una distensión previa aumenta el riesgo de otra.",
  },
};

export const SOLEUS_STAGE_TEXT: Record<StageKey, BilingualStageText> = {
  protect: PROTECT,
  strength: SOLEUS_STRENGTH,
  run: runStage("No long, slow runs yet: they tire the soleus most.", "Todavía sin carreras largas y lentas: son las que más cansan el sóleo."),
  sport: SPORT,
  maintain: MAINTAIN,
};

export const GASTROCNEMIUS_STAGE_TEXT: Record<StageKey, BilingualStageText> = {
  protect: PROTECT,
  strength: GASTROCNEMIUS_STRENGTH,
  run: runStage(null, null),
  sport: SPORT,
  maintain: MAINTAIN,
};

/** Builds a stage from its bilingual text; arrays are copied so templates share no objects. */
export function stage(
  key: StageKey,
  text: Record<StageKey, BilingualStageText>,
  rest: Omit<StageTemplate, "key" | keyof StageText | "translations">,
): StageTemplate {
  const { en, es } = text[key];
  return {
    key,
    name: en.name,
    purpose: en.purpose,
    goals: [...en.goals],
    precautions: [...en.precautions],
    education: en.education,
    ...rest,
    translations: { es: { ...es, goals: [...es.goals], precautions: [...es.precautions] } },
  };
}
