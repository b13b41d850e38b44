// Cleaning of patient logs before any rule sees them.
import { isIsoDate } from "../clinical/dates";
import { localDate } from "./time";
import type { DailyLog } from "./types";

/** A log after cleaning: a valid date, pain ratings in 0-10 or null, set counts >= 0. */
export interface CleanLog {
  date: string;
  setsDone: Record<string, number>;
  painDuring: number | null;
  painNextMorning: number | null;
  note: string | null;
  /** The patient answered yes to new swelling, redness or warmth in the leg. */
  newSwelling: boolean;
  /** Answers to subjective gates, 0-10 each (others dropped). */
  ratings: Record<string, number>;
  createdAt: string;
}

/** A pain rating 0-10, or null for anything else (missing, NaN, out of range). */
export function painValue(value: number | null | undefined): number | null {
  return typeof value === "number" && Number.isFinite(value) && value >= 0 && value <= 10 ? value : null;
}

function cleanRatings(ratings: DailyLog["ratings"]): Record<string, number> {
  const clean: Record<string, number> = {};
  for (const [key, value] of Object.entries(ratings ?? {})) {
    const rating = painValue(value);
    if (rating !== null) clean[key] = rating;
  }
  return clean;
}

function setCount(value: unknown): number {
  return typeof value === "number" && Number.isFinite(value) && value > 0 ? value : 0;
}

function timestamp(value: string): number {
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? Number.NEGATIVE_INFINITY : ms;
}

/**
 * Cleans logs and returns them oldest first, one per date:
 * - the day is `log.date`; when that is not a valid yyyy-mm-dd and a time zone is given, the
 *   day is derived from `createdAt` in that zone; otherwise the log is dropped;
 * - two logs for the same day: the one with the later `createdAt` wins (an edit replaces the
 *   earlier entry; ties go to the later one in the input);
 * - pain outside 0-10 counts as not rated; negative or non-numeric set counts count as 0.
 */
export function normalizeLogs(logs: readonly DailyLog[], timeZone?: string): CleanLog[] {
  const byDate = new Map<string, { log: CleanLog; at: number }>();
  for (const log of logs) {
    let date: string | null = isIsoDate(log.date) ? log.date : null;
    if (date === null && timeZone !== undefined) {
      try {
        date = localDate(log.createdAt, timeZone);
      } catch {
        date = null;
      }
    }
    if (date === null) continue;
    const setsDone: Record<string, number> = {};
    for (const [key, value] of Object.entries(log.setsDone ?? {})) setsDone[key] = setCount(value);
    const clean: CleanLog = {
      date,
      setsDone,
      painDuring: painValue(log.painDuring),
      painNextMorning: painValue(log.painNextMorning),
      note: typeof log.note === "string" && log.note.trim() !== "" ? log.note.trim() : null,
      newSwelling: log.newSwelling === true,
      ratings: cleanRatings(log.ratings),
      createdAt: log.createdAt,
    };
    const at = timestamp(log.createdAt);
    const existing = byDate.get(date);
    if (!existing || at >= existing.at) byDate.set(date, { log: clean, at });
  }
  return [...byDate.values()].map((entry) => entry.log).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
