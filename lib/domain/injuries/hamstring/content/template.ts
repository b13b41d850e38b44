// Hamstring strain template: Heiderscheit et al. 2010 (Table 4, after Sherry & Best 2004) phases 1-3
// as "protect", "strength" and "run", with the Askling L-protocol lengthening exercises (Extender,
// Diver, Glider) from phase 2, then return to sport with the Askling H-test, then maintenance.
// Pain rule: Aspetar's "an exercise that provokes 2/10 or more is adjusted or stopped": every
// loading exercise carries pain limit 2 (the stage's rule derives from it, decision 017).
// Items the injuries brief marks (unverified) are editable defaults and their clinician labels say so.
import { COMMON_CHECKS } from "../../../measures/common";
import { checkPatientLabel } from "../../../measures/labels";
import type {
  CheckGateTemplate,
  ClinicalGrade,
  GateTemplate,
  MeasureGateTemplate,
  StageKey,
  StageTemplate,
  StageText,
  Template,
} from "../../../clinical/types";
import { hold, perDay, perWeek, reps, timed } from "../../../content/dose";
import { HAMSTRING_CHECKS } from "../measures";
import { HAMSTRING_SOURCES as SOURCES } from "../sources";
import { HAMSTRING_WORDING } from "../wording";
import { HAMSTRING_EDUCATION } from "./education";

const PAIN = 2;

function check(key: string, grades?: ClinicalGrade[]): CheckGateTemplate {
  const meta = [...COMMON_CHECKS, ...HAMSTRING_CHECKS].find((c) => c.key === key)!;
  const patient = checkPatientLabel(meta, HAMSTRING_WORDING.region);
  const gate: CheckGateTemplate = {
    key,
    kind: "CHECK",
    check: key as CheckGateTemplate["check"],
    label: meta.label.en,
    patientLabel: patient.en,
    translations: { es: { patientLabel: patient.es } },
  };
  if (grades) gate.grades = grades;
  return gate;
}

function measure(gate: Omit<MeasureGateTemplate, "kind" | "translations" | "measure"> & { measure: string }, es: string): MeasureGateTemplate {
  return { ...gate, measure: gate.measure as MeasureGateTemplate["measure"], kind: "MEASURE", translations: { es: { patientLabel: es } } };
}

function stage(key: StageKey, en: StageText, es: StageText, rest: Omit<StageTemplate, "key" | keyof StageText | "translations">): StageTemplate {
  return { key, ...en, ...rest, translations: { es } };
}

const PROTECT_GATES: GateTemplate[] = [
  measure(
    {
      key: "walking-pain",
      measure: "painWalking",
      comparator: "<=",
      threshold: 0,
      label: "Normal walking stride without pain (walking pain 0/10)",
      patientLabel: "Walking does not hurt",
    },
    "Caminar no le duele",
  ),
  check("normal-gait"),
  check("pain-free-isometric-knee-flexion"),
  check("pain-free-slow-jog"),
  check("specialist-cleared", [3]),
];

const STRENGTH_GATES: GateTemplate[] = [
  check("full-strength-manual-test"),
  measure(
    {
      key: "knee-flexor-90",
      measure: "kneeFlexor90Symmetry",
      comparator: ">=",
      threshold: 90,
      label: "Isometric knee-flexor strength at 90 degrees, symmetry 90% or more (editable default)",
      patientLabel: "Your injured leg is at least 90% as strong as the other when bending the knee",
    },
    "Su pierna lesionada tiene al menos el 90% de la fuerza de la otra al doblar la rodilla",
  ),
  check("pain-free-jog-50"),
];

