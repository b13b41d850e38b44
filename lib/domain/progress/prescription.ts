/**
 * Prescribed work: what a plan stage asks of the patient on one date, per exercise. This is the
 * one definition the portal's aim, the adherence figure (progress page and dashboard) and the
 * handout's tick sheet all read, so a patient who does exactly what the portal shows is 100%
 * adherent (docs/decisions/016-prescribed-work.md).
 *
 * The rule, for a dose of S sets done T times:
 *   - "per DAY": T sessions every day, so S x T sets every day (2 sets 3 times a day = 6 sets).
 *   - "per WEEK": T sessions in each calendar week (Monday to Sunday), on fixed weekdays spread
 *     evenly from Monday: weekday i (0 = Monday ... 6 = Sunday) holds
 *     ceil((i + 1) x T / 7) - ceil(i x T / 7) sessions. Once a week: Mon; twice: Mon, Thu;
 *     3 times: Mon, Wed, Fri; 4 times: Mon, Tue, Thu, Sat; 7 times: every day; more than 7
 *     times: some days hold two. S sets per session are due on those days and none on the others.
 *   A week's days always add up to S x T sets, in whole sessions, and a partial week (the
 *   plan's first week, a stage change mid-week, the week so far) asks for exactly the sessions
 *   whose days it contains.
 *
 * A patient may log up to twice the most sets any one day of the dose asks for (a missed
 * session made up the next day), never less than 2.
 */
import { dayOfWeek } from "./time";
import type { ProgressDose, ProgressStage } from "./types";

function whole(value: number): number {
  return Number.isFinite(value) && value > 0 ? Math.floor(value) : 0;
}

/** Sessions per weekday, Monday first (7 entries), for a dose done `times` times per DAY or per WEEK. */
export function sessionsByWeekday(frequency: ProgressDose["frequency"]): number[] {
  const t = whole(frequency.times);
  if (frequency.per === "DAY") return Array.from({ length: 7 }, () => t);
  return Array.from({ length: 7 }, (_, i) => Math.ceil(((i + 1) * t) / 7) - Math.ceil((i * t) / 7));
}

/** Sessions of a dose due on an ISO date (see the rule at the top of this file). */
export function sessionsOn(frequency: ProgressDose["frequency"], date: string): number {
  const mondayFirst = (dayOfWeek(date) + 6) % 7;
  return sessionsByWeekday(frequency)[mondayFirst]!;
}

/** What one exercise of a stage asks for on one date. */
export interface ExercisePrescription {
  exerciseKey: string;
  per: ProgressDose["frequency"]["per"];
  /** Sets in one session (the dose's sets). */
  setsPerSession: number;
  /** The dose's times per day or per week. */
  timesPer: number;
  /** Sessions due that date. */
  sessions: number;
  /** Sets due that date: setsPerSession x sessions. */
  sets: number;
}

/** Per exercise of the stage (in its order): the sessions and sets due on `date`. */
export function prescribedOn(stage: Pick<ProgressStage, "exercises">, date: string): ExercisePrescription[] {
  return stage.exercises.map((exercise) => {
    const { sets, frequency } = exercise.dose;
    const setsPerSession = whole(sets);
    const sessions = sessionsOn(frequency, date);
    return {
      exerciseKey: exercise.exerciseKey,
      per: frequency.per,
      setsPerSession,
      timesPer: whole(frequency.times),
      sessions,
      sets: setsPerSession * sessions,
    };
  });
}

/** Total sets a stage asks for on `date`. */
export function prescribedSetsOn(stage: Pick<ProgressStage, "exercises">, date: string): number {
  return prescribedOn(stage, date).reduce((sum, p) => sum + p.sets, 0);
}

/** The most sets a patient may log for a dose in one day: twice its busiest day, at least 2. */
export function maxLoggableSets(dose: ProgressDose): number {
  const busiest = Math.max(...sessionsByWeekday(dose.frequency));
  return Math.max(2, 2 * whole(dose.sets) * busiest);
}
