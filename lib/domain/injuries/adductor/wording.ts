// Adductor (groin) wording for patients (handout, portal) and the clinic's screens. Plain words,
// about a 6th-8th grade reading level; the "Stop and get care" lines are our own wording of the
// adductor red flags in the clinical brief (hernia, hip joint, avulsion, fracture, clot, infection).
import type { CareSign, KindWording } from "../types";
import { ADDUCTOR_DOSE_TEXT } from "./content/dose-text";

/** The groin's one "Stop and get care" list, most urgent first (read by the handout, portal and education). */
export const ADDUCTOR_CARE_SIGNS: readonly CareSign[] = [
  {
    key: "breathing",
    urgency: "emergency",
    text: { en: "You are short of breath, have chest pain, or cough up blood.", es: "Le falta el aire, tiene dolor en el pecho o tose sangre." },
  },
  {
    key: "painful-lump",
    urgency: "emergency",
    text: {
      en: "A lump in your groin becomes very painful, will not go back in, or you are sick to your stomach.",
      es: "Un bulto en la ingle se vuelve muy doloroso, no vuelve a entrar o tiene ganas de vomitar.",
    },
  },
  {
    key: "testicle",
    urgency: "emergency",
    text: { en: "You have sudden, strong pain or swelling in a testicle.", es: "Tiene un dolor fuerte y repentino o hinchazón en un testículo." },
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
      en: "You have a fever, or your hip or groin is hot, red and very sore.",
      es: "Tiene fiebre, o la cadera o la ingle están calientes, rojas y muy adoloridas.",
    },
  },
  { key: "weight-bearing", urgency: "today", text: { en: "You cannot put weight on your leg.", es: "No puede apoyar peso en la pierna." } },
  {
    key: "bone-pain",
    urgency: "today",
    text: {
      en: "After a fall or a hard knock, pressing the bone at the front of your hip or groin hurts a lot.",
      es: "Después de una caída o un golpe fuerte, le duele mucho al presionar el hueso de la cadera o de la ingle.",
    },
  },
  { key: "numbness", urgency: "today", text: { en: "Your leg goes numb or tingles.", es: "Se le adormece o le hormiguea la pierna." } },
  {
    key: "groin-lump",
    urgency: "soon",
    text: {
      en: "You see or feel a lump in your groin that grows when you cough or strain.",
      es: "Ve o siente un bulto en la ingle que crece al toser o al hacer fuerza.",
    },
  },
  {
    key: "hip-catching",
    urgency: "soon",
    text: {
      en: "Your hip clicks, catches or locks, or hurts deep inside when you turn it.",
      es: "La cadera le hace clic, se traba o le duele por dentro al girarla.",
    },
  },
  { key: "no-better", urgency: "soon", text: { en: "The pain does not get better with rest.", es: "El dolor no mejora con reposo." } },
  { key: "recurring", urgency: "soon", text: { en: "The pain keeps coming back.", es: "El dolor vuelve una y otra vez." } },
];

export const ADDUCTOR_WORDING: KindWording = {
  region: { en: "groin", es: "ingle" },
  injuryName: { en: "Adductor (groin) strain", es: "Distensión de los aductores (ingle)" },
  handout: {
    en: {
      handoutTitle: "Your groin rehab plan",
      injury: (side, grade, gradeWords, muscleWords) => `${side} groin strain, grade ${grade}: ${gradeWords}. It affects ${muscleWords}.`,
      specialistNotice: "A specialist must check your groin and agree before you start the loading exercises.",
      lastStage: "This is the last stage. Keep doing your exercises to keep your groin strong.",
      progressLog: {
        intro: "Write down your pain (0 to 10) and how long you can hold the side plank on your injured side.",
        testColumn: "Side plank (s)",
      },
      educationHeading: "Learn about your groin",
      subject: "Groin strain rehab handout",
    },
    es: {
      handoutTitle: "Su plan de recuperación de la ingle",
      injury: (side, grade, gradeWords, muscleWords) => `Distensión de la ingle ${side}, grado ${grade}: ${gradeWords}. La lesión está en ${muscleWords}.`,
      specialistNotice: "Un especialista debe revisar su ingle y dar su visto bueno antes de empezar los ejercicios de carga.",
      lastStage: "Esta es la última etapa. Siga con sus ejercicios para mantener fuerte la ingle.",
      progressLog: {
        intro: "Anote su dolor (de 0 a 10) y cuántos segundos aguanta la plancha lateral del lado lesionado.",
        testColumn: "Plancha lateral (s)",
      },
      educationHeading: "Aprenda sobre su ingle",
      subject: "Hoja de ejercicios para la distensión de ingle",
    },
  },
  care: ADDUCTOR_CARE_SIGNS,
  portal: {
    en: { howDidItFeel: "How did your groin feel?" },
    es: { howDidItFeel: "¿Cómo sintió la ingle?" },
  },
  doseText: Object.values(ADDUCTOR_DOSE_TEXT),
};