const RUN_GATES: GateTemplate[] = [
  measure(
    {
      key: "knee-flexor-15",
      measure: "kneeFlexor15Symmetry",
      comparator: ">=",
      threshold: 95,
      label: "Knee-flexor strength at 15-30 degrees, symmetry 95% or more (under 5% side difference; unverified detail, edit)",
      patientLabel: "Your injured leg is almost as strong as the other with the knee nearly straight",
    },
    "Su pierna lesionada es casi tan fuerte como la otra con la rodilla casi recta",
  ),
  measure(
    {
      key: "slr-symmetry",
      measure: "passiveSlrSymmetry",
      comparator: ">=",
      threshold: 95,
      label: "Passive straight-leg raise symmetry 95% or more (full range; editable default)",
      patientLabel: "Your injured leg lifts almost as high as the other when the therapist raises it",
    },
    "Su pierna lesionada sube casi tan alto como la otra cuando el terapeuta la levanta",
  ),
  check("pain-free-sprint"),
  {
    key: "strides-sessions",
    kind: "SESSIONS",
    exerciseKey: "strides",
    count: 3,
    maxPain: PAIN,
    label: "3 logged stride sessions, every set done, pain 2/10 or less during and the next morning (count is an editable default)",
    patientLabel: "You did your strides 3 times with pain no higher than 2 out of 10",
    translations: { es: { patientLabel: "Hizo sus aceleraciones 3 veces con un dolor no mayor de 2 sobre 10" } },
  },
];

const SPORT_GATES: GateTemplate[] = [
  check("h-test-no-insecurity"),
  {
    key: "sprint-confidence",
    kind: "SUBJECTIVE",
    question: "How sure do you feel that your leg is ready to sprint at full speed?",
    minimum: 8,
    label: "Patient rates confidence to sprint at full speed 8/10 or more (threshold is an editable default)",
    patientLabel: "You feel sure your leg is ready to sprint at full speed",
    translations: {
      es: {
        question: "¿Qué tan seguro se siente de que su pierna está lista para correr a toda velocidad?",
        patientLabel: "Se siente seguro de que su pierna está lista para correr a toda velocidad",
      },
    },
  },
  measure(
    {
      key: "next-morning-pain",
      measure: "painNextMorning",
      comparator: "<=",
      threshold: 0,
      label: "No pain the morning after full training",
      patientLabel: "The back of your thigh does not hurt the morning after training",
    },
    "La parte de atrás del muslo no le duele la mañana después de entrenar",
  ),
  check("full-training-no-flare"),
];

