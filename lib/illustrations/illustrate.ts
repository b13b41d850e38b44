// illustrate(description) -> Drawing: places the figure for the start and end positions in two
// panels, adds the props and the movement arrow, fits everything into the viewBox and writes
// the alt text. Pure geometry; the renderers only paint the shapes.
import { altText } from "./alt";
import {
  contactCandidates,
  dir,
  plantLeg,
  point,
  resolvePose,
  SEAT_HEIGHT,
  skeleton,
  translate,
  WIDTH,
  type LegPoints,
  type ResolvedPose,
  type Skeleton,
  type Vec,
} from "./pose";
import { DEFAULT_BOX_HEIGHT, DEFAULT_STEP_HEIGHT, inFront, propShapes, type PropContext } from "./props";
import { illustrateFront } from "./front";
import type { ArrowSpec, Drawing, ExerciseIllustrationDescription, IllustrationDescription, Pose, Shape } from "./types";

/** The viewBox: two panels side by side, start on the left, end on the right. */
export const VIEW = { width: 300, height: 100, panelWidth: 150 } as const;
/** Height of the floor line in a panel. */
export const GROUND_Y = 95;
const MARGIN = 3;
const TOP = 4;

/**
 * Colours. The injured leg is the darkest and thickest; the other leg and the far arm are the
 * lightest, so the working leg stands out in greyscale prints too.
 */
export const INK = {
  body: "#6b7685",
  injured: "#9a3412",
  other: "#bcc3cc",
  far: "#c9cfd7",
  arrow: "#1d4ed8",
  ground: "#9ca3af",
  divider: "#d1d5db",
} as const;

export interface PlacedPose {
  pose: ResolvedPose;
  skeleton: Skeleton;
  /** Height of the surface the figure rests on (floor, step or box top). */
  surfaceY: number;
  /** Height of the surface under each foot (a foot planted on a step while the other is on the floor). */
  feetY: { injured: number; other: number };
  lift: number;
}

function stepHeight(d: IllustrationDescription, kind: "step" | "box"): number {
  for (const prop of d.props ?? []) {
    if (prop.kind === kind) return prop.height ?? (kind === "step" ? DEFAULT_STEP_HEIGHT : DEFAULT_BOX_HEIGHT);
  }
  return kind === "step" ? DEFAULT_STEP_HEIGHT : DEFAULT_BOX_HEIGHT;
}

function floorFn(slope: number | undefined): (x: number) => number {
  const t = Math.tan(((slope ?? 0) * Math.PI) / 180);
  return (x) => GROUND_Y - t * x;
}

/** Resolves a pose and puts it in the world: the anchor at x = shift, the contact on its surface. */
export function place(d: IllustrationDescription, pose: Pose): PlacedPose {
  const resolved = resolvePose(pose);
  const raw = skeleton(resolved);
  const anchor = point(raw, resolved.anchor);
  let s = translate(raw, (pose.shift ?? 0) - anchor[0], 0);
  const candidates = contactCandidates(s);
  const seated = resolved.posture === "sitting-chair";
  const contactName = pose.contact ?? (seated ? "hip" : undefined);
  let contact: [Vec, number];
  if (contactName) {
    const named = candidates.find(([name]) => name === contactName);
    contact = named ? [named[1], named[2]] : [point(s, contactName), WIDTH.foot / 2];
  } else {
    // The point nearest the floor beneath it (on a hill, not simply the lowest one).
    const gap = ([, p, r]: (typeof candidates)[number]) => floorFn(d.slope)(p[0]) - (p[1] + r);
    const lowest = candidates.reduce((a, b) => (gap(b) < gap(a) ? b : a));
    contact = [lowest[1], lowest[2]];
  }
  const floor = floorFn(d.slope);
  const on = pose.on ?? (seated ? "seat" : "floor");
  const surfaceY = on === "seat" ? GROUND_Y - SEAT_HEIGHT : on === "floor" ? floor(contact[0][0]) : GROUND_Y - stepHeight(d, on);
  const lift = pose.lift ?? 0;
  s = translate(s, 0, surfaceY - lift - (contact[0][1] + contact[1]));
  // Feet that must rest on something: solve their knees.
  const forward = dir(180 - resolved.trunk - 90);
  const surface = on === "seat" ? floor(s.injured.ankle[0]) : surfaceY;
  const feetY = { injured: surface, other: surface };
  for (const side of ["injured", "other"] as const) {
    const plant = resolved[side].plant;
    if (!plant || plant === "none") continue;
    const y = plant === "floor" ? floor(s[side].ankle[0]) : GROUND_Y - stepHeight(d, plant);
    s = { ...s, [side]: plantLeg(s[side], s.hip, y, forward, plant !== "floor") };
    feetY[side] = y;
  }
  return { pose: resolved, skeleton: s, surfaceY: surface, feetY, lift };
}

