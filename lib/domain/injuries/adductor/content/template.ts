// Acute adductor (groin) strain template, after Serner 2020 (Aspetar): two tracks, each of four
// phases, (A) groin exercise progression and (B) running and sport movements, progressed on their
// own gates and both finished before on-field sport-specific training (decision 028); dose by
// pain-controlled repetition maximum; no progression while taking pain medication. Then Serner's
// milestones: controlled sports training, full team training.
//
// Stages: protect (settle; a complete tear waits for the specialist), strength (the two tracks),
// run (controlled sports training), sport (full team training), maintain. Thresholds, session
// counts and durations the sources do not give as numbers are editable defaults, listed in the
// template's clinician notes.
import type { ClinicalGrade, GradeDurations, PhaseTemplate, StageKey, StageTemplate, StageText, Template, TrackTemplate } from "../../../clinical/types";
import { tracksDuration } from "../../../clinical/tracks";
import { hold, perDay, perWeek, reps, timed } from "../../../content/dose";
import { ADDUCTOR_SOURCES as SOURCES } from "../sources";
import { ADDUCTOR_EDUCATION } from "./education";
import { EXERCISE_TRACK_GATES, PROTECT_EXIT_GATES, RUN_EXIT_GATES, RUNNING_TRACK_GATES, SPORT_EXIT_GATES, TRACKED_STAGE_GATES } from "./gates";

/** The pain rule of every loading exercise: Aspetar's "2/10 or more: adjust" (Serner 2020). */
export const ADDUCTOR_PAIN_LIMIT = 2;
const P = ADDUCTOR_PAIN_LIMIT;

/** Staff-only notes on the template (shown on the template and plan pages). */
export const ADDUCTOR_CLINICIAN_NOTES = [
  "Serner's two tracks run side by side in the second stage: move each track on its own gates from the plan page. Controlled sports training starts only when both tracks are finished.",
  "Editable defaults, not figures from the sources: the stage and phase lengths, the squeeze-test pain thresholds (4/10, 2/10, pain-free), adduction strength and Copenhagen hold at 90% of the other side, 3 logged sessions for each session gate, and a readiness rating of 8/10 before leaving full team training.",
  "The adduction/abduction ratios (75%, then 90%) come from the ice hockey phase gates (Sports Health 2010), used here within Serner's exercise track.",
  "Dose each loading exercise by pain-controlled repetition maximum: the heaviest load the patient can finish with good form and pain of 2/10 or less.",
];

type Bilingual = { en: StageText; es: StageText };

