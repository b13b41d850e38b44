// Patient education for a quadriceps (front-of-thigh) strain. Written for a 6th-8th grade reading
// level: short sentences, common words, numbers as digits. Medicines are never recommended
// directly. Facts from the injuries brief (mostly rectus femoris, from kicking and sprinting;
// time lines from the clinic rule of thumb, which the clinician can change).
import type { EducationSection } from "../../../clinical/types";
import { seekCareSection } from "../../care";
import { QUADRICEPS_CARE_SIGNS } from "../wording";

const section = (key: string, title: string, body: string[], titleEs: string, bodyEs: string[]): EducationSection => ({
  key,
  title,
  body,
  translations: { es: { title: titleEs, body: bodyEs } },
});

export const ABOUT_THE_QUADRICEPS = section(
  "about-the-quadriceps",
  "What a thigh strain is",
  [
    "The front of your thigh has 4 muscles. Together they are called the quadriceps.",
    "They straighten your knee. One of them, the rectus femoris, also lifts your knee up at the hip.",
    "A strain is a tear in the muscle. It can be a few fibres or a bigger part of the muscle.",
    "The rectus femoris is the one that gets hurt most often.",
  ],
  "Qué es una distensión del muslo",
  [
    "La parte delantera del muslo tiene 4 músculos. Juntos se llaman cuádriceps.",
    "Estiran la rodilla. Uno de ellos, el recto femoral, también levanta la rodilla desde la cadera.",
    "Una distensión es un desgarro del músculo. Pueden ser unas pocas fibras o una parte más grande del músculo.",
    "El recto femoral es el que se lesiona con más frecuencia.",
  ],
);

export const CAUSES = section(
  "causes",
  "Why thigh strains happen",
  [
    "Most thigh strains happen when you kick hard or sprint.",
    "The muscle is stretched and working hard at the same time. If the load is more than it can take, fibres tear.",
    "Tired muscles, a poor warm-up and an old strain make it more likely.",
    "A hard knock to the thigh is different. It causes a deep bruise, not a tear.",
  ],
  "Por qué ocurren las distensiones del muslo",
  [
    "La mayoría ocurren al patear fuerte o al correr muy rápido.",
    "El músculo se estira y trabaja fuerte a la vez. Si la carga es mayor de lo que aguanta, las fibras se rompen.",
    "Los músculos cansados, un mal calentamiento y una lesión anterior lo hacen más probable.",
    "Un golpe fuerte en el muslo es distinto. Causa un moretón profundo, no un desgarro.",
  ],
);

export const SYMPTOMS = section(
  "symptoms",
  "How it feels",
  [
    "A sudden sharp pain or a pull at the front of the thigh, often during a kick or a sprint.",
    "Pain when you lift your knee, straighten your leg against a push, or bend your knee fully.",
    "Sometimes swelling or a bruise a few days later.",
    "A bigger tear can make walking hard.",
  ],
  "Cómo se siente",
  [
    "Un dolor agudo y repentino o un tirón delante del muslo, a menudo al patear o al correr rápido.",
    "Dolor al levantar la rodilla, al estirar la pierna contra una fuerza o al doblar del todo la rodilla.",
    "A veces hinchazón o un moretón unos días después.",
    "Un desgarro más grande puede hacer difícil caminar.",
  ],
);

export const GRADES = section(
  "grades",
  "How bad is it? Grades 1 to 3",
  [
    "Grade 1: a few fibres are torn. It hurts, but you can walk and the leg is only a little weak.",
    "Grade 2: part of the muscle is torn. The thigh is weak and it may be hard to walk normally.",
    "Grade 3: the muscle or its tendon is torn right through. This needs a specialist's advice.",
  ],
  "¿Qué tan grave es? Grados 1 a 3",
  [
    "Grado 1: se rompen unas pocas fibras. Duele, pero puede caminar y la pierna está solo un poco débil.",
    "Grado 2: se rompe una parte del músculo. El muslo está débil y puede costar caminar con normalidad.",
    "Grado 3: el músculo o su tendón se rompe del todo. Necesita el consejo de un especialista.",
  ],
);

export const SELF_CARE = section(
  "self-care",
  "What you can do",
  [
    "In the first 2 or 3 days, keep moving gently but avoid what hurts.",
    "Do not use heat, hard massage or hard stretching on the sore spot at first.",
    "Do your exercises every day as your plan says. A little discomfort is fine if it settles soon.",
    "Ask a doctor or pharmacist before you take any medicine for the pain.",
  ],
  "Qué puede hacer",
  [
    "En los primeros 2 o 3 días, muévase con suavidad pero evite lo que duele.",
    "Al principio no use calor, masaje fuerte ni estiramientos fuertes sobre el punto dolorido.",
    "Haga sus ejercicios cada día como dice su plan. Una pequeña molestia está bien si se calma pronto.",
    "Pregunte a un médico o farmacéutico antes de tomar cualquier medicina para el dolor.",
  ],
);

export const RECOVERY_TIMELINE = section(
  "recovery-timeline",
  "How long it takes",
  [
    "Grade 1: often 10 days to 3 weeks. A strain near the hip can take about 4 weeks.",
    "Grade 2: often 4 to 8 weeks. Near the hip it can take 8 to 12 weeks.",
    "Grade 3: 3 months or more, after a specialist's advice.",
    "Your therapist moves you on when you pass the tests for each stage, not by the calendar.",
  ],
  "Cuánto tarda",
  [
    "Grado 1: a menudo de 10 días a 3 semanas. Cerca de la cadera puede tardar unas 4 semanas.",
    "Grado 2: a menudo de 4 a 8 semanas. Cerca de la cadera puede tardar de 8 a 12 semanas.",
    "Grado 3: 3 meses o más, después del consejo de un especialista.",
    "Su terapeuta le hace avanzar cuando pasa las pruebas de cada etapa, no según el calendario.",
  ],
);

export const PREVENTION = section(
  "prevention",
  "Stop it from coming back",
  [
    "Thigh strains can come back, so keep up your strength work after you return.",
    "Warm up well before you kick or sprint.",
    "Build up kicking and sprinting slowly after a break.",
    "Rest when your legs are very tired.",
  ],
  "Evite que vuelva",
  [
    "Las distensiones del muslo pueden volver, así que siga con la fuerza después de volver.",
    "Caliente bien antes de patear o correr rápido.",
    "Aumente poco a poco el golpeo y la carrera rápida después de un descanso.",
    "Descanse cuando tenga las piernas muy cansadas.",
  ],
);

export const SEEK_CARE: EducationSection = seekCareSection(QUADRICEPS_CARE_SIGNS);

/** Every education section, in handout order. Keys are stable. */
export const QUADRICEPS_EDUCATION: EducationSection[] = [ABOUT_THE_QUADRICEPS, CAUSES, SYMPTOMS, GRADES, SELF_CARE, RECOVERY_TIMELINE, PREVENTION, SEEK_CARE];
