// Groin strain education leaflet: what it is, causes, how it feels, grades, self-care, when to get
// care, time line, prevention. Written for a 6th-8th grade reading level: short sentences, common
// words, numbers as digits; medicines are never recommended directly. Spanish beside the English.
import type { EducationSection } from "../../../clinical/types";
import { seekCareSection } from "../../care";
import { ADDUCTOR_CARE_SIGNS } from "../wording";

function section(key: string, en: { title: string; body: string[] }, es: { title: string; body: string[] }): EducationSection {
  return { key, title: en.title, body: en.body, translations: { es } };
}

export const ABOUT_GROIN = section(
  "about-the-groin",
  {
    title: "What a groin strain is",
    body: [
      "Your groin muscles run along the inside of your thigh. They pull your leg in toward the other one.",
      "They also keep your hips steady when you run, turn and kick.",
      "A strain means some of the muscle fibres are stretched or torn.",
      "Most groin strains happen where the muscle joins the bone near the front of your hip.",
    ],
  },
  {
    title: "Qué es una distensión de ingle",
    body: [
      "Los músculos de la ingle van por la cara interna del muslo. Llevan la pierna hacia la otra.",
      "También mantienen estable la cadera cuando corre, gira y patea.",
      "Una distensión quiere decir que algunas fibras del músculo se estiraron o se rompieron.",
      "La mayoría ocurre donde el músculo se une al hueso, cerca de la parte delantera de la cadera.",
    ],
  },
);

export const CAUSES = section(
  "causes",
  {
    title: "What causes it",
    body: [
      "Groin strains often happen with a hard kick or a quick turn.",
      "A sudden stretch out to the side can also cause one.",
      "They are common in football, ice hockey and other sports with lots of turning.",
      "Weak groin muscles and a past groin strain raise the risk.",
    ],
  },
  {
    title: "Por qué ocurre",
    body: [
      "Suele ocurrir al patear fuerte o al girar de golpe.",
      "Un estiramiento brusco hacia el lado también puede causarla.",
      "Es frecuente en el fútbol, el hockey sobre hielo y otros deportes con muchos giros.",
      "Tener los músculos de la ingle débiles o una lesión de ingle anterior aumenta el riesgo.",
    ],
  },
);

export const SYMPTOMS = section(
  "symptoms",
  {
    title: "How it feels",
    body: [
      "You may feel a sharp pain on the inside of your thigh or in your groin when it happens.",
      "Later it hurts to squeeze your knees together, to kick or to take a wide step.",
      "The area can be tender to touch. A bruise may show after a day or two.",
    ],
  },
  {
    title: "Cómo se siente",
    body: [
      "Puede sentir un dolor agudo en la cara interna del muslo o en la ingle en el momento de la lesión.",
      "Después le duele apretar las rodillas, patear o dar un paso largo.",
      "La zona puede doler al tocarla. A los 1 o 2 días puede salir un moretón.",
    ],
  },
);

export const GRADES = section(
  "grades",
  {
    title: "How bad is it?",
    body: [
      "Grade 1: a few fibres are stretched. It hurts, but you can walk normally.",
      "Grade 2: part of the muscle is torn. Walking and squeezing your knees hurt more.",
      "Grade 3: the muscle or its tendon is torn through, or it has pulled off the bone. This needs a specialist.",
    ],
  },
  {
    title: "¿Qué tan grave es?",
    body: [
      "Grado 1: algunas fibras se estiraron. Duele, pero puede caminar con normalidad.",
      "Grado 2: parte del músculo está roto. Caminar y apretar las rodillas duelen más.",
      "Grado 3: el músculo o su tendón se rompió por completo, o se soltó del hueso. Necesita un especialista.",
    ],
  },
);

export const SELF_CARE = section(
  "self-care",
  {
    title: "What you can do",
    body: [
      "For the first 2 or 3 days, avoid what makes the pain worse, like wide steps and kicking.",
      "Keep moving gently. Walking and your first exercises help the muscle heal.",
      "A cold pack on the sore spot for 15 minutes can ease pain. Wrap it in a cloth.",
      "Ask a doctor or pharmacist before you take any medicine for the pain.",
      "Do not move to the next step of your plan while you need pain medicine.",
    ],
  },
  {
    title: "Qué puede hacer usted",
    body: [
      "Durante los primeros 2 o 3 días, evite lo que aumenta el dolor, como dar pasos largos o patear.",
      "Siga moviéndose con suavidad. Caminar y sus primeros ejercicios ayudan a que el músculo sane.",
      "Una bolsa fría sobre el punto dolorido durante 15 minutos puede aliviar el dolor. Envuélvala en un paño.",
      "Consulte a un médico o farmacéutico antes de tomar cualquier medicina para el dolor.",
      "No pase a la siguiente etapa de su plan mientras necesite medicina para el dolor.",
    ],
  },
);

export const SEEK_CARE: EducationSection = seekCareSection(ADDUCTOR_CARE_SIGNS);

export const TIMELINE = section(
  "recovery-timeline",
  {
    title: "How long it takes",
    body: [
      "In a study of 81 athletes, half of those with a grade 1 or 2 strain were back in full team training by about 2 and a half weeks.",
      "With a grade 3 tear, half took about 11 weeks or more.",
      "Your plan has 2 parts: groin exercises and running. Both must be done before full training.",
      "You move on when you pass the tests of each step, not by the calendar.",
    ],
  },
  {
    title: "Cuánto tarda",
    body: [
      "En un estudio con 81 deportistas, la mitad de los que tenían una lesión de grado 1 o 2 volvió al entrenamiento completo en unas 2 semanas y media.",
      "Con un desgarro de grado 3, la mitad tardó unas 11 semanas o más.",
      "Su plan tiene 2 partes: ejercicios de ingle y carrera. Debe terminar las dos antes del entrenamiento completo.",
      "Pasa a la siguiente etapa cuando supera las pruebas de cada paso, no según el calendario.",
    ],
  },
);

export const PREVENTION = section(
  "prevention",
  {
    title: "Stop it coming back",
    body: [
      "Keep doing the Copenhagen side plank once or twice a week, even when you feel fine.",
      "Warm up well before you kick, sprint or turn hard.",
      "Build up training slowly after a break.",
      "If you feel groin pain, tell your therapist early.",
    ],
  },
  {
    title: "Evite que vuelva",
    body: [
      "Siga haciendo la plancha lateral de Copenhague una o dos veces por semana, aunque se sienta bien.",
      "Caliente bien antes de patear, esprintar o girar con fuerza.",
      "Aumente el entrenamiento poco a poco después de un descanso.",
      "Si siente dolor en la ingle, avise pronto a su terapeuta.",
    ],
  },
);

export const ADDUCTOR_EDUCATION: EducationSection[] = [ABOUT_GROIN, CAUSES, SYMPTOMS, GRADES, SELF_CARE, SEEK_CARE, TIMELINE, PREVENTION];
