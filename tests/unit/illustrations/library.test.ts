import { describe, expect, it } from "vitest";
import { EXERCISE_LIBRARY } from "@/lib/domain/injuries/calf/content/exercises";
import { EXERCISE_ILLUSTRATIONS } from "@/lib/domain/injuries/calf/content/illustrations";
import { SEEDED_EXERCISES } from "@/lib/domain/injuries/content";
import { EXERCISE_ILLUSTRATIONS as ALL_ILLUSTRATIONS, exerciseDrawing } from "@/lib/domain/injuries/illustrations";
import { VIEW } from "@/lib/illustrations";
import { footState } from "@/lib/illustrations/alt";
import { place, shapeExtent } from "@/lib/illustrations/illustrate";
import { kneeFlexion } from "@/lib/illustrations/pose";
import { expectWellFormed } from "./well-formed";

describe("a picture for every exercise of every injury kind (issue 10)", () => {
  it("has a pose description for every seeded exercise of every kind, and none for an unknown key", () => {
    const keys = SEEDED_EXERCISES.map((e) => e.key);
    expect(keys.filter((k) => !(k in ALL_ILLUSTRATIONS))).toEqual([]);
    expect(Object.keys(ALL_ILLUSTRATIONS).filter((k) => !keys.includes(k))).toEqual([]);
  });

  for (const exercise of SEEDED_EXERCISES) {
    it(`${exercise.key}: well-formed, big enough to read, a movement arrow, alt text in English and Spanish`, () => {
      const drawing = exerciseDrawing(exercise.key);
      expect(drawing, exercise.key).not.toBeNull();
      expectWellFormed(drawing!);
      expect(drawing!.shapes.filter((s) => s.role === "arrow").length).toBeGreaterThanOrEqual(2);
      // At least a third of the panel tall or wide, in the start panel.
      const figure = drawing!.shapes.filter((s) => s.role === "body" || s.role === "injured-leg").map(shapeExtent);
      const startPanel = figure.filter((e) => e.maxX <= VIEW.panelWidth);
      const tall = Math.max(...startPanel.map((e) => e.maxY)) - Math.min(...startPanel.map((e) => e.minY));
      const wide = Math.max(...startPanel.map((e) => e.maxX)) - Math.min(...startPanel.map((e) => e.minX));
      expect(Math.max(tall, wide)).toBeGreaterThan(VIEW.height / 3);
      // Which leg works: the injured leg is drawn in both panels.
      const injured = drawing!.shapes.filter((s) => s.role === "injured-leg").map(shapeExtent);
      expect(injured.some((e) => e.maxX <= VIEW.panelWidth)).toBe(true);
      expect(injured.some((e) => e.minX >= VIEW.panelWidth)).toBe(true);
      expect(drawing!.alt.en).toMatch(/^[A-Z].+\. .+ the arrow shows .+\.$/);
      expect(drawing!.alt.es).toMatch(/^[A-ZÁÉÍÓÚ].+\. .+ la flecha muestra .+\.$/);
    });
  }
});

describe("exercise library illustrations", () => {
  it("has a pose description for every exercise in the library, and none for unknown keys", () => {
    const keys = EXERCISE_LIBRARY.map((e) => e.key);
    expect(keys.filter((k) => !(k in EXERCISE_ILLUSTRATIONS))).toEqual([]);
    expect(Object.keys(EXERCISE_ILLUSTRATIONS).filter((k) => !keys.includes(k))).toEqual([]);
    expect(exerciseDrawing("no-such-exercise")).toBeNull();
    expect(exerciseDrawing("constructor")).toBeNull();
  });

  it("computes each drawing once and hands out the same one", () => {
    expect(exerciseDrawing("pogo-hops")).toBe(exerciseDrawing("pogo-hops"));
  });

  for (const exercise of EXERCISE_LIBRARY) {
    describe(exercise.key, () => {
      const description = EXERCISE_ILLUSTRATIONS[exercise.key]!;
      const drawing = exerciseDrawing(exercise.key)!;

      it("is well-formed: finite numbers, inside the viewBox, a movement arrow in a panel", () => {
        expectWellFormed(drawing);
        const arrows = drawing.shapes.filter((s) => s.role === "arrow");
        expect(arrows.length).toBeGreaterThanOrEqual(2); // a shaft and a head
        // The figure is big enough to read at handout size: at least a third of the panel tall.
        const figure = drawing.shapes.filter((s) => s.role === "body" || s.role === "injured-leg").map(shapeExtent);
        const startPanel = figure.filter((e) => e.maxX <= VIEW.panelWidth);
        const tall = Math.max(...startPanel.map((e) => e.maxY)) - Math.min(...startPanel.map((e) => e.minY));
        const wide = Math.max(...startPanel.map((e) => e.maxX)) - Math.min(...startPanel.map((e) => e.minX));
        expect(Math.max(tall, wide)).toBeGreaterThan(VIEW.height / 3);
      });

      it("has alt text in English and Spanish", () => {
        expect(drawing.alt.en).toMatch(/^[A-Z].+\. .+ the arrow shows .+\.$/);
        expect(drawing.alt.es).toMatch(/^[A-ZÁÉÍÓÚ].+\. .+ la flecha muestra .+\.$/);
      });

      // The picture matches the library's knee bias where it has one: the target position (the
      // end panel) shows the injured knee straight for gastrocnemius work, bent for soleus work.
      if (exercise.kneeBias) {
        it(`shows the injured knee ${exercise.kneeBias === "BENT" ? "bent" : "straight"} in the end position`, () => {
          const { skeleton } = place(description, description.end);
          const flexion = kneeFlexion(skeleton.hip, skeleton.injured);
          if (exercise.kneeBias === "BENT") expect(flexion).toBeGreaterThanOrEqual(25);
          else expect(flexion).toBeLessThan(12);
        });
      }

      if (/^Sit (with|on a chair)/.test(exercise.steps[0] ?? "") || exercise.equipment.includes("chair")) {
        it("shows sitting on a chair", () => {
          expect(drawing.alt.en).toMatch(/^Sitting on a chair/);
        });
      }

      if (/^Stand on your injured leg/.test(exercise.steps[0] ?? "")) {
        it("shows the injured leg working alone: the other foot off the floor at the end", () => {
          const end = place(description, description.end);
          expect(footState(end.skeleton.other, end.feetY.other - end.lift)).toBe("off");
          expect(drawing.alt.en).toMatch(/^Standing on the injured leg|other foot lifts/);
        });
      }
    });
  }
});
