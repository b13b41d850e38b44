// Groin exercise library (Serner 2020's exercise track: adductor isometrics, then isotonic work,
// then Copenhagen adduction progressions; and the running track's sport movements). Keys are
// stable identifiers stored in plans and unique across kinds (prefix "groin-"): never rename one.
// Text is written for patients: short sentences, one action per step. The template also uses
// shared-library exercises (ankle pumps, bike, bridge, runs) declared by other kinds.
import type { ExerciseCategory, ExerciseEntry, ExerciseSide, ExerciseText } from "../../../clinical/types";

function exercise(key: string, category: ExerciseCategory, side: ExerciseSide, equipment: string[], en: ExerciseText, es: ExerciseText): ExerciseEntry {
  return { key, ...en, equipment, side, category, kneeBias: null, translations: { es } };
}

export const ADDUCTOR_EXERCISES: ExerciseEntry[] = [
  exercise(
    "groin-ball-squeeze-bent",
    "ISOMETRIC",
    "BOTH",
    ["soft ball or folded pillow"],
    {
      name: "Ball squeeze, knees bent",
      purpose: "Wakes up the groin muscles gently, without moving the sore area.",
      steps: [
        "Lie on your back with your knees bent and your feet flat.",
        "Put a soft ball or a folded pillow between your knees.",
        "Squeeze your knees together and hold.",
        "Relax slowly, then rest before the next squeeze.",
      ],
      cues: ["Squeeze only as hard as stays comfortable.", "Keep breathing while you hold."],
      commonMistakes: ["Squeezing so hard it hurts.", "Holding your breath."],
    },
    {
      name: "Apretar una pelota con las rodillas dobladas",
      purpose: "Activa con suavidad los músculos de la ingle sin mover la zona dolorida.",
      steps: [
        "Acuéstese boca arriba con las rodillas dobladas y los pies apoyados.",
        "Ponga una pelota blanda o una almohada doblada entre las rodillas.",
        "Apriete las rodillas y mantenga.",
        "Suelte despacio y descanse antes de volver a apretar.",
      ],
      cues: ["Apriete solo hasta donde siga siendo cómodo.", "Siga respirando mientras mantiene."],
      commonMistakes: ["Apretar tan fuerte que duele.", "Aguantar la respiración."],
    },
  ),
  exercise(
    "groin-ball-squeeze-straight",
    "ISOMETRIC",
    "BOTH",
    ["soft ball or folded pillow"],
    {
      name: "Ball squeeze, legs straight",
      purpose: "Loads the groin muscles a little more, with the legs long.",
      steps: [
        "Lie on your back with both legs straight.",
        "Put a soft ball or a folded pillow between your knees or ankles.",
        "Squeeze your legs together and hold.",
        "Relax slowly, then rest.",
      ],
      cues: ["Keep your toes pointing up.", "Build up the squeeze over 2 seconds."],
      commonMistakes: ["Lifting your lower back off the floor.", "Jerking into the squeeze."],
    },
    {
      name: "Apretar una pelota con las piernas estiradas",
      purpose: "Carga un poco más los músculos de la ingle, con las piernas estiradas.",
      steps: [
        "Acuéstese boca arriba con las dos piernas estiradas.",
        "Ponga una pelota blanda o una almohada doblada entre las rodillas o los tobillos.",
        "Apriete las piernas y mantenga.",
        "Suelte despacio y descanse.",
      ],
      cues: ["Mantenga los dedos de los pies hacia arriba.", "Aumente la fuerza poco a poco, en 2 segundos."],
      commonMistakes: ["Despegar la parte baja de la espalda del suelo.", "Apretar de golpe."],
    },
  ),
  exercise(
    "groin-side-lying-adduction",
    "TARGET_STRENGTH",
    "AFFECTED",
    ["mat"],
    {
      name: "Side-lying leg lift (inner thigh)",
      purpose: "Strengthens the groin muscles through movement, against the weight of your leg.",
      steps: [
        "Lie on your injured side on a mat.",
        "Bend your top leg and put that foot flat on the floor in front of you.",
        "Keep your bottom leg straight.",
        "Lift your bottom leg up off the floor, then lower it slowly.",
      ],
      cues: ["Lift a short way with control.", "Take 3 seconds to lower."],
      commonMistakes: ["Rolling onto your back.", "Swinging the leg up."],
    },
    {
      name: "Elevación de pierna acostado de lado (cara interna del muslo)",
      purpose: "Fortalece los músculos de la ingle con movimiento, contra el peso de su pierna.",
      steps: [
        "Acuéstese sobre el lado lesionado en una colchoneta.",
        "Doble la pierna de arriba y apoye ese pie en el suelo, por delante.",
        "Mantenga estirada la pierna de abajo.",
        "Suba la pierna de abajo y bájela despacio.",
      ],
      cues: ["Suba poco y con control.", "Tarde 3 segundos en bajar."],
      commonMistakes: ["Girarse hacia atrás.", "Subir la pierna con impulso."],
    },
  ),
  exercise(
    "groin-band-adduction",
    "TARGET_STRENGTH",
    "AFFECTED",
    ["elastic band", "something sturdy to tie it to"],
    {
      name: "Standing band pull-in",
      purpose: "Builds groin strength standing up, closer to how you move in sport.",
      steps: [
        "Tie a band low to something sturdy at your side.",
        "Loop it around the ankle of your injured leg.",
        "Stand tall with the band pulling your leg out to the side.",
        "Pull your leg in across the front of the other one, then let it back out slowly.",
      ],
      cues: ["Stand tall and hold on to something for balance.", "Go slowly on the way back."],
      commonMistakes: ["Leaning your body to help.", "Letting the band snap the leg back."],
    },
    {
      name: "Aducción de pie con banda elástica",
      purpose: "Aumenta la fuerza de la ingle de pie, más parecido a como se mueve en el deporte.",
      steps: [
        "Ate una banda elástica abajo, a algo firme que esté a su lado.",
        "Pase la banda por el tobillo de la pierna lesionada.",
        "Párese derecho con la banda tirando de la pierna hacia afuera.",
        "Lleve la pierna hacia adentro, por delante de la otra, y vuelva despacio.",
      ],
      cues: ["Párese derecho y sujétese de algo para el equilibrio.", "Vuelva despacio."],
      commonMistakes: ["Inclinar el cuerpo para ayudarse.", "Dejar que la banda tire de golpe de la pierna."],
    },
  ),
  exercise(
    "groin-slide-adduction",
    "TARGET_STRENGTH",
    "AFFECTED",
    ["towel or slider", "smooth floor"],
    {
      name: "Side slide and pull back",
      purpose: "Trains the groin muscles to brake and pull back as the leg slides out.",
      steps: [
        "Stand with your injured foot on a towel on a smooth floor.",
        "Bend your other knee a little and slide the towel foot out to the side.",
        "Go only as far as feels comfortable.",
        "Pull the foot back in by squeezing your inner thigh.",
      ],
      cues: ["Keep your weight on your other leg.", "Slide out slowly."],
      commonMistakes: ["Sliding too far too soon.", "Bending forward at the waist."],
    },
    {
      name: "Deslizamiento lateral y regreso",
      purpose: "Entrena a los músculos de la ingle para frenar y volver cuando la pierna se desliza hacia afuera.",
      steps: [
        "Párese con el pie lesionado sobre una toalla en un suelo liso.",
        "Doble un poco la otra rodilla y deslice hacia el lado el pie de la toalla.",
        "Llegue solo hasta donde sea cómodo.",
        "Traiga el pie de vuelta apretando la cara interna del muslo.",
      ],
      cues: ["Mantenga el peso en la otra pierna.", "Deslícese despacio hacia afuera."],
      commonMistakes: ["Deslizarse demasiado lejos demasiado pronto.", "Doblarse hacia adelante por la cintura."],
    },
  ),
  exercise(
    "groin-copenhagen-short",
    "TARGET_STRENGTH",
    "AFFECTED",
    ["bench or low chair", "mat"],
    {
      name: "Copenhagen side plank, short lever",
      purpose: "The first step of the Copenhagen exercise: strong groin work with your knee supported.",
      steps: [
        "Lie on your side with your elbow under your shoulder.",
        "Put the inside of your top knee on a bench. Your injured leg is on top.",
        "Lift your hips until your body is in a straight line.",
        "Hold, then lower your hips with control.",
      ],
      cues: ["Press the knee down into the bench.", "Keep your hips high and your body straight."],
      commonMistakes: ["Letting the hips sag.", "Twisting forward."],
    },
    {
      name: "Plancha lateral de Copenhague, palanca corta",
      purpose: "El primer paso del ejercicio de Copenhague: trabajo fuerte de ingle con la rodilla apoyada.",
      steps: [
        "Acuéstese de lado con el codo debajo del hombro.",
        "Apoye la cara interna de la rodilla de arriba en un banco. La pierna lesionada va arriba.",
        "Suba la cadera hasta que el cuerpo quede en línea recta.",
        "Mantenga y baje la cadera con control.",
      ],
      cues: ["Empuje la rodilla contra el banco.", "Mantenga la cadera alta y el cuerpo recto."],
      commonMistakes: ["Dejar caer la cadera.", "Girarse hacia adelante."],
    },
  ),
  exercise(
    "groin-copenhagen-long",
    "TARGET_STRENGTH",
    "AFFECTED",
    ["bench or low chair", "mat"],
    {
      name: "Copenhagen side plank, long lever",
      purpose: "A harder Copenhagen hold: the bench supports your ankle, so the groin works more.",
      steps: [
        "Lie on your side with your elbow under your shoulder.",
        "Put the inside of your top ankle on a bench. Your injured leg is on top.",
        "Lift your hips until your body is in a straight line.",
        "Hold, then lower your hips with control.",
      ],
      cues: ["Keep the top knee straight.", "Stop when you can no longer keep your body straight."],
      commonMistakes: ["Moving to the long lever before the short one is easy.", "Letting the hips sag."],
    },
    {
      name: "Plancha lateral de Copenhague, palanca larga",
      purpose: "Una plancha de Copenhague más difícil: el banco sostiene el tobillo y la ingle trabaja más.",
      steps: [
        "Acuéstese de lado con el codo debajo del hombro.",
        "Apoye la cara interna del tobillo de arriba en un banco. La pierna lesionada va arriba.",
        "Suba la cadera hasta que el cuerpo quede en línea recta.",
        "Mantenga y baje la cadera con control.",
      ],
      cues: ["Mantenga recta la rodilla de arriba.", "Pare cuando ya no pueda mantener el cuerpo recto."],
      commonMistakes: ["Pasar a la palanca larga antes de que la corta sea fácil.", "Dejar caer la cadera."],
    },
  ),
  exercise(
    "groin-copenhagen-dynamic",
    "TARGET_STRENGTH",
    "AFFECTED",
    ["bench or low chair", "mat"],
    {
      name: "Copenhagen adduction, up and down",
      purpose: "The full Copenhagen exercise. It builds strength and helps prevent new groin strains.",
      steps: [
        "Set up as for the long side plank, injured leg on top on the bench.",
        "Lift your hips and bring your bottom leg up to touch the bench.",
        "Lower your hips and bottom leg together, slowly.",
        "Repeat with control.",
      ],
      cues: ["Take 3 seconds to go down.", "Keep your body in one straight line."],
      commonMistakes: ["Dropping down fast.", "Bending at the waist."],
    },
    {
      name: "Aducción de Copenhague, subir y bajar",
      purpose: "El ejercicio de Copenhague completo. Da fuerza y ayuda a evitar nuevas lesiones de ingle.",
      steps: [
        "Colóquese como en la plancha lateral larga, con la pierna lesionada arriba, en el banco.",
        "Suba la cadera y lleve la pierna de abajo hasta tocar el banco.",
        "Baje la cadera y la pierna de abajo a la vez, despacio.",
        "Repita con control.",
      ],
      cues: ["Tarde 3 segundos en bajar.", "Mantenga el cuerpo en una línea recta."],
      commonMistakes: ["Dejarse caer rápido.", "Doblarse por la cintura."],
    },
  ),
  exercise(
    "groin-sumo-squat",
    "SUPPORT_STRENGTH",
    "BOTH",
    [],
    {
      name: "Wide squat",
      purpose: "Strengthens the hips and inner thighs together, with both legs working.",
      steps: [
        "Stand with your feet wider than your shoulders and your toes turned out a little.",
        "Sit your hips down and back, as if onto a chair.",
        "Go only as low as feels comfortable in your groin.",
        "Push through your feet to stand up.",
      ],
      cues: ["Keep your knees in line with your toes.", "Keep your chest up."],
      commonMistakes: ["Letting the knees fall in.", "Going too deep too soon."],
    },
    {
      name: "Sentadilla abierta",
      purpose: "Fortalece a la vez las caderas y la cara interna de los muslos, con las dos piernas.",
      steps: [
        "Párese con los pies más separados que los hombros y las puntas un poco hacia afuera.",
        "Baje la cadera hacia abajo y atrás, como para sentarse en una silla.",
        "Baje solo hasta donde la ingle esté cómoda.",
        "Empuje con los pies para subir.",
      ],
      cues: ["Mantenga las rodillas en línea con los pies.", "Mantenga el pecho arriba."],
      commonMistakes: ["Dejar que las rodillas se vayan hacia adentro.", "Bajar demasiado demasiado pronto."],
    },
  ),
  exercise(
    "groin-side-lunge",
    "SUPPORT_STRENGTH",
    "BOTH",
    [],
    {
      name: "Side lunge",
      purpose: "Trains the groin to control a step out to the side, as in sport.",
      steps: [
        "Stand with your feet together.",
        "Take a step out to the side and bend that knee. Keep the other leg straight.",
        "Feel a light stretch on the inside of the straight leg.",
        "Push back to the start. Do both sides.",
      ],
      cues: ["Start with a short step.", "Keep both feet pointing forward."],
      commonMistakes: ["Stepping too wide at first.", "Letting the bent knee fall inward."],
    },
    {
      name: "Zancada lateral",
      purpose: "Entrena a la ingle para controlar un paso hacia el lado, como en el deporte.",
      steps: [
        "Párese con los pies juntos.",
        "Dé un paso hacia el lado y doble esa rodilla. Mantenga la otra pierna estirada.",
        "Sienta un estiramiento leve en la cara interna de la pierna estirada.",
        "Empuje para volver al inicio. Hágalo de los dos lados.",
      ],
      cues: ["Empiece con un paso corto.", "Mantenga los dos pies mirando al frente."],
      commonMistakes: ["Dar un paso demasiado largo al principio.", "Dejar que la rodilla doblada se vaya hacia adentro."],
    },
  ),
  exercise(
    "groin-adductor-stretch",
    "MOBILITY",
    "AFFECTED",
    [],
    {
      name: "Gentle inner-thigh stretch",
      purpose: "Keeps the groin supple once the first pain has settled.",
      steps: [
        "Stand with your feet wide apart.",
        "Bend your other knee and shift your weight over it.",
        "Keep your injured leg straight until you feel a mild stretch on its inner thigh.",
        "Hold, then come back to the middle.",
      ],
      cues: ["Aim for a mild pull, never pain.", "Breathe slowly."],
      commonMistakes: ["Stretching hard in the first days.", "Bouncing in the stretch."],
    },
    {
      name: "Estiramiento suave de la cara interna del muslo",
      purpose: "Mantiene flexible la ingle cuando el primer dolor ya se calmó.",
      steps: [
        "Párese con los pies muy separados.",
        "Doble la otra rodilla y pase el peso sobre ella.",
        "Mantenga estirada la pierna lesionada hasta sentir un estiramiento leve en la cara interna del muslo.",
        "Mantenga y vuelva al centro.",
      ],
      cues: ["Busque un tirón leve, nunca dolor.", "Respire despacio."],
      commonMistakes: ["Estirar fuerte en los primeros días.", "Rebotar durante el estiramiento."],
    },
  ),
  exercise(
    "groin-lateral-shuffle",
    "AGILITY",
    "BOTH",
    ["open space"],
    {
      name: "Side shuffle",
      purpose: "Brings back side-to-side movement, a key part of returning to sport.",
      steps: [
        "Stand with your knees a little bent.",
        "Step sideways with one foot, then bring the other foot after it. Do not cross your feet.",
        "Shuffle about 10 metres, then go back the other way.",
        "Start slowly and speed up over the weeks.",
      ],
      cues: ["Stay low and light on your feet.", "Keep your feet from touching."],
      commonMistakes: ["Crossing your feet.", "Going fast before slow feels easy."],
    },
    {
      name: "Desplazamiento lateral",
      purpose: "Recupera el movimiento de lado a lado, una parte clave para volver al deporte.",
      steps: [
        "Párese con las rodillas un poco dobladas.",
        "Dé un paso al lado con un pie y luego acerque el otro. No cruce los pies.",
        "Desplácese unos 10 metros y vuelva hacia el otro lado.",
        "Empiece despacio y aumente la velocidad con las semanas.",
      ],
      cues: ["Manténgase bajo y ligero sobre los pies.", "Evite que los pies se toquen."],
      commonMistakes: ["Cruzar los pies.", "Ir rápido antes de que lo lento sea fácil."],
    },
  ),
  exercise(
    "groin-kicking-progression",
    "AGILITY",
    "AFFECTED",
    ["ball", "wall or partner"],
    {
      name: "Kicking, step by step",
      purpose: "Brings back kicking, the movement that most often strains the groin.",
      steps: [
        "Start with short, soft passes with the inside of your foot, against a wall or to a partner.",
        "When these are easy, pass a little harder and a little farther.",
        "Then add longer passes, then long kicks.",
        "Move up only when the step before felt easy, that day and the next morning.",
      ],
      cues: ["Warm up first.", "Build up the distance before the power."],
      commonMistakes: ["Kicking hard on the first day back.", "Skipping steps."],
    },
    {
      name: "Golpeo del balón, paso a paso",
      purpose: "Recupera el golpeo del balón, el movimiento que más a menudo lesiona la ingle.",
      steps: [
        "Empiece con pases cortos y suaves con el interior del pie, contra una pared o a un compañero.",
        "Cuando sean fáciles, pase un poco más fuerte y un poco más lejos.",
        "Luego añada pases más largos y después patadas largas.",
        "Suba de nivel solo si el paso anterior fue fácil, ese día y a la mañana siguiente.",
      ],
      cues: ["Caliente primero.", "Aumente la distancia antes que la fuerza."],
      commonMistakes: ["Patear fuerte el primer día de vuelta.", "Saltarse pasos."],
    },
  ),
];

export function getAdductorExercise(key: string): ExerciseEntry | undefined {
  return ADDUCTOR_EXERCISES.find((e) => e.key === key);
}
