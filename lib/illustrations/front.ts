// The front view: the figure faces the viewer, so movements in the frontal plane show (a leg
// sliding or stepping out to the side, sweeping in, a side lunge). The same figure turned on its
// side lies on the floor (side-lying, Copenhagen side plank); lying on the back it is seen from
// the feet (ball squeeze). It fills the side view's Skeleton (so arrows and BodyPoints work the
// same), draws with the same roles and colours and goes through the same compose() into a Drawing.
import { frontAltText } from "./alt";
import { arrowShapes, compose, GROUND_Y, INK } from "./illustrate";
import { BODY, dir, plantLeg, point, WIDTH, type ArmPoints, type LegPoints, type Skeleton, type Vec } from "./pose";
import { PROP_INK } from "./props";
import type { BodyPoint, Drawing, FrontIllustrationDescription, FrontLeg, FrontPose, FrontProp, Shape } from "./types";

/** Front-view proportions, in the side view's units (a standing figure is about 80 tall). */
export const FRONT = {
  /** Hip joints either side of the middle of the pelvis. */
  pelvis: 5,
  /** Shoulder joints either side of the base of the neck. */
  shoulders: 8,
  foot: 3,
  /** Height of the bench top for the Copenhagen side plank. */
  bench: 17,
  benchSlab: 4,
} as const;

const LEG = BODY.thigh + BODY.shank;
/** Lying on the back seen from the feet, the figure is drawn this much larger (it is nearer). */
const SUPINE_ZOOM = 1.5;
/** How much of a standing knee's bend shows sideways (the rest points at the viewer). */
const KNEE_SHOWN = 0.6;

/** The front skeleton: the side view's named points plus both hip joints and both shoulders. */
export interface FrontSkeleton extends Skeleton {
  hips: { injured: Vec; other: Vec };
  shoulders: { near: Vec; far: Vec };
}

export interface PlacedFront {
  pose: FrontPose;
  skeleton: FrontSkeleton;
}

type Side = "injured" | "other";

const add = (a: Vec, b: Vec): Vec => [a[0] + b[0], a[1] + b[1]];
const sub = (a: Vec, b: Vec): Vec => [a[0] - b[0], a[1] - b[1]];
const scale = (a: Vec, k: number): Vec => [a[0] * k, a[1] * k];
const len = (a: Vec) => Math.hypot(a[0], a[1]);
const along = (from: Vec, degrees: number, length: number): Vec => add(from, scale(dir(degrees), length));

function rotate(v: Vec, degrees: number, about: Vec = [0, 0]): Vec {
  const r = (degrees * Math.PI) / 180;
  const [x, y] = sub(v, about);
  return [about[0] + x * Math.cos(r) - y * Math.sin(r), about[1] + x * Math.sin(r) + y * Math.cos(r)];
}

/** Screen angle (degrees) of a vector, in rotate()'s sense. */
const angle = (v: Vec) => (Math.atan2(v[1], v[0]) * 180) / Math.PI;

/**
 * Equal thigh and shank: the knee between hip and ankle, on the side `prefer` points to. A knee
 * bending toward the viewer (standing, seen from the front) shows only `shown` of its sideways
 * offset: the thigh and shin look shorter rather than the knee poking far out.
 */
function kneeBetween(hip: Vec, ankle: Vec, prefer: Vec, shown = 1): { knee: Vec; ankle: Vec } {
  const d = sub(ankle, hip);
  const reach = len(d);
  if (reach >= LEG - 0.01) {
    const u = scale(d, 1 / reach);
    return { knee: add(hip, scale(u, BODY.thigh)), ankle: add(hip, scale(u, LEG)) };
  }
  const h = Math.sqrt(BODY.thigh ** 2 - (reach / 2) ** 2) * shown;
  const mid = add(hip, scale(d, 0.5));
  const p: Vec = [-d[1] / reach, d[0] / reach];
  const a = add(mid, scale(p, h));
  const b = add(mid, scale(p, -h));
  const score = (v: Vec) => (v[0] - mid[0]) * prefer[0] + (v[1] - mid[1]) * prefer[1];
  return { knee: score(a) >= score(b) ? a : b, ankle };
}

