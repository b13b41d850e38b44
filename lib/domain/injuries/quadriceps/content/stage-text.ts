// Patient-facing stage text (English and Spanish) for the quadriceps template. Pain numbers are not
// restated here: the stage's pain rule comes from its exercises' limits (decision 017).
import type { StageKey, StageText } from "../../../clinical/types";

export interface BilingualStageText {
  en: StageText;
  es: StageText;
}

export const QUADRICEPS_STAGE_TEXT: Record<StageKey, BilingualStageText> = {
  protect: {
    en: {
      name: "Protect and start loading",
      purpose: "Calm the injury, walk normally again and wake up the thigh muscle gently.",
      goals: ["Walk without a limp.", "Lift your leg with the knee straight without pain.", "Do short, easy thigh exercises a few times a day."],
      precautions: [
        "No running, kicking or jumping yet.",
        "No hard stretching, heat or deep massage on the sore spot in the first days.",
        "If the thigh swells more or the pain keeps rising, stop and call the clinic.",
      ],
      education:
        "Your thigh is healing. Gentle use helps it heal stronger than full rest. Short, easy sessions spread over the day work best. A little discomfort is fine if it settles soon after.",
    },
    es: {
      name: "Proteger y empezar a cargar",
      purpose: "Calmar la lesión, volver a caminar con normalidad y activar con suavidad el músculo del muslo.",
      goals: [
        "Caminar sin cojear.",
        "Levantar la pierna con la rodilla recta sin dolor.",
        "Hacer ejercicios de muslo cortos y fáciles unas cuantas veces al día.",
      ],
      precautions: [
        "Todavía no corra, no patee ni salte.",
        "No estire fuerte, no use calor ni dé masaje profundo sobre el punto dolorido en los primeros días.",
        "Si el muslo se hincha más o el dolor sigue subiendo, pare y llame a la clínica.",
      ],
      education:
        "Su muslo está sanando. Usarlo con suavidad lo ayuda a sanar más fuerte que el reposo total. Lo mejor son sesiones cortas y fáciles repartidas durante el día. Una pequeña molestia está bien si se calma pronto.",
    },
  },
  strength: {
    en: {
      name: "Build strength",
      purpose: "Make the front of your thigh strong again and bring back the full bend of your knee.",
      goals: [
        "Your injured thigh is at least 80% as strong as the other one.",
        "Lying face down, your heel comes as close to your bottom as on the other side.",
        "A slow, steady squat on your injured leg without pain.",
      ],
      precautions: ["No running or kicking yet.", "Stretch gently: a mild pull, never pain."],
      education:
        "Your thigh must be strong before you run and kick. Slow, controlled reps build the most strength. The lean-back exercise trains the muscle while it gets longer, like it does when you sprint or kick.",
    },
    es: {
      name: "Ganar fuerza",
      purpose: "Volver a fortalecer la parte delantera del muslo y recuperar toda la flexión de la rodilla.",
      goals: [
        "Su muslo lesionado tiene al menos un 80% de la fuerza del otro.",
        "Boca abajo, su talón llega tan cerca del glúteo como en el otro lado.",
        "Una sentadilla lenta y estable sobre la pierna lesionada sin dolor.",
      ],
      precautions: ["Todavía no corra ni patee.", "Estire con suavidad: un tirón leve, nunca dolor."],
      education:
        "Su muslo debe estar fuerte antes de correr y patear. Las repeticiones lentas y controladas son las que más fuerza dan. El ejercicio de inclinarse hacia atrás entrena el músculo mientras se alarga, como pasa al correr rápido o al patear.",
    },
  },
  run: {
    en: {
      name: "Run again",
      purpose: "Get back to running, then build up speed step by step.",
      goals: ["Run at an easy pace without pain.", "Speed up to fast running without pain.", "Hop on your injured leg without pain."],
      precautions: ["No kicking at full power yet.", "Speed up over a few weeks, not in one session."],
      education:
        "Running comes back in steps: first easy running, then faster strides. The front of the thigh works hard when you speed up, so build speed slowly. Sore the next morning? Go back one step.",
    },
    es: {
      name: "Volver a correr",
      purpose: "Volver a correr y después aumentar la velocidad poco a poco.",
      goals: ["Correr a ritmo suave sin dolor.", "Acelerar hasta correr rápido sin dolor.", "Saltar sobre la pierna lesionada sin dolor."],
      precautions: ["Todavía no patee con toda la fuerza.", "Aumente la velocidad en varias semanas, no en una sesión."],
      education:
        "La carrera vuelve por pasos: primero correr suave y después acelerar en tramos cortos. La parte delantera del muslo trabaja mucho al acelerar, así que aumente la velocidad despacio. ¿Le duele a la mañana siguiente? Vuelva un paso atrás.",
    },
  },
  sport: {
    en: {
      name: "Kick and return to sport",
      purpose: "Build up kicking from short passes to full shots, then train fully with your team.",
      goals: [
        "Short passes, then long passes, then full shots without pain.",
        "Change direction at speed without pain.",
        "Full training with no pain the next day.",
      ],
      precautions: ["Move to the next kicking step only when the last one was pain-free, that day and the next morning."],
      education:
        "Kicking puts the biggest strain on the front of the thigh. That is why it comes last, in small steps: short passes, then long passes, then full-power shots. Strong, well-trained thighs are the best way to stop the injury from coming back.",
    },
    es: {
      name: "Patear y volver al deporte",
      purpose: "Aumentar el golpeo desde pases cortos hasta tiros fuertes y después entrenar por completo con su equipo.",
      goals: [
        "Pases cortos, luego pases largos y luego tiros fuertes sin dolor.",
        "Cambiar de dirección a velocidad sin dolor.",
        "Entrenar por completo sin dolor al día siguiente.",
      ],
      precautions: ["Pase al siguiente paso de golpeo solo si el anterior fue sin dolor, ese día y a la mañana siguiente."],
      education:
        "Patear es lo que más exige a la parte delantera del muslo. Por eso va al final, en pasos pequeños: pases cortos, luego pases largos y luego tiros fuertes. Unos muslos fuertes y bien entrenados son la mejor forma de evitar que la lesión vuelva.",
    },
  },
  maintain: {
    en: {
      name: "Stay strong",
      purpose: "Keep your thigh strong so the injury does not come back.",
      goals: ["2 short thigh strength sessions a week.", "Warm up well before kicking and sprinting."],
      precautions: ["If the old pain comes back, ease off and tell your therapist."],
      education: "Thigh strains can come back. 2 short strength sessions a week keep your thigh ready. Keep them going after you are fully back in your sport.",
    },
    es: {
      name: "Mantenerse fuerte",
      purpose: "Mantener fuerte el muslo para que la lesión no vuelva.",
      goals: ["2 sesiones cortas de fuerza de muslo por semana.", "Calentar bien antes de patear y correr rápido."],
      precautions: ["Si vuelve el dolor de antes, baje el ritmo y avise a su terapeuta."],
      education:
        "Las distensiones del muslo pueden volver. 2 sesiones cortas de fuerza por semana mantienen su muslo preparado. Siga con ellas después de volver del todo a su deporte.",
    },
  },
};

/** Builds a stage from its bilingual text; arrays are copied so templates share no objects. */
export function stageText(key: StageKey): StageText & { translations: { es: StageText } } {
  const { en, es } = QUADRICEPS_STAGE_TEXT[key];
  return {
    name: en.name,
    purpose: en.purpose,
    goals: [...en.goals],
    precautions: [...en.precautions],
    education: en.education,
    translations: { es: { ...es, goals: [...es.goals], precautions: [...es.precautions] } },
  };
}
