// Hamstring education leaflet: what it is, causes, how it feels, grades, self-care, when to get
// care, time line, prevention. Plain words (grade 6-8), short sentences; Spanish beside English.
import type { EducationSection } from "../../../clinical/types";
import { seekCareSection } from "../../care";
import { HAMSTRING_CARE_SIGNS } from "../wording";

function section(key: string, title: string, body: string[], titleEs: string, bodyEs: string[]): EducationSection {
  return { key, title, body, translations: { es: { title: titleEs, body: bodyEs } } };
}

export const HAMSTRING_EDUCATION: EducationSection[] = [
  section(
    "about-the-hamstrings",
    "Your hamstrings",
    [
      "Your hamstrings are 3 muscles at the back of your thigh.",
      "They run from your sit bone down past the back of your knee.",
      "They bend your knee and pull your leg back when you walk, run and jump.",
      "A strain means some muscle fibres are torn.",
    ],
    "Sus isquiotibiales",
    [
      "Los isquiotibiales son 3 músculos en la parte de atrás del muslo.",
      "Van desde el hueso en el que se sienta hasta detrás de la rodilla.",
      "Doblan la rodilla y llevan la pierna hacia atrás al caminar, correr y saltar.",
      "Una distensión quiere decir que algunas fibras del músculo se rompieron.",
    ],
  ),
  section(
    "causes",
    "How it happens",
    [
      "Most strains happen when you run fast. The muscle is working hard while it gets longer.",
      "Some happen in a big stretch, like a high kick or the splits. These often take longer to heal.",
      "Tired, weak or tight muscles and an old strain raise the risk.",
    ],
    "Cómo ocurre",
    [
      "La mayoría ocurre al correr rápido. El músculo trabaja fuerte mientras se alarga.",
      "Otras ocurren en un estiramiento grande, como una patada alta o al abrirse de piernas. Estas suelen tardar más en sanar.",
      "Los músculos cansados, débiles o rígidos y una lesión anterior aumentan el riesgo.",
    ],
  ),
  section(
    "symptoms",
    "How it feels",
    [
      "A sudden sharp pain at the back of the thigh.",
      "Pain when you bend your knee against force or stretch your leg.",
      "Sometimes swelling or a bruise a few days later.",
    ],
    "Cómo se siente",
    [
      "Un dolor agudo y repentino en la parte de atrás del muslo.",
      "Dolor al doblar la rodilla con fuerza o al estirar la pierna.",
      "A veces hinchazón o un moretón unos días después.",
    ],
  ),
  section(
    "grades",
    "Grades of strain",
    [
      "Grade 1: a few fibres are hurt. You can walk, but it feels tight.",
      "Grade 2: part of the muscle is torn. Walking hurts and the leg feels weak.",
      "Grade 3: the muscle or its tendon is torn all the way. You need a specialist to check it.",
    ],
    "Grados de la lesión",
    [
      "Grado 1: pocas fibras están dañadas. Puede caminar, pero lo nota tenso.",
      "Grado 2: parte del músculo está roto. Caminar duele y la pierna se siente débil.",
      "Grado 3: el músculo o su tendón está roto por completo. Necesita que lo revise un especialista.",
    ],
  ),
  section(
    "self-care",
    "What you can do",
    [
      "Keep moving in ways that do not hurt much. Gentle use helps healing.",
      "Do not stretch hard in the first days.",
      "Do your exercises as your plan says. Stop or make an exercise easier if the pain goes above your limit.",
      "Ask a doctor or pharmacist before you take any medicine.",
    ],
    "Qué puede hacer",
    [
      "Siga moviéndose de formas que no duelan mucho. El uso suave ayuda a sanar.",
      "No estire con fuerza en los primeros días.",
      "Haga sus ejercicios como dice su plan. Pare o haga el ejercicio más fácil si el dolor pasa de su límite.",
      "Pregunte a un médico o farmacéutico antes de tomar cualquier medicina.",
    ],
  ),
  section(
    "recovery-timeline",
    "How long it takes",
    [
      "A mild strain often takes 1 to 3 weeks.",
      "A partial tear often takes 2 to 8 weeks.",
      "A full tear can take 3 months or more.",
      "You move to each new stage when you pass its tests, not on a set date.",
      "A last test checks that you feel safe when you kick your leg up fast.",
    ],
    "Cuánto tarda",
    [
      "Una lesión leve suele tardar de 1 a 3 semanas.",
      "Una rotura parcial suele tardar de 2 a 8 semanas.",
      "Una rotura completa puede tardar 3 meses o más.",
      "Pasa a cada nueva etapa cuando supera sus pruebas, no en una fecha fija.",
      "Una última prueba revisa que se sienta seguro al subir la pierna rápido.",
    ],
  ),
  section(
    "prevention",
    "Stop it coming back",
    [
      "A hamstring that was hurt once is more likely to get hurt again.",
      "Keep doing strength work for your hamstrings 1 or 2 times a week.",
      "Warm up well and build up your sprinting bit by bit.",
    ],
    "Evite que vuelva",
    [
      "Un isquiotibial que ya se lesionó tiene más riesgo de volver a lesionarse.",
      "Siga con ejercicios de fuerza para los isquiotibiales 1 o 2 veces por semana.",
      "Caliente bien y aumente poco a poco los sprints.",
    ],
  ),
  seekCareSection(HAMSTRING_CARE_SIGNS),
];