/**
 * A leg from its knee and ankle: the foot seen from the front, toes out a little, below the
 * ankle along the shin, or flat on the floor (`flat`) when the foot stands on it.
 */
function legPoints(knee: Vec, ankle: Vec, outward: 1 | -1, flat = false): LegPoints {
  const a = sub(ankle, knee);
  const u: Vec = flat ? [0, 1] : scale(a, 1 / (len(a) || 1));
  const n: Vec = [outward * u[1], -outward * u[0]];
  const at = (down: number, out: number): Vec => add(ankle, add(scale(u, down), scale(n, out)));
  const heel = at(FRONT.foot, -2.5);
  const ball = at(FRONT.foot, 0.5);
  const toe = at(FRONT.foot, 3.5);
  return { knee, ankle, heel, ball, toe, foot: [at(-0.5, -2), at(-0.5, 2), toe, heel], shin: add(knee, scale(a, 0.45)) };
}

/** Moves every point of a front skeleton. */
function mapFront(s: FrontSkeleton, f: (v: Vec) => Vec): FrontSkeleton {
  const leg = (l: LegPoints): LegPoints => ({
    knee: f(l.knee),
    ankle: f(l.ankle),
    heel: f(l.heel),
    ball: f(l.ball),
    toe: f(l.toe),
    foot: l.foot.map(f),
    shin: f(l.shin),
  });
  const arm = (a: ArmPoints): ArmPoints => ({ elbow: f(a.elbow), hand: f(a.hand) });
  return {
    hip: f(s.hip),
    shoulder: f(s.shoulder),
    head: f(s.head),
    nose: f(s.nose),
    injured: leg(s.injured),
    other: leg(s.other),
    near: arm(s.near),
    far: arm(s.far),
    hips: { injured: f(s.hips.injured), other: f(s.hips.other) },
    shoulders: { near: f(s.shoulders.near), far: f(s.shoulders.far) },
  };
}

const SIGN: Record<Side, 1 | -1> = { injured: 1, other: -1 };

/**
 * The upright figure, middle of the pelvis at (0, 0), injured side to the right (+x), y down.
 * Standing legs with a `foot` get their ankle there at the height the straighter such leg
 * allows (plus `sink`), the knee bending outward.
 */
export function frontSkeleton(pose: FrontPose): FrontSkeleton {
  const t = pose.trunk ?? 0;
  const hip: Vec = [0, 0];
  const shoulder = along(hip, 180 - t, BODY.torso);
  const across = dir(90 - t);
  const shoulders = { near: add(shoulder, scale(across, FRONT.shoulders)), far: add(shoulder, scale(across, -FRONT.shoulders)) };
  const head = along(shoulder, 180 - t, BODY.neck + BODY.headR);
  const hips = { injured: [FRONT.pelvis, 0] as Vec, other: [-FRONT.pelvis, 0] as Vec };
  const legs = { injured: pose.injured ?? {}, other: pose.other ?? {} };
  // Standing feet: the hips as high as the straighter planted leg lets them be.
  const planted = (["injured", "other"] as const).filter((side) => legs[side].foot !== undefined);
  const reach = (side: Side) => Math.sqrt(Math.max(0, LEG ** 2 - (legs[side].foot! * SIGN[side] - hips[side][0]) ** 2));
  const ankleY = planted.length ? Math.min(...planted.map(reach)) + (pose.sink ?? 0) : 0;
  const leg = (side: Side, l: FrontLeg): LegPoints => {
    const sg = SIGN[side];
    const h = hips[side];
    if (l.foot !== undefined) {
      const solved = kneeBetween(h, [l.foot * sg, ankleY], [sg, 0], KNEE_SHOWN);
      return legPoints(solved.knee, solved.ankle, sg, true);
    }
    const out = l.out ?? 4;
    const knee = along(h, sg * out, BODY.thigh);
    const ankle = along(knee, sg * (out - (l.knee ?? 0)), BODY.shank);
    return legPoints(knee, ankle, sg);
  };
  const arm = (side: Side, spec: { out: number; elbow?: number } | undefined, from: Vec): ArmPoints => {
    const sg = SIGN[side];
    const out = spec?.out ?? 12;
    const elbow = along(from, -t + sg * out, BODY.upperArm);
    return { elbow, hand: along(elbow, -t + sg * (out - (spec?.elbow ?? 10)), BODY.forearm) };
  };
  return {
    hip,
    shoulder,
    head,
    nose: head,
    injured: leg("injured", legs.injured),
    other: leg("other", legs.other),
    near: arm("injured", pose.nearArm, shoulders.near),
    far: arm("other", pose.farArm, shoulders.far),
    hips,
    shoulders,
  };
}

