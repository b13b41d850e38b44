// Calf wording for patients (handout, portal) and the clinic's screens. Plain words, about a 6th-8th
// grade reading level; the "Stop and get care" lines are our own wording of the calf red flags
// (clinical brief) and the seed articles' "see a doctor" list.
import type { CareSign, KindWording } from "../types";
import { CALF_DOSE_TEXT } from "./content/dose-text";

/**
 * The calf's one "Stop and get care" list, most urgent first. The handout's care box, the
 * seek-care education section and the portal's care advice all read it (../care.ts).
 */
export const CALF_CARE_SIGNS: readonly CareSign[] = [
  {
    key: "breathing",
    urgency: "emergency",
    text: { en: "You are short of breath, have chest pain, or cough up blood.", es: "Le falta el aire, tiene dolor en el pecho o tose sangre." },
  },
  {
    key: "compartment",
    urgency: "emergency",
    text: {
      en: "Your calf is very tight and hard, and the pain keeps getting worse.",
      es: "Su pantorrilla está muy tensa y dura, y el dolor empeora cada vez más.",
    },
  },
  { key: "circulation", urgency: "emergency", text: { en: "Your foot turns cold, pale or blue.", es: "Su pie se pone frío, pálido o azulado." } },
  {
    key: "swelling",
    urgency: "today",
    text: { en: "Your calf or whole leg swells up, feels warm or looks red.", es: "Su pantorrilla o toda la pierna se hincha, está caliente o se ve roja." },
  },
  {
    key: "infection",
    urgency: "today",
    text: {
      en: "You have a fever, or the skin on your leg is hot and red and the red area spreads.",
      es: "Tiene fiebre, o la piel de la pierna está caliente y roja, y la zona roja se extiende.",
    },
  },
  {
    key: "deep-tenderness",
    urgency: "today",
    text: { en: "Your calf is tender deep inside and it hurts more each day.", es: "Le duele por dentro de la pantorrilla y cada día duele más." },
  },
  {
    key: "stress-fracture",
    urgency: "today",
    text: {
      en: "Pressing on your shin bone gives sharp pain. This can be a stress fracture.",
      es: "Al presionar el hueso de la espinilla siente un dolor agudo. Puede ser una fractura por estrés.",
    },
  },
  {
    key: "achilles-snap",
    urgency: "today",
    text: {
      en: "You felt a snap at the back of your heel, or you cannot stand on your toes.",
      es: "Sintió un chasquido detrás del talón o no puede ponerse de puntillas.",
    },
  },
  { key: "achilles-gap", urgency: "today", text: { en: "You feel a dip or a gap just above your heel.", es: "Nota un hueco justo encima del talón." } },
  { key: "weight-bearing", urgency: "today", text: { en: "You cannot put weight on your leg.", es: "No puede apoyar peso en la pierna." } },
  {
    key: "sudden-pain",
    urgency: "today",
    text: { en: "You felt a sudden, sharp pain while running.", es: "Sintió un dolor agudo y repentino mientras corría." },
  },
  { key: "numbness", urgency: "today", text: { en: "Your leg or foot goes numb or tingles.", es: "Se le adormece o le hormiguea la pierna o el pie." } },
  { key: "no-better", urgency: "soon", text: { en: "The pain does not get better with rest.", es: "El dolor no mejora con reposo." } },
  { key: "bruise", urgency: "soon", text: { en: "A bruise grows or spreads down to your ankle.", es: "Un moretón crece o baja hasta el tobillo." } },
  { key: "recurring", urgency: "soon", text: { en: "The pain keeps coming back.", es: "El dolor vuelve una y otra vez." } },
];

export const CALF_WORDING: KindWording = {
  region: { en: "calf", es: "pantorrilla" },
  injuryName: { en: "Calf strain", es: "Distensión de la pantorrilla" },
  handout: {
    en: {
      handoutTitle: "Your calf rehab plan",
      injury: (side, grade, gradeWords, muscleWords) => `${side} calf strain, grade ${grade}: ${gradeWords}. It affects ${muscleWords}.`,
      specialistNotice: "A specialist must check your calf and agree before you start the loading exercises.",
      lastStage: "This is the last stage. Keep doing your exercises to keep your calf strong.",
      progressLog: {
        intro: "Write down your pain (0 to 10) and how many heel raises you can do on your injured leg.",
        testColumn: "Heel raises",
      },
      educationHeading: "Learn about your calf",
      subject: "Calf strain rehab handout",
    },
    es: {
      handoutTitle: "Su plan de recuperación de la pantorrilla",
      // "La lesión está en el sóleo" reads right for every muscle ("Afecta a el sóleo" would need "al").
      injury: (side, grade, gradeWords, muscleWords) =>
        `Distensión de la pantorrilla ${side}, grado ${grade}: ${gradeWords}. La lesión está en ${muscleWords}.`,
      specialistNotice: "Un especialista debe revisar su pantorrilla y dar su visto bueno antes de empezar los ejercicios de carga.",
      lastStage: "Esta es la última etapa. Siga con sus ejercicios para mantener fuerte la pantorrilla.",
      progressLog: {
        intro: "Anote su dolor (de 0 a 10) y cuántas elevaciones de talón puede hacer con la pierna lesionada.",
        testColumn: "Elevaciones de talón",
      },
      educationHeading: "Aprenda sobre su pantorrilla",
      subject: "Hoja de ejercicios para la distensión de pantorrilla",
    },
  },
  care: CALF_CARE_SIGNS,
  doseText: Object.values(CALF_DOSE_TEXT),
  portal: {
    en: { howDidItFeel: "How did your calf feel?" },
    es: { howDidItFeel: "¿Cómo sintió la pantorrilla?" },
  },
};
