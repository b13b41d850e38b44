// SVG attribute strings shared by the web and PDF renderers, so both paint the same curves.
import type { Shape } from "./types";

type PathShape = Extract<Shape, { kind: "path" }>;

/** The `d` of a path shape: a quadratic curve. */
export function pathData(shape: PathShape): string {
  return `M${shape.from[0]} ${shape.from[1]} Q${shape.control[0]} ${shape.control[1]} ${shape.to[0]} ${shape.to[1]}`;
}

/** The `points` of a polygon: "x,y x,y ...". */
export function pointsAttr(points: readonly (readonly [number, number])[]): string {
  return points.map(([x, y]) => `${x},${y}`).join(" ");
}
