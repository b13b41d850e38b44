// Fixed handout text in every supported language. Written for patients at about a 6th-8th grade
// reading level: short sentences, common words, numbers as digits. Wording about the body region
// (title, injury sentence, the progress log's test) is the injury kind's
// (lib/domain/injuries/<kind>/wording.ts); handoutStrings() puts the two together. The "Stop and
// get care" box is lib/domain/injuries/care.ts's, shared with the portal.
import type { ClinicalGrade, FrequencyUnit, Locale, Side } from "../domain/clinical/types";
import { muscleDef, type InjuryKind } from "../domain/injuries";

export interface HandoutStrings {
  /** BCP 47 tag used for dates and the PDF's language. */
  dateLocale: string;
  handoutTitle: string;
  brand: string;
  details: { therapist: string; clinic: string; madeOn: string };
  injuryLabel: string;
  side: Record<Side, string>;
  /** "Left <region> strain, grade 2: part of the muscle is torn" + muscle words (the kind's wording). */
  injury: (side: string, grade: ClinicalGrade, muscle: string) => string;
  stageLabel: string;
  stageHeading: (index: number, total: number, name: string) => string;
  /** A stage with parallel tracks: where the patient is on one track. */
  trackLine: (track: string, index: number, total: number, phase: string) => string;
  stageDuration: (min: number, max: number) => string;
  timelineHeading: string;
  timeline: {
    thisStage: string;
    backToRunning: string;
    backToSport: string;
    planEnds: string;
    between: (from: string, to: string) => string;
  };
  timelineNote: string;
  specialistNotice: string;
  fallbackNote: string;
  stageAtAGlance: string;
  goals: string;
  precautions: string;
  aboutThisStage: string;
  exercisesHeading: string;
  allStagesHeading: string;
  currentStageTag: string;
  steps: string;
  cues: string;
  note: string;
  noSteps: string;
  emptyStage: string;
  doseColumns: { sets: string; amount: string; load: string; frequency: string; painLimit: string };
  dose: {
    setsCount: (sets: number) => string;
    reps: (reps: number) => string;
    hold: (seconds: number) => string;
    minutes: (minutes: number) => string;
    frequency: (times: number, per: FrequencyUnit) => string;
    frequencyShort: (times: number, per: FrequencyUnit) => string;
    painLimit: (limit: number) => string;
    noLoad: string;
    none: string;
  };
  toMoveOn: string;
  nextStage: { heading: string; intro: string; lastStage: string; noGates: string };
  schedule: { heading: string; intro: string; exercise: string; howOften: string; days: string[]; empty: string };
  progressLog: { heading: string; intro: string; columns: string[] };
  educationHeading: string;
  footer: {
    page: string;
    template: (name: string, version: number) => string;
    madeBy: (date: string) => string;
  };
  subject: string;
  /** The two-page "this stage" sheet (the default handout) and the education leaflet. */
  sheet: {
    goal: string;
    painRuleHeading: string;
    exercisesHeading: string;
    use: string;
    gridHeading: string;
    gridIntro: string;
    exerciseColumn: string;
    /** Two-letter weekday names for the tick grid, Monday first. */
    weekdays: string[];
    /** The sheet covers the whole stage. */
    coversStage: (days: number) => string;
    /** The stage is longer than the sheet: ask for the next one. */
    askForNewSheet: (days: number) => string;
    portalHeading: string;
    portalText: string;
    madeFor: (clinic: string, date: string) => string;
    leafletTitle: string;
  };
}

const GRADE_EN: Record<ClinicalGrade, string> = {
  1: "a mild strain",
  2: "part of the muscle is torn",
  3: "the muscle is fully torn",
};

const GRADE_ES: Record<ClinicalGrade, string> = {
  1: "una distensión leve",
  2: "parte del músculo está desgarrada",
  3: "el músculo está roto por completo",
};

