// Alt text, English and Spanish, written from the description and the placed figures: the start
// position (posture, props, what the injured knee and foot do) and the movement. The foot state
// is read from the drawing's geometry, so the words say what the picture shows.
import { kneeFlexion, WIDTH, type LegPoints, type ResolvedPose, type Vec } from "./pose";
import type { FrontIllustrationDescription, FrontPose, FrontProp, IllustrationDescription, IllustrationLocale, Movement, Posture, Prop } from "./types";

interface Placed {
  pose: ResolvedPose;
  skeleton: { hip: Vec; injured: LegPoints; other: LegPoints };
  surfaceY: number;
  feetY: { injured: number; other: number };
  lift: number;
}

type Words = Record<IllustrationLocale, string>;

const POSTURE: Record<Posture, Words> = {
  standing: { en: "Standing", es: "Persona de pie" },
  walking: { en: "Walking", es: "Persona caminando" },
  "sitting-chair": { en: "Sitting on a chair", es: "Persona sentada en una silla" },
  "sitting-floor": { en: "Sitting on the floor", es: "Persona sentada en el suelo" },
  supine: { en: "Lying on the back", es: "Persona tumbada boca arriba" },
  prone: { en: "Lying face down", es: "Persona tumbada boca abajo" },
  kneeling: { en: "Kneeling", es: "Persona de rodillas" },
  lunge: { en: "Standing in a long stride", es: "Persona de pie con un paso largo" },
  hopping: { en: "Standing", es: "Persona de pie" },
  running: { en: "Running", es: "Persona corriendo" },
  cycling: { en: "Sitting on an exercise bike", es: "Persona sentada en una bicicleta estática" },
};

const SINGLE_LEG: Words = { en: "Standing on the injured leg", es: "Persona de pie sobre la pierna lesionada" };
const ON_STEP: Words = { en: " on a step", es: " en un escalón" };
const ON_BOX: Words = { en: " on a box", es: " sobre un cajón" };

function propWords(prop: Prop): Words | null {
  switch (prop.kind) {
    case "counter":
      return { en: "holding a counter", es: "sujetándose a una encimera" };
    case "rail":
      return { en: "holding a rail", es: "sujetándose a una barandilla" };
    case "wall":
      return prop.side === "front"
        ? prop.at === "nearHand" || prop.at === "farHand"
          ? { en: "facing a wall with hands on it", es: "frente a una pared con las manos apoyadas" }
          : { en: "facing a wall", es: "frente a una pared" }
        : { en: "back against a wall", es: "con la espalda contra una pared" };
    case "box":
      return { en: "facing a box", es: "frente a un cajón" };
    case "band":
      return { en: "a towel looped around the injured foot", es: "con una toalla alrededor del pie lesionado" };
    case "weight":
      return prop.at === "nearHand" || prop.at === "farHand"
        ? { en: "holding a weight", es: "con un peso en la mano" }
        : { en: "a weight on the injured knee", es: "con un peso sobre la rodilla lesionada" };
    case "roller":
      return { en: "a foam roller under the injured lower leg", es: "con un rodillo de espuma bajo la pierna lesionada" };
    case "heel-lift":
      return { en: "a heel lift in the shoe of the injured leg", es: "con una cuña en el talón del zapato de la pierna lesionada" };
    case "line":
      return { en: "beside a line on the floor", es: "junto a una línea en el suelo" };
    case "cone":
      return { en: "a marker ahead", es: "con un cono delante" };
    case "rope":
      return { en: "holding a skipping rope", es: "con una comba" };
    case "step":
    case "chair":
    case "bike":
    case "mat":
      return null; // said by the posture
  }
}

type KneeState = "straight" | "slightly-bent" | "bent";
type FootState = "flat" | "heel-up" | "heel-below" | "off" | "toes-up" | "on-step";

