// Props drawn simply from the figure's points: a chair under the hips, a wall at the hands, a step
// under the ball of the foot. Each returns shapes in the panel's coordinates.
import { point, WIDTH, type Skeleton, type Vec } from "./pose";
import type { Prop, Shape } from "./types";

export const PROP_INK = { stroke: "#6b7280", fill: "#eceef2", dark: "#4b5563" } as const;

const THIN = 1.5;

export interface PropContext {
  /** This panel's figure. */
  self: Skeleton;
  /** The figure a prop with `ref` is placed from. */
  start: Skeleton;
  end: Skeleton;
  /** Floor height at x. */
  floorY: (x: number) => number;
  /** Top of the drawing area. */
  top: number;
}

export const DEFAULT_STEP_HEIGHT = 10;
export const DEFAULT_BOX_HEIGHT = 17;

/** Props painted over the figure (held or resting on it); the rest are painted behind it. */
export function inFront(prop: Prop): boolean {
  return prop.kind === "band" || prop.kind === "weight" || prop.kind === "heel-lift";
}

function rect(x: number, y: number, width: number, height: number, fill: string = PROP_INK.fill, rx = 0.8): Shape {
  return { kind: "rect", role: "prop", x, y, width, height, rx, fill, stroke: PROP_INK.stroke, strokeWidth: THIN };
}

function line(a: Vec, b: Vec, width = 2, stroke: string = PROP_INK.stroke): Shape {
  return { kind: "line", role: "prop", x1: a[0], y1: a[1], x2: b[0], y2: b[1], stroke, strokeWidth: width };
}

