// Patient education. Written for a 6th-8th grade reading level: short sentences, common words,
// numbers as digits. Medicines are never recommended directly: patients are sent to a doctor or
// pharmacist. Spanish text sits beside the English; the English is the fallback.
import type { EducationSection } from "../../../clinical/types";
import { seekCareSection } from "../../care";
import { CALF_CARE_SIGNS } from "../wording";

export const ABOUT_SOLEUS: EducationSection = {
  key: "about-the-soleus",
  title: "Your soleus muscle",
  body: [
    "Your calf has 2 main muscles. The soleus lies deep, under the bigger muscle you can see.",
    "The soleus runs from just below the knee down into your Achilles tendon at the heel.",
    "It points your foot down and pushes you forward each time you walk or run.",
    "It works hardest when your knee is bent, so many of your exercises are done with a bent knee.",
    "When you run, the soleus takes a load of many times your body weight with every step. That is why it needs strong, steady training to get back to running.",
  ],
  translations: {
    es: {
      title: "Su músculo sóleo",
      body: [
        "Su pantorrilla tiene 2 músculos principales. El sóleo está en lo profundo, debajo del músculo más grande que se ve.",
        "El sóleo va desde justo debajo de la rodilla hasta el tendón de Aquiles, en el talón.",
        "Baja la punta del pie y lo impulsa hacia adelante cada vez que camina o corre.",
        "Trabaja más cuando la rodilla está doblada. Por eso muchos de sus ejercicios se hacen con la rodilla doblada.",
        "Al correr, el sóleo soporta varias veces su peso corporal en cada paso. Por eso necesita un entrenamiento fuerte y constante para volver a correr.",
      ],
    },
  },
};

export const ABOUT_GASTROCNEMIUS: EducationSection = {
  key: "about-the-gastrocnemius",
  title: "Your gastrocnemius muscle",
  body: [
    "Your calf has 2 main muscles. The gastrocnemius is the one you can see. It forms the bulge at the back of your leg.",
    "It starts above the knee and joins the Achilles tendon at your heel.",
    "It gives you power to push off when you walk, run and jump.",
    "It works hardest when your knee is straight, so many of your exercises are done with a straight knee.",
    "Strains often happen with a sudden push-off, like a quick start or a lunge.",
  ],
  translations: {
    es: {
      title: "Su músculo gastrocnemio (gemelo)",
      body: [
        "Su pantorrilla tiene 2 músculos principales. El gastrocnemio es el que se ve. Forma el bulto de la parte de atrás de la pierna.",
        "Empieza por encima de la rodilla y se une al tendón de Aquiles en el talón.",
        "Le da fuerza para impulsarse al caminar, correr y saltar.",
        "Trabaja más cuando la rodilla está recta. Por eso muchos de sus ejercicios se hacen con la rodilla recta.",
        "Las lesiones suelen ocurrir con un impulso brusco, como una salida rápida o una zancada.",
      ],
    },
  },
};

export const CAUSES: EducationSection = {
  key: "causes",
  title: "Why calf strains happen",
  body: [
    "A strain is a tear in the muscle. It happens when the load on the calf is more than it can handle.",
    "Doing too much too soon: a sudden jump in how far, how often or how fast you run.",
    "Lots of hill running.",
    "Shoes that are worn out or do not support your feet. Feet that roll in a lot or flat arches can add strain.",
    "Running on hard ground, like concrete, most of the time.",
    "Running form that strains the calf, like long strides that land far in front of you.",
    "One calf muscle that is much weaker than the other.",
    "Skipping your warm-up or cool-down.",
    "An old calf injury that was not fully trained back to strength.",
    "Not drinking enough, which can lead to cramps.",
    "Too little rest between runs.",
    "Running on through early warning signs, like a tight or aching calf.",
  ],
  translations: {
    es: {
      title: "Por qué ocurren las distensiones de pantorrilla",
      body: [
        "Una distensión es un desgarro en el músculo. Ocurre cuando la carga sobre la pantorrilla es mayor de lo que puede soportar.",
        "Hacer demasiado demasiado pronto: un aumento brusco de cuánto, cada cuánto o qué tan rápido corre.",
        "Correr mucho en cuestas.",
        "Zapatos gastados o que no sostienen bien el pie. Los pies que se hunden hacia adentro o el pie plano pueden añadir tensión.",
        "Correr casi siempre sobre suelo duro, como el cemento.",
        "Una forma de correr que carga la pantorrilla, como pasos largos que aterrizan muy por delante del cuerpo.",
        "Un músculo de la pantorrilla mucho más débil que el otro.",
        "Saltarse el calentamiento o la vuelta a la calma.",
        "Una lesión antigua de pantorrilla que no se entrenó hasta recuperar toda la fuerza.",
        "No beber suficiente agua, lo que puede causar calambres.",
        "Descansar poco entre carreras.",
        "Seguir corriendo a pesar de las primeras señales, como una pantorrilla tensa o dolorida.",
      ],
    },
  },
};