const KNEE: Record<KneeState, { one: Words; both: Words }> = {
  straight: { one: { en: "knee straight", es: "rodilla recta" }, both: { en: "knees straight", es: "rodillas rectas" } },
  "slightly-bent": { one: { en: "knee slightly bent", es: "rodilla un poco doblada" }, both: { en: "knees slightly bent", es: "rodillas un poco dobladas" } },
  bent: { one: { en: "knee bent", es: "rodilla doblada" }, both: { en: "knees bent", es: "rodillas dobladas" } },
};

const FOOT: Record<FootState, { one: Words; both: Words }> = {
  flat: { one: { en: "injured foot flat", es: "pie lesionado apoyado" }, both: { en: "both feet flat", es: "los dos pies apoyados" } },
  "heel-up": {
    one: { en: "up on the ball of the injured foot", es: "sobre la parte delantera del pie lesionado" },
    both: { en: "up on the balls of both feet", es: "sobre la parte delantera de los dos pies" },
  },
  "heel-below": {
    one: { en: "injured heel below the edge of the step", es: "talón lesionado por debajo del borde del escalón" },
    both: { en: "both heels below the edge of the step", es: "los dos talones por debajo del borde del escalón" },
  },
  "on-step": {
    one: { en: "injured foot on the step", es: "pie lesionado en el escalón" },
    both: { en: "both feet on the step", es: "los dos pies en el escalón" },
  },
  off: { one: { en: "injured foot off the floor", es: "pie lesionado en el aire" }, both: { en: "both feet off the floor", es: "los dos pies en el aire" } },
  "toes-up": {
    one: { en: "injured toes lifted", es: "puntas del pie lesionado levantadas" },
    both: { en: "toes lifted", es: "puntas de los pies levantadas" },
  },
};

const OTHER_OFF: Words = { en: "other foot off the floor", es: "el otro pie en el aire" };
const OTHER_LEG_UP: Words = { en: "other leg straight in the air", es: "la otra pierna estirada en el aire" };

/** Said instead when both feet do the movement (a two-leg raise). */
const BOTH_FEET: Partial<Record<Movement, Words>> = {
  hop: {
    en: "Small, quick hops on the balls of both feet with the knees nearly straight; the arrow shows the body going up and down.",
    es: "Saltos pequeños y rápidos sobre la parte delantera de los dos pies con las rodillas casi rectas; la flecha muestra el cuerpo subiendo y bajando.",
  },
  "heel-up": { en: "Both heels lift; the arrow shows the heels going up.", es: "Los dos talones suben; la flecha muestra los talones subiendo." },
  "heel-up-hold": {
    en: "Both heels lift halfway and hold still; the arrow shows the heels going up.",
    es: "Los dos talones suben hasta la mitad y se mantienen quietos; la flecha muestra los talones subiendo.",
  },
};