const EN: BaseStrings = {
  dateLocale: "en-GB",
  brand: "Restride",
  details: { therapist: "Therapist", clinic: "Clinic", madeOn: "Date made" },
  injuryLabel: "Your injury",
  side: { LEFT: "Left", RIGHT: "Right" },
  stageLabel: "Where you are now",
  stageHeading: (index, total, name) => `Stage ${index} of ${total}: ${name}`,
  trackLine: (track, index, total, phase) => `${track}, step ${index} of ${total}: ${phase}`,
  stageDuration: (min, max) => (min === max ? `About ${min} days` : `About ${min} to ${max} days`),
  timelineHeading: "Your time line",
  timeline: {
    thisStage: "This stage",
    backToRunning: "Back to running",
    backToSport: "Back to full sport",
    planEnds: "Plan ends",
    between: (from, to) => (from === to ? `About ${from}` : `Between ${from} and ${to}`),
  },
  timelineNote: "These dates are a guide. You move on when you pass the tests for each stage, not on a set date.",
  fallbackNote: "Some parts of this handout are in English because they are not translated yet.",
  stageAtAGlance: "This stage at a glance",
  goals: "Goals",
  precautions: "Take care",
  aboutThisStage: "About this stage",
  exercisesHeading: "Your exercises",
  allStagesHeading: "All stages of your plan",
  currentStageTag: "You are here",
  steps: "Steps",
  cues: "Tips",
  note: "Note",
  noSteps: "Your therapist will show you how to do this exercise.",
  emptyStage: "No exercises in this stage yet; your therapist will add them.",
  doseColumns: { sets: "Sets", amount: "Reps or hold", load: "Load", frequency: "How often", painLimit: "Pain limit" },
  dose: {
    setsCount: (sets) => (sets === 1 ? "1 set" : `${sets} sets`),
    reps: (reps) => (reps === 1 ? "1 rep" : `${reps} reps`),
    hold: (seconds) => `hold ${seconds} s`,
    minutes: (minutes) => `${minutes} min`,
    frequency: (times, per) => {
      const unit = per === "DAY" ? "a day" : "a week";
      return times === 1 ? `Once ${unit}` : `${times} times ${unit}`;
    },
    frequencyShort: (times, per) => `${times}× / ${per === "DAY" ? "day" : "week"}`,
    painLimit: (limit) => (limit <= 0 ? "No pain" : `${limit} out of 10 or less`),
    noLoad: "Body weight",
    none: "-",
  },
  toMoveOn: "To move on to the next stage",
  nextStage: {
    heading: "What you need for the next stage",
    intro: "You move on when you can do all of these. Your therapist will test them with you.",
    noGates: "Your therapist will tell you when you are ready for the next stage.",
  },
  schedule: {
    heading: "Your weekly schedule",
    intro: "Each box is one session: tick it when you have done all its sets. A day with no box is a rest day for that exercise.",
    exercise: "Exercise",
    howOften: "How often",
    days: ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    empty: "Your therapist will add exercises to this schedule.",
  },
  progressLog: {
    heading: "Your progress log",
    columns: ["Date", "Pain (0-10)", "Notes"],
  },
  sheet: {
    goal: "Goal",
    painRuleHeading: "Your pain rule",
    exercisesHeading: "Your exercises",
    use: "Use",
    gridHeading: "Tick a box each time",
    gridIntro: "One box is one session. Tick it when you have done all the sets. No box: a rest day.",
    exerciseColumn: "Exercise",
    weekdays: ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"],
    coversStage: (days) => `This sheet covers ${days} days. At your next visit, ask for a new sheet.`,
    askForNewSheet: (days) => `This sheet covers ${days} days. Then ask your therapist for a new sheet.`,
    portalHeading: "On your phone",
    portalText: "Scan with your phone to see your plan.",
    madeFor: (clinic, date) => `${clinic} · made on ${date}`,
    leafletTitle: "Learn about your injury",
  },
  footer: {
    page: "Page {page} of {total}",
    template: (name, version) => `${name}, version ${version}`,
    madeBy: (date) => `Made by Restride on ${date}`,
  },
};

