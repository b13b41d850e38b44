// Small builders that keep the template files readable.
import type { ClinicalGrade, Dose, StageExercise } from "../clinical/types";

export const perDay = (times: number): Dose["frequency"] => ({ times, per: "DAY" });
export const perWeek = (times: number): Dose["frequency"] => ({ times, per: "WEEK" });

type Extra = Pick<Dose, "load" | "notes"> & { grades?: ClinicalGrade[] };

function stageExercise(exerciseKey: string, dose: Dose, extra: Extra): StageExercise {
  const { grades, ...doseExtra } = extra;
  const item: StageExercise = { exerciseKey, dose: { ...dose, ...doseExtra } };
  if (grades) item.grades = grades;
  return item;
}

/** Sets x reps. */
export function reps(exerciseKey: string, sets: number, count: number, frequency: Dose["frequency"], painLimit: number, extra: Extra = {}): StageExercise {
  return stageExercise(exerciseKey, { sets, reps: count, frequency, painLimit }, extra);
}

/** Sets x hold time in seconds. */
export function hold(
  exerciseKey: string,
  sets: number,
  holdSeconds: number,
  frequency: Dose["frequency"],
  painLimit: number,
  extra: Extra = {},
): StageExercise {
  return stageExercise(exerciseKey, { sets, holdSeconds, frequency, painLimit }, extra);
}

/** Sets x minutes. */
export function timed(
  exerciseKey: string,
  sets: number,
  durationMinutes: number,
  frequency: Dose["frequency"],
  painLimit: number,
  extra: Extra = {},
): StageExercise {
  return stageExercise(exerciseKey, { sets, durationMinutes, frequency, painLimit }, extra);
}
