// Acute adductor (groin) strain template, after Serner 2020 (Aspetar): two tracks, each of four
// phases, (A) groin exercise progression and (B) running and sport movements, both finished
// before on-field sport-specific training; dose by pain-controlled repetition maximum; no
// progression while taking pain medication.
//
// CLINICIAN NOTE: Restride's plan engine has one stage pointer per plan, so the two tracks are
// MERGED here: stage N holds phase N of both tracks, and its gates hold both tracks' exit
// criteria. Until the engine supports parallel tracks, a patient whose running is ahead of their
// exercise track (or the reverse) waits at the slower track's gate. Gate thresholds marked
// "(editable default)" are not numbers in the sources; review them.
import type { ClinicalGrade, SourceRef, StageKey, StageTemplate, StageText, Template } from "../../../clinical/types";
import { hold, perDay, perWeek, reps, timed } from "../../../content/dose";
import { ADDUCTOR_SOURCES as SOURCES } from "../sources";
import { ADDUCTOR_EDUCATION } from "./education";
import { PROTECT_EXIT_GATES, RUN_EXIT_GATES, SPORT_EXIT_GATES, STRENGTH_EXIT_GATES } from "./gates";

/** The pain rule of every loading exercise: Aspetar's "2/10 or more: adjust" (Serner 2020). */
export const ADDUCTOR_PAIN_LIMIT = 2;
const P = ADDUCTOR_PAIN_LIMIT;

/** Shown to clinicians with the template's sources: the merged tracks and the editable defaults. */
export const ADDUCTOR_CLINICIAN_NOTE: SourceRef = {
  label: "Clinician note: exercise and running tracks merged",
  citation:
    "Serner's exercise track (A) and running track (B) are merged into one staged sequence until Restride supports parallel tracks: each stage holds phase N of both tracks, and its gates hold both tracks' criteria (labelled Track A / Track B). Thresholds marked (editable default) and the stage durations are defaults for a clinician to review, not figures from the sources.",
};

type Bilingual = { en: StageText; es: StageText };

