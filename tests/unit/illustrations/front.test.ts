import { describe, expect, it } from "vitest";
import { GROUND_Y, illustrate, INK, VIEW, type FrontIllustrationDescription, type Shape } from "@/lib/illustrations";
import { ADDUCTOR_ILLUSTRATIONS } from "@/lib/domain/injuries/adductor/content/illustrations";
import { exerciseDrawing } from "@/lib/domain/injuries/illustrations";
import { FRONT, placeFront, type FrontSkeleton } from "@/lib/illustrations/front";
import { shapeExtent } from "@/lib/illustrations/illustrate";
import { kneeFlexion, WIDTH } from "@/lib/illustrations/pose";
import { expectWellFormed } from "./well-formed";

const SIDE_LUNGE: FrontIllustrationDescription = {
  view: "front",
  start: { posture: "standing", injured: { foot: 6 }, other: { foot: 6 } },
  end: { posture: "standing", injured: { foot: 8 }, other: { foot: 26 } },
  movement: "side-lunge",
  arrows: [{ at: "injuredAnkle", offset: [0, -10] }],
};

const SIDE_LYING: FrontIllustrationDescription = {
  view: "front",
  start: { posture: "side-lying", down: "injured", injured: { out: 0 }, other: { out: -30, knee: 60, plant: true }, nearArm: { out: 178, elbow: 0 } },
  end: { posture: "side-lying", down: "injured", injured: { out: -22 }, other: { out: -30, knee: 60, plant: true }, nearArm: { out: 178, elbow: 0 } },
  props: [{ kind: "mat" }],
  movement: "bottom-leg-lift",
  arrows: [{ at: "injuredAnkle", offset: [4, 0] }],
};

const plank = (bench: "knee" | "ankle", bottomUp = false): FrontIllustrationDescription => ({
  view: "front",
  start: { posture: "side-plank", down: "other", bench, hips: "down", other: { out: 10 } },
  end: { posture: "side-plank", down: "other", bench, hips: "up", other: { out: bottomUp ? -5 : 20 } },
  props: [{ kind: "bench" }],
  movement: bottomUp ? "copenhagen-lift" : "side-plank-hips-up",
  arrows: [{ at: "hip", offset: [0, 12] }],
});

const BALL_SQUEEZE: FrontIllustrationDescription = {
  view: "front",
  start: { posture: "supine", legs: "bent" },
  end: { posture: "supine", legs: "bent", squeeze: true },
  props: [{ kind: "mat" }, { kind: "ball", between: "knees" }],
  movement: "squeeze-knees",
  arrows: [
    { at: "injuredKnee", offset: [19, 0], vector: [-14, 0] },
    { at: "otherKnee", offset: [-19, 0], vector: [14, 0] },
  ],
};

const ALL = [SIDE_LUNGE, SIDE_LYING, plank("knee"), plank("ankle"), plank("ankle", true), BALL_SQUEEZE];

const BENCH_TOP = GROUND_Y - FRONT.bench;