/** Half the drawn thickness of each part, for what rests on the floor. */
const HALF = { injured: WIDTH.injuredLeg / 2, other: WIDTH.otherLeg / 2, arm: WIDTH.nearArm / 2, torso: 1.5 } as const;

/** Points with the room they take below them (the lowest one rests on the floor); legs optional. */
function lowPoints(s: FrontSkeleton, legs: readonly Side[]): [Vec, number][] {
  return [
    [s.head, BODY.headR],
    ...torsoOutline(s).map((p): [Vec, number] => [p, HALF.torso]),
    ...[s.near.elbow, s.near.hand, s.far.elbow, s.far.hand].map((p): [Vec, number] => [p, HALF.arm]),
    ...legs.flatMap((side) => [
      ...[s[side].knee, s[side].ankle].map((p): [Vec, number] => [p, HALF[side]]),
      ...s[side].foot.map((p): [Vec, number] => [p, WIDTH.foot / 2]),
    ]),
  ];
}

function drop(s: FrontSkeleton, legs: readonly Side[]): FrontSkeleton {
  const lowest = Math.max(...lowPoints(s, legs).map(([p, r]) => p[1] + r));
  return mapFront(s, (v) => [v[0], v[1] + GROUND_Y - lowest]);
}

/**
 * Turns a leg about its hip so it rests on the floor: up off it when part of it would sink below,
 * and (touch) down onto it when it floats just above (a bottom leg lying on the floor).
 */
function restOnFloor(l: LegPoints, hip: Vec, half: number, touch: boolean): LegPoints {
  const turn = (a: number): LegPoints => {
    const f = (v: Vec) => rotate(v, a, hip);
    return { knee: f(l.knee), ankle: f(l.ankle), heel: f(l.heel), ball: f(l.ball), toe: f(l.toe), foot: l.foot.map(f), shin: f(l.shin) };
  };
  const lowest = (m: LegPoints) => Math.max(m.knee[1] + half, m.ankle[1] + half, ...m.foot.map((p) => p[1] + WIDTH.foot / 2));
  const now = lowest(l);
  if (now <= GROUND_Y + 0.01 && (!touch || now >= GROUND_Y - 0.3)) return l;
  for (let a = 0.2; a <= 90; a += 0.2) {
    for (const sign of [-1, 1]) {
      const turned = turn(sign * a);
      const low = lowest(turned);
      if (turned.ankle[0] > hip[0] && low <= GROUND_Y + 0.01 && low >= GROUND_Y - 0.3) return turned;
    }
  }
  return l;
}

/** Mirror left-right, so the other side is the one the figure lies on when turned. */
const mirror = (s: FrontSkeleton) => mapFront(s, (v) => [-v[0], v[1]]);

/** The side-plank support on the bench: the top leg's knee or ankle. */
function supportPoint(s: FrontSkeleton, top: Side, bench: "knee" | "ankle"): Vec {
  return bench === "knee" ? s[top].knee : s[top].ankle;
}

/** Top of the bench the top leg rests on (a function: GROUND_Y comes from a module that imports this one). */
const benchTop = () => GROUND_Y - FRONT.bench;

