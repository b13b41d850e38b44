// Calf wording for patients (handout, portal) and the clinic's screens. Plain words, about a 6th-8th
// grade reading level; the "Stop and get care" lines are our own wording of the calf red flags
// (clinical brief) and the seed articles' "see a doctor" list.
import type { KindWording } from "../types";

export const CALF_WORDING: KindWording = {
  region: { en: "calf", es: "pantorrilla" },
  injuryName: { en: "Calf strain", es: "Distensión de la pantorrilla" },
  handout: {
    en: {
      handoutTitle: "Your calf rehab plan",
      injury: (side, grade, gradeWords, muscleWords) => `${side} calf strain, grade ${grade}: ${gradeWords}. It affects ${muscleWords}.`,
      specialistNotice: "A specialist must check your calf and agree before you start the loading exercises.",
      lastStage: "This is the last stage. Keep doing your exercises to keep your calf strong.",
      care: {
        emergency: [
          "You are short of breath, have chest pain, or cough up blood.",
          "Your calf is very tight and hard, and the pain keeps getting worse.",
          "Your foot turns cold, pale or blue.",
        ],
        today: [
          "Your calf or whole leg swells up, feels warm or looks red.",
          "Your calf is tender deep inside and it hurts more each day.",
          "You felt a snap at the back of your heel, or you cannot stand on your toes.",
          "You feel a dip or a gap just above your heel.",
          "You cannot put weight on your leg.",
          "You felt a sudden, sharp pain while running.",
          "Your leg or foot goes numb or tingles.",
        ],
        soon: ["The pain does not get better with rest.", "A bruise grows or spreads down to your ankle.", "The pain keeps coming back."],
      },
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
      care: {
        emergency: [
          "Le falta el aire, tiene dolor en el pecho o tose sangre.",
          "Su pantorrilla está muy tensa y dura, y el dolor empeora cada vez más.",
          "Su pie se pone frío, pálido o azulado.",
        ],
        today: [
          "Su pantorrilla o toda la pierna se hincha, está caliente o se ve roja.",
          "Le duele por dentro de la pantorrilla y cada día duele más.",
          "Sintió un chasquido detrás del talón o no puede ponerse de puntillas.",
          "Nota un hueco justo encima del talón.",
          "No puede apoyar peso en la pierna.",
          "Sintió un dolor agudo y repentino mientras corría.",
          "Se le adormece o le hormiguea la pierna o el pie.",
        ],
        soon: ["El dolor no mejora con reposo.", "Un moretón crece o baja hasta el tobillo.", "El dolor vuelve una y otra vez."],
      },
      progressLog: {
        intro: "Anote su dolor (de 0 a 10) y cuántas elevaciones de talón puede hacer con la pierna lesionada.",
        testColumn: "Elevaciones de talón",
      },
      educationHeading: "Aprenda sobre su pantorrilla",
      subject: "Hoja de ejercicios para la distensión de pantorrilla",
    },
  },
  portal: {
    en: { howDidItFeel: "How did your calf feel?" },
    es: { howDidItFeel: "¿Cómo sintió la pantorrilla?" },
  },
};
