// Gates of the groin template (Serner 2020, Aspetar): each phase of the exercise track (A) and of
// the running track (B) has its own exit criteria, then controlled and full team training have
// theirs. The strength ratios follow the ice hockey phase gates (Sports Health 2010, Table 1).
// Thresholds and session counts marked "(editable default)" are not numbers in the sources: the
// template's clinician notes list them for review.
import { COMMON_CHECKS } from "../../../measures/common";
import { checkPatientLabel } from "../../../measures/labels";
import type { CheckGateTemplate, ClinicalGrade, GateTemplate, MeasureGateTemplate, SessionGateTemplate } from "../../../clinical/types";
import { ADDUCTOR_CHECKS } from "../measures";
import { ADDUCTOR_WORDING } from "../wording";

const ALL_CHECKS = [...COMMON_CHECKS, ...ADDUCTOR_CHECKS];

/** Logged sessions that count toward a session gate: every set done, pain at most this (Aspetar's 2/10 rule). */
export const SESSION_MAX_PAIN = 2;
/** How many such sessions a session gate asks for (editable default). */
export const SESSION_COUNT = 3;

function checkGate(check: (typeof ALL_CHECKS)[number]["key"], grades?: ClinicalGrade[]): CheckGateTemplate {
  const meta = ALL_CHECKS.find((c) => c.key === check)!;
  const patient = checkPatientLabel(meta, ADDUCTOR_WORDING.region);
  const gate: CheckGateTemplate = {
    key: check,
    kind: "CHECK",
    check,
    label: meta.label.en,
    patientLabel: patient.en,
    translations: { es: { patientLabel: patient.es } },
  };
  if (grades) gate.grades = grades;
  return gate;
}

function measureGate(gate: Omit<MeasureGateTemplate, "kind" | "translations">, patientLabelEs: string): MeasureGateTemplate {
  return { ...gate, kind: "MEASURE", translations: { es: { patientLabel: patientLabelEs } } };
}

/** `count` logged sessions of one exercise, every set done, pain 2/10 or less during and the next morning. */
function sessionsGate(key: string, exerciseKey: string, what: { en: string; es: string; label: string }): SessionGateTemplate {
  return {
    key,
    kind: "SESSIONS",
    exerciseKey,
    count: SESSION_COUNT,
    maxPain: SESSION_MAX_PAIN,
    label: `${SESSION_COUNT} logged sessions of ${what.label}, every set done, pain ${SESSION_MAX_PAIN}/10 or less during and the next morning (count is an editable default)`,
    patientLabel: `You did ${what.en} ${SESSION_COUNT} times with pain no higher than ${SESSION_MAX_PAIN} out of 10`,
    translations: { es: { patientLabel: `Hizo ${what.es} ${SESSION_COUNT} veces con un dolor no mayor de ${SESSION_MAX_PAIN} sobre 10` } },
  };
}

const squeezePain = (threshold: number, key: string, en: string, es: string) =>
  measureGate(
    {
      key,
      measure: "squeezePain",
      comparator: "<=",
      threshold,
      label: threshold > 0 ? `Squeeze test pain ${threshold}/10 or less (editable default; Aspetar pain rule)` : "Squeeze test pain-free (editable default)",
      patientLabel: en,
    },
    es,
  );

const adductionRatio = (threshold: number) =>
  measureGate(
    {
      key: `add-abd-${threshold}`,
      measure: "adductionAbductionRatio",
      comparator: ">=",
      threshold,
      label: `Adduction ${threshold}% or more of the same leg's abduction (Sports Health 2010, Table 1)`,
      patientLabel:
        threshold >= 90
          ? "Your inner-thigh strength is nearly equal to your outer-thigh strength"
          : "Your inner-thigh strength is at least 3 quarters of your outer-thigh strength",
    },
    threshold >= 90
      ? "La fuerza de la cara interna del muslo es casi igual a la de la cara externa"
      : "La fuerza de la cara interna del muslo es al menos 3 cuartos de la fuerza de la cara externa",
  );

/** Before both tracks: walking without a limp, off pain medicine, and for a complete tear the specialist's clearance. */
export const PROTECT_EXIT_GATES = (): GateTemplate[] => [
  checkGate("normal-gait"),
  squeezePain(4, "squeeze-pain-4", "Squeezing your knees together hurts 4 out of 10 or less", "Apretar las rodillas le duele 4 de 10 o menos"),
  checkGate("specialist-cleared", [3]),
];