const MOVEMENT: Record<Movement, Words> = {
  "heel-up": {
    en: "The injured heel lifts; the arrow shows the heel going up.",
    es: "El talón del pie lesionado sube; la flecha muestra el talón subiendo.",
  },
  "heel-up-hold": {
    en: "The injured heel lifts halfway and holds still; the arrow shows the heel going up.",
    es: "El talón del pie lesionado sube hasta la mitad y se mantiene quieto; la flecha muestra el talón subiendo.",
  },
  "heel-down": {
    en: "The injured heel lowers slowly below the step; the arrow shows the heel going down.",
    es: "El talón del pie lesionado baja despacio por debajo del escalón; la flecha muestra el talón bajando.",
  },
  "toes-up": {
    en: "The toes and the front of the feet lift toward the shins; the arrow shows the toes going up.",
    es: "Las puntas de los pies suben hacia las espinillas; la flecha muestra las puntas subiendo.",
  },
  "ankle-pump": {
    en: "The toes point away, then pull back; the arrow shows the foot moving both ways.",
    es: "Las puntas se estiran hacia delante y luego vuelven hacia usted; la flecha muestra el pie moviéndose en los dos sentidos.",
  },
  "lean-stretch": {
    en: "The injured leg steps back with the knee straight and the heel down, and the body leans toward the wall; the arrow shows the lean.",
    es: "La pierna lesionada va hacia atrás con la rodilla recta y el talón en el suelo, y el cuerpo se inclina hacia la pared; la flecha muestra la inclinación.",
  },
  "sink-stretch": {
    en: "Both knees bend and the body sinks with the back heel down; the arrow shows the injured knee going down and forward.",
    es: "Las dos rodillas se doblan y el cuerpo baja con el talón de atrás en el suelo; la flecha muestra la rodilla lesionada bajando y avanzando.",
  },
  "towel-pull": {
    en: "The towel pulls the toes toward the body; the arrow shows the pull.",
    es: "La toalla lleva las puntas del pie hacia el cuerpo; la flecha muestra el tirón.",
  },
  "knee-forward": {
    en: "The knee bends forward to touch the wall while the heel stays down; the arrow shows the knee going forward.",
    es: "La rodilla se dobla hacia delante hasta tocar la pared y el talón sigue en el suelo; la flecha muestra la rodilla avanzando.",
  },
  roll: {
    en: "The hips lift and the lower leg rolls over the roller; the arrow shows the body moving along.",
    es: "Las caderas se levantan y la pierna rueda sobre el rodillo; la flecha muestra el movimiento.",
  },
  walk: {
    en: "Even steps with both legs; the arrow shows the direction of walking.",
    es: "Pasos iguales con las dos piernas; la flecha muestra la dirección de la marcha.",
  },
  "walk-run": {
    en: "Then running at an easy pace, in turns with walking; the arrow shows the direction of travel.",
    es: "Luego corriendo a ritmo suave, alternando con caminar; la flecha muestra la dirección de la marcha.",
  },
  pedal: { en: "The legs pedal; the arrow shows the pedals turning.", es: "Las piernas pedalean; la flecha muestra los pedales girando." },
  balance: {
    en: "The other foot lifts and the injured leg holds the balance; the arrow shows the other foot going up.",
    es: "El otro pie se levanta y la pierna lesionada mantiene el equilibrio; la flecha muestra el otro pie subiendo.",
  },
  "hips-up": {
    en: "The hips lift until the body is in a line from shoulders to knees; the arrow shows the hips going up.",
    es: "Las caderas suben hasta que el cuerpo forma una línea de los hombros a las rodillas; la flecha muestra las caderas subiendo.",
  },
  "step-up": {
    en: "The foot on the step pushes the body up onto it; the arrow shows the body going up.",
    es: "El pie apoyado en el escalón empuja el cuerpo hacia arriba; la flecha muestra el cuerpo subiendo.",
  },
  "lower-back-knee": {
    en: "The back knee lowers toward the floor with the front heel down; the arrow shows the body going down.",
    es: "La rodilla de atrás baja hacia el suelo con el talón de delante apoyado; la flecha muestra el cuerpo bajando.",
  },
  hop: {
    en: "Small, quick hops with the knee nearly straight, landing on the ball of the foot; the arrow shows the body going up and down.",
    es: "Saltos pequeños y rápidos con la rodilla casi recta, cayendo sobre la parte delantera del pie; la flecha muestra el cuerpo subiendo y bajando.",
  },
  skip: {
    en: "A small jump, just high enough to clear the rope; the arrow shows the jump.",
    es: "Un salto pequeño, lo justo para pasar la comba; la flecha muestra el salto.",
  },
  "hop-sideways": {
    en: "Hopping over the line with both feet and back again at once; the arrow shows the hop both ways.",
    es: "Saltando por encima de la línea con los dos pies y volviendo enseguida; la flecha muestra el salto en los dos sentidos.",
  },
  "jump-onto-box": {
    en: "Jumping onto the box with both feet and landing softly with bent knees; the arrow shows the jump.",
    es: "Saltando al cajón con los dos pies y cayendo suave con las rodillas dobladas; la flecha muestra el salto.",
  },
  run: {
    en: "An easy, relaxed pace; the arrow shows the direction of running.",
    es: "A ritmo suave y relajado; la flecha muestra la dirección de la carrera.",
  },
  sprint: {
    en: "Speeding up to a fast, relaxed pace; the arrow shows the speed building.",
    es: "Acelerando hasta un ritmo rápido y relajado; la flecha muestra la aceleración.",
  },
  "run-uphill": {
    en: "Up a gentle hill; the arrow shows the way up.",
    es: "Cuesta arriba por una pendiente suave; la flecha muestra la subida.",
  },
  "knee-straighten": {
    en: "The knee straightens slowly while the thigh stays still; the arrow shows the foot going up.",
    es: "La rodilla se estira despacio mientras el muslo se queda quieto; la flecha muestra el pie subiendo.",
  },
  hinge: {
    en: "The body tips forward from the hip while the other leg goes back; the arrow shows the body tipping.",
    es: "El cuerpo se inclina hacia delante desde la cadera mientras la otra pierna va hacia atrás; la flecha muestra la inclinación.",
  },
  slide: {
    en: "The back foot slides away along the floor; the arrow shows the slide.",
    es: "El pie de atrás se desliza por el suelo; la flecha muestra el deslizamiento.",
  },
  "knee-bend-hold": {
    en: "The heel presses up against a hand or towel and holds still; the arrow shows the push.",
    es: "El talón empuja hacia arriba contra una mano o una toalla y se mantiene quieto; la flecha muestra el empuje.",
  },
  "side-step": {
    en: "Stepping sideways with bent knees; the arrow shows the direction of the steps.",
    es: "Pasos de lado con las rodillas dobladas; la flecha muestra la dirección de los pasos.",
  },
  hold: {
    en: "The body lifts into a straight line and holds still; the arrow shows the lift.",
    es: "El cuerpo sube hasta formar una línea recta y se mantiene quieto; la flecha muestra la subida.",
  },
  "lean-forward": {
    en: "The body leans forward slowly from the knees, staying straight; the arrow shows the lean.",
    es: "El cuerpo se inclina despacio hacia delante desde las rodillas, sin doblarse; la flecha muestra la inclinación.",
  },
  turn: { en: "Planting the foot and turning back; the arrow shows the turn.", es: "Apoyando el pie y girando para volver; la flecha muestra el giro." },
  squat: {
    en: "The hips sink down and back with both feet flat; the arrow shows the body going down.",
    es: "La cadera baja hacia abajo y atrás con los dos pies apoyados; la flecha muestra el cuerpo bajando.",
  },
  "leg-lift": {
    en: "The injured leg lifts with the knee straight; the arrow shows the leg going up.",
    es: "La pierna lesionada sube con la rodilla recta; la flecha muestra la pierna subiendo.",
  },
  "heel-to-buttock": {
    en: "The injured knee bends and the heel comes toward the bottom; the arrow shows the heel moving.",
    es: "La rodilla lesionada se dobla y el talón se acerca al glúteo; la flecha muestra el talón moviéndose.",
  },
  "lean-back": {
    en: "Kneeling tall, the body leans back in a straight line from knees to head; the arrow shows the lean.",
    es: "De rodillas y recto, el cuerpo se inclina hacia atrás en línea recta de las rodillas a la cabeza; la flecha muestra la inclinación.",
  },
  kick: {
    en: "The injured leg swings forward to kick; the arrow shows the leg swinging.",
    es: "La pierna lesionada se balancea hacia adelante para patear; la flecha muestra la pierna balanceándose.",
  },
  "squeeze-knees": {
    en: "The knees squeeze the ball and hold, then relax slowly; on each side the arrow shows the knee pressing inward.",
    es: "Las rodillas aprietan la pelota y mantienen, y luego sueltan despacio; a cada lado la flecha muestra la rodilla apretando hacia dentro.",
  },
  "squeeze-legs": {
    en: "The legs squeeze the ball and hold, then relax slowly; on each side the arrow shows the leg pressing inward.",
    es: "Las piernas aprietan la pelota y mantienen, y luego sueltan despacio; a cada lado la flecha muestra la pierna apretando hacia dentro.",
  },
  "bottom-leg-lift": {
    en: "The injured bottom leg lifts off the floor with the knee straight, then lowers slowly; the arrow shows the leg going up.",
    es: "La pierna lesionada, la de abajo, sube del suelo con la rodilla recta y baja despacio; la flecha muestra la pierna subiendo.",
  },
  "pull-in": {
    en: "The injured leg pulls in against the band, across the front of the other leg, then goes back out slowly; the arrow shows the leg moving in.",
    es: "La pierna lesionada tira de la banda hacia dentro, por delante de la otra pierna, y vuelve despacio; la flecha muestra la pierna hacia dentro.",
  },
  "side-slide": {
    en: "The other knee bends a little and the injured foot slides out to the side on the towel, then pulls back in; the arrow shows the slide out.",
    es: "La otra rodilla se dobla un poco y el pie lesionado se desliza hacia el lado sobre la toalla, y luego vuelve; la flecha muestra el deslizamiento hacia afuera.",
  },
  "side-plank-hips-up": {
    en: "The hips lift until the body is in a straight line and hold, then lower with control; the arrow shows the hips going up.",
    es: "La cadera sube hasta que el cuerpo queda en línea recta y se mantiene, y luego baja con control; la flecha muestra la cadera subiendo.",
  },
  "copenhagen-lift": {
    en: "The hips lift and the bottom leg comes up to touch the bench, then both lower slowly; the arrow shows the bottom leg going up.",
    es: "La cadera sube y la pierna de abajo sube hasta tocar el banco, y luego bajan juntas despacio; la flecha muestra la pierna de abajo subiendo.",
  },
  "side-lunge": {
    en: "The injured leg steps out to the side and its knee bends while the other leg stays straight; the arrow shows the step out.",
    es: "La pierna lesionada da un paso hacia el lado y dobla la rodilla mientras la otra sigue estirada; la flecha muestra el paso hacia afuera.",
  },
  "weight-shift": {
    en: "The other knee bends and the weight shifts over it while the injured leg stays straight; the arrow shows the hips moving across.",
    es: "La otra rodilla se dobla y el peso pasa sobre ella mientras la pierna lesionada sigue estirada; la flecha muestra la cadera desplazándose.",
  },
};