describe("front view geometry (decision 034)", () => {
  it("stands the figure facing the viewer: head over the hips, both feet on the floor, the injured leg on the viewer's right", () => {
    const { skeleton: s } = placeFront(SIDE_LUNGE.start);
    expect(s.head[1]).toBeLessThan(s.shoulder[1]);
    expect(s.shoulder[1]).toBeLessThan(s.hip[1]);
    expect(s.injured.ankle[0]).toBeGreaterThan(s.other.ankle[0]);
    for (const leg of [s.injured, s.other]) expect(Math.max(...leg.foot.map((p) => p[1])) + WIDTH.foot / 2).toBeCloseTo(GROUND_Y, 5);
  });

  it("side lunge: the stepping leg's knee bends while the other leg stays straight, and the standing foot stays put", () => {
    const start = placeFront(SIDE_LUNGE.start).skeleton;
    const end = placeFront(SIDE_LUNGE.end).skeleton;
    expect(kneeFlexion(start.hips.injured, start.injured)).toBeLessThan(12);
    expect(kneeFlexion(end.hips.injured, end.injured)).toBeGreaterThanOrEqual(35);
    expect(kneeFlexion(end.hips.other, end.other)).toBeLessThan(12);
    expect(end.other.ball[0]).toBeCloseTo(start.other.ball[0], 5);
    expect(end.injured.ankle[0] - start.injured.ankle[0]).toBeGreaterThan(15); // stepped out to the side
  });

  it("lying on the side lies horizontal on the floor, head at one end and feet at the other; the bottom leg lifts", () => {
    const start = placeFront(SIDE_LYING.start).skeleton;
    const end = placeFront(SIDE_LYING.end).skeleton;
    const length = Math.abs(start.injured.ankle[0] - start.head[0]);
    expect(length).toBeGreaterThan(50);
    expect(Math.abs(start.injured.ankle[1] - start.head[1])).toBeLessThan(length / 5);
    expect(start.head[1]).toBeGreaterThan(GROUND_Y - 20);
    // The bottom (injured) leg rests on the floor, then lifts off it.
    expect(start.injured.ankle[1] + WIDTH.injuredLeg / 2).toBeGreaterThan(GROUND_Y - 3);
    expect(end.injured.ankle[1]).toBeLessThan(start.injured.ankle[1] - 10);
    // The top leg's foot is on the floor in front.
    expect(Math.max(...start.other.foot.map((p) => p[1]))).toBeGreaterThan(GROUND_Y - 3);
  });

  it("Copenhagen long lever rests the top (injured) ankle on the bench, the short lever the knee", () => {
    for (const pose of [plank("ankle").start, plank("ankle").end]) {
      const { skeleton: s } = placeFront(pose);
      expect(s.injured.ankle[1] + WIDTH.injuredLeg / 2).toBeCloseTo(BENCH_TOP, 5);
    }
    for (const pose of [plank("knee").start, plank("knee").end]) {
      const { skeleton: s } = placeFront(pose);
      expect(s.injured.knee[1] + WIDTH.injuredLeg / 2).toBeCloseTo(BENCH_TOP, 5);
      // The lower leg reaches past the knee, not down onto the bench.
      expect(s.injured.ankle[0]).toBeGreaterThan(s.injured.knee[0]);
    }
  });

  it("Copenhagen: the elbow is on the floor under the shoulder; hips on the floor at the start, lifted into a straight line at the end", () => {
    const d = plank("ankle");
    const start = placeFront(d.start).skeleton;
    const end = placeFront(d.end).skeleton;
    for (const s of [start, end]) {
      expect(s.far.elbow[1] + WIDTH.nearArm / 2).toBeCloseTo(GROUND_Y, 5);
      expect(s.far.elbow[0]).toBeCloseTo(s.shoulders.far[0], 5);
    }
    expect(start.hips.other[1] + WIDTH.otherLeg).toBeGreaterThan(GROUND_Y - 3);
    expect(end.hip[1]).toBeLessThan(start.hip[1] - 5);
    // Straight: the middle of the hips lies on the line from the middle of the shoulders to the ankle.
    const [a, b, p] = [end.shoulder, end.injured.ankle, end.hip];
    const cross = ((b[0] - a[0]) * (p[1] - a[1]) - (b[1] - a[1]) * (p[0] - a[0])) / Math.hypot(b[0] - a[0], b[1] - a[1]);
    expect(Math.abs(cross)).toBeLessThan(3);
  });

  it("Copenhagen up and down: the bottom leg starts on the floor and rises to touch the underside of the bench", () => {
    const d = plank("ankle", true);
    const start = placeFront(d.start).skeleton;
    const end = placeFront(d.end).skeleton;
    expect(Math.max(start.other.ankle[1] + WIDTH.otherLeg / 2, ...start.other.foot.map((p) => p[1] + WIDTH.foot / 2))).toBeGreaterThan(GROUND_Y - 1);
    const underside = BENCH_TOP + FRONT.benchSlab;
    expect(end.other.ankle[1] - WIDTH.otherLeg / 2).toBeGreaterThan(underside - 1);
    expect(end.other.ankle[1] - WIDTH.otherLeg / 2).toBeLessThan(underside + 2);
  });

  it("ball squeeze: the ball sits between the knees, smaller when squeezed, and both arrows point inward at it", () => {
    const drawing = illustrate(BALL_SQUEEZE);
    const balls = drawing.shapes.filter((s): s is Extract<Shape, { kind: "polygon" }> => s.kind === "polygon" && s.role === "prop" && s.points.length > 12);
    expect(balls).toHaveLength(2);
    const [startBall, endBall] = balls.map(shapeExtent);
    expect(endBall!.maxX - endBall!.minX).toBeLessThan(startBall!.maxX - startBall!.minX);
    const ballX = (endBall!.minX + endBall!.maxX) / 2;
    const heads = drawing.shapes.filter((s): s is Extract<Shape, { kind: "polygon" }> => s.kind === "polygon" && s.role === "arrow");
    expect(heads).toHaveLength(2);
    for (const head of heads) {
      const [tip, b1, b2] = head.points;
      const base = (b1![0] + b2![0]) / 2;
      expect(Math.abs(tip![0] - ballX)).toBeLessThan(Math.abs(base - ballX));
    }
    // The ball is between the knees: the injured (right) knee on one side, the other knee on the other.
    const { skeleton: s } = placeFront(BALL_SQUEEZE.start);
    expect(s.injured.knee[0]).toBeGreaterThan(0);
    expect(s.other.knee[0]).toBeLessThan(0);
    expect(s.injured.knee[1]).toBeLessThan(s.hip[1] - 20); // knees up, feet flat
  });

  for (const d of ALL) {
    it(`${d.movement} (${d.start.posture}${d.start.bench ? `, ${d.start.bench}` : ""}) is well-formed and big enough, with the working leg darker and thicker`, () => {
      const drawing = illustrate(d);
      expectWellFormed(drawing);
      const figure = drawing.shapes.filter((s) => s.role === "body" || s.role === "injured-leg").map(shapeExtent);
      const inStart = figure.filter((e) => e.maxX <= VIEW.panelWidth);
      const wide = Math.max(...inStart.map((e) => e.maxX)) - Math.min(...inStart.map((e) => e.minX));
      const tall = Math.max(...inStart.map((e) => e.maxY)) - Math.min(...inStart.map((e) => e.minY));
      expect(Math.max(wide, tall)).toBeGreaterThan(VIEW.height / 3);
      const injured = drawing.shapes.find((s) => s.role === "injured-leg" && s.kind === "line")!;
      const other = drawing.shapes.find((s) => s.role === "other-leg" && s.kind === "line")!;
      expect(injured.stroke).toBe(INK.injured);
      expect(other.stroke).toBe(INK.other);
      expect(injured.strokeWidth!).toBeGreaterThan(other.strokeWidth!);
      expect(drawing.alt.en).toMatch(/^[A-Z].+\. .+ the arrow shows .+\.$/);
      expect(drawing.alt.es).toMatch(/^[A-ZÁÉÍÓÚ].+\. .+ la flecha muestra .+\.$/);
    });
  }

  it("says in the alt text how the figure lies and where the ball or bench is", () => {
    expect(illustrate(SIDE_LYING).alt.en).toMatch(/^Lying on the injured side/);
    expect(illustrate(SIDE_LYING).alt.es).toMatch(/^Persona tumbada sobre el lado lesionado/);
    expect(illustrate(plank("ankle")).alt.en).toMatch(/injured leg on top with the ankle on a bench, hips on the floor\./);
    expect(illustrate(plank("knee")).alt.es).toMatch(/la rodilla sobre un banco/);
    expect(illustrate(BALL_SQUEEZE).alt.en).toMatch(/^Lying on the back, seen from the feet, a ball between the knees, knees bent/);
    expect(illustrate(SIDE_LUNGE).alt.en).toMatch(/^Standing, facing you, feet together, knees straight\. The injured leg steps out/);
  });
});