/** The tracked stage's own gate: no progression while taking pain medication (Serner 2020). */
export const TRACKED_STAGE_GATES = (): GateTemplate[] => [checkGate("groin-no-pain-medication")];

/** Track A, phase by phase (the last phase's gates finish the track). */
export const EXERCISE_TRACK_GATES = {
  /** A1 -> A2: pain-free adduction against gravity, a calm squeeze. */
  a1: (): GateTemplate[] => [
    checkGate("groin-pain-free-adduction"),
    squeezePain(2, "squeeze-pain-2", "Squeezing your knees together hurts 2 out of 10 or less", "Apretar las rodillas le duele 2 de 10 o menos"),
  ],
  /** A2 -> A3: adduction at least 75% of abduction, full passive range. */
  a2: (): GateTemplate[] => [adductionRatio(75), checkGate("groin-full-passive-range")],
  /** A3 -> A4: adduction 90% of abduction and of the other side, a pain-free squeeze. */
  a3: (): GateTemplate[] => [
    adductionRatio(90),
    measureGate(
      {
        key: "adduction-symmetry-90",
        measure: "adductionSymmetry",
        comparator: ">=",
        threshold: 90,
        label: "Adduction strength 90% or more of the other side (editable default)",
        patientLabel: "Your injured side's inner thigh is at least 90% as strong as the other side",
      },
      "La cara interna del muslo lesionado tiene al menos el 90% de la fuerza del otro lado",
    ),
    squeezePain(0, "squeeze-pain-0", "Squeezing your knees together does not hurt", "Apretar las rodillas no le duele"),
  ],
  /** A4 done: the Copenhagen hold nearly as long on the injured side. */
  a4: (): GateTemplate[] => [
    measureGate(
      {
        key: "copenhagen-symmetry-90",
        measure: "copenhagenHoldSymmetry",
        comparator: ">=",
        threshold: 90,
        label: "Copenhagen hold, injured side on top, 90% or more of the other side (editable default)",
        patientLabel: "You hold the side plank on your injured side nearly as long as on your other side",
      },
      "Aguanta la plancha lateral del lado lesionado casi tanto como la del otro lado",
    ),
  ],
};

/** Track B, phase by phase: walking, jogging, faster running with turns, sport movements. */
export const RUNNING_TRACK_GATES = {
  b1: (): GateTemplate[] => [
    measureGate(
      {
        key: "walking-pain-0",
        measure: "painWalking",
        comparator: "<=",
        threshold: 0,
        label: "Walking pain 0/10",
        patientLabel: "Walking does not hurt",
      },
      "Caminar no le duele",
    ),
    checkGate("normal-gait"),
  ],
  b2: (): GateTemplate[] => [
    sessionsGate("easy-jog-sessions", "easy-run", { label: "easy jogging", en: "your easy jog", es: "su trote suave" }),
    checkGate("groin-pain-free-jog"),
  ],
  b3: (): GateTemplate[] => [
    sessionsGate("turning-sessions", "change-of-direction", { label: "planned turns and faster running", en: "your turns", es: "sus giros" }),
    checkGate("groin-pain-free-change-of-direction"),
  ],
  b4: (): GateTemplate[] => [
    sessionsGate("kicking-sessions", "groin-kicking-progression", { label: "the kicking progression", en: "your kicking", es: "sus patadas" }),
    checkGate("groin-pain-free-sport-movements"),
  ],
};

/** Controlled sports training -> full team training: a controlled session without symptoms (Serner 2020). */
export const RUN_EXIT_GATES = (): GateTemplate[] => [
  sessionsGate("controlled-training-sessions", "change-of-direction", {
    label: "full-speed turns and cuts",
    en: "your full-speed turns",
    es: "sus giros a toda velocidad",
  }),
  checkGate("groin-controlled-training-no-symptoms"),
];

/** Full team training -> staying strong: full training without a flare, and the patient feels ready. */
export const SPORT_EXIT_GATES = (): GateTemplate[] => [
  checkGate("full-training-no-flare"),
  {
    key: "match-readiness",
    kind: "SUBJECTIVE",
    question: "How ready does your groin feel to play a full match?",
    minimum: 8,
    label: "Patient rates readiness to play a full match 8/10 or more (threshold is an editable default)",
    patientLabel: "You feel your groin is ready to play a full match",
    translations: {
      es: {
        question: "¿Qué tan lista siente su ingle para jugar un partido completo?",
        patientLabel: "Siente que su ingle está lista para jugar un partido completo",
      },
    },
  },
];