/** Postures where the feet stand on something, so "flat" or "heel up" means something. */
const FEET_DOWN: ReadonlySet<Posture> = new Set<Posture>(["standing", "sitting-chair", "lunge", "hopping"]);

export function kneeState(knee: number): KneeState {
  if (knee < 12) return "straight";
  if (knee < 35) return "slightly-bent";
  return "bent";
}

/** Height above the surface of the lowest edge of a foot point (feet are drawn with an outline). */
function above(surfaceY: number, y: number): number {
  return surfaceY - (y + WIDTH.foot / 2);
}

export function footState(leg: LegPoints, surfaceY: number): FootState {
  const heel = above(surfaceY, leg.heel[1]);
  const ball = above(surfaceY, Math.max(leg.ball[1], leg.toe[1]));
  if (ball > 2.5 && heel > 2.5) return "off";
  if (heel < -2) return "heel-below";
  if (heel > 2.5) return "heel-up";
  if (ball > 2.5) return "toes-up";
  return "flat";
}

function startSentence(d: IllustrationDescription, start: Placed, locale: IllustrationLocale): string {
  const posture = start.pose.posture;
  const inj = start.skeleton.injured;
  const oth = start.skeleton.other;
  const onStep = d.start.on === "step" || d.start.on === "box";
  let injuredFoot = footState(inj, start.feetY.injured - start.lift);
  const otherFoot = footState(oth, start.feetY.other - start.lift);
  // A foot put on a step while the figure stands or sits elsewhere.
  if (!onStep && injuredFoot === "flat" && start.feetY.injured < start.surfaceY - 1) injuredFoot = "on-step";
  const singleLeg = FEET_DOWN.has(posture) && posture !== "sitting-chair" && otherFoot === "off" && injuredFoot !== "off";
  let head = singleLeg && (posture === "standing" || posture === "hopping") ? SINGLE_LEG[locale] : POSTURE[posture][locale];
  if (d.start.on === "step") head += ON_STEP[locale];
  if (d.start.on === "box") head += ON_BOX[locale];
  const parts: string[] = [head];
  for (const prop of d.props ?? []) {
    const words = propWords(prop);
    if (words && !parts.includes(words[locale])) parts.push(words[locale]);
  }
  // From the drawn legs: a planted foot's knee is solved, not given.
  const injuredKnee = kneeState(kneeFlexion(start.skeleton.hip, inj));
  const otherKnee = kneeState(kneeFlexion(start.skeleton.hip, oth));
  if (FEET_DOWN.has(posture)) {
    const same = !singleLeg && posture !== "lunge" && injuredFoot === otherFoot && injuredKnee === otherKnee;
    parts.push(same ? FOOT[injuredFoot].both[locale] : FOOT[injuredFoot].one[locale]);
    parts.push(same ? KNEE[injuredKnee].both[locale] : KNEE[injuredKnee].one[locale]);
    if (singleLeg) parts.push(OTHER_OFF[locale]);
  } else if (posture !== "running" && posture !== "cycling" && posture !== "walking") {
    parts.push(locale === "en" ? `injured ${KNEE[injuredKnee].one.en}` : `${KNEE[injuredKnee].one.es} de la pierna lesionada`);
    // A single-leg bridge: the other leg held up off the floor.
    if (d.singleLeg && otherFoot === "off") parts.push(otherKnee === "straight" ? OTHER_LEG_UP[locale] : OTHER_OFF[locale]);
  }
  return `${parts.join(", ")}.`;
}