function sidePlank(pose: FrontPose): FrontSkeleton {
  const down: Side = pose.down ?? "other";
  const top: Side = down === "injured" ? "other" : "injured";
  // Turned a quarter with the head to the left, the local +x side faces up: mirror first when the
  // injured side (+x) is the one underneath.
  let local = frontSkeleton({ ...pose, trunk: 0 });
  if (down === "injured") local = mirror(local);
  const bench = pose.bench ?? "knee";
  const sLocal = down === "injured" ? local.shoulders.near : local.shoulders.far;
  const bLocal = supportPoint(local, top, bench);
  const P0 = local.hip;
  // World: the elbow on the floor under the bottom shoulder; the support resting on the bench.
  const shoulderW: Vec = [0, GROUND_Y - HALF.arm - BODY.upperArm];
  const supportY = benchTop() - HALF[top];
  let upper: number;
  let lower: number;
  let pelvisW: Vec;
  if ((pose.hips ?? "up") === "up") {
    // One straight body: turn until the support sits on the bench.
    const v = sub(bLocal, sLocal);
    const want = supportY - shoulderW[1];
    // Rotated v has y = |v| sin(angle(v) + r): pick r so that the feet end points right (+x).
    const r = (Math.asin(Math.max(-1, Math.min(1, want / len(v)))) * 180) / Math.PI - angle(v);
    upper = lower = r;
    pelvisW = add(shoulderW, rotate(sub(P0, sLocal), r));
  } else {
    // Hips on the floor: the trunk from the shoulder down to the floor, the leg up to the bench.
    const hipY = GROUND_Y - FRONT.pelvis - HALF[down] - 0.5;
    const a = len(sub(sLocal, P0));
    pelvisW = [shoulderW[0] + Math.sqrt(Math.max(0, a * a - (hipY - shoulderW[1]) ** 2)), hipY];
    upper = angle(sub(shoulderW, pelvisW)) - angle(sub(sLocal, P0));
    const b = len(sub(bLocal, P0));
    const supportW: Vec = [pelvisW[0] + Math.sqrt(Math.max(0, b * b - (supportY - hipY) ** 2)), supportY];
    lower = angle(sub(supportW, pelvisW)) - angle(sub(bLocal, P0));
  }
  const up = (v: Vec) => add(pelvisW, rotate(sub(v, P0), upper));
  const low = (v: Vec) => add(pelvisW, rotate(sub(v, P0), lower));
  const turnedUp = mapFront(local, up);
  const turnedLow = mapFront(local, low);
  const s: FrontSkeleton = {
    ...turnedUp,
    injured: turnedLow.injured,
    other: turnedLow.other,
    hips: turnedLow.hips,
    hip: pelvisW,
  };
  // The bottom arm: upper arm straight down to the elbow on the floor, forearm flat toward the head.
  const bottomArm = down === "injured" ? "near" : "far";
  const topArm = bottomArm === "near" ? "far" : "near";
  const sb = s.shoulders[bottomArm];
  const elbow: Vec = [sb[0], GROUND_Y - HALF.arm];
  const placedArms = {
    [bottomArm]: { elbow, hand: [elbow[0] - BODY.forearm * 0.55, elbow[1]] as Vec },
    // The top hand rests on the top hip.
    [topArm]: topHand(s.shoulders[topArm], s.hips[top]),
  } as Record<"near" | "far", ArmPoints>;
  const withArms = { ...s, near: placedArms.near, far: placedArms.far };
  // A bottom leg that would sink into the floor rests on it.
  return { ...withArms, [down]: restOnFloor(withArms[down], withArms.hips[down], HALF[down], pose.hips === "down") };
}

/** The top arm along the side of the body, the hand resting on the hip. */
function topHand(shoulder: Vec, hip: Vec): ArmPoints {
  const hand = add(hip, scale(sub(shoulder, hip), 0.1));
  const { knee } = kneeBetween(shoulder, hand, [0, -1], 0.25);
  return { elbow: knee, hand };
}

