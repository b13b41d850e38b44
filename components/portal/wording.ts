import type { Dose } from "@/lib/domain/clinical/types";
import { addDays } from "@/lib/domain/clinical/dates";

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
 * (lib/domain/clinical/prescription.ts).
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