export const HAMSTRING_TEMPLATE: Template = {
  key: "hamstring-strain",
  name: "Hamstring strain",
  muscles: ["BICEPS_FEMORIS_LONG", "BICEPS_FEMORIS_SHORT", "SEMITENDINOSUS", "SEMIMEMBRANOSUS", "HAMSTRING_UNSPECIFIED"],
  grades: [1, 2, 3],
  version: 2,
  clinicianNotes: [
    "Editable defaults the sources leave open (marked unverified in Restride's brief): the 50% jog wording of the strength stage's exit, the detail of the sprint stage (agility at sport speed, eccentric strength at length) and the return-to-sport strength target at 15-30 degrees (under 5% side difference).",
    "The sprint stage asks for 3 logged stride sessions within the 2/10 pain rule, and the sport stage for a confidence rating of 8/10 or more: the counts and the rating threshold are Restride defaults.",
    "Askling H-test: any insecurity the athlete feels means more rehab (in the 2013 trial about a week more).",
  ],
  sources: [
    SOURCES.HEIDERSCHEIT_2010,
    SOURCES.SHERRY_BEST_2004,
    SOURCES.ASKLING_2013,
    SOURCES.ASKLING_2014,
    SOURCES.ASKLING_HTEST_2010,
    SOURCES.ASPETAR_HAMSTRING,
    SOURCES.EKSTRAND_2012,
    SOURCES.POLLOCK_2022,
  ].map((s) => ({ ...s })),
  stages: [
    stage(
      "protect",
      {
        name: "Protect and move",
        purpose: "Calm the injury, walk normally and wake up the muscle without stretching it.",
        goals: ["Walk with a normal stride without pain.", "Jog very slowly without pain.", "Push your heel against a hand without pain."],
        precautions: [
          "Do not stretch the back of your thigh hard.",
          "No fast running or big strides yet.",
          "If the tear is complete, wait for your specialist before loading.",
        ],
        education: "Gentle daily movement helps the muscle heal in good order. Keep your steps short and easy.",
      },
      {
        name: "Proteger y moverse",
        purpose: "Calmar la lesión, caminar con normalidad y activar el músculo sin estirarlo.",
        goals: ["Caminar con un paso normal sin dolor.", "Trotar muy despacio sin dolor.", "Empujar con el talón contra una mano sin dolor."],
        precautions: [
          "No estire fuerte la parte de atrás del muslo.",
          "Todavía sin correr rápido ni dar zancadas grandes.",
          "Si la rotura es completa, espere a su especialista antes de cargar.",
        ],
        education: "Moverse con suavidad cada día ayuda a que el músculo sane bien. Dé pasos cortos y fáciles.",
      },
      {
        durationDays: { 1: { min: 2, max: 5 }, 2: { min: 5, max: 10 }, 3: { min: 14, max: 35 } },
        requiresSpecialistReview: true,
        exercises: [
          timed("stationary-bike", 1, 10, perDay(1), PAIN),
          reps("side-stepping", 3, 20, perDay(1), PAIN),
          reps("grapevine", 3, 20, perDay(1), PAIN, { grades: [1, 2] }),
          timed("fast-feet", 3, 1, perDay(1), PAIN, { grades: [1, 2] }),
          hold("prone-hamstring-isometric", 5, 10, perDay(2), PAIN),
          hold("prone-plank", 3, 20, perDay(1), PAIN),
          hold("side-plank", 3, 15, perDay(1), PAIN),
          reps("glute-bridge", 3, 10, perDay(1), PAIN),
          hold("single-leg-balance", 3, 30, perDay(1), PAIN),
        ],
        gates: PROTECT_GATES,
      },
    ),
    stage(
      "strength",
      {
        name: "Build strength",
        purpose: "Make the muscle strong again and start lengthening it under control.",
        goals: ["Your injured leg is as strong as the other when tested.", "Jog forwards and backwards at half speed without pain."],
        precautions: ["Do not push into a full stretch while the leg is still weak.", "Build speed bit by bit."],
        education: "The Extender, Diver and Glider train the muscle while it gets longer. This is how it works when you sprint.",
      },
      {
        name: "Ganar fuerza",
        purpose: "Volver a fortalecer el músculo y empezar a alargarlo con control.",
        goals: ["Su pierna lesionada es tan fuerte como la otra en la prueba.", "Trotar hacia delante y hacia atrás a media velocidad sin dolor."],
        precautions: ["No fuerce un estiramiento completo mientras la pierna siga débil.", "Aumente la velocidad poco a poco."],
        education: "El extensor, el clavadista y el deslizador entrenan el músculo mientras se alarga. Así trabaja cuando corre rápido.",
      },
      {
        durationDays: { 1: { min: 3, max: 7 }, 2: { min: 7, max: 14 }, 3: { min: 21, max: 42 } },
        exercises: [
          reps("askling-extender", 3, 12, perDay(2), PAIN, { notes: "Twice a day (Askling L-protocol)." }),
          reps("askling-diver", 3, 6, perWeek(3), PAIN, { notes: "Every other day (Askling L-protocol)." }),
          reps("askling-glider", 3, 4, perWeek(2), PAIN, { notes: "Every third day (Askling L-protocol)." }),
          reps("bridge-walk-out", 3, 6, perWeek(4), PAIN),
          reps("single-leg-windmill", 3, 8, perWeek(4), PAIN),
          reps("lunge-walk-rotation", 3, 8, perWeek(4), PAIN, { grades: [1, 2] }),
          reps("single-leg-bridge", 3, 10, perWeek(4), PAIN),
          reps("side-stepping", 3, 30, perWeek(5), PAIN),
        ],
        gates: STRENGTH_GATES,
      },
    ),
    stage(
      "run",
      {
        name: "Speed and running",
        purpose: "Run faster, change direction and make the muscle strong at length.",
        goals: ["Strength almost equal on both sides with the knee nearly straight.", "Full leg range.", "Sprint and do your sport's moves without pain."],
        precautions: ["Build up sprint speed over several sessions.", "Stop if you feel a pull or a cramp at the back of the thigh."],
        education: "Your muscle now needs speed. Add a little speed each session, and rest a day after hard sessions.",
      },
      {
        name: "Velocidad y carrera",
        purpose: "Correr más rápido, cambiar de dirección y fortalecer el músculo alargado.",
        goals: [
          "Fuerza casi igual en los dos lados con la rodilla casi recta.",
          "Movimiento completo de la pierna.",
          "Correr rápido y hacer los movimientos de su deporte sin dolor.",
        ],
        precautions: ["Aumente la velocidad del sprint a lo largo de varias sesiones.", "Pare si nota un tirón o un calambre detrás del muslo."],
        education: "Ahora su músculo necesita velocidad. Añada un poco de velocidad en cada sesión y descanse un día después de las sesiones duras.",
      },
      {
        durationDays: { 1: { min: 3, max: 7 }, 2: { min: 7, max: 14 }, 3: { min: 14, max: 35 } },
        exercises: [
          reps("jog-forward-backward", 4, 2, perWeek(3), PAIN),
          reps("strides", 1, 6, perWeek(3), PAIN),
          reps("change-of-direction", 3, 6, perWeek(2), PAIN),
          reps("askling-diver", 3, 6, perWeek(3), PAIN),
          reps("askling-glider", 3, 4, perWeek(2), PAIN),
          reps("bridge-heel-on-box", 3, 10, perWeek(3), PAIN),
          reps("nordic-hamstring", 2, 5, perWeek(2), PAIN, { grades: [1, 2], notes: "Only small leans at first." }),
        ],
        gates: RUN_GATES,
      },
    ),
    stage(
      "sport",
      {
        name: "Back to sport",
        purpose: "Train fully with your team and pass the fast leg-raise test.",
        goals: ["Full training without pain the next morning.", "Feel safe and confident in the fast leg-raise test."],
        precautions: ["If you feel unsure in the leg-raise test, do more rehab first."],
        education: "The last test checks how safe the leg feels when you kick it up fast. Feeling unsure means the muscle needs more work.",
      },
      {
        name: "Vuelta al deporte",
        purpose: "Entrenar por completo con su equipo y superar la prueba de elevar la pierna rápido.",
        goals: ["Entrenamiento completo sin dolor a la mañana siguiente.", "Sentirse seguro y con confianza en la prueba de elevar la pierna rápido."],
        precautions: ["Si se siente inseguro en la prueba, haga más rehabilitación primero."],
        education:
          "La última prueba revisa qué tan segura se siente la pierna al subirla rápido. Sentirse inseguro quiere decir que el músculo necesita más trabajo.",
      },
      {
        durationDays: { 1: { min: 2, max: 5 }, 2: { min: 4, max: 10 }, 3: { min: 14, max: 28 } },
        exercises: [
          reps("strides", 1, 8, perWeek(3), PAIN),
          reps("change-of-direction", 3, 6, perWeek(2), PAIN),
          reps("nordic-hamstring", 3, 5, perWeek(2), PAIN),
          reps("askling-diver", 3, 6, perWeek(2), PAIN),
        ],
        gates: SPORT_GATES,
      },
    ),
    stage(
      "maintain",
      {
        name: "Stay strong",
        purpose: "Keep the hamstring strong to lower the chance of another strain.",
        goals: ["Hamstring strength work 1 or 2 times a week."],
        precautions: ["Warm up well before sprinting."],
        education: "A hamstring that was hurt once is more likely to get hurt again. Short strength sessions each week help protect it.",
      },
      {
        name: "Mantenerse fuerte",
        purpose: "Mantener fuertes los isquiotibiales para bajar el riesgo de otra lesión.",
        goals: ["Ejercicios de fuerza para los isquiotibiales 1 o 2 veces por semana."],
        precautions: ["Caliente bien antes de correr rápido."],
        education: "Un isquiotibial que ya se lesionó tiene más riesgo de volver a lesionarse. Sesiones cortas de fuerza cada semana ayudan a protegerlo.",
      },
      {
        durationDays: { 1: { min: 56, max: 84 }, 2: { min: 56, max: 84 }, 3: { min: 56, max: 112 } },
        exercises: [
          reps("nordic-hamstring", 2, 6, perWeek(1), PAIN),
          reps("askling-diver", 2, 6, perWeek(1), PAIN),
          reps("bridge-heel-on-box", 3, 10, perWeek(1), PAIN),
        ],
        gates: [],
      },
    ),
  ],
  education: HAMSTRING_EDUCATION,
  translations: { es: { name: "Distensión de los isquiotibiales" } },
};