const TEXT: Record<StageKey, Bilingual> = {
  protect: {
    en: {
      name: "Calm it down and start gentle squeezes",
      purpose: "Settle the pain, walk normally and start gentle groin work.",
      goals: ["Walk without a limp.", "Squeeze your knees together with little pain."],
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
      purpose: "Calmar el dolor, caminar con normalidad y empezar un trabajo suave de ingle.",
      goals: ["Caminar sin cojear.", "Apretar las rodillas con poco dolor."],
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
      name: "Groin exercises and running, side by side",
      purpose: "Build groin strength and get back to running. The two parts move on at their own pace.",
      goals: ["Finish all 4 steps of your groin exercises.", "Finish all 4 steps of your running.", "Stop needing pain medicine."],
      precautions: ["Do not move a part on while you still need pain medicine.", "No full-power kicks or matches yet."],
      education:
        "Your plan has two parts now: groin exercises and running. Each part has 4 steps. Your therapist moves each part on when you pass its tests. One part can be ahead of the other. Both must be done before you train with your team.",
    },
    es: {
      name: "Ejercicios de ingle y carrera, a la vez",
      purpose: "Fortalecer la ingle y volver a correr. Las dos partes avanzan a su propio ritmo.",
      goals: ["Terminar los 4 pasos de sus ejercicios de ingle.", "Terminar los 4 pasos de su carrera.", "Dejar de necesitar medicina para el dolor."],
      precautions: ["No avance una parte mientras siga necesitando medicina para el dolor.", "Todavía no patee con toda la fuerza ni juegue partidos."],
      education:
        "Ahora su plan tiene dos partes: ejercicios de ingle y carrera. Cada parte tiene 4 pasos. Su terapeuta avanza cada parte cuando usted pasa sus pruebas. Una parte puede ir adelante de la otra. Las dos deben estar hechas antes de entrenar con su equipo.",
    },
  },
  run: {
    en: {
      name: "Controlled training with your team",
      purpose: "Train on the field with your team in a planned way, without full contact or matches.",
      goals: ["Finish controlled training sessions without groin pain.", "Turn and cut at full speed without pain."],
      precautions: ["No matches yet.", "Stop the drill if your groin hurts more than 2 out of 10."],
      education:
        "You now train with your team, but in a planned way. Your coach and therapist choose the drills. Keep doing your Copenhagen exercise twice a week.",
    },
    es: {
      name: "Entrenamiento controlado con su equipo",
      purpose: "Entrenar en el campo con su equipo de forma planeada, sin contacto total ni partidos.",
      goals: ["Terminar sesiones de entrenamiento controlado sin dolor en la ingle.", "Girar y cambiar de dirección a toda velocidad sin dolor."],
      precautions: ["Todavía no juegue partidos.", "Pare el ejercicio si la ingle le duele más de 2 sobre 10."],
      education:
        "Ahora entrena con su equipo, pero de forma planeada. Su entrenador y su terapeuta eligen los ejercicios. Siga con su ejercicio de Copenhague dos veces por semana.",
    },
  },
  sport: {
    en: {
      name: "Full team training",
      purpose: "Take part in all of your team's training, then get ready for matches.",
      goals: ["Train fully with your team with no groin pain the next day.", "Feel ready to play a full match."],
      precautions: ["Play a match only when your therapist agrees.", "Keep doing your Copenhagen exercise."],
      education: "This is the last step before matches. Your groin should feel fine the day after each training. Tell your therapist how ready you feel.",
    },
    es: {
      name: "Entrenamiento completo con el equipo",
      purpose: "Participar en todo el entrenamiento de su equipo y prepararse para los partidos.",
      goals: ["Entrenar por completo con su equipo sin dolor en la ingle al día siguiente.", "Sentirse listo para jugar un partido completo."],
      precautions: ["Juegue un partido solo cuando su terapeuta esté de acuerdo.", "Siga con su ejercicio de Copenhague."],
      education:
        "Este es el último paso antes de los partidos. Su ingle debe sentirse bien el día después de cada entrenamiento. Dígale a su terapeuta qué tan listo se siente.",
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

const days = (g1: [number, number], g2: [number, number], g3: [number, number]): GradeDurations => ({
  1: { min: g1[0], max: g1[1] },
  2: { min: g2[0], max: g2[1] },
  3: { min: g3[0], max: g3[1] },
});

function phase(
  key: string,
  doseStage: StageKey,
  text: { en: StageText; es: StageText },
  rest: Pick<PhaseTemplate, "durationDays" | "exercises" | "gates">,
): PhaseTemplate {
  return { key, doseStage, ...text.en, ...rest, translations: { es: text.es } };
}

/** Track A: the groin exercise progression, from squeezes to loaded, fast work (Serner 2020). */
const EXERCISE_TRACK: TrackTemplate = {
  key: "exercise",
  name: "Groin exercises",
  purpose: "Make the groin strong again, step by step.",
  translations: { es: { name: "Ejercicios de ingle", purpose: "Volver a fortalecer la ingle, paso a paso." } },
  phases: [
    phase(
      "a1",
      "protect",
      {
        en: {
          name: "Squeeze and lift",
          purpose: "Squeeze a ball between your knees and lift your leg in while lying on your side.",
          goals: ["Lift your leg in without pain.", "Squeeze with little pain."],
          precautions: ["Build up the squeeze over a few days."],
          education: "Gentle squeezes help the groin heal strong. Start at half effort and build up.",
        },
        es: {
          name: "Apretar y subir",
          purpose: "Apretar una pelota entre las rodillas y subir la pierna hacia adentro, acostado de lado.",
          goals: ["Subir la pierna hacia adentro sin dolor.", "Apretar con poco dolor."],
          precautions: ["Aumente la fuerza del apretón durante unos días."],
          education: "Apretar con suavidad ayuda a que la ingle sane fuerte. Empiece con la mitad de fuerza y vaya subiendo.",
        },
      },
      {
        durationDays: days([2, 4], [3, 5], [7, 14]),
        exercises: [
          hold("groin-ball-squeeze-bent", 5, 10, perDay(2), P, { grades: MILD, notes: "Start at about half effort and build up." }),
          hold("groin-ball-squeeze-bent", 3, 5, perDay(2), P, { grades: SEVERE, notes: "Light squeezes only." }),
          hold("groin-ball-squeeze-straight", 3, 10, perDay(1), P, { grades: MILD }),
          reps("groin-side-lying-adduction", 2, 10, perDay(1), P, { notes: "Start once the squeezes are easy." }),
          reps("glute-bridge", 3, 12, perDay(1), P),
        ],
        gates: EXERCISE_TRACK_GATES.a1(),
      },
    ),
    phase(
      "a2",
      "strength",
      {
        en: {
          name: "Load through the range",
          purpose: "Add load with a band and start the short Copenhagen side plank.",
          goals: ["Inner-thigh strength at least 3 quarters of your outer-thigh strength.", "Open your legs as wide on both sides."],
          precautions: ["Start the Copenhagen side plank with your knee on the bench."],
          education: "Pick a load you can just finish with good form and little pain. Any pain should settle by the next morning.",
        },
        es: {
          name: "Carga en todo el recorrido",
          purpose: "Añadir carga con una banda y empezar la plancha lateral de Copenhague corta.",
          goals: ["Fuerza de la cara interna del muslo de al menos 3 cuartos de la cara externa.", "Abrir las piernas igual de los dos lados."],
          precautions: ["Empiece la plancha lateral de Copenhague con la rodilla en el banco."],
          education: "Elija una carga que apenas pueda terminar con buena técnica y poco dolor. Cualquier molestia debe calmarse a la mañana siguiente.",
        },
      },
      {
        durationDays: days([2, 4], [3, 6], [10, 18]),
        exercises: [
          reps("groin-side-lying-adduction", 3, 12, perWeek(4), P, { grades: MILD }),
          reps("groin-side-lying-adduction", 3, 8, perWeek(4), P, { grades: SEVERE }),
          reps("groin-band-adduction", 3, 12, perWeek(3), P, { load: PCRM }),
          hold("groin-copenhagen-short", 3, 15, perWeek(3), P, { grades: MILD }),
          hold("groin-copenhagen-short", 3, 10, perWeek(3), P, { grades: SEVERE }),
          reps("groin-sumo-squat", 3, 10, perWeek(3), P),
          hold("groin-adductor-stretch", 3, 30, perDay(1), P),
        ],
        gates: EXERCISE_TRACK_GATES.a2(),
      },
    ),
    phase(
      "a3",
      "run",
      {
        en: {
          name: "Long lever strength",
          purpose: "Hold the long Copenhagen side plank and slide your leg in and out.",
          goals: ["Inner-thigh strength nearly equal to your outer-thigh strength and to the other side.", "Squeezing your knees does not hurt."],
          precautions: ["Move to the long side plank only when the short one is easy."],
          education: "The long Copenhagen side plank is the key groin exercise now. Hold it with a straight body.",
        },
        es: {
          name: "Fuerza con palanca larga",
          purpose: "Aguantar la plancha lateral de Copenhague larga y deslizar la pierna hacia adentro y hacia afuera.",
          goals: ["Fuerza de la cara interna del muslo casi igual a la de la cara externa y a la del otro lado.", "Apretar las rodillas no le duele."],
          precautions: ["Pase a la plancha larga solo cuando la corta le resulte fácil."],
          education: "La plancha lateral de Copenhague larga es ahora el ejercicio clave de la ingle. Aguántela con el cuerpo recto.",
        },
      },
      {
        durationDays: days([2, 4], [3, 5], [10, 14]),
        exercises: [
          hold("groin-copenhagen-long", 3, 20, perWeek(3), P, { grades: MILD }),
          hold("groin-copenhagen-long", 3, 15, perWeek(3), P, { grades: SEVERE }),
          reps("groin-slide-adduction", 3, 10, perWeek(3), P),
          reps("groin-band-adduction", 3, 10, perWeek(2), P, { load: PCRM }),
          reps("groin-side-lunge", 3, 8, perWeek(3), P),
        ],
        gates: EXERCISE_TRACK_GATES.a3(),
      },
    ),
    phase(
      "a4",
      "sport",
      {
        en: {
          name: "Fast and loaded",
          purpose: "Move your top leg up and down in the Copenhagen side plank and do loaded side lunges.",
          goals: ["Hold the side plank on your injured side nearly as long as on your other side."],
          precautions: ["Keep the movement smooth and controlled."],
          education: "Your groin now needs strength at speed, like in sport. Keep the load high and the reps few.",
        },
        es: {
          name: "Rápido y con carga",
          purpose: "Mover la pierna de arriba en la plancha lateral de Copenhague y hacer zancadas laterales con carga.",
          goals: ["Aguantar la plancha lateral del lado lesionado casi tanto como la del otro lado."],
          precautions: ["Mantenga el movimiento suave y controlado."],
          education: "Ahora su ingle necesita fuerza con velocidad, como en el deporte. Mantenga la carga alta y pocas repeticiones.",
        },
      },
      {
        durationDays: days([2, 3], [2, 4], [7, 14]),
        exercises: [
          reps("groin-copenhagen-dynamic", 3, 8, perWeek(2), P, { grades: MILD }),
          reps("groin-copenhagen-dynamic", 3, 6, perWeek(2), P, { grades: SEVERE }),
          reps("groin-side-lunge", 3, 10, perWeek(2), P, { load: PCRM }),
        ],
        gates: EXERCISE_TRACK_GATES.a4(),
      },
    ),
  ],
};

/** Track B: running and sport movements, from walking to sprints, cuts and kicks (Serner 2020). */
const RUNNING_TRACK: TrackTemplate = {
  key: "running",
  name: "Running and sport moves",
  purpose: "Get back to running, turning and kicking, step by step.",
  translations: { es: { name: "Carrera y gestos deportivos", purpose: "Volver a correr, girar y patear, paso a paso." } },
  phases: [
    phase(
      "b1",
      "protect",
      {
        en: {
          name: "Walk and cycle",
          purpose: "Walk normally and ride an exercise bike at an easy effort.",
          goals: ["Walk without a limp or pain."],
          precautions: ["No running yet."],
          education: "Easy cycling keeps you fit while the groin heals.",
        },
        es: {
          name: "Caminar y pedalear",
          purpose: "Caminar con normalidad y pedalear en una bicicleta fija con poco esfuerzo.",
          goals: ["Caminar sin cojear y sin dolor."],
          precautions: ["Todavía no corra."],
          education: "Pedalear suave lo mantiene en forma mientras la ingle sana.",
        },
      },
      {
        durationDays: days([1, 3], [2, 4], [7, 14]),
        exercises: [timed("stationary-bike", 1, 15, perWeek(4), P)],
        gates: RUNNING_TRACK_GATES.b1(),
      },
    ),
    phase(
      "b2",
      "strength",
      {
        en: {
          name: "Easy jogging",
          purpose: "Jog in a straight line at an easy pace on flat ground.",
          goals: ["Jog in a straight line without pain."],
          precautions: ["No sprints or sharp turns yet."],
          education: "Add a few minutes each time if the jog felt fine and your groin was calm the next morning.",
        },
        es: {
          name: "Trote suave",
          purpose: "Trotar en línea recta, a ritmo suave y en terreno plano.",
          goals: ["Trotar en línea recta sin dolor."],
          precautions: ["Todavía no haga sprints ni giros bruscos."],
          education: "Añada unos minutos cada vez si el trote fue bien y la ingle estaba tranquila a la mañana siguiente.",
        },
      },
      {
        durationDays: days([3, 5], [3, 6], [10, 18]),
        exercises: [timed("easy-run", 1, 15, perWeek(3), P, { notes: "Jog in a straight line at an easy pace on flat ground." })],
        gates: RUNNING_TRACK_GATES.b2(),
      },
    ),
    phase(
      "b3",
      "run",
      {
        en: {
          name: "Faster running and planned turns",
          purpose: "Run faster, step sideways and make turns you plan ahead.",
          goals: ["Run fast and turn without pain."],
          precautions: ["Build speed before sharp turns."],
          education: "Your groin works hard when you turn. Start with slow, planned turns and make them faster.",
        },
        es: {
          name: "Carrera más rápida y giros planeados",
          purpose: "Correr más rápido, moverse de lado y hacer giros planeados.",
          goals: ["Correr rápido y girar sin dolor."],
          precautions: ["Gane velocidad antes de hacer giros bruscos."],
          education: "Su ingle trabaja mucho al girar. Empiece con giros lentos y planeados y hágalos más rápidos.",
        },
      },
      {
        durationDays: days([2, 4], [3, 5], [10, 14]),
        exercises: [
          reps("strides", 1, 6, perWeek(2), P, { notes: "Build to about 80% of your top speed." }),
          reps("groin-lateral-shuffle", 3, 4, perWeek(2), P),
          reps("change-of-direction", 3, 6, perWeek(2), P, { notes: "Planned turns first, sharper turns later." }),
        ],
        gates: RUNNING_TRACK_GATES.b3(),
      },
    ),
    phase(
      "b4",
      "sport",
      {
        en: {
          name: "Sprints, cuts and kicks",
          purpose: "Sprint, cut and kick at full effort.",
          goals: ["Sprint, turn and kick without pain."],
          precautions: ["Kicking builds from short passes to long kicks."],
          education: "Kicking puts the most load on the groin. Add longer and harder kicks only when the last ones did not hurt.",
        },
        es: {
          name: "Sprints, cambios de dirección y patadas",
          purpose: "Esprintar, cambiar de dirección y patear con todo el esfuerzo.",
          goals: ["Esprintar, girar y patear sin dolor."],
          precautions: ["El golpeo va de pases cortos a patadas largas."],
          education: "Patear es lo que más carga la ingle. Añada patadas más largas y fuertes solo cuando las anteriores no dolieron.",
        },
      },
      {
        durationDays: days([2, 3], [2, 4], [7, 14]),
        exercises: [
          reps("strides", 1, 8, perWeek(2), P, { notes: "Up to full speed." }),
          reps("change-of-direction", 4, 6, perWeek(2), P, { notes: "Now at full speed, including unplanned turns." }),
          reps("groin-kicking-progression", 1, 20, perWeek(3), P),
        ],
        gates: RUNNING_TRACK_GATES.b4(),
      },
    ),
  ],
};

const TRACKS = [EXERCISE_TRACK, RUNNING_TRACK];

export const ADDUCTOR_TEMPLATE: Template = {
  key: "adductor-strain",
  name: "Adductor (groin) strain",
  muscles: ["ADDUCTOR_LONGUS", "ADDUCTOR_MAGNUS", "ADDUCTOR_BREVIS", "GRACILIS", "PECTINEUS", "ADDUCTOR_UNSPECIFIED"],
  grades: [1, 2, 3],
  version: 2,
  clinicianNotes: [...ADDUCTOR_CLINICIAN_NOTES],
  sources: [SOURCES.SERNER_2020, SOURCES.SERNER_PROGNOSIS, SOURCES.ICE_HOCKEY_2010, SOURCES.POLLOCK_2014, SOURCES.BINKLEY_1999].map((s) => ({ ...s })),
  stages: [
    stage("protect", {
      durationDays: days([1, 3], [2, 4], [14, 35]),
      requiresSpecialistReview: true,
      exercises: [
        reps("ankle-pumps", 2, 20, perDay(2), P, { grades: SEVERE }),
        hold("groin-ball-squeeze-bent", 5, 10, perDay(2), P, { grades: MILD, notes: "Start at about half effort and build up." }),
        hold("groin-ball-squeeze-bent", 3, 5, perDay(2), P, { grades: SEVERE, notes: "Light squeezes only, once your specialist agrees." }),
        reps("glute-bridge", 3, 12, perDay(1), P),
        timed("stationary-bike", 1, 15, perWeek(4), P, { grades: MILD }),
      ],
      gates: PROTECT_EXIT_GATES(),
    }),
    stage("strength", {
      durationDays: tracksDuration(TRACKS),
      painRule: { duringMax: P, settledByMorning: true },
      exercises: [],
      gates: TRACKED_STAGE_GATES(),
      tracks: TRACKS,
    }),
    stage("run", {
      durationDays: days([2, 4], [2, 5], [7, 14]),
      exercises: [
        reps("groin-copenhagen-dynamic", 3, 8, perWeek(2), P),
        reps("change-of-direction", 4, 6, perWeek(2), P, { notes: "Full speed, as your team's drills need." }),
        reps("groin-kicking-progression", 1, 20, perWeek(2), P),
      ],
      gates: RUN_EXIT_GATES(),
    }),
    stage("sport", {
      durationDays: days([1, 3], [1, 4], [7, 14]),
      exercises: [reps("groin-copenhagen-dynamic", 2, 10, perWeek(2), P), reps("groin-side-lunge", 3, 10, perWeek(2), P, { load: PCRM })],
      gates: SPORT_EXIT_GATES(),
    }),
    stage("maintain", {
      durationDays: days([56, 84], [56, 84], [56, 112]),
      exercises: [reps("groin-copenhagen-dynamic", 2, 10, perWeek(2), P), reps("groin-side-lunge", 2, 10, perWeek(1), P)],
      gates: [],
    }),
  ],
  education: ADDUCTOR_EDUCATION,
  translations: { es: { name: "Distensión de los aductores (ingle)" } },
};
