// The figure: segment lengths, posture presets and forward kinematics from joint angles to named
// points. Units are viewBox units (a standing figure is about 80 tall in a 100-high panel).
// Angles: a segment's direction is measured from straight down, + turning toward the front
// (the figure faces right), so dir(0) points down, dir(90) forward, dir(180) up.
import type { ArmPose, BodyPoint, LegPose, Pose, Posture } from "./types";

export const BODY = {
  headR: 6,
  neck: 4,
  torso: 24,
  upperArm: 14,
  forearm: 13,
  thigh: 19,
  shank: 19,
  ankleH: 3,
  heelBack: 3,
  ballFwd: 8,
  toeFwd: 10.5,
} as const;

/** Stroke widths: the injured leg is the thickest limb, the other leg the thinnest. */
export const WIDTH = {
  torso: 10,
  injuredLeg: 6.5,
  otherLeg: 4.5,
  nearArm: 4.5,
  farArm: 4,
  foot: 2.4,
} as const;

export type Vec = [number, number];

interface PosturePreset {
  trunk: number;
  injured: LegPose;
  other: LegPose;
  nearArm: ArmPose;
  farArm: ArmPose;
  /** The point that stays still between the two panels. */
  anchor: BodyPoint;
}

const STAND_LEG: LegPose = { hip: 0, knee: 0, sole: 0 };

export const POSTURES: Record<Posture, PosturePreset> = {
  standing: { trunk: 0, injured: STAND_LEG, other: STAND_LEG, nearArm: { shoulder: 8, elbow: 12 }, farArm: { shoulder: -6, elbow: 10 }, anchor: "injuredBall" },
  walking: {
    trunk: 3,
    injured: { hip: -12, knee: 8, sole: 12 },
    other: { hip: 22, knee: 8, sole: -12 },
    nearArm: { shoulder: 20, elbow: 25 },
    farArm: { shoulder: -20, elbow: 20 },
    anchor: "injuredBall",
  },
  "sitting-chair": {
    trunk: -4,
    injured: { hip: 90, knee: 90, sole: 0, plant: "floor" },
    other: { hip: 90, knee: 90, sole: 0, plant: "floor" },
    nearArm: { shoulder: 40, elbow: 40 },
    farArm: { shoulder: 35, elbow: 45 },
    anchor: "hip",
  },
  "sitting-floor": {
    trunk: -20,
    injured: { hip: 70, knee: 0, ankle: 0 },
    other: { hip: 70, knee: 0, ankle: 0 },
    nearArm: { shoulder: -25, elbow: 0 },
    farArm: { shoulder: -30, elbow: 0 },
    anchor: "hip",
  },
  supine: {
    trunk: -90,
    injured: { hip: 0, knee: 0, ankle: 0 },
    other: { hip: 0, knee: 0, ankle: 0 },
    nearArm: { shoulder: 0, elbow: 0 },
    farArm: { shoulder: 0, elbow: 0 },
    anchor: "shoulder",
  },
  prone: {
    trunk: 90,
    injured: { hip: 0, knee: 0, ankle: 0 },
    other: { hip: 0, knee: 0, ankle: 0 },
    nearArm: { shoulder: 180, elbow: 0 },
    farArm: { shoulder: 180, elbow: 0 },
    anchor: "shoulder",
  },
  kneeling: {
    trunk: 0,
    injured: { hip: 0, knee: 90, ankle: 90 },
    other: { hip: 0, knee: 90, ankle: 90 },
    nearArm: { shoulder: 8, elbow: 12 },
    farArm: { shoulder: -6, elbow: 10 },
    anchor: "injuredKnee",
  },
  lunge: {
    trunk: 0,
    injured: { hip: 45, knee: 45, sole: 0 },
    other: { hip: -25, knee: 20, sole: 40 },
    nearArm: { shoulder: 10, elbow: 15 },
    farArm: { shoulder: -5, elbow: 15 },
    anchor: "injuredBall",
  },
  hopping: {
    trunk: 0,
    injured: { hip: 5, knee: 8, sole: 25 },
    other: { hip: 5, knee: 8, sole: 25 },
    nearArm: { shoulder: 20, elbow: 70 },
    farArm: { shoulder: 10, elbow: 70 },
    anchor: "injuredBall",
  },
  running: {
    trunk: 10,
    injured: { hip: -15, knee: 20, sole: 25 },
    other: { hip: 55, knee: 90, ankle: 0 },
    nearArm: { shoulder: -35, elbow: 85 },
    farArm: { shoulder: 45, elbow: 85 },
    anchor: "injuredBall",
  },
  cycling: {
    trunk: 30,
    injured: { hip: 95, knee: 105, sole: 0 },
    other: { hip: 55, knee: 25, sole: 15 },
    nearArm: { shoulder: 55, elbow: 10 },
    farArm: { shoulder: 55, elbow: 10 },
    anchor: "hip",
  },
};