describe("the groin exercises' front-view pictures show what their steps say", () => {
  const front = (key: string) => {
    const d = ADDUCTOR_ILLUSTRATIONS[key]!;
    if (d.view !== "front") throw new Error(`${key} is not drawn in the front view`);
    return { d, start: placeFront(d.start).skeleton, end: placeFront(d.end).skeleton, drawing: exerciseDrawing(key)! };
  };
  const kneeBend = (s: FrontSkeleton, side: "injured" | "other") => kneeFlexion(s.hips[side], s[side]);

  it("side-lying leg lift: lying horizontal on the injured side, the bottom (injured) leg lifts off the floor", () => {
    const { start, end, drawing } = front("groin-side-lying-adduction");
    expect(Math.abs(start.injured.ankle[0] - start.head[0])).toBeGreaterThan(5 * Math.abs(start.injured.ankle[1] - start.head[1]));
    expect(start.injured.ankle[1]).toBeGreaterThan(start.other.knee[1]); // the injured leg is underneath
    expect(end.injured.ankle[1]).toBeLessThan(start.injured.ankle[1] - 10);
    expect(drawing.alt.en).toMatch(/^Lying on the injured side/);
  });

  it("Copenhagen short lever rests the top (injured) knee on the bench, long lever and up-and-down the ankle", () => {
    for (const key of ["groin-copenhagen-short", "groin-copenhagen-long", "groin-copenhagen-dynamic"]) {
      const { d, start, end } = front(key);
      const support = key.endsWith("short") ? "knee" : "ankle";
      for (const s of [start, end]) expect(s.injured[support][1] + WIDTH.injuredLeg / 2, key).toBeCloseTo(BENCH_TOP, 5);
      expect(end.hip[1], key).toBeLessThan(start.hip[1] - 5); // the hips lift
      expect(d.props).toContainEqual({ kind: "bench" });
    }
    const dynamic = front("groin-copenhagen-dynamic");
    // The bottom leg comes up from the floor to the underside of the bench.
    expect(dynamic.end.other.ankle[1]).toBeLessThan(dynamic.start.other.ankle[1] - 6);
    expect(dynamic.end.other.ankle[1] - WIDTH.otherLeg / 2).toBeLessThan(BENCH_TOP + FRONT.benchSlab + 2);
  });

  it("ball squeezes: a ball between the knees (bent) or ankles (straight), both arrows pointing inward", () => {
    for (const key of ["groin-ball-squeeze-bent", "groin-ball-squeeze-straight"]) {
      const { start, drawing } = front(key);
      const [l, r] = key.endsWith("bent") ? [start.other.knee, start.injured.knee] : [start.other.ankle, start.injured.ankle];
      const ball = drawing.shapes.find((s): s is Extract<Shape, { kind: "polygon" }> => s.kind === "polygon" && s.role === "prop" && s.points.length > 12)!;
      expect(ball, key).toBeDefined();
      const heads = drawing.shapes.filter((s): s is Extract<Shape, { kind: "polygon" }> => s.kind === "polygon" && s.role === "arrow");
      expect(heads).toHaveLength(2);
      const tips = heads.map((h) => h.points[0]![0] - (h.points[1]![0] + h.points[2]![0]) / 2);
      expect(tips.some((t) => t > 0) && tips.some((t) => t < 0), key).toBe(true); // one points right, one left
      expect(l[0]).toBeLessThan(r[0]);
    }
    expect(front("groin-ball-squeeze-bent").start.injured.knee[1]).toBeLessThan(GROUND_Y - 30); // knees up
  });

  it("side lunge: the stepping (injured) knee bends, the other leg stays straight", () => {
    const { start, end } = front("groin-side-lunge");
    expect(kneeBend(start, "injured")).toBeLessThan(12);
    expect(kneeBend(end, "injured")).toBeGreaterThanOrEqual(35);
    expect(kneeBend(end, "other")).toBeLessThan(12);
  });

  it("inner-thigh stretch: the other knee bends, the injured leg stays straight", () => {
    const { end } = front("groin-adductor-stretch");
    expect(kneeBend(end, "other")).toBeGreaterThanOrEqual(35);
    expect(kneeBend(end, "injured")).toBeLessThan(12);
  });

  it("band pull-in: the injured foot starts out to the side and ends across the front of the other leg", () => {
    const { start, end } = front("groin-band-adduction");
    expect(start.injured.ankle[0]).toBeGreaterThan(start.hips.injured[0] + 8);
    expect(end.injured.ankle[0]).toBeLessThan(end.other.ankle[0] + 4);
  });

  it("side slide: the injured foot slides out along the floor on a towel", () => {
    const { start, end, d } = front("groin-slide-adduction");
    expect(end.injured.ankle[0] - start.injured.ankle[0]).toBeGreaterThan(13);
    expect(Math.max(...end.injured.foot.map((p) => p[1])) + WIDTH.foot / 2).toBeCloseTo(GROUND_Y, 5);
    expect(d.props).toContainEqual({ kind: "towel", at: "injuredBall" });
  });
});