function sideLying(pose: FrontPose): FrontSkeleton {
  const down: Side = pose.down ?? "injured";
  let local = frontSkeleton(pose);
  // Turn a quarter so the head points left; the injured side (+x) then faces up, so mirror first
  // when the injured side is the one underneath.
  if (down === "injured") local = mirror(local);
  let s = mapFront(local, (v) => rotate(v, -90));
  // The trunk, head and arms rest on the floor; the legs lie or lift from there.
  const planted = (["injured", "other"] as const).find((side) => pose[side]?.plant);
  s = drop(s, []);
  if (planted) {
    const hip = s.hips[planted];
    s = { ...s, [planted]: plantLeg(s[planted], hip, GROUND_Y, [1, -0.4], false) };
  }
  // The top arm rests along the side, the hand on the hip.
  const top: Side = down === "injured" ? "other" : "injured";
  const arm = top === "injured" ? "near" : "far";
  return { ...s, [arm]: topHand(s.shoulders[arm], s.hips[top]) };
}

/** Lying on the back, seen from the feet: knees up with the feet flat, or legs straight toward the viewer. */
function supine(pose: FrontPose): FrontSkeleton {
  const g = GROUND_Y;
  const ballGap = pose.squeeze ? 3.6 : 5;
  const bent = (pose.legs ?? "bent") === "bent";
  // The trunk lies on the floor end-on: a low, wide slab, shoulders at the far (upper) edge.
  const hips = { injured: [FRONT.pelvis + 1, g - 2.5] as Vec, other: [-FRONT.pelvis - 1, g - 2.5] as Vec };
  const leg = (side: Side): LegPoints => {
    const sg = SIGN[side];
    const kneeX = sg * (ballGap + HALF[side] + 0.4);
    if (bent) {
      const ankle: Vec = [sg * 9, g - FRONT.foot - WIDTH.foot / 2];
      return legPoints([kneeX, g - 30], ankle, sg, true);
    }
    // Legs straight toward the viewer: only the feet show, toes up, the ball between the ankles.
    const ankle: Vec = [kneeX, g - 5];
    const l = legPoints([kneeX, g - 9], ankle, sg);
    const foot: Vec[] = [
      [kneeX - 2.2, g - 2],
      [kneeX + 2.2, g - 2],
      [kneeX + 1.8, g - 14],
      [kneeX - 1.8, g - 14],
    ];
    return { ...l, foot, heel: [kneeX, g - 2], ball: [kneeX, g - 9], toe: [kneeX, g - 14] };
  };
  const shoulder: Vec = [0, g - 10];
  const head: Vec = [0, g - 16];
  const arm = (sg: 1 | -1): ArmPoints => ({ elbow: [sg * 18, g - 3], hand: [sg * 30, g - 2.5] });
  // Seen from the feet the figure is short: draw it larger (nearer), about the middle of the floor.
  const near = (v: Vec): Vec => [v[0] * SUPINE_ZOOM, g + (v[1] - g) * SUPINE_ZOOM];
  return mapFront(
    {
      hip: [0, g - 5],
      shoulder,
      head,
      nose: head,
      injured: leg("injured"),
      other: leg("other"),
      near: arm(1),
      far: arm(-1),
      hips,
      shoulders: { near: [10, g - 10], far: [-10, g - 10] },
    },
    near,
  );
}

/** Places a front pose: on the floor, the anchor at x = 0. */
export function placeFront(pose: FrontPose): PlacedFront {
  let s: FrontSkeleton;
  switch (pose.posture) {
    case "standing":
      s = drop(frontSkeleton(pose), ["injured", "other"]);
      break;
    case "side-lying":
      s = sideLying(pose);
      break;
    case "side-plank":
      s = sidePlank(pose);
      break;
    case "supine":
      s = supine(pose);
      break;
  }
  // What stays still: the standing foot, the elbow on the floor, the head on the floor.
  const bottomElbow = (pose.down ?? "other") === "injured" ? "nearElbow" : "farElbow";
  const defaultAnchor = { standing: "otherBall", "side-lying": "head", "side-plank": bottomElbow, supine: "hip" }[pose.posture] as BodyPoint;
  const anchor = point(s, pose.anchor ?? defaultAnchor);
  s = mapFront(s, (v) => [v[0] - anchor[0], v[1]]);
  return { pose, skeleton: s };
}