const RAD = Math.PI / 180;

/** Unit vector of a segment direction (0 = down, 90 = forward/right, 180 = up). */
export function dir(degrees: number): Vec {
  return [Math.sin(degrees * RAD), Math.cos(degrees * RAD)];
}

function along(from: Vec, degrees: number, length: number): Vec {
  const [dx, dy] = dir(degrees);
  return [from[0] + dx * length, from[1] + dy * length];
}

/** A pose with every angle filled in from its posture preset. */
export interface ResolvedPose {
  posture: Posture;
  trunk: number;
  injured: LegPose;
  other: LegPose;
  nearArm: ArmPose;
  farArm: ArmPose;
  anchor: BodyPoint;
}

export function resolvePose(pose: Pose): ResolvedPose {
  const preset = POSTURES[pose.posture];
  return {
    posture: pose.posture,
    trunk: pose.trunk ?? preset.trunk,
    injured: mergeLeg(preset.injured, pose.injured),
    other: mergeLeg(preset.other, pose.other),
    nearArm: { ...preset.nearArm, ...pose.nearArm },
    farArm: { ...preset.farArm, ...pose.farArm },
    anchor: pose.anchor ?? preset.anchor,
  };
}

function mergeLeg(preset: LegPose, override: Partial<LegPose> | undefined): LegPose {
  if (!override) return preset;
  // An explicit ankle replaces the preset's sole, and the other way round.
  const base: LegPose = { hip: preset.hip, knee: preset.knee, ...(preset.plant ? { plant: preset.plant } : {}) };
  if (override.ankle === undefined && override.sole === undefined) {
    if (preset.ankle !== undefined) base.ankle = preset.ankle;
    if (preset.sole !== undefined) base.sole = preset.sole;
  }
  return { ...base, ...override };
}

export interface LegPoints {
  knee: Vec;
  ankle: Vec;
  heel: Vec;
  ball: Vec;
  toe: Vec;
  /** Outline of the foot: ankle, heel, ball, toe, instep. */
  foot: Vec[];
  /** Middle of the lower leg (a roller under it). */
  shin: Vec;
}

export interface ArmPoints {
  elbow: Vec;
  hand: Vec;
}

/** The figure's joints, with the hip at (0, 0) before placement. */
export interface Skeleton {
  hip: Vec;
  shoulder: Vec;
  head: Vec;
  /** Where the face points (a small nose shows which way the figure faces). */
  nose: Vec;
  injured: LegPoints;
  other: LegPoints;
  near: ArmPoints;
  far: ArmPoints;
}

function leg(hip: Vec, trunk: number, pose: LegPose): LegPoints {
  const thigh = -trunk + pose.hip;
  const shank = thigh - pose.knee;
  // sole: tilt from the ground; ankle: plantar flexion relative to the shank.
  const foot = pose.sole !== undefined ? 90 - pose.sole : shank + 90 - (pose.ankle ?? 0);
  const knee = along(hip, thigh, BODY.thigh);
  const ankle = along(knee, shank, BODY.shank);
  const sole = along(ankle, foot - 90, BODY.ankleH);
  const heel = along(sole, foot, -BODY.heelBack);
  const ball = along(sole, foot, BODY.ballFwd);
  const toe = along(along(sole, foot, BODY.toeFwd), foot - 90, -0.8);
  const instep = along(ankle, foot, 3);
  const back = along(ankle, foot, -1.5);
  const shin = along(knee, shank, BODY.shank * 0.45);
  return { knee, ankle, heel, ball, toe, foot: [back, heel, ball, toe, instep], shin };
}