/** Both feet start and end the same way (and the movement changes them): a two-leg movement. */
function bothFeetMove(start: Placed, end: Placed): boolean {
  const state = (p: Placed, side: "injured" | "other") => footState(p.skeleton[side], p.feetY[side] - p.lift);
  const before = state(start, "injured");
  const after = state(end, "injured");
  return before !== after && state(start, "other") === before && state(end, "other") === after;
}

export function altText(d: IllustrationDescription, start: Placed, end: Placed): Record<IllustrationLocale, string> {
  const movement = (bothFeetMove(start, end) ? BOTH_FEET[d.movement] : undefined) ?? MOVEMENT[d.movement];
  return {
    en: `${startSentence(d, start, "en")} ${movement.en}`,
    es: `${startSentence(d, start, "es")} ${movement.es}`,
  };
}

// ---------------------------------------------------------------------------------------------
// The front view: the same form, "<Position>, <props>, <legs>. <Movement>; the arrow shows ...".
// ---------------------------------------------------------------------------------------------

interface FrontPlaced {
  pose: FrontPose;
  skeleton: { hip: Vec; injured: LegPoints; other: LegPoints; hips: { injured: Vec; other: Vec } };
}

function frontHead(pose: FrontPose): Words {
  switch (pose.posture) {
    case "standing":
      return { en: "Standing, facing you", es: "Persona de pie, de frente" };
    case "side-lying":
      return (pose.down ?? "injured") === "injured"
        ? { en: "Lying on the injured side", es: "Persona tumbada sobre el lado lesionado" }
        : { en: "Lying on the side, injured leg on top", es: "Persona tumbada de lado, con la pierna lesionada arriba" };
    case "side-plank":
      return pose.bench === "ankle"
        ? {
            en: "Lying on the side on the forearm, injured leg on top with the ankle on a bench",
            es: "Persona tumbada de lado sobre el antebrazo, con la pierna lesionada arriba y el tobillo sobre un banco",
          }
        : {
            en: "Lying on the side on the forearm, injured leg on top with the knee on a bench",
            es: "Persona tumbada de lado sobre el antebrazo, con la pierna lesionada arriba y la rodilla sobre un banco",
          };
    case "supine":
      return { en: "Lying on the back, seen from the feet", es: "Persona tumbada boca arriba, vista desde los pies" };
  }
}