// ---------------------------------------------------------------------------------------------
// Shapes
// ---------------------------------------------------------------------------------------------

/** The trunk as a four-sided outline: shoulders to hips, a little wider than the joints. */
function torsoOutline(s: FrontSkeleton): Vec[] {
  const widen = (a: Vec, b: Vec, by: number): [Vec, Vec] => {
    const d = sub(a, b);
    const u = scale(d, 1 / (len(d) || 1));
    return [add(a, scale(u, by)), add(b, scale(u, -by))];
  };
  const [sn, sf] = widen(s.shoulders.near, s.shoulders.far, 1);
  const [hi, ho] = widen(s.hips.injured, s.hips.other, 1.5);
  return [sn, sf, ho, hi];
}

function line(a: Vec, b: Vec, stroke: string, width: number, role: Shape["role"]): Shape {
  return { kind: "line", role, x1: a[0], y1: a[1], x2: b[0], y2: b[1], stroke, strokeWidth: width };
}

function legShapes(hip: Vec, l: LegPoints, ink: string, width: number, role: Shape["role"]): Shape[] {
  return [
    line(hip, l.knee, ink, width, role),
    line(l.knee, l.ankle, ink, width, role),
    { kind: "polygon", role, points: l.foot, fill: ink, stroke: ink, strokeWidth: WIDTH.foot },
  ];
}

/** Back to front: arms, other leg, trunk and head, injured leg (the working leg on top). */
export function frontFigureShapes(s: FrontSkeleton, supineView = false): Shape[] {
  const arms: Shape[] = [
    line(s.shoulders.far, s.far.elbow, INK.body, WIDTH.farArm, "body"),
    line(s.far.elbow, s.far.hand, INK.body, WIDTH.farArm, "body"),
    line(s.shoulders.near, s.near.elbow, INK.body, WIDTH.nearArm, "body"),
    line(s.near.elbow, s.near.hand, INK.body, WIDTH.nearArm, "body"),
  ];
  const trunk: Shape[] = [
    line(s.shoulder, s.head, INK.body, 4, "body"),
    { kind: "polygon", role: "body", points: torsoOutline(s), fill: INK.body, stroke: INK.body, strokeWidth: 3 },
    { kind: "circle", role: "body", cx: s.head[0], cy: s.head[1], r: BODY.headR, fill: INK.body },
  ];
  const other = legShapes(s.hips.other, s.other, INK.other, WIDTH.otherLeg, "other-leg");
  const injured = legShapes(s.hips.injured, s.injured, INK.injured, WIDTH.injuredLeg, "injured-leg");
  // Seen from the feet the trunk and head lie behind the legs.
  return supineView ? [...arms, ...trunk, ...other, ...injured] : [...arms, ...other, ...trunk, ...injured];
}

const THIN = 1.5;

function rect(x: number, y: number, width: number, height: number, fill: string = PROP_INK.fill, rx = 0.6): Shape {
  return { kind: "rect", role: "prop", x, y, width, height, rx, fill, stroke: PROP_INK.stroke, strokeWidth: THIN };
}

/** An ellipse as a polygon (a ball squeezed flatter). */
function ellipse(c: Vec, rx: number, ry: number): Shape {
  const points: Vec[] = Array.from({ length: 20 }, (_, i) => {
    const a = (i / 20) * 2 * Math.PI;
    return [c[0] + rx * Math.cos(a), c[1] + ry * Math.sin(a)];
  });
  return { kind: "polygon", role: "prop", points, fill: "#f3d9a4", stroke: PROP_INK.dark, strokeWidth: 1.2 };
}

interface FrontPropContext {
  self: FrontSkeleton;
  start: FrontSkeleton;
  end: FrontSkeleton;
  bench: "knee" | "ankle";
}

/** Props drawn in front of the figure (held between the legs); the rest go behind it. */
export const frontPropInFront = (prop: FrontProp) => prop.kind === "ball" || prop.kind === "band";