const TEXT: Record<StageKey, Bilingual> = {
  protect: {
    en: {
      name: "Calm it down and start gentle squeezes",
      purpose: "Settle the pain, walk normally and start gentle groin work (phase 1 of both tracks).",
      goals: ["Walk without a limp.", "Squeeze your knees together with little or no pain.", "Lift your leg in, lying on your side, without pain."],
      precautions: [
        "No running, kicking or wide steps yet.",
        "No hard stretching of the groin in the first days.",
        "Do not move on while you still need pain medicine.",
      ],
      education:
        "Your groin is healing. Gentle squeezes help it heal stronger than full rest. Work up to a firm squeeze over a few days. Short, easy sessions spread over the day work best. A bike with low effort keeps you fit.",
    },
    es: {
      name: "Calmar el dolor y empezar a apretar con suavidad",
      purpose: "Calmar el dolor, caminar con normalidad y empezar un trabajo suave de ingle (fase 1 de los dos programas).",
      goals: ["Caminar sin cojear.", "Apretar las rodillas con poco o ningún dolor.", "Subir la pierna hacia adentro, acostado de lado, sin dolor."],
      precautions: [
        "Todavía no corra, no patee ni dé pasos largos.",
        "No estire fuerte la ingle en los primeros días.",
        "No avance mientras siga necesitando medicina para el dolor.",
      ],
      education:
        "Su ingle está sanando. Apretar con suavidad la ayuda a sanar más fuerte que el reposo total. Aumente la fuerza del apretón durante unos días. Lo mejor son sesiones cortas y fáciles repartidas durante el día. La bicicleta con poco esfuerzo lo mantiene en forma.",
    },
  },
  strength: {
    en: {
      name: "Build strength and start jogging",
      purpose: "Make the groin stronger through movement and start easy straight-line jogging (phase 2 of both tracks).",
      goals: [
        "Inner-thigh strength at least 3 quarters of your outer-thigh strength.",
        "Open your legs as wide on both sides.",
        "Jog in a straight line without pain.",
      ],
      precautions: ["No sprinting, sharp turns or kicking yet.", "Start the Copenhagen side plank with your knee on the bench."],
      education:
        "Now your groin needs load to get strong. Pick a weight or a hold you can just finish with good form and little pain. Jog on flat ground at an easy pace. Any pain should settle by the next morning.",
    },
    es: {
      name: "Ganar fuerza y empezar a trotar",
      purpose: "Fortalecer la ingle con movimiento y empezar a trotar suave en línea recta (fase 2 de los dos programas).",
      goals: [
        "Fuerza de la cara interna del muslo de al menos 3 cuartos de la cara externa.",
        "Abrir las piernas igual de los dos lados.",
        "Trotar en línea recta sin dolor.",
      ],
      precautions: ["Todavía no haga sprints, giros bruscos ni patadas.", "Empiece la plancha lateral de Copenhague con la rodilla en el banco."],
      education:
        "Ahora su ingle necesita carga para hacerse fuerte. Elija un peso o un tiempo que apenas pueda terminar con buena técnica y poco dolor. Trote en terreno plano y a ritmo suave. Cualquier molestia debe calmarse a la mañana siguiente.",
    },
  },
  run: {
    en: {
      name: "Run faster and change direction",
      purpose: "Build full groin strength and bring back faster running and turning (phase 3 of both tracks).",
      goals: [
        "Inner-thigh strength nearly equal to your outer-thigh strength and to the other side.",
        "Squeezing your knees does not hurt.",
        "Run fast and change direction without pain.",
      ],
      precautions: ["No full-power kicks or matches yet.", "Build speed before sharp turns."],
      education:
        "Your groin works hard when you turn, cut and kick. We add these moves step by step, from slow and planned to fast. The long Copenhagen side plank is the key groin exercise now.",
    },
    es: {
      name: "Correr más rápido y cambiar de dirección",
      purpose: "Recuperar toda la fuerza de la ingle y volver a correr rápido y girar (fase 3 de los dos programas).",
      goals: [
        "Fuerza de la cara interna del muslo casi igual a la de la cara externa y a la del otro lado.",
        "Apretar las rodillas no le duele.",
        "Correr rápido y cambiar de dirección sin dolor.",
      ],
      precautions: ["Todavía no patee con toda la fuerza ni juegue partidos.", "Gane velocidad antes de hacer giros bruscos."],
      education:
        "Su ingle trabaja mucho al girar, cambiar de dirección y patear. Añadimos estos movimientos paso a paso, de lentos y planeados a rápidos. La plancha lateral de Copenhague larga es ahora el ejercicio clave.",
    },
  },
  sport: {
    en: {
      name: "Sport movements and controlled training",
      purpose: "Sprint, cut and kick at full effort, then train with your team in a controlled way (phase 4 of both tracks).",
      goals: [
        "Side plank on your injured side nearly as long as on your other side.",
        "Sprint, turn and kick without pain.",
        "Finish a controlled training session without pain.",
      ],
      precautions: ["Join full team training only when your therapist agrees.", "Keep doing your Copenhagen exercise."],
      education:
        "This is the last step before full training. Both parts of your plan, the exercises and the running, must be done first. Kicking builds from short passes to long kicks.",
    },
    es: {
      name: "Gestos deportivos y entrenamiento controlado",
      purpose: "Esprintar, girar y patear con todo el esfuerzo, y luego entrenar con su equipo de forma controlada (fase 4 de los dos programas).",
      goals: [
        "Plancha lateral del lado lesionado casi tan larga como la del otro lado.",
        "Esprintar, girar y patear sin dolor.",
        "Terminar una sesión de entrenamiento controlado sin dolor.",
      ],
      precautions: ["Vuelva al entrenamiento completo con el equipo solo cuando su terapeuta esté de acuerdo.", "Siga con su ejercicio de Copenhague."],
      education:
        "Este es el último paso antes del entrenamiento completo. Primero debe terminar las dos partes de su plan: los ejercicios y la carrera. El golpeo va de pases cortos a patadas largas.",
    },
  },
  maintain: {
    en: {
      name: "Stay strong",
      purpose: "Keep your groin strong so it does not get hurt again.",
      goals: ["Do the Copenhagen exercise once or twice a week.", "Train and play with no groin pain."],
      precautions: ["If the pain comes back, go back one step and call your therapist."],
      education:
        "A groin strain can come back, most often in the first months. The Copenhagen exercise, done each week, lowers the risk of a new groin injury.",
    },
    es: {
      name: "Mantenerse fuerte",
      purpose: "Mantener fuerte la ingle para que no se vuelva a lesionar.",
      goals: ["Hacer el ejercicio de Copenhague una o dos veces por semana.", "Entrenar y jugar sin dolor en la ingle."],
      precautions: ["Si el dolor vuelve, retroceda un paso y llame a su terapeuta."],
      education:
        "Una lesión de ingle puede volver, sobre todo en los primeros meses. El ejercicio de Copenhague, hecho cada semana, reduce el riesgo de una nueva lesión de ingle.",
    },
  },
};