// ---------------------------------------------------------------------------------------------
// The figure
// ---------------------------------------------------------------------------------------------

function limb(a: Vec, b: Vec, stroke: string, width: number, role: Shape["role"]): Shape {
  return { kind: "line", role, x1: a[0], y1: a[1], x2: b[0], y2: b[1], stroke, strokeWidth: width };
}

function legShapes(hip: Vec, l: LegPoints, ink: string, width: number, role: Shape["role"]): Shape[] {
  return [
    limb(hip, l.knee, ink, width, role),
    limb(l.knee, l.ankle, ink, width, role),
    { kind: "polygon", role, points: l.foot, fill: ink, stroke: ink, strokeWidth: WIDTH.foot },
  ];
}

/** Back to front: far arm, other leg, trunk and head, injured leg, near arm. */
export function figureShapes(s: Skeleton): Shape[] {
  return [
    limb(s.shoulder, s.far.elbow, INK.far, WIDTH.farArm, "far-arm"),
    limb(s.far.elbow, s.far.hand, INK.far, WIDTH.farArm, "far-arm"),
    ...legShapes(s.hip, s.other, INK.other, WIDTH.otherLeg, "other-leg"),
    limb(s.hip, s.shoulder, INK.body, WIDTH.torso, "body"),
    { kind: "circle", role: "body", cx: s.head[0], cy: s.head[1], r: 6, fill: INK.body },
    { kind: "circle", role: "body", cx: s.nose[0], cy: s.nose[1], r: 1.6, fill: INK.body },
    ...legShapes(s.hip, s.injured, INK.injured, WIDTH.injuredLeg, "injured-leg"),
    limb(s.shoulder, s.near.elbow, INK.body, WIDTH.nearArm, "body"),
    limb(s.near.elbow, s.near.hand, INK.body, WIDTH.nearArm, "body"),
  ];
}

/** A figure in the air (a hop) gets its shadow on the floor, so the gap under the feet reads. */
function shadow(placed: PlacedPose, floor: (x: number) => number): Shape[] {
  if (placed.lift <= 0) return [];
  const { injured } = placed.skeleton;
  const x = (injured.heel[0] + injured.toe[0]) / 2;
  return [{ kind: "rect", role: "prop", x: x - 10, y: floor(x) - 2.2, width: 20, height: 2.2, rx: 1.1, fill: "#b9c0c9" }];
}

// ---------------------------------------------------------------------------------------------
// The movement arrow
// ---------------------------------------------------------------------------------------------

const ARROW_MIN = 14;
const HEAD_LEN = 6;
const HEAD_HALF = 3.6;

function head(tip: Vec, from: Vec): Shape {
  const len = Math.hypot(tip[0] - from[0], tip[1] - from[1]) || 1;
  const ux = (tip[0] - from[0]) / len;
  const uy = (tip[1] - from[1]) / len;
  const bx = tip[0] - ux * HEAD_LEN;
  const by = tip[1] - uy * HEAD_LEN;
  return {
    kind: "polygon",
    role: "arrow",
    points: [tip, [bx - uy * HEAD_HALF, by + ux * HEAD_HALF], [bx + uy * HEAD_HALF, by - ux * HEAD_HALF]],
    fill: INK.arrow,
    stroke: INK.arrow,
    strokeWidth: 0.8,
  };
}

function pullBack(tip: Vec, from: Vec, by: number): Vec {
  const len = Math.hypot(tip[0] - from[0], tip[1] - from[1]) || 1;
  return [tip[0] - ((tip[0] - from[0]) / len) * by, tip[1] - ((tip[1] - from[1]) / len) * by];
}

