// Quadriceps wording for patients (handout, portal) and the clinic's screens. Plain words, about a
// 6th-8th grade reading level; the "Stop and get care" lines are our own wording of the quadriceps
// red flags in the injuries brief (tendon rupture, growing bruise with rising pain, fever) and the
// signs every leg region shares (clot, infection, broken bone).
import type { CareSign, KindWording } from "../types";
import { QUADRICEPS_DOSE_TEXT } from "./content/dose-text";

export const QUADRICEPS_CARE_SIGNS: readonly CareSign[] = [
  {
    key: "breathing",
    urgency: "emergency",
    text: { en: "You are short of breath, have chest pain, or cough up blood.", es: "Le falta el aire, tiene dolor en el pecho o tose sangre." },
  },
  {
    key: "thigh-pressure",
    urgency: "emergency",
    text: {
      en: "Your thigh gets very tight and hard, and the pain keeps getting worse.",
      es: "Su muslo se pone muy tenso y duro, y el dolor empeora cada vez más.",
    },
  },
  {
    key: "growing-bruise",
    urgency: "today",
    text: { en: "A lump or bruise on your thigh keeps growing and hurts more.", es: "Un bulto o moretón en el muslo sigue creciendo y duele más." },
  },
  {
    key: "cannot-lift-leg",
    urgency: "today",
    text: {
      en: "You cannot lift your leg with the knee straight, or you feel a dip just above your kneecap.",
      es: "No puede levantar la pierna con la rodilla recta, o nota un hueco justo encima de la rótula.",
    },
  },
  {
    key: "swelling",
    urgency: "today",
    text: { en: "Your whole leg swells up, feels warm or looks red.", es: "Toda la pierna se hincha, está caliente o se ve roja." },
  },
  {
    key: "infection",
    urgency: "today",
    text: {
      en: "You have a fever, or the skin on your thigh is hot and red and the red area spreads.",
      es: "Tiene fiebre, o la piel del muslo está caliente y roja, y la zona roja se extiende.",
    },
  },
  { key: "weight-bearing", urgency: "today", text: { en: "You cannot put weight on your leg.", es: "No puede apoyar peso en la pierna." } },
  {
    key: "bone-pain",
    urgency: "today",
    text: {
      en: "After a hard hit or fall, pressing on your thigh bone gives sharp pain.",
      es: "Después de un golpe fuerte o una caída, le duele mucho al presionar el hueso del muslo.",
    },
  },
  {
    key: "numbness",
    urgency: "today",
    text: { en: "Your thigh, knee or leg goes numb or tingles.", es: "Se le adormece o le hormiguea el muslo, la rodilla o la pierna." },
  },
  { key: "no-better", urgency: "soon", text: { en: "The pain does not get better with rest.", es: "El dolor no mejora con reposo." } },
  { key: "recurring", urgency: "soon", text: { en: "The pain keeps coming back.", es: "El dolor vuelve una y otra vez." } },
];

export const QUADRICEPS_WORDING: KindWording = {
  region: { en: "thigh", es: "muslo" },
  injuryName: { en: "Quadriceps strain", es: "Distensión del cuádriceps" },
  handout: {
    en: {
      handoutTitle: "Your thigh (quadriceps) rehab plan",
      injury: (side, grade, gradeWords, muscleWords) => `${side} front-of-thigh strain, grade ${grade}: ${gradeWords}. It affects ${muscleWords}.`,
      specialistNotice: "A specialist must check your thigh and agree before you start the loading exercises.",
      lastStage: "This is the last stage. Keep doing your exercises to keep your thigh strong.",
      progressLog: {
        intro: "Write down your pain (0 to 10) and how close your heel comes to your bottom when you bend your knee.",
        testColumn: "Heel to bottom (cm)",
      },
      educationHeading: "Learn about your thigh",
      subject: "Quadriceps strain rehab handout",
    },
    es: {
      handoutTitle: "Su plan de recuperación del muslo (cuádriceps)",
      injury: (side, grade, gradeWords, muscleWords) =>
        `Distensión de la parte delantera del muslo ${side}, grado ${grade}: ${gradeWords}. La lesión está en ${muscleWords}.`,
      specialistNotice: "Un especialista debe revisar su muslo y dar su visto bueno antes de empezar los ejercicios de carga.",
      lastStage: "Esta es la última etapa. Siga con sus ejercicios para mantener fuerte el muslo.",
      progressLog: {
        intro: "Anote su dolor (de 0 a 10) y a qué distancia del glúteo llega el talón al doblar la rodilla.",
        testColumn: "Talón a glúteo (cm)",
      },
      educationHeading: "Aprenda sobre su muslo",
      subject: "Hoja de ejercicios para la distensión del cuádriceps",
    },
  },
  care: QUADRICEPS_CARE_SIGNS,
  portal: {
    en: { howDidItFeel: "How did the front of your thigh feel?" },
    es: { howDidItFeel: "¿Cómo sintió la parte delantera del muslo?" },
  },
  doseText: Object.values(QUADRICEPS_DOSE_TEXT),
};