function frontPropWords(prop: FrontProp): Words | null {
  switch (prop.kind) {
    case "ball":
      return prop.between === "knees"
        ? { en: "a ball between the knees", es: "una pelota entre las rodillas" }
        : { en: "a ball between the ankles", es: "una pelota entre los tobillos" };
    case "band":
      return { en: "a band from a post at the side around the injured ankle", es: "una banda elástica atada a un poste al lado y al tobillo lesionado" };
    case "towel":
      return { en: "the injured foot on a towel", es: "el pie lesionado sobre una toalla" };
    case "mat":
    case "bench":
      return null; // said by the posture
  }
}

function frontLegWords(start: FrontPlaced, locale: IllustrationLocale): string[] {
  const { pose, skeleton: s } = start;
  const injured = kneeState(kneeFlexion(s.hips.injured, s.injured));
  const other = kneeState(kneeFlexion(s.hips.other, s.other));
  switch (pose.posture) {
    case "standing": {
      const apart = Math.abs(s.injured.ankle[0] - s.other.ankle[0]);
      const feet: Words =
        apart < 16
          ? { en: "feet together", es: "pies juntos" }
          : apart < 30
            ? { en: "feet apart", es: "pies separados" }
            : { en: "feet wide apart", es: "pies muy separados" };
      const lifted = pose.injured?.foot === undefined ? [{ en: "injured foot just off the floor", es: "pie lesionado un poco levantado" }[locale]] : [];
      const knees =
        injured === other
          ? KNEE[injured].both[locale]
          : `${locale === "en" ? "injured " : ""}${KNEE[injured].one[locale]}${locale === "es" ? " de la pierna lesionada" : ""}`;
      return [feet[locale], ...lifted, knees];
    }
    case "side-lying":
      return pose.other?.plant
        ? [
            { en: "top leg bent with its foot on the floor in front", es: "pierna de arriba doblada con el pie en el suelo por delante" }[locale],
            locale === "en" ? `injured ${KNEE[injured].one.en}` : `${KNEE[injured].one.es} de la pierna lesionada`,
          ]
        : [locale === "en" ? `injured ${KNEE[injured].one.en}` : `${KNEE[injured].one.es} de la pierna lesionada`];
    case "side-plank":
      return (pose.hips ?? "up") === "down" ? [{ en: "hips on the floor", es: "cadera en el suelo" }[locale]] : [];
    case "supine":
      return [
        (pose.legs ?? "bent") === "bent"
          ? { en: "knees bent, feet flat", es: "rodillas dobladas, pies apoyados" }[locale]
          : { en: "legs straight", es: "piernas estiradas" }[locale],
      ];
  }
}

/** Front-view alt text: from the description and the placed start figure. */
export function frontAltText(d: FrontIllustrationDescription, start: FrontPlaced): Record<IllustrationLocale, string> {
  const sentence = (locale: IllustrationLocale) => {
    const parts = [frontHead(d.start)[locale]];
    for (const prop of d.props ?? []) {
      const words = frontPropWords(prop);
      if (words) parts.push(words[locale]);
    }
    parts.push(...frontLegWords(start, locale));
    return `${parts.join(", ")}.`;
  };
  return { en: `${sentence("en")} ${MOVEMENT[d.movement].en}`, es: `${sentence("es")} ${MOVEMENT[d.movement].es}` };
}