function arm(shoulder: Vec, trunk: number, pose: ArmPose): ArmPoints {
  const upper = -trunk + pose.shoulder;
  const elbow = along(shoulder, upper, BODY.upperArm);
  const hand = along(elbow, upper + pose.elbow, BODY.forearm);
  return { elbow, hand };
}

export function skeleton(pose: ResolvedPose): Skeleton {
  const hip: Vec = [0, 0];
  const up = 180 - pose.trunk;
  const shoulder = along(hip, up, BODY.torso);
  // Lying down, the head rests on the floor whatever the trunk does (a bridge lifts the hips).
  const headDir = pose.posture === "supine" ? 270 : pose.posture === "prone" ? 90 : up;
  const lying = pose.posture === "supine" || pose.posture === "prone";
  const neckEnd = along(shoulder, headDir, BODY.neck + BODY.headR);
  // A lying head rests on the floor beside the (narrower) shoulders.
  const head: Vec = lying ? [neckEnd[0], shoulder[1] + WIDTH.torso / 2 - BODY.headR] : neckEnd;
  const nose = along(head, headDir - 90, BODY.headR + 0.6);
  return {
    hip,
    shoulder,
    head,
    nose,
    injured: leg(hip, pose.trunk, pose.injured),
    other: leg(hip, pose.trunk, pose.other),
    near: arm(shoulder, pose.trunk, pose.nearArm),
    far: arm(shoulder, pose.trunk, pose.farArm),
  };
}

export function point(s: Skeleton, name: BodyPoint): Vec {
  switch (name) {
    case "hip":
      return s.hip;
    case "shoulder":
      return s.shoulder;
    case "head":
      return s.head;
    case "injuredKnee":
      return s.injured.knee;
    case "injuredAnkle":
      return s.injured.ankle;
    case "injuredHeel":
      return s.injured.heel;
    case "injuredBall":
      return s.injured.ball;
    case "injuredToe":
      return s.injured.toe;
    case "injuredShin":
      return s.injured.shin;
    case "otherKnee":
      return s.other.knee;
    case "otherAnkle":
      return s.other.ankle;
    case "otherHeel":
      return s.other.heel;
    case "otherBall":
      return s.other.ball;
    case "otherToe":
      return s.other.toe;
    case "nearElbow":
      return s.near.elbow;
    case "nearHand":
      return s.near.hand;
    case "farElbow":
      return s.far.elbow;
    case "farHand":
      return s.far.hand;
  }
}

/** Points with the room they take below them, for "what touches the ground". */
export function contactCandidates(s: Skeleton): [BodyPoint | null, Vec, number][] {
  return [
    ["hip", s.hip, WIDTH.torso / 2],
    ["shoulder", s.shoulder, WIDTH.torso / 2],
    ["head", s.head, BODY.headR],
    ["injuredKnee", s.injured.knee, WIDTH.injuredLeg / 2],
    ["otherKnee", s.other.knee, WIDTH.otherLeg / 2],
    ["injuredShin", s.injured.shin, WIDTH.injuredLeg / 2],
    ["injuredHeel", s.injured.heel, WIDTH.foot / 2],
    ["injuredBall", s.injured.ball, WIDTH.foot / 2],
    ["injuredToe", s.injured.toe, WIDTH.foot / 2],
    ["otherHeel", s.other.heel, WIDTH.foot / 2],
    ["otherBall", s.other.ball, WIDTH.foot / 2],
    ["otherToe", s.other.toe, WIDTH.foot / 2],
    ["nearHand", s.near.hand, WIDTH.nearArm / 2],
    ["farHand", s.far.hand, WIDTH.farArm / 2],
    ["nearElbow", s.near.elbow, WIDTH.nearArm / 2],
    [null, s.injured.foot[0]!, WIDTH.foot / 2],
    [null, s.injured.foot[4]!, WIDTH.foot / 2],
  ];
}