export function arrowShapes(spec: ArrowSpec, start: Skeleton, end: Skeleton, floorY: number = GROUND_Y): Shape[] {
  const [ox, oy] = spec.offset ?? [0, 0];
  const there = spec.panel === "start" ? start : end;
  let a: Vec;
  let b: Vec;
  if (spec.vector) {
    const p = point(there, spec.at);
    a = [p[0] + ox, p[1] + oy];
    b = [a[0] + spec.vector[0], a[1] + spec.vector[1]];
  } else {
    const p0 = point(start, spec.at);
    const p1 = point(end, spec.at);
    a = [p0[0] + ox, p0[1] + oy];
    b = [p1[0] + ox, p1[1] + oy];
  }
  // Too short to see: stretch it from its start along the same direction (a two-way arrow
  // around its middle).
  const len = Math.hypot(b[0] - a[0], b[1] - a[1]);
  if (len < ARROW_MIN) {
    const ux = len > 0.01 ? (b[0] - a[0]) / len : 0;
    const uy = len > 0.01 ? (b[1] - a[1]) / len : -1;
    const from: Vec = spec.twoWay ? [(a[0] + b[0]) / 2 - (ux * ARROW_MIN) / 2, (a[1] + b[1]) / 2 - (uy * ARROW_MIN) / 2] : a;
    a = from;
    b = [from[0] + ux * ARROW_MIN, from[1] + uy * ARROW_MIN];
  }
  // Never below the floor: lift the whole arrow.
  const below = Math.max(a[1], b[1]) + HEAD_HALF - (floorY - 1.5);
  if (below > 0) {
    a = [a[0], a[1] - below];
    b = [b[0], b[1] - below];
  }
  const full = Math.hypot(b[0] - a[0], b[1] - a[1]);
  const bend = (spec.bend ?? 0) * full;
  // Left of travel in screen coordinates (y down): (dy, -dx).
  const nx = (b[1] - a[1]) / full;
  const ny = -(b[0] - a[0]) / full;
  const control: Vec = [(a[0] + b[0]) / 2 + nx * bend, (a[1] + b[1]) / 2 + ny * bend];
  const shaftEnd = pullBack(b, control, HEAD_LEN - 1);
  const shaftStart = spec.twoWay ? pullBack(a, control, HEAD_LEN - 1) : a;
  const shapes: Shape[] = [{ kind: "path", role: "arrow", from: shaftStart, control, to: shaftEnd, stroke: INK.arrow, strokeWidth: 2.2 }, head(b, control)];
  if (spec.twoWay) shapes.push(head(a, control));
  return shapes;
}

// ---------------------------------------------------------------------------------------------
// Fitting into the viewBox
// ---------------------------------------------------------------------------------------------

/** Every coordinate a shape reaches, widened by half its stroke. */
export function shapeExtent(shape: Shape): { minX: number; minY: number; maxX: number; maxY: number } {
  const pad = (shape.strokeWidth ?? 0) / 2;
  let xs: number[];
  let ys: number[];
  switch (shape.kind) {
    case "line":
      xs = [shape.x1, shape.x2];
      ys = [shape.y1, shape.y2];
      break;
    case "circle":
      xs = [shape.cx - shape.r, shape.cx + shape.r];
      ys = [shape.cy - shape.r, shape.cy + shape.r];
      break;
    case "polygon":
      xs = shape.points.map((p) => p[0]);
      ys = shape.points.map((p) => p[1]);
      break;
    case "rect":
      xs = [shape.x, shape.x + shape.width];
      ys = [shape.y, shape.y + shape.height];
      break;
    case "path":
      // A quadratic curve stays inside the triangle of its three points.
      xs = [shape.from[0], shape.control[0], shape.to[0]];
      ys = [shape.from[1], shape.control[1], shape.to[1]];
      break;
  }
  return { minX: Math.min(...xs) - pad, minY: Math.min(...ys) - pad, maxX: Math.max(...xs) + pad, maxY: Math.max(...ys) + pad };
}

function mapShape(shape: Shape, f: (v: Vec) => Vec, scale: number): Shape {
  const w = shape.strokeWidth === undefined ? {} : { strokeWidth: shape.strokeWidth * Math.sqrt(scale) };
  switch (shape.kind) {
    case "line": {
      const [x1, y1] = f([shape.x1, shape.y1]);
      const [x2, y2] = f([shape.x2, shape.y2]);
      return { ...shape, ...w, x1, y1, x2, y2 };
    }
    case "circle": {
      const [cx, cy] = f([shape.cx, shape.cy]);
      return { ...shape, ...w, cx, cy, r: shape.r * scale };
    }
    case "polygon":
      return { ...shape, ...w, points: shape.points.map(f) };
    case "rect": {
      const [x, y] = f([shape.x, shape.y]);
      return { ...shape, ...w, x, y, width: shape.width * scale, height: shape.height * scale };
    }
    case "path":
      return { ...shape, ...w, from: f(shape.from), control: f(shape.control), to: f(shape.to) };
  }
}

const round = (n: number) => Math.round(n * 100) / 100;

function roundShape(shape: Shape): Shape {
  return mapShape(shape, ([x, y]) => [round(x), round(y)], 1);
}

// ---------------------------------------------------------------------------------------------
// illustrate()
// ---------------------------------------------------------------------------------------------

