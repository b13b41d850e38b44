import type { ExerciseEntry } from "../clinical/types";

const indexes = new WeakMap<readonly ExerciseEntry[], ReadonlyMap<string, ExerciseEntry>>();

/** An exercise library by key, built once per library array (plans, handouts and the portal look exercises up many times). */
export function indexLibrary(exercises: readonly ExerciseEntry[]): ReadonlyMap<string, ExerciseEntry> {
  let index = indexes.get(exercises);
  if (!index) {
    index = new Map(exercises.map((e) => [e.key, e]));
    indexes.set(exercises, index);
  }
  return index;
}