const ES: BaseStrings = {
  dateLocale: "es-419",
  brand: "Restride",
  details: { therapist: "Terapeuta", clinic: "Clínica", madeOn: "Fecha" },
  injuryLabel: "Su lesión",
  side: { LEFT: "izquierda", RIGHT: "derecha" },
  stageLabel: "Dónde está ahora",
  stageHeading: (index, total, name) => `Etapa ${index} de ${total}: ${name}`,
  trackLine: (track, index, total, phase) => `${track}, paso ${index} de ${total}: ${phase}`,
  stageDuration: (min, max) => (min === max ? `Unos ${min} días` : `Entre ${min} y ${max} días`),
  timelineHeading: "Sus plazos",
  timeline: {
    thisStage: "Esta etapa",
    backToRunning: "Volver a correr",
    backToSport: "Volver al deporte",
    planEnds: "Fin del plan",
    between: (from, to) => (from === to ? `Hacia el ${from}` : `Entre el ${from} y el ${to}`),
  },
  timelineNote: "Estas fechas son una guía. Pasa a la siguiente etapa cuando supera sus pruebas, no en una fecha fija.",
  fallbackNote: "Algunas partes de esta hoja están en inglés porque todavía no están traducidas.",
  stageAtAGlance: "Esta etapa en resumen",
  goals: "Objetivos",
  precautions: "Tenga cuidado",
  aboutThisStage: "Sobre esta etapa",
  exercisesHeading: "Sus ejercicios",
  allStagesHeading: "Todas las etapas de su plan",
  currentStageTag: "Usted está aquí",
  steps: "Pasos",
  cues: "Consejos",
  note: "Nota",
  noSteps: "Su terapeuta le enseñará cómo hacer este ejercicio.",
  emptyStage: "Todavía no hay ejercicios en esta etapa; su terapeuta los añadirá.",
  doseColumns: { sets: "Series", amount: "Repeticiones o tiempo", load: "Carga", frequency: "Cada cuánto", painLimit: "Límite de dolor" },
  dose: {
    setsCount: (sets) => (sets === 1 ? "1 serie" : `${sets} series`),
    reps: (reps) => (reps === 1 ? "1 repetición" : `${reps} repeticiones`),
    hold: (seconds) => `mantener ${seconds} s`,
    minutes: (minutes) => `${minutes} min`,
    frequency: (times, per) => {
      const unit = per === "DAY" ? "al día" : "por semana";
      return times === 1 ? `1 vez ${unit}` : `${times} veces ${unit}`;
    },
    frequencyShort: (times, per) => `${times}× / ${per === "DAY" ? "día" : "semana"}`,
    painLimit: (limit) => (limit <= 0 ? "Sin dolor" : `${limit} de 10 o menos`),
    noLoad: "Su peso corporal",
    none: "-",
  },
  toMoveOn: "Para pasar a la siguiente etapa",
  nextStage: {
    heading: "Lo que necesita para la siguiente etapa",
    intro: "Pasa a la siguiente etapa cuando pueda hacer todo esto. Su terapeuta lo comprobará con usted.",
    noGates: "Su terapeuta le dirá cuándo está listo para la siguiente etapa.",
  },
  schedule: {
    heading: "Su horario semanal",
    intro: "Cada casilla es una sesión: márquela cuando haya hecho todas sus series. Un día sin casilla es de descanso para ese ejercicio.",
    exercise: "Ejercicio",
    howOften: "Cada cuánto",
    days: ["Lun", "Mar", "Mié", "Jue", "Vie", "Sáb", "Dom"],
    empty: "Su terapeuta añadirá ejercicios a este horario.",
  },
  progressLog: {
    heading: "Su registro de avances",
    columns: ["Fecha", "Dolor (0-10)", "Notas"],
  },
  sheet: {
    goal: "Meta",
    painRuleHeading: "Su regla del dolor",
    exercisesHeading: "Sus ejercicios",
    use: "Use",
    gridHeading: "Marque una casilla cada vez",
    gridIntro: "Cada casilla es una sesión. Márquela al hacer todas las series. Sin casilla: día de descanso.",
    exerciseColumn: "Ejercicio",
    weekdays: ["Lu", "Ma", "Mi", "Ju", "Vi", "Sá", "Do"],
    coversStage: (days) => `Esta hoja cubre ${days} días. En su próxima cita, pida una hoja nueva.`,
    askForNewSheet: (days) => `Esta hoja cubre ${days} días. Después, pida a su terapeuta una hoja nueva.`,
    portalHeading: "En su teléfono",
    portalText: "Escanee con su teléfono para ver su plan.",
    madeFor: (clinic, date) => `${clinic} · hecha el ${date}`,
    leafletTitle: "Sepa más sobre su lesión",
  },
  footer: {
    page: "Página {page} de {total}",
    template: (name, version) => `${name}, versión ${version}`,
    madeBy: (date) => `Hecho por Restride el ${date}`,
  },
};