export const SYMPTOMS: EducationSection = {
  key: "symptoms",
  title: "How a calf strain feels",
  body: [
    "Common signs:",
    "A deep ache or throbbing in the calf, often after running or standing a long time.",
    "A tight, stiff calf.",
    "Some swelling in the lower leg or ankle.",
    "A sore spot when you press on the muscle.",
    "Pain when you push off your toes or pull your foot up.",
    "Less common signs:",
    "A bruise on the calf. This can mean a bigger tear.",
    "Numbness or tingling in the leg. Tell your therapist about this.",
    "Weakness that makes walking or balance hard.",
    "Pain that keeps coming back or does not get better with rest.",
  ],
  translations: {
    es: {
      title: "Cómo se siente una distensión de pantorrilla",
      body: [
        "Señales frecuentes:",
        "Un dolor profundo o pulsante en la pantorrilla, a menudo después de correr o de estar mucho tiempo de pie.",
        "Una pantorrilla tensa y rígida.",
        "Algo de hinchazón en la parte baja de la pierna o el tobillo.",
        "Un punto dolorido al presionar el músculo.",
        "Dolor al impulsarse con los dedos del pie o al levantar el pie.",
        "Señales menos frecuentes:",
        "Un moretón en la pantorrilla. Puede indicar un desgarro mayor.",
        "Adormecimiento u hormigueo en la pierna. Cuénteselo a su terapeuta.",
        "Debilidad que hace difícil caminar o mantener el equilibrio.",
        "Dolor que vuelve una y otra vez o que no mejora con el reposo.",
      ],
    },
  },
};

export const GRADES: EducationSection = {
  key: "grades",
  title: "How bad is my strain?",
  body: [
    "Grade 1: a few muscle fibres are hurt. It is sore but you can walk. It heals with a short rest and gentle exercise.",
    "Grade 2: part of the muscle is torn. You may limp and feel weak. You need a rehab plan.",
    "Grade 3: the muscle is fully torn. This is rare. You need to see a specialist, who may talk with you about surgery.",
    "The grade is only a rough guide. How fast you get better depends on many things, so we track your progress with tests.",
  ],
  translations: {
    es: {
      title: "¿Qué tan grave es mi distensión?",
      body: [
        "Grado 1: algunas fibras del músculo están dañadas. Duele, pero puede caminar. Se cura con un breve reposo y ejercicio suave.",
        "Grado 2: parte del músculo está desgarrada. Puede cojear y sentir debilidad. Necesita un plan de rehabilitación.",
        "Grado 3: el músculo está roto por completo. Es poco frecuente. Necesita ver a un especialista, que puede hablarle de una cirugía.",
        "El grado es solo una guía. Lo rápido que mejore depende de muchas cosas, así que medimos su avance con pruebas.",
      ],
    },
  },
};

