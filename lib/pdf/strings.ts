// Fixed handout text in every supported language. Written for patients at about a 6th-8th grade
// reading level: short sentences, common words, numbers as digits. The "Stop and get care" box is
// our own wording of the red-flag signs (clinical brief) and the seed articles' "see a doctor" list.
import type { ClinicalGrade, FrequencyUnit, Locale, Muscle, Side } from "../domain/clinical/types";

export interface CareGroupText {
  heading: string;
  items: string[];
}

export interface HandoutStrings {
  /** BCP 47 tag used for dates and the PDF's language. */
  dateLocale: string;
  handoutTitle: string;
  brand: string;
  details: { therapist: string; clinic: string; madeOn: string };
  injuryLabel: string;
  side: Record<Side, string>;
  /** "Left calf strain, grade 2: part of the muscle is torn" + muscle words. */
  injury: (side: string, grade: ClinicalGrade, muscle: Muscle) => string;
  stageLabel: string;
  stageHeading: (index: number, total: number, name: string) => string;
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
  illustration: string;
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
  careBox: { heading: string; intro: string; groups: CareGroupText[]; closing: string };
  schedule: { heading: string; intro: string; exercise: string; howOften: string; days: string[]; empty: string };
  progressLog: { heading: string; intro: string; columns: string[] };
  educationHeading: string;
  footer: {
    page: string;
    template: (name: string, version: number) => string;
    madeBy: (date: string) => string;
  };
  subject: string;
}

const MUSCLE_EN: Record<Muscle, string> = {
  SOLEUS: "the soleus, the deep calf muscle",
  MEDIAL_GASTROCNEMIUS: "the inner part of the gastrocnemius, the big calf muscle",
  LATERAL_GASTROCNEMIUS: "the outer part of the gastrocnemius, the big calf muscle",
  CALF_UNSPECIFIED: "a calf muscle",
};

const MUSCLE_ES: Record<Muscle, string> = {
  SOLEUS: "el sóleo, el músculo profundo de la pantorrilla",
  MEDIAL_GASTROCNEMIUS: "la parte interna del gastrocnemio, el músculo grande de la pantorrilla",
  LATERAL_GASTROCNEMIUS: "la parte externa del gastrocnemio, el músculo grande de la pantorrilla",
  CALF_UNSPECIFIED: "un músculo de la pantorrilla",
};

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

const EN: HandoutStrings = {
  dateLocale: "en-GB",
  handoutTitle: "Your calf rehab plan",
  brand: "Restride",
  details: { therapist: "Therapist", clinic: "Clinic", madeOn: "Date made" },
  injuryLabel: "Your injury",
  side: { LEFT: "Left", RIGHT: "Right" },
  injury: (side, grade, muscle) => `${side} calf strain, grade ${grade}: ${GRADE_EN[grade]}. It affects ${MUSCLE_EN[muscle]}.`,
  stageLabel: "Where you are now",
  stageHeading: (index, total, name) => `Stage ${index} of ${total}: ${name}`,
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
  specialistNotice: "A specialist must check your calf and agree before you start the loading exercises.",
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
  illustration: "Picture: your therapist can draw or stick a photo here.",
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
    lastStage: "This is the last stage. Keep doing your exercises to keep your calf strong.",
    noGates: "Your therapist will tell you when you are ready for the next stage.",
  },
  careBox: {
    heading: "Stop and get care",
    intro: "Stop your exercises if you notice any of these signs.",
    groups: [
      {
        heading: "Get emergency help now if:",
        items: [
          "You are short of breath, have chest pain, or cough up blood.",
          "Your calf is very tight and hard, and the pain keeps getting worse.",
          "Your foot turns cold, pale or blue.",
        ],
      },
      {
        heading: "See a doctor today if:",
        items: [
          "Your calf or whole leg swells up, feels warm or looks red.",
          "Your calf is tender deep inside and it hurts more each day.",
          "You felt a snap at the back of your heel, or you cannot stand on your toes.",
          "You feel a dip or a gap just above your heel.",
          "You cannot put weight on your leg.",
          "You felt a sudden, sharp pain while running.",
          "Your leg or foot goes numb or tingles.",
        ],
      },
      {
        heading: "Call your therapist or doctor soon if:",
        items: [
          "The pain does not get better with rest.",
          "A bruise grows or spreads down to your ankle.",
          "The pain keeps coming back.",
        ],
      },
    ],
    closing: "If you are not sure, stop and ask. It is always OK to call.",
  },
  schedule: {
    heading: "Your weekly schedule",
    intro: "Tick a box each time you do an exercise.",
    exercise: "Exercise",
    howOften: "How often",
    days: ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    empty: "Your therapist will add exercises to this schedule.",
  },
  progressLog: {
    heading: "Your progress log",
    intro: "Write down your pain (0 to 10) and how many heel raises you can do on your injured leg.",
    columns: ["Date", "Pain (0-10)", "Heel raises", "Notes"],
  },
  educationHeading: "Learn about your calf",
  footer: {
    page: "Page {page} of {total}",
    template: (name, version) => `${name}, version ${version}`,
    madeBy: (date) => `Made by Restride on ${date}`,
  },
  subject: "Calf strain rehab handout",
};

