// Exercise pictures of every injury kind: one line per kind, beside ./content.ts. Unlike the
// seeded content, pages read this at run time (plan page, portal, handout model), so it holds
// only the small pose descriptions, and the drawings are made on demand (decision 019).
import { illustrate, type Drawing, type ExerciseIllustrationDescription } from "../../illustrations";
import { ADDUCTOR_ILLUSTRATIONS } from "./adductor/content/illustrations";
import { EXERCISE_ILLUSTRATIONS as CALF_ILLUSTRATIONS } from "./calf/content/illustrations";
import { HAMSTRING_ILLUSTRATIONS } from "./hamstring/content/illustrations";
import { QUADRICEPS_ILLUSTRATIONS } from "./quadriceps/content/illustrations";

/** Pose descriptions by exercise key (keys are unique across kinds, like the exercise library). */
export const EXERCISE_ILLUSTRATIONS: Readonly<Record<string, ExerciseIllustrationDescription>> = {
  ...CALF_ILLUSTRATIONS,
  ...ADDUCTOR_ILLUSTRATIONS,
  ...HAMSTRING_ILLUSTRATIONS,
  ...QUADRICEPS_ILLUSTRATIONS,
};

const drawings = new Map<string, Drawing>();

/**
 * The line drawing for an exercise key: start and end position with the movement arrow, alt text
 * in English and Spanish. Null for an exercise without a description (a clinic's own exercise):
 * show no picture then. Drawings are computed once per key and shared; treat them as read-only.
 */
export function exerciseDrawing(key: string): Drawing | null {
  const cached = drawings.get(key);
  if (cached) return cached;
  const description = Object.hasOwn(EXERCISE_ILLUSTRATIONS, key) ? EXERCISE_ILLUSTRATIONS[key] : undefined;
  if (!description) return null;
  const drawing = illustrate(description);
  drawings.set(key, drawing);
  return drawing;
}
