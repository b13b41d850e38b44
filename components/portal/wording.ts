import type { Dose } from "@/lib/domain/clinical/types";
import { addDays } from "@/lib/domain/clinical/dates";
import { prescribedOn, sessionsByWeekday, type ExercisePrescription, type ProgressStage } from "@/lib/domain/progress";

const WEEKDAY = new Intl.DateTimeFormat("en-GB", { weekday: "short", day: "numeric", month: "short", timeZone: "UTC" });

function times(n: number): string {
  return n === 1 ? "once" : n === 2 ? "twice" : `${n} times`;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * A dose in plain words for the patient, e.g. "3 sets of 15, twice a day" (`describeDose` in
 * lib/domain/plan-edits.ts is the clinician's shorthand). Pain is not part of it: the stage's one
 * pain rule is stated once, and an exercise's own limit only where it differs
 * (lib/domain/clinical/stage-prescription.ts).
 */
export function plainDose(d: Dose): string {
  const amount =
    d.reps != null
      ? `${plural(d.sets, "set")} of ${d.reps}`
      : d.holdSeconds != null
        ? `${plural(d.sets, "hold")} of ${d.holdSeconds} seconds`
        : d.durationMinutes != null
          ? d.sets === 1
            ? plural(d.durationMinutes, "minute")
            : `${plural(d.sets, "set")} of ${plural(d.durationMinutes, "minute")}`
          : plural(d.sets, "set");
  const load = d.load ? ` with ${d.load}` : "";
  const often = `${times(d.frequency.times)} a ${d.frequency.per === "DAY" ? "day" : "week"}`;
  return `${amount}${load}, ${often}`;
}

/** "Fri 21 Nov" for an ISO calendar date. */
export function shortDay(iso: string): string {
  return WEEKDAY.format(new Date(`${iso}T00:00:00Z`));
}

/** The days a patient may log, newest first: today and the `back` days before it. */
export function loggableDays(today: string, back: number): { value: string; label: string }[] {
  return Array.from({ length: back + 1 }, (_, i) => {
    const value = addDays(today, -i);
    const prefix = i === 0 ? "Today, " : i === 1 ? "Yesterday, " : "";
    return { value, label: `${prefix}${shortDay(value)}` };
  });
}

/** "single-leg-bridge" → "Single leg bridge", for a logged exercise no longer in the plan. */
export function readableKey(key: string): string {
  const words = key.replace(/[-_]+/g, " ").trim();
  return words ? words[0]!.toUpperCase() + words.slice(1) : key;
}

const WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

function listWords(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)!}`;
}

/** "3 sets, 4 times a week: Mon, Tue, Thu and Sat" or "2 sets, 3 times a day". */
function sessionWords(p: ExercisePrescription): string {
  const often = `${plural(p.setsPerSession, "set")}, ${times(p.timesPer)} a ${p.per === "DAY" ? "day" : "week"}`;
  if (p.per === "DAY") return often;
  const days = sessionsByWeekday({ times: p.timesPer, per: "WEEK" });
  const on = days.every((n) => n > 0) ? "every day" : listWords(WEEKDAYS.filter((_, i) => days[i]! > 0));
  return `${often}: ${on}`;
}

/** One exercise's aim for one day, as the portal shows it: the sets to log, and in words. */
export interface DayAim {
  sets: number;
  text: string;
}

/**
 * The aim the portal shows for a prescription (from `prescribedOn`, the definition adherence and
 * the handout also use): "Your aim today: 6 sets (2 sets, 3 times a day)." or, on a rest day of
 * a weekly exercise, "Your aim today: rest from this one (3 sets, 4 times a week: Mon, Tue, Thu
 * and Sat)." `when` is "today" or "for Thu 3 Dec".
 */
export function aimFor(p: ExercisePrescription, when: string): DayAim {
  const why = sessionWords(p);
  if (p.sets === 0) return { sets: 0, text: `Your aim ${when}: rest from this one (${why}).` };
  const amount = plural(p.sets, "set");
  return { sets: p.sets, text: p.per === "DAY" && p.sessions === 1 ? `Your aim ${when}: ${amount}.` : `Your aim ${when}: ${amount} (${why}).` };
}

/** Per exercise of the stage (in its order): its aim on each of `days` (the first is today), by date. */
export function exerciseAims(stage: Pick<ProgressStage, "exercises">, days: readonly string[]): Record<string, DayAim>[] {
  const perDay = days.map((date, i) => prescribedOn(stage, date).map((p) => aimFor(p, i === 0 ? "today" : `for ${shortDay(date)}`)));
  return stage.exercises.map((_, e) => Object.fromEntries(days.map((date, d) => [date, perDay[d]![e]!])));
}