/** Moves every point of a skeleton by (dx, dy). */
export function translate(s: Skeleton, dx: number, dy: number): Skeleton {
  const t = (v: Vec): Vec => [v[0] + dx, v[1] + dy];
  const tl = (l: LegPoints): LegPoints => ({
    knee: t(l.knee),
    ankle: t(l.ankle),
    heel: t(l.heel),
    ball: t(l.ball),
    toe: t(l.toe),
    foot: l.foot.map(t),
    shin: t(l.shin),
  });
  return {
    hip: t(s.hip),
    shoulder: t(s.shoulder),
    head: t(s.head),
    nose: t(s.nose),
    injured: tl(s.injured),
    other: tl(s.other),
    near: { elbow: t(s.near.elbow), hand: t(s.near.hand) },
    far: { elbow: t(s.far.elbow), hand: t(s.far.hand) },
  };
}

/** Seat height of a chair that puts the thighs level with the feet flat (top of the seat). */
export const SEAT_HEIGHT = BODY.shank + BODY.ankleH + WIDTH.foot / 2 - WIDTH.torso / 2;

/**
 * Puts a foot on a surface by bending the knee: the hip stays, the ankle keeps its place across
 * and moves up or down until the foot's lowest point (the ball and toes on a step edge) rests at
 * surfaceY; the knee goes to the side the body faces. A surface out of reach straightens the leg.
 */
export function plantLeg(l: LegPoints, hip: Vec, surfaceY: number, forward: Vec, ballOnly: boolean): LegPoints {
  const feet = ballOnly ? [l.ball, l.toe] : [l.heel, l.ball, l.toe];
  const lowest = Math.max(...feet.map((p) => p[1])) + WIDTH.foot / 2;
  const dy = surfaceY - lowest;
  const ankle: Vec = [l.ankle[0], l.ankle[1] + dy];
  const dx = ankle[0] - hip[0];
  const dyh = ankle[1] - hip[1];
  const reach = Math.hypot(dx, dyh);
  const full = BODY.thigh + BODY.shank;
  let knee: Vec;
  let placedAnkle = ankle;
  if (reach >= full - 0.01) {
    const ux = dx / reach;
    const uy = dyh / reach;
    knee = [hip[0] + ux * BODY.thigh, hip[1] + uy * BODY.thigh];
    placedAnkle = [hip[0] + ux * full, hip[1] + uy * full];
  } else {
    // Equal thigh and shank: the knee sits on the perpendicular bisector of hip-ankle.
    const h = Math.sqrt(BODY.thigh * BODY.thigh - (reach / 2) * (reach / 2));
    const mx = hip[0] + dx / 2;
    const my = hip[1] + dyh / 2;
    const px = -dyh / reach;
    const py = dx / reach;
    const a: Vec = [mx + px * h, my + py * h];
    const b: Vec = [mx - px * h, my - py * h];
    const score = (v: Vec) => (v[0] - mx) * forward[0] + (v[1] - my) * forward[1];
    knee = score(a) >= score(b) ? a : b;
  }
  const mx = placedAnkle[0] - l.ankle[0];
  const my = placedAnkle[1] - l.ankle[1];
  const t = (v: Vec): Vec => [v[0] + mx, v[1] + my];
  const shin: Vec = [knee[0] + (placedAnkle[0] - knee[0]) * 0.45, knee[1] + (placedAnkle[1] - knee[1]) * 0.45];
  return { knee, ankle: placedAnkle, heel: t(l.heel), ball: t(l.ball), toe: t(l.toe), foot: l.foot.map(t), shin };
}

/** Knee flexion of a leg from its points, in degrees (0 = straight). */
export function kneeFlexion(hip: Vec, l: LegPoints): number {
  const a = Math.atan2(l.knee[0] - hip[0], l.knee[1] - hip[1]);
  const b = Math.atan2(l.ankle[0] - l.knee[0], l.ankle[1] - l.knee[1]);
  let d = Math.abs(a - b) * (180 / Math.PI);
  if (d > 180) d = 360 - d;
  return d;
}
