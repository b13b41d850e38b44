import { describe, expect, it } from "vitest";
import { GROUND_Y, illustrate, INK, VIEW, type IllustrationDescription, type Shape } from "@/lib/illustrations";
import { place, shapeExtent } from "@/lib/illustrations/illustrate";
import { BODY, kneeFlexion, SEAT_HEIGHT, WIDTH } from "@/lib/illustrations/pose";
import { expectWellFormed } from "./well-formed";

const SEATED_RAISE: IllustrationDescription = {
  start: { posture: "sitting-chair" },
  end: { posture: "sitting-chair", injured: { hip: 90, knee: 90, sole: 35 } },
  props: [{ kind: "chair" }],
  movement: "heel-up",
  arrows: [{ at: "injuredHeel", offset: [-5, 0] }],
};

const SINGLE_LEG_RAISE: IllustrationDescription = {
  start: { posture: "standing", contact: "injuredBall", other: { hip: 8, knee: 80, plant: "none" }, nearArm: { shoulder: 50, elbow: 25 } },
  end: {
    posture: "standing",
    contact: "injuredBall",
    injured: { hip: 0, knee: 0, sole: 40 },
    other: { hip: 8, knee: 80, plant: "none" },
    nearArm: { shoulder: 50, elbow: 25 },
  },
  props: [{ kind: "counter", at: "nearHand" }],
  movement: "heel-up",
  arrows: [{ at: "injuredHeel", offset: [-5, 0] }],
};

const BRIDGE: IllustrationDescription = {
  start: { posture: "supine", injured: { hip: 50, knee: 100, sole: 0, plant: "floor" }, other: { hip: 50, knee: 100, sole: 0, plant: "floor" } },
  end: {
    posture: "supine",
    contact: "shoulder",
    trunk: -116,
    injured: { hip: 0, knee: 90, sole: 0, plant: "floor" },
    other: { hip: 0, knee: 90, sole: 0, plant: "floor" },
  },
  props: [{ kind: "mat" }],
  movement: "hips-up",
  arrows: [{ at: "hip", offset: [0, 10] }],
};