export const SELF_CARE: EducationSection = {
  key: "self-care",
  title: "Caring for your calf at home",
  body: [
    "Rest from running, but keep moving. Gentle walking and your exercises help the muscle heal.",
    "Ice can ease pain in the first days. Wrap it in a cloth and never put it straight on your skin. Leave it on for 10 to 15 minutes. Then check your skin: stop if it looks white or blotchy, or feels numb. Wait at least 1 hour before the next time.",
    "Raise your leg on pillows when you sit or lie down. This helps swelling go down.",
    "A compression sleeve or bandage can also help with swelling. It should feel snug, not tight.",
    "A small heel lift in your shoe can make walking easier at first.",
    "For pain, paracetamol (acetaminophen) is an option for many people. Anti-inflammatory medicines, like ibuprofen, are best left out for the first 2 to 3 days after a muscle tear, because they may slow early healing. Ask your doctor or pharmacist before you take any of them. Always ask first if you are over 65 or pregnant. Ask first too if you have asthma, stomach, kidney or heart problems, or take blood thinners.",
    "After the first few days, a warm bath may help a stiff calf feel looser.",
    "Drink enough water and eat well. Your muscle needs both to heal.",
  ],
  translations: {
    es: {
      title: "Cómo cuidar su pantorrilla en casa",
      body: [
        "Descanse de correr, pero siga moviéndose. Caminar suave y hacer sus ejercicios ayuda a que el músculo sane.",
        "El hielo puede aliviar el dolor en los primeros días. Envuélvalo en un paño y nunca lo ponga directamente sobre la piel. Déjelo de 10 a 15 minutos. Luego mire la piel: pare si se ve blanca o con manchas, o si la siente dormida. Espere al menos 1 hora antes de volver a ponerlo.",
        "Ponga la pierna en alto sobre almohadas cuando esté sentado o acostado. Esto ayuda a bajar la hinchazón.",
        "Una media o venda de compresión también puede ayudar con la hinchazón. Debe quedar ajustada, no apretada.",
        "Una pequeña alza en el talón del zapato puede facilitar la marcha al principio.",
        "Para el dolor, el paracetamol es una opción para muchas personas. Es mejor no tomar antiinflamatorios, como el ibuprofeno, en los primeros 2 o 3 días después de un desgarro muscular, porque pueden frenar la curación al principio. Pregunte a su médico o farmacéutico antes de tomar cualquiera de ellos. Pregunte siempre antes si tiene más de 65 años o está embarazada. Pregunte también si tiene asma, problemas de estómago, riñón o corazón, o si toma anticoagulantes.",
        "Después de los primeros días, un baño tibio puede ayudar a soltar una pantorrilla rígida.",
        "Beba suficiente agua y coma bien. Su músculo necesita ambas cosas para sanar.",
      ],
    },
  },
};

export const OTHER_TREATMENTS: EducationSection = {
  key: "other-treatments",
  title: "Other treatments you may hear about",
  body: [
    "Your home program is the main care. It loads your calf step by step. That is what builds the muscle back.",
    "Massage, foam rolling, dry needling or acupuncture may ease a tight, sore calf for a while.",
    "Some people see a chiropractor. Some have ultrasound.",
    "These can help you feel better. But they do not take the place of your home program. Ask your therapist if one makes sense for you.",
  ],
  translations: {
    es: {
      title: "Otros tratamientos de los que puede oír hablar",
      body: [
        "El ejercicio que carga la pantorrilla paso a paso es el tratamiento principal. Es lo que reconstruye el músculo.",
        "El masaje, el rodillo de espuma, la punción seca y la acupuntura pueden aliviar la tensión o el dolor por un tiempo.",
        "Algunas personas también van al quiropráctico o reciben ultrasonido.",
        "Pueden ayudarle a sentirse mejor, pero no reemplazan sus ejercicios. Pregunte a su terapeuta si alguno tiene sentido para usted.",
      ],
    },
  },
};