export function propShapes(prop: Prop, ctx: PropContext): Shape[] {
  const fig = (ref: "start" | "end" | undefined): Skeleton => (ref === "start" ? ctx.start : ref === "end" ? ctx.end : ctx.self);
  switch (prop.kind) {
    case "chair": {
      const [hx, hy] = ctx.self.hip;
      const seatY = hy + WIDTH.torso / 2;
      const floor = ctx.floorY(hx);
      return [
        line([hx - 11, seatY + 1.5], [hx - 13, seatY - 24], 2.5),
        line([hx - 9, seatY + 1.5], [hx - 9, floor], 2),
        line([hx + 6, seatY + 1.5], [hx + 6, floor], 2),
        rect(hx - 12, seatY, 20, 3, PROP_INK.fill),
      ];
    }
    case "wall": {
      const p = point(fig(prop.ref), prop.at);
      const gap = prop.at === "shoulder" || prop.at === "hip" ? WIDTH.torso / 2 : prop.at === "injuredKnee" ? WIDTH.injuredLeg / 2 : WIDTH.nearArm / 2;
      const x = prop.side === "front" ? p[0] + gap : p[0] - gap - 5;
      return [rect(x, ctx.top, 5, ctx.floorY(x) - ctx.top, PROP_INK.fill, 0)];
    }
    case "step":
    case "box": {
      const p = point(fig(prop.ref), prop.at);
      const height = prop.height ?? (prop.kind === "step" ? DEFAULT_STEP_HEIGHT : DEFAULT_BOX_HEIGHT);
      const width = prop.kind === "step" ? (prop.width ?? 26) : 22;
      const x = p[0] - 3;
      const floor = ctx.floorY(p[0]);
      return [rect(x, floor - height, width, height, PROP_INK.fill, 0.5)];
    }
    case "counter": {
      const [hx, hy] = point(ctx.self, prop.at);
      const topY = hy + WIDTH.nearArm / 2;
      const floor = ctx.floorY(hx);
      return [rect(hx + 3, topY + 3, 24, floor - topY - 3, "#f6f7f9", 0), rect(hx - 4, topY, 32, 3.5, PROP_INK.fill, 0.5)];
    }
    case "rail": {
      const [hx, hy] = ctx.self.near.hand;
      return [line([hx + 7, hy], [hx + 7, ctx.floorY(hx + 7)], 2), line([hx - 6, hy], [hx + 10, hy], 2.5)];
    }
    case "band": {
      const a = point(ctx.self, prop.from);
      const b = point(ctx.self, prop.to);
      const b2: Vec = [b[0] + 2, b[1]];
      const mid: Vec = [(a[0] + b2[0]) / 2, (a[1] + b2[1]) / 2 + 3];
      return [{ kind: "path", role: "prop", from: a, control: mid, to: b2, stroke: PROP_INK.dark, strokeWidth: 1.8 }];
    }
    case "weight": {
      const [x, y] = point(ctx.self, prop.at);
      if (prop.at === "nearHand" || prop.at === "farHand") {
        return [{ kind: "circle", role: "prop", cx: x, cy: y + 1, r: 4, fill: PROP_INK.dark, stroke: PROP_INK.dark, strokeWidth: 1 }];
      }
      // A weight resting on the knee, on top of the thigh.
      return [rect(x - 7, y - WIDTH.injuredLeg / 2 - 5, 11, 5, PROP_INK.dark, 1)];
    }
    case "roller": {
      const [x] = point(ctx.self, prop.at);
      const r = 4.5;
      return [{ kind: "circle", role: "prop", cx: x, cy: ctx.floorY(x) - r, r, fill: PROP_INK.fill, stroke: PROP_INK.stroke, strokeWidth: THIN }];
    }
    case "bike": {
      const s = ctx.self;
      const [hx, hy] = s.hip;
      const crank: Vec = [(s.injured.ball[0] + s.other.ball[0]) / 2, (s.injured.ball[1] + s.other.ball[1]) / 2];
      const crankR = Math.hypot(s.injured.ball[0] - s.other.ball[0], s.injured.ball[1] - s.other.ball[1]) / 2;
      const floor = ctx.floorY(crank[0]);
      const saddleY = hy + WIDTH.torso / 2 + 1;
      const [gx, gy] = s.near.hand;
      const frontBase: Vec = [gx + 4, floor - 2];
      return [
        line([hx - 12, floor - 1.5], [frontBase[0] + 6, floor - 1.5], 3),
        line([hx - 2, saddleY], [crank[0], crank[1]], 3),
        line([hx - 2, saddleY], [hx - 8, floor - 1.5], 3),
        line(frontBase, [gx + 2, gy + 3], 3),
        line([gx - 2, gy + 1], [gx + 3, gy + 3], 3),
        { kind: "circle", role: "prop", cx: crank[0], cy: crank[1], r: Math.max(crankR, 3), stroke: PROP_INK.stroke, strokeWidth: THIN },
        line([hx - 9, saddleY], [hx + 5, saddleY], 3, PROP_INK.dark),
      ];
    }
    case "mat": {
      const s = ctx.self;
      const xs = [s.head[0], s.injured.toe[0], s.other.toe[0], s.injured.heel[0], s.hip[0]];
      const x0 = Math.min(...xs) - 8;
      const x1 = Math.max(...xs) + 6;
      return [rect(x0, ctx.floorY(x0) - 2, x1 - x0, 2, "#dfe3e8", 0.5)];
    }
    case "heel-lift": {
      const s = ctx.self;
      const [x, y] = point(s, prop.at);
      return [
        {
          kind: "polygon",
          role: "prop",
          points: [
            [x - 1, y + 0.5],
            [x + 7, ctx.floorY(x) - 0.2],
            [x - 1, ctx.floorY(x) - 0.2],
          ],
          fill: PROP_INK.dark,
          stroke: PROP_INK.dark,
          strokeWidth: 0.8,
        },
      ];
    }
    case "line": {
      const x = point(fig(prop.ref), prop.at)[0] + (prop.dx ?? 0);
      return [rect(x - 4, ctx.floorY(x) - 1.6, 8, 1.6, PROP_INK.dark, 0.3)];
    }
    case "cone": {
      const [px] = point(fig(prop.ref), prop.at);
      const x = px + (prop.dx ?? 0);
      const floor = ctx.floorY(x);
      return [
        {
          kind: "polygon",
          role: "prop",
          points: [
            [x - 4.5, floor],
            [x + 4.5, floor],
            [x + 1, floor - 10],
            [x - 1, floor - 10],
          ],
          fill: PROP_INK.fill,
          stroke: PROP_INK.stroke,
          strokeWidth: THIN,
        },
      ];
    }
    case "rope": {
      const s = ctx.self;
      const hand = s.near.hand;
      const feet = Math.max(s.injured.ball[1], s.injured.heel[1], s.injured.toe[1]);
      const floor = ctx.floorY(s.injured.ball[0]);
      // Under the feet in the air, else touching the floor just in front of the toes.
      const under: Vec = feet < floor - 5 ? [(s.injured.ball[0] + s.injured.heel[0]) / 2, Math.min(feet + 3, floor - 1)] : [s.injured.toe[0] + 12, floor - 1];
      const control: Vec = [Math.max(hand[0], under[0]) + 12, under[1]];
      return [{ kind: "path", role: "prop", from: hand, control, to: under, stroke: PROP_INK.dark, strokeWidth: 1.4 }];
    }
  }
}