/** Relative luminance (0 black .. 1 white), as WCAG computes it. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

describe("pose geometry", () => {
  it("stands a figure upright: hip over knee over ankle, feet on the floor", () => {
    const { skeleton: s } = place(SINGLE_LEG_RAISE, { posture: "standing" });
    expect(s.injured.knee[0]).toBeCloseTo(s.hip[0], 5);
    expect(s.injured.ankle[0]).toBeCloseTo(s.hip[0], 5);
    expect(s.hip[1]).toBeLessThan(s.injured.knee[1]);
    expect(s.injured.knee[1]).toBeLessThan(s.injured.ankle[1]);
    expect(s.shoulder[1]).toBeLessThan(s.hip[1]);
    expect(s.head[1]).toBeLessThan(s.shoulder[1]);
    expect(Math.max(s.injured.heel[1], s.injured.ball[1]) + WIDTH.foot / 2).toBeCloseTo(GROUND_Y, 5);
    expect(kneeFlexion(s.hip, s.injured)).toBeCloseTo(0, 5);
  });

  it("sits a figure on the chair seat with thighs level and both feet flat", () => {
    const { skeleton: s } = place(SEATED_RAISE, SEATED_RAISE.start);
    expect(s.hip[1] + 5).toBeCloseTo(GROUND_Y - SEAT_HEIGHT, 5);
    expect(s.injured.knee[1]).toBeCloseTo(s.hip[1], 1);
    expect(Math.abs(kneeFlexion(s.hip, s.injured) - 90)).toBeLessThan(6);
    for (const leg of [s.injured, s.other]) {
      expect(leg.heel[1] + WIDTH.foot / 2).toBeCloseTo(GROUND_Y, 1);
      expect(leg.ball[1] + WIDTH.foot / 2).toBeCloseTo(GROUND_Y, 1);
    }
  });

  it("lifts the seated heel by raising the knee: hips stay on the seat, the ball and the other foot stay down", () => {
    const start = place(SEATED_RAISE, SEATED_RAISE.start).skeleton;
    const end = place(SEATED_RAISE, SEATED_RAISE.end).skeleton;
    expect(end.hip).toEqual(start.hip);
    expect(end.injured.heel[1]).toBeLessThan(start.injured.heel[1] - 4);
    expect(Math.max(end.injured.ball[1], end.injured.toe[1]) + WIDTH.foot / 2).toBeCloseTo(GROUND_Y, 1);
    expect(end.injured.knee[1]).toBeLessThan(start.injured.knee[1]);
    expect(end.other.heel[1]).toBeCloseTo(start.other.heel[1], 5);
  });

  it("raises a standing heel about the ball of the foot, which stays put", () => {
    const start = place(SINGLE_LEG_RAISE, SINGLE_LEG_RAISE.start).skeleton;
    const end = place(SINGLE_LEG_RAISE, SINGLE_LEG_RAISE.end).skeleton;
    expect(end.injured.ball[0]).toBeCloseTo(start.injured.ball[0], 5);
    expect(end.injured.ball[1]).toBeCloseTo(start.injured.ball[1], 1);
    expect(end.injured.heel[1]).toBeLessThan(start.injured.heel[1] - 5);
    expect(end.hip[1]).toBeLessThan(start.hip[1]);
    // The other foot is off the floor in both.
    expect(start.other.ankle[1]).toBeLessThan(GROUND_Y - 10);
  });

  it("keeps a lying figure on the floor, and a bridge on its shoulders and feet", () => {
    const lying = place(BRIDGE, BRIDGE.start).skeleton;
    expect(Math.abs(lying.head[1] - lying.shoulder[1])).toBeLessThan(1.5);
    expect(Math.max(lying.shoulder[1] + 5, lying.head[1] + BODY.headR)).toBeCloseTo(GROUND_Y, 5);
    const bridge = place(BRIDGE, BRIDGE.end).skeleton;
    expect(bridge.hip[1]).toBeLessThan(lying.hip[1] - 6);
    expect(bridge.head[1] + BODY.headR).toBeLessThanOrEqual(GROUND_Y + 0.01);
    expect(bridge.injured.heel[1] + WIDTH.foot / 2).toBeCloseTo(GROUND_Y, 1);
  });
});

describe("illustrate()", () => {
  for (const [name, description] of Object.entries({ SEATED_RAISE, SINGLE_LEG_RAISE, BRIDGE })) {
    it(`${name}: finite numbers, everything inside the viewBox`, () => {
      expectWellFormed(illustrate(description));
    });
  }

  it("draws two panels, the movement arrow in the end panel", () => {
    const drawing = illustrate(SINGLE_LEG_RAISE);
    const arrows = drawing.shapes.filter((s) => s.role === "arrow");
    expect(arrows.map((s) => s.kind).sort()).toEqual(["path", "polygon"]);
    for (const arrow of arrows) expect(shapeExtent(arrow).minX).toBeGreaterThan(VIEW.panelWidth);
    const legs = drawing.shapes.filter((s) => s.role === "injured-leg");
    expect(legs.filter((s) => shapeExtent(s).maxX < VIEW.panelWidth)).toHaveLength(3);
    expect(legs.filter((s) => shapeExtent(s).minX > VIEW.panelWidth)).toHaveLength(3);
  });

  it("draws the injured leg thicker and darker than the other leg and the body, in greyscale too", () => {
    const drawing = illustrate(SEATED_RAISE);
    const injured = drawing.shapes.find((s) => s.role === "injured-leg" && s.kind === "line")!;
    const other = drawing.shapes.find((s) => s.role === "other-leg" && s.kind === "line")!;
    expect(injured.strokeWidth!).toBeGreaterThan(other.strokeWidth! + 1.5);
    expect(injured.stroke).toBe(INK.injured);
    expect(luminance(INK.injured)).toBeLessThan(luminance(INK.body) - 0.05);
    expect(luminance(INK.body)).toBeLessThan(luminance(INK.other) - 0.2);
  });

  it("stretches a short movement arrow so it can be seen, and keeps it above the floor", () => {
    const drawing = illustrate(SEATED_RAISE);
    const shaft = drawing.shapes.find((s) => s.role === "arrow" && s.kind === "path");
    if (shaft?.kind !== "path") throw new Error("no shaft");
    expect(Math.hypot(shaft.to[0] - shaft.from[0], shaft.to[1] - shaft.from[1])).toBeGreaterThan(8);
    expect(shaft.to[1]).toBeLessThan(shaft.from[1]); // points up
    for (const s of drawing.shapes.filter((x) => x.role === "arrow")) expect(shapeExtent(s).maxY).toBeLessThan(GROUND_Y);
  });

  it("keeps the figure the same size in both panels (one transform)", () => {
    const drawing = illustrate(SINGLE_LEG_RAISE);
    const heads = drawing.shapes.filter((s): s is Extract<Shape, { kind: "circle" }> => s.kind === "circle" && s.role === "body" && s.r > 3);
    expect(heads).toHaveLength(2);
    expect(heads[0]!.r).toBe(heads[1]!.r);
  });
});