export const PAIN_GUIDE: EducationSection = {
  key: "pain-guide",
  title: "How much pain is OK?",
  body: [
    "Rate your pain from 0 to 10. 0 is no pain. 10 is the worst pain you can imagine.",
    "Each stage of your plan says how much pain is OK during your exercises. That much is OK only if it settles by the next morning.",
    "Check your calf the next morning. If the pain is 2 or more points higher than usual, do less next time.",
    "Sharp, sudden pain means stop. Rest, and contact your therapist.",
  ],
  translations: {
    es: {
      title: "¿Cuánto dolor es aceptable?",
      body: [
        "Puntúe su dolor de 0 a 10. 0 es sin dolor. 10 es el peor dolor que pueda imaginar.",
        "Cada etapa de su plan dice cuánto dolor está bien durante los ejercicios. Ese dolor está bien solo si se calma a la mañana siguiente.",
        "Revise su pantorrilla a la mañana siguiente. Si el dolor está 2 puntos o más por encima de lo normal, haga menos la próxima vez.",
        "Un dolor agudo y repentino significa parar. Descanse y contacte a su terapeuta.",
      ],
    },
  },
};

export const AVOID: EducationSection = {
  key: "avoid",
  title: "What to avoid while you heal",
  body: [
    "Running through pain.",
    "Moving up a stage before you pass its tests.",
    "Long, slow runs early on. They tire the calf more than you think.",
    "Hills and fast running until your plan adds them.",
    "Running 2 days in a row in the return-to-run stage.",
    "Hard stretching or deep massage on the sore spot in the first few days.",
    "Big jumps in training, even when you feel good.",
  ],
  translations: {
    es: {
      title: "Qué evitar mientras sana",
      body: [
        "Correr con dolor.",
        "Pasar a la siguiente etapa antes de superar sus pruebas.",
        "Carreras largas y lentas al principio. Cansan la pantorrilla más de lo que cree.",
        "Cuestas y carreras rápidas hasta que su plan las incluya.",
        "Correr 2 días seguidos en la etapa de vuelta a correr.",
        "Estirar fuerte o dar masaje profundo sobre el punto dolorido en los primeros días.",
        "Aumentar mucho el entrenamiento de golpe, aunque se sienta bien.",
      ],
    },
  },
};

/**
 * The seek-care section: built from the calf's one care list (../wording.ts), the same signs as
 * the handout's "Stop and get care" box (which the handout prints in its place) and the portal.
 */
export const SEEK_CARE: EducationSection = seekCareSection(CALF_CARE_SIGNS);

export const LOOK_ALIKES: EducationSection = {
  key: "look-alikes",
  title: "Problems that can feel like a calf strain",
  body: [
    "Shin splints: pain along the inner edge of the shin bone, where the soleus attaches.",
    "Stress fracture: a small crack in the shin bone. One spot on the bone hurts sharply when pressed.",
    "Blood clot: a swollen, warm, tender calf. This needs a doctor the same day.",
    "Cramp: a sudden, hard squeeze in the muscle that eases within minutes.",
    "Your therapist checks for these before your plan starts.",
  ],
  translations: {
    es: {
      title: "Problemas que se pueden confundir con una distensión",
      body: [
        "Periostitis tibial: dolor a lo largo del borde interno de la espinilla, donde se une el sóleo.",
        "Fractura por estrés: una pequeña grieta en la tibia. Un punto del hueso duele mucho al presionarlo.",
        "Coágulo de sangre: una pantorrilla hinchada, caliente y dolorida. Necesita un médico el mismo día.",
        "Calambre: una contracción fuerte y repentina del músculo que se pasa en unos minutos.",
        "Su terapeuta revisa estos problemas antes de empezar su plan.",
      ],
    },
  },
};