export function illustrate(d: ExerciseIllustrationDescription): Drawing {
  if (d.view === "front") return illustrateFront(d);
  const start = place(d, d.start);
  const end = place(d, d.end);
  const floor = floorFn(d.slope);
  const panels = [start, end].map((placed) => {
    const ctx: PropContext = { self: placed.skeleton, start: start.skeleton, end: end.skeleton, floorY: floor, top: TOP };
    const props = d.props ?? [];
    const back = props.filter((p) => !inFront(p)).flatMap((p) => propShapes(p, ctx));
    const front = props.filter((p) => inFront(p)).flatMap((p) => propShapes(p, ctx));
    return [...back, ...shadow(placed, floor), ...figureShapes(placed.skeleton), ...front];
  });
  const startShapes = panels[0]!;
  const endShapes = panels[1]!;
  for (const spec of d.arrows) {
    (spec.panel === "start" ? startShapes : endShapes).push(...arrowShapes(spec, start.skeleton, end.skeleton, floor(point(end.skeleton, spec.at)[0])));
  }

  return { ...compose(startShapes, endShapes, d.slope), alt: altText(d, start, end) };
}

/**
 * The two panels' shapes (world coordinates, floor at GROUND_Y) fitted into the viewBox with
 * the floor lines and the divider: shared by the side and the front view.
 */
export function compose(startShapes: Shape[], endShapes: Shape[], slopeDegrees?: number): Omit<Drawing, "alt"> {
  // One transform for both panels, so the figure keeps its size and place from start to end:
  // centred across, the floor where it is, shrunk only if something would stick out.
  const all = [...startShapes, ...endShapes].map(shapeExtent);
  const minX = Math.min(...all.map((e) => e.minX));
  const maxX = Math.max(...all.map((e) => e.maxX));
  const minY = Math.min(...all.map((e) => e.minY));
  const maxY = Math.max(...all.map((e) => e.maxY));
  const half = VIEW.panelWidth / 2;
  const fitX = (VIEW.panelWidth - 2 * MARGIN) / (maxX - minX);
  const fitTop = minY < TOP ? (GROUND_Y - TOP) / (GROUND_Y - minY) : 1;
  const fitBottom = maxY > VIEW.height - MARGIN ? (VIEW.height - MARGIN - GROUND_Y) / (maxY - GROUND_Y) : 1;
  const scale = Math.min(1, fitX, fitTop, fitBottom);
  const cx = (minX + maxX) / 2;
  const at =
    (offset: number) =>
    ([x, y]: Vec): Vec => [offset + half + (x - cx) * scale, GROUND_Y + (y - GROUND_Y) * scale];

  const shapes: Shape[] = [];
  const slope = Math.tan(((slopeDegrees ?? 0) * Math.PI) / 180);
  for (const [i, panel] of [startShapes, endShapes].entries()) {
    const offset = i * VIEW.panelWidth;
    // The floor line: y = GROUND_Y - slope * x in the world, mapped like everything else.
    const x0 = at(offset)([0, GROUND_Y])[0];
    const groundAt = (x: number) => Math.min(VIEW.height - 1, Math.max(TOP, GROUND_Y - slope * (x - x0)));
    const left = offset + 4;
    const right = offset + VIEW.panelWidth - 4;
    if (slopeDegrees) {
      shapes.push({
        kind: "polygon",
        role: "ground",
        points: [
          [left, groundAt(left)],
          [right, groundAt(right)],
          [right, VIEW.height - 1],
          [left, VIEW.height - 1],
        ],
        fill: "#eceef2",
      });
    }
    shapes.push({ kind: "line", role: "ground", x1: left, y1: groundAt(left), x2: right, y2: groundAt(right), stroke: INK.ground, strokeWidth: 1.5 });
    shapes.push(...panel.map((s) => mapShape(s, at(offset), scale)));
  }
  // Between the panels: a thin divider and a chevron reading "then".
  const mid = VIEW.panelWidth;
  shapes.push({ kind: "line", role: "divider", x1: mid, y1: 12, x2: mid, y2: 40, stroke: INK.divider, strokeWidth: 1 });
  shapes.push({ kind: "line", role: "divider", x1: mid, y1: 60, x2: mid, y2: 88, stroke: INK.divider, strokeWidth: 1 });
  shapes.push({
    kind: "polygon",
    role: "divider",
    points: [
      [mid - 3, 44],
      [mid + 4, 50],
      [mid - 3, 56],
    ],
    fill: INK.divider,
  });

  return { width: VIEW.width, height: VIEW.height, shapes: shapes.map(roundShape) };
}
