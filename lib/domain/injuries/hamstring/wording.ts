// Hamstring wording for patients (handout, portal) and the clinic. Plain words; our own wording of
// the region's red flags (injuries brief) and the general "get care" signs.
import type { CareSign, KindWording } from "../types";
import { HAMSTRING_DOSE_TEXT } from "./content/dose-text";

export const HAMSTRING_CARE_SIGNS: readonly CareSign[] = [
  {
    key: "breathing",
    urgency: "emergency",
    text: { en: "You are short of breath, have chest pain, or cough up blood.", es: "Le falta el aire, tiene dolor en el pecho o tose sangre." },
  },
  { key: "swelling", urgency: "today", text: { en: "Your leg swells up, feels warm or looks red.", es: "Su pierna se hincha, está caliente o se ve roja." } },
  {
    key: "infection",
    urgency: "today",
    text: { en: "You have a fever, or the skin on your thigh is hot and red.", es: "Tiene fiebre, o la piel del muslo está caliente y roja." },
  },
  {
    key: "pop-buttock",
    urgency: "today",
    text: {
      en: "You felt a pop high up near your buttock, and a big bruise shows up.",
      es: "Sintió un chasquido arriba, cerca del glúteo, y aparece un moretón grande.",
    },
  },
  {
    key: "numbness",
    urgency: "today",
    text: { en: "Your leg or foot goes numb, tingles or burns.", es: "Se le adormece, le hormiguea o le arde la pierna o el pie." },
  },
  { key: "weight-bearing", urgency: "today", text: { en: "You cannot put weight on your leg.", es: "No puede apoyar peso en la pierna." } },
  {
    key: "back-pain",
    urgency: "soon",
    text: { en: "Your back hurts too, or the pain moves down from your back.", es: "También le duele la espalda, o el dolor baja desde la espalda." },
  },
  { key: "no-better", urgency: "soon", text: { en: "The pain does not get better with rest.", es: "El dolor no mejora con reposo." } },
];

export const HAMSTRING_WORDING: KindWording = {
  region: { en: "thigh", es: "muslo" },
  injuryName: { en: "Hamstring strain", es: "Distensión de los isquiotibiales" },
  handout: {
    en: {
      handoutTitle: "Your hamstring rehab plan",
      injury: (side, grade, gradeWords, muscleWords) => `${side} hamstring strain, grade ${grade}: ${gradeWords}. It affects ${muscleWords}.`,
      specialistNotice: "A specialist must check your thigh and agree before you start the loading exercises.",
      lastStage: "This is the last stage. Keep doing your exercises to keep your hamstrings strong.",
      progressLog: { intro: "Write down your pain (0 to 10) and how many single-leg bridges you can do on your injured leg.", testColumn: "Bridges" },
      educationHeading: "Learn about your hamstrings",
      subject: "Hamstring strain rehab handout",
    },
    es: {
      handoutTitle: "Su plan de recuperación de los isquiotibiales",
      injury: (side, grade, gradeWords, muscleWords) =>
        `Distensión de los isquiotibiales, pierna ${side}, grado ${grade}: ${gradeWords}. La lesión está en ${muscleWords}.`,
      specialistNotice: "Un especialista debe revisar su muslo y dar su visto bueno antes de empezar los ejercicios de carga.",
      lastStage: "Esta es la última etapa. Siga con sus ejercicios para mantener fuertes los isquiotibiales.",
      progressLog: { intro: "Anote su dolor (de 0 a 10) y cuántos puentes a una pierna puede hacer con la pierna lesionada.", testColumn: "Puentes" },
      educationHeading: "Aprenda sobre sus isquiotibiales",
      subject: "Hoja de ejercicios para la distensión de isquiotibiales",
    },
  },
  care: HAMSTRING_CARE_SIGNS,
  portal: { en: { howDidItFeel: "How did the back of your thigh feel?" }, es: { howDidItFeel: "¿Cómo sintió la parte de atrás del muslo?" } },
  doseText: Object.values(HAMSTRING_DOSE_TEXT),
};