const ES: HandoutStrings = {
  dateLocale: "es-ES",
  handoutTitle: "Su plan de recuperación de la pantorrilla",
  brand: "Restride",
  details: { therapist: "Terapeuta", clinic: "Clínica", madeOn: "Fecha" },
  injuryLabel: "Su lesión",
  side: { LEFT: "izquierda", RIGHT: "derecha" },
  injury: (side, grade, muscle) =>
    `Distensión de la pantorrilla ${side}, grado ${grade}: ${GRADE_ES[grade]}. Afecta a ${MUSCLE_ES[muscle]}.`,
  stageLabel: "Dónde está ahora",
  stageHeading: (index, total, name) => `Etapa ${index} de ${total}: ${name}`,
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
  specialistNotice: "Un especialista debe revisar su pantorrilla y dar su visto bueno antes de empezar los ejercicios de carga.",
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
  illustration: "Imagen: su terapeuta puede dibujar o pegar una foto aquí.",
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
    lastStage: "Esta es la última etapa. Siga con sus ejercicios para mantener fuerte la pantorrilla.",
    noGates: "Su terapeuta le dirá cuándo está listo para la siguiente etapa.",
  },
  careBox: {
    heading: "Pare y busque atención médica",
    intro: "Deje sus ejercicios si nota alguna de estas señales.",
    groups: [
      {
        heading: "Pida ayuda de emergencia ahora si:",
        items: [
          "Le falta el aire, tiene dolor en el pecho o tose sangre.",
          "Su pantorrilla está muy tensa y dura, y el dolor empeora cada vez más.",
          "Su pie se pone frío, pálido o azulado.",
        ],
      },
      {
        heading: "Vea a un médico hoy si:",
        items: [
          "Su pantorrilla o toda la pierna se hincha, está caliente o se ve roja.",
          "Le duele por dentro de la pantorrilla y cada día duele más.",
          "Sintió un chasquido detrás del talón o no puede ponerse de puntillas.",
          "Nota un hueco justo encima del talón.",
          "No puede apoyar peso en la pierna.",
          "Sintió un dolor agudo y repentino mientras corría.",
          "Se le adormece o le hormiguea la pierna o el pie.",
        ],
      },
      {
        heading: "Llame pronto a su terapeuta o médico si:",
        items: [
          "El dolor no mejora con reposo.",
          "Un moretón crece o baja hasta el tobillo.",
          "El dolor vuelve una y otra vez.",
        ],
      },
    ],
    closing: "Si tiene dudas, pare y pregunte. Siempre puede llamar.",
  },
  schedule: {
    heading: "Su horario semanal",
    intro: "Marque una casilla cada vez que haga un ejercicio.",
    exercise: "Ejercicio",
    howOften: "Cada cuánto",
    days: ["Lun", "Mar", "Mié", "Jue", "Vie", "Sáb", "Dom"],
    empty: "Su terapeuta añadirá ejercicios a este horario.",
  },
  progressLog: {
    heading: "Su registro de avances",
    intro: "Anote su dolor (de 0 a 10) y cuántas elevaciones de talón puede hacer con la pierna lesionada.",
    columns: ["Fecha", "Dolor (0-10)", "Elevaciones de talón", "Notas"],
  },
  educationHeading: "Aprenda sobre su pantorrilla",
  footer: {
    page: "Página {page} de {total}",
    template: (name, version) => `${name}, versión ${version}`,
    madeBy: (date) => `Hecho por Restride el ${date}`,
  },
  subject: "Hoja de ejercicios para la distensión de pantorrilla",
};

export const HANDOUT_STRINGS: Record<Locale, HandoutStrings> = { en: EN, es: ES };

export function handoutStrings(locale: Locale): HandoutStrings {
  return HANDOUT_STRINGS[locale] ?? EN;
}