function stage(key: StageKey, rest: Omit<StageTemplate, "key" | keyof StageText | "translations">): StageTemplate {
  const { en, es } = TEXT[key];
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

const MILD: ClinicalGrade[] = [1, 2];
const SEVERE: ClinicalGrade[] = [3];
const PCRM = "Pain-controlled: the heaviest load you can finish with good form and little pain";

export const ADDUCTOR_TEMPLATE: Template = {
  key: "adductor-strain",
  name: "Adductor (groin) strain",
  muscles: ["ADDUCTOR_LONGUS", "ADDUCTOR_MAGNUS", "ADDUCTOR_BREVIS", "GRACILIS", "PECTINEUS", "ADDUCTOR_UNSPECIFIED"],
  grades: [1, 2, 3],
  version: 1,
  sources: [SOURCES.SERNER_2020, SOURCES.SERNER_PROGNOSIS, SOURCES.ICE_HOCKEY_2010, SOURCES.POLLOCK_2014, SOURCES.BINKLEY_1999, ADDUCTOR_CLINICIAN_NOTE].map(
    (s) => ({ ...s }),
  ),
  stages: [
    stage("protect", {
      durationDays: { 1: { min: 2, max: 5 }, 2: { min: 3, max: 7 }, 3: { min: 14, max: 35 } },
      requiresSpecialistReview: true,
      exercises: [
        reps("ankle-pumps", 2, 20, perDay(2), P, { grades: SEVERE }),
        hold("groin-ball-squeeze-bent", 5, 10, perDay(2), P, { grades: MILD, notes: "Start at about half effort and build up." }),
        hold("groin-ball-squeeze-bent", 3, 5, perDay(2), P, { grades: SEVERE, notes: "Light squeezes only, once your specialist agrees." }),
        hold("groin-ball-squeeze-straight", 3, 10, perDay(1), P, { grades: MILD }),
        reps("groin-side-lying-adduction", 2, 10, perDay(1), P, { grades: MILD, notes: "Start once the squeezes are easy." }),
        reps("glute-bridge", 3, 12, perDay(1), P),
        timed("stationary-bike", 1, 15, perWeek(4), P, { grades: MILD }),
      ],
      gates: PROTECT_EXIT_GATES(),
    }),
    stage("strength", {
      durationDays: { 1: { min: 3, max: 6 }, 2: { min: 4, max: 8 }, 3: { min: 14, max: 28 } },
      exercises: [
        reps("groin-side-lying-adduction", 3, 12, perWeek(4), P, { grades: MILD }),
        reps("groin-side-lying-adduction", 3, 8, perWeek(4), P, { grades: SEVERE }),
        reps("groin-band-adduction", 3, 12, perWeek(3), P, { load: PCRM }),
        hold("groin-copenhagen-short", 3, 15, perWeek(3), P, { grades: MILD }),
        hold("groin-copenhagen-short", 3, 10, perWeek(3), P, { grades: SEVERE }),
        reps("groin-sumo-squat", 3, 10, perWeek(3), P),
        hold("groin-adductor-stretch", 3, 30, perDay(1), P),
        timed("easy-run", 1, 15, perWeek(3), P, { notes: "Jog in a straight line at an easy pace on flat ground." }),
      ],
      gates: STRENGTH_EXIT_GATES(),
    }),
    stage("run", {
      durationDays: { 1: { min: 3, max: 5 }, 2: { min: 3, max: 6 }, 3: { min: 10, max: 21 } },
      exercises: [
        hold("groin-copenhagen-long", 3, 20, perWeek(3), P, { grades: MILD }),
        hold("groin-copenhagen-long", 3, 15, perWeek(3), P, { grades: SEVERE }),
        reps("groin-slide-adduction", 3, 10, perWeek(3), P),
        reps("groin-band-adduction", 3, 10, perWeek(2), P, { load: PCRM }),
        reps("groin-side-lunge", 3, 8, perWeek(3), P),
        reps("strides", 1, 6, perWeek(2), P, { notes: "Build to about 80% of your top speed." }),
        reps("groin-lateral-shuffle", 3, 4, perWeek(2), P),
        reps("change-of-direction", 3, 6, perWeek(2), P, { notes: "Planned turns first, sharper turns later." }),
      ],
      gates: RUN_EXIT_GATES(),
    }),
    stage("sport", {
      durationDays: { 1: { min: 2, max: 4 }, 2: { min: 2, max: 5 }, 3: { min: 7, max: 14 } },
      exercises: [
        reps("groin-copenhagen-dynamic", 3, 8, perWeek(2), P, { grades: MILD }),
        reps("groin-copenhagen-dynamic", 3, 6, perWeek(2), P, { grades: SEVERE }),
        reps("groin-kicking-progression", 1, 20, perWeek(3), P),
        reps("change-of-direction", 4, 6, perWeek(2), P, { notes: "Now at full speed, including unplanned turns." }),
        reps("strides", 1, 8, perWeek(2), P, { notes: "Up to full speed." }),
        reps("groin-side-lunge", 3, 10, perWeek(2), P, { load: PCRM }),
      ],
      gates: SPORT_EXIT_GATES(),
    }),
    stage("maintain", {
      durationDays: { 1: { min: 56, max: 84 }, 2: { min: 56, max: 84 }, 3: { min: 56, max: 112 } },
      exercises: [reps("groin-copenhagen-dynamic", 2, 10, perWeek(2), P), reps("groin-side-lunge", 2, 10, perWeek(1), P)],
      gates: [],
    }),
  ],
  education: ADDUCTOR_EDUCATION,
  translations: { es: { name: "Distensión de los aductores (ingle)" } },
};