/** The strings the layout prints as labels (HandoutLabels in ./types.ts). */
export const HANDOUT_LABEL_KEYS = [
  "handoutTitle",
  "brand",
  "stageAtAGlance",
  "goals",
  "precautions",
  "aboutThisStage",
  "exercisesHeading",
  "allStagesHeading",
  "currentStageTag",
  "steps",
  "cues",
  "note",
  "doseColumns",
  "toMoveOn",
] as const satisfies readonly (keyof HandoutStrings)[];
export type HandoutLabelKey = (typeof HANDOUT_LABEL_KEYS)[number];

/** The injury kind's fields of HandoutStrings. */
type KindFields = "handoutTitle" | "injury" | "specialistNotice" | "progressLog" | "educationHeading" | "subject" | "nextStage";
/** The fixed text, without the region's words; the progress log has its frame only. */
type BaseStrings = Omit<HandoutStrings, KindFields> & {
  nextStage: Omit<HandoutStrings["nextStage"], "lastStage">;
  progressLog: { heading: string; columns: [string, string, string] };
};

const BASE: Record<Locale, BaseStrings> = { en: EN, es: ES };
/** BCP 47 tag for dates in each language. */
export const HANDOUT_DATE_LOCALE: Record<Locale, string> = { en: EN.dateLocale, es: ES.dateLocale };
const GRADE_WORDS: Record<Locale, Record<ClinicalGrade, string>> = { en: GRADE_EN, es: GRADE_ES };
const cache = new Map<string, HandoutStrings>();

/** Every handout string in `locale`, with the injury kind's wording for the body region. */
export function handoutStrings(locale: Locale, kind: InjuryKind): HandoutStrings {
  const key = `${kind.key}:${locale}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const lang: Locale = BASE[locale] ? locale : "en";
  const base = BASE[lang];
  const w = kind.wording.handout[lang];
  const [date, pain, notes] = base.progressLog.columns;
  const strings: HandoutStrings = {
    ...base,
    handoutTitle: w.handoutTitle,
    injury: (side, grade, muscle) =>
      w.injury(side, grade, GRADE_WORDS[lang][grade], (muscleDef(muscle) ?? muscleDef(kind.unspecifiedMuscle))?.patient[lang] ?? muscle),
    specialistNotice: w.specialistNotice,
    nextStage: { ...base.nextStage, lastStage: w.lastStage },
    progressLog: { heading: base.progressLog.heading, intro: w.progressLog.intro, columns: [date, pain, w.progressLog.testColumn, notes] },
    educationHeading: w.educationHeading,
    subject: w.subject,
  };
  cache.set(key, strings);
  return strings;
}
