// A drawing is well-formed: the viewBox's size, only finite numbers, every shape (with half its
// stroke) inside the viewBox.
import { expect } from "vitest";
import { VIEW, type Drawing, type Shape } from "@/lib/illustrations";
import { shapeExtent } from "@/lib/illustrations/illustrate";

/** Every number a shape carries. */
function numbers(shape: Shape): number[] {
  return Object.values(shape).flatMap((v): number[] =>
    typeof v === "number" ? [v] : Array.isArray(v) ? v.flat(2).filter((n): n is number => typeof n === "number") : [],
  );
}

export function expectWellFormed(drawing: Drawing) {
  expect(drawing.width).toBe(VIEW.width);
  expect(drawing.height).toBe(VIEW.height);
  for (const shape of drawing.shapes) {
    for (const n of numbers(shape)) expect(Number.isFinite(n), `${shape.kind} ${shape.role}: ${JSON.stringify(shape)}`).toBe(true);
    const e = shapeExtent(shape);
    expect(e.minX, JSON.stringify(shape)).toBeGreaterThanOrEqual(0);
    expect(e.minY, JSON.stringify(shape)).toBeGreaterThanOrEqual(0);
    expect(e.maxX, JSON.stringify(shape)).toBeLessThanOrEqual(drawing.width);
    expect(e.maxY, JSON.stringify(shape)).toBeLessThanOrEqual(drawing.height);
  }
}