export const PREVENTION: EducationSection = {
  key: "prevention",
  title: "Lowering the chance of another strain",
  body: [
    "Keep doing calf strength work 2 times a week, even when you feel fine.",
    "Warm up before every run. Start with brisk walking, easy jogging and leg swings.",
    "Cool down after running with easy jogging or walking.",
    "Raise your running slowly. Change only one thing at a time: distance, speed or hills.",
    "Wear shoes that fit and support your feet. Replace them when they wear out. A running store can check how you run.",
    "If your feet roll in a lot, ask about insoles or supportive shoes.",
    "Run on softer ground, like grass or a track, when you can.",
    "Plan rest days and sleep well.",
    "Drink enough water, especially in hot weather.",
    "Listen to your calf. Ease off when it feels tight or achy.",
  ],
  translations: {
    es: {
      title: "Cómo reducir el riesgo de otra lesión",
      body: [
        "Siga haciendo ejercicios de fuerza de pantorrilla 2 veces por semana, aunque se sienta bien.",
        "Caliente antes de cada carrera. Empiece caminando rápido, trotando suave y balanceando las piernas.",
        "Vuelva a la calma después de correr, trotando suave o caminando.",
        "Aumente su carrera poco a poco. Cambie una sola cosa cada vez: distancia, velocidad o cuestas.",
        "Use zapatos que le queden bien y sostengan el pie. Cámbielos cuando estén gastados. En una tienda de running pueden revisar cómo corre.",
        "Si sus pies se hunden mucho hacia adentro, pregunte por plantillas o zapatos con soporte.",
        "Corra en suelo más blando, como césped o pista, cuando pueda.",
        "Planifique días de descanso y duerma bien.",
        "Beba suficiente agua, sobre todo cuando hace calor.",
        "Escuche a su pantorrilla. Baje el ritmo cuando la note tensa o dolorida.",
      ],
    },
  },
};

export const RECOVERY_TIMELINE: EducationSection = {
  key: "recovery-timeline",
  title: "How long will it take?",
  body: [
    "Grade 1 strains often take 1 to 3 weeks.",
    "Grade 2 strains often take 3 to 8 weeks.",
    "Grade 3 strains take 3 months or more.",
    "Soleus strains tend to take a little longer than strains of the bigger calf muscle.",
    "It can also take longer if you hurt it while running, or if you have hurt this calf before.",
    "You move to each new stage when you pass its tests, not on a set date.",
    "Rushing back can cause a new tear, pain that lasts, or injuries in other places from limping.",
    "A calf that was hurt before is more likely to be hurt again. Keep up your calf exercises after you are back to sport.",
  ],
  translations: {
    es: {
      title: "¿Cuánto tiempo tardará?",
      body: [
        "Las distensiones de grado 1 suelen tardar de 1 a 3 semanas.",
        "Las distensiones de grado 2 suelen tardar de 3 a 8 semanas.",
        "Las distensiones de grado 3 tardan 3 meses o más.",
        "Las lesiones del sóleo suelen tardar un poco más que las del músculo grande de la pantorrilla.",
        "También puede tardar más si se lesionó corriendo o si ya se había lesionado esta pantorrilla antes.",
        "Pasa a cada nueva etapa cuando supera sus pruebas, no en una fecha fija.",
        "Volver con prisa puede causar un nuevo desgarro, dolor que dura o lesiones en otras zonas por cojear.",
        "Una pantorrilla que ya se lesionó tiene más riesgo de volver a lesionarse. Siga con sus ejercicios de pantorrilla después de volver a su deporte.",
      ],
    },
  },
};

/** Sections shared by every calf template, in handout order. */
export const COMMON_EDUCATION: EducationSection[] = [
  CAUSES,
  SYMPTOMS,
  GRADES,
  SELF_CARE,
  PAIN_GUIDE,
  AVOID,
  OTHER_TREATMENTS,
  LOOK_ALIKES,
  RECOVERY_TIMELINE,
  PREVENTION,
  SEEK_CARE,
];

/** Every education section, in handout order. Keys are stable. */
export const EDUCATION: EducationSection[] = [ABOUT_SOLEUS, ABOUT_GASTROCNEMIUS, ...COMMON_EDUCATION];

const BY_KEY = new Map(EDUCATION.map((section) => [section.key, section]));

export function getEducation(key: string): EducationSection | undefined {
  return BY_KEY.get(key);
}