/** The ball's centre and radii between the knees or ankles of a figure. */
export function ballBetween(s: FrontSkeleton, between: "knees" | "ankles"): { c: Vec; rx: number; ry: number } {
  const a = between === "knees" ? s.injured.knee : s.injured.ankle;
  const b = between === "knees" ? s.other.knee : s.other.ankle;
  const gap = Math.abs(a[0] - b[0]) - HALF.injured - HALF.other;
  const c: Vec = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
  return { c, rx: Math.max(2.5, gap / 2), ry: 5 };
}

export function frontPropShapes(prop: FrontProp, ctx: FrontPropContext): Shape[] {
  switch (prop.kind) {
    case "mat": {
      const xs = [ctx.self.head[0], ctx.self.injured.ankle[0], ctx.self.other.ankle[0], ctx.self.near.hand[0], ctx.self.far.hand[0]];
      const x0 = Math.min(...xs) - 8;
      const x1 = Math.max(...xs) + 8;
      return [rect(x0, GROUND_Y - 2, x1 - x0, 2, "#dfe3e8", 0.5)];
    }
    case "ball": {
      const { c, rx, ry } = ballBetween(ctx.self, prop.between);
      return [ellipse(c, rx, ry)];
    }
    case "bench": {
      // Under the top (injured) leg's support point in both panels, standing still between them.
      const xs = [ctx.start, ctx.end].map((s) => (ctx.bench === "knee" ? s.injured.knee[0] : s.injured.ankle[0]));
      const x0 = Math.min(...xs) - 9;
      const x1 = Math.max(...xs) + 9;
      const slabBottom = benchTop() + FRONT.benchSlab;
      return [
        rect(x0 + 1.5, slabBottom, 2.5, GROUND_Y - slabBottom, PROP_INK.fill, 0),
        rect(x1 - 4, slabBottom, 2.5, GROUND_Y - slabBottom, PROP_INK.fill, 0),
        rect(x0, benchTop(), x1 - x0, FRONT.benchSlab, PROP_INK.fill, 0.8),
      ];
    }
    case "band": {
      // Tied low to a post on the outside, where the leg starts.
      const p = point(ctx.self, prop.at);
      const postX = point(ctx.start, prop.at)[0] + 20;
      const tie: Vec = [postX - 1.5, GROUND_Y - 7];
      const mid: Vec = [(p[0] + tie[0]) / 2, (p[1] + tie[1]) / 2 + 2];
      return [
        rect(postX - 1.5, GROUND_Y - 26, 3, 26, PROP_INK.fill, 0.5),
        { kind: "path", role: "prop", from: p, control: mid, to: tie, stroke: PROP_INK.dark, strokeWidth: 1.8 },
      ];
    }
    case "towel": {
      const p = point(ctx.self, prop.at);
      return [rect(p[0] - 7, GROUND_Y - 1.6, 14, 1.6, PROP_INK.dark, 0.4)];
    }
  }
}

/** The front view's Drawing: the same arrows, fitting, divider and alt text form as the side view. */
export function illustrateFront(d: FrontIllustrationDescription): Drawing {
  const start = placeFront(d.start);
  const end = placeFront(d.end);
  const bench = d.end.bench ?? d.start.bench ?? "knee";
  const props = d.props ?? [];
  const panels = [start, end].map((placed) => {
    const ctx: FrontPropContext = { self: placed.skeleton, start: start.skeleton, end: end.skeleton, bench };
    const back = props.filter((p) => !frontPropInFront(p)).flatMap((p) => frontPropShapes(p, ctx));
    const front = props.filter(frontPropInFront).flatMap((p) => frontPropShapes(p, ctx));
    return [...back, ...frontFigureShapes(placed.skeleton, placed.pose.posture === "supine"), ...front];
  });
  const startShapes = panels[0]!;
  const endShapes = panels[1]!;
  for (const spec of d.arrows) {
    (spec.panel === "start" ? startShapes : endShapes).push(...arrowShapes(spec, start.skeleton, end.skeleton));
  }
  return { ...compose(startShapes, endShapes), alt: frontAltText(d, start) };
}
