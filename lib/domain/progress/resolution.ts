/**
 * How a long history is charted: day by day while it spans at most DAILY_LIMIT_DAYS, then one
 * point per week (Monday weeks), so a chart of a year holds about 53 points, not 365. The page's
 * payload then stops growing with the history; the full day-by-day log stays in the paged table
 * and the CSV export.
 */
import { daysBetween } from "../clinical/dates";
import { startOfWeek } from "./time";
import type { PainPoint, WeekDay } from "./types";

/** Histories spanning at most this many days are charted day by day. */
export const DAILY_LIMIT_DAYS = 60;

export type SeriesResolution = "day" | "week";

/** A series as charted: its points (a week's point is dated by the week's first day). */
export interface ChartedSeries<T> {
  resolution: SeriesResolution;
  rows: T[];
}

/**
 * "day" when the history from `from` to `to` (inclusive) spans at most DAILY_LIMIT_DAYS days,
 * "week" beyond that.
 */
export function seriesResolution(from: string, to: string): SeriesResolution {
  return daysBetween(from, to) + 1 <= DAILY_LIMIT_DAYS ? "day" : "week";
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

/**
 * Rows grouped by week: each week's row is dated by its first day and holds, per key, the mean
 * of the values recorded that week (rounded to 1 decimal; null when none was). Weeks with no
 * row at all are left out, as days without a rating are in the daily series.
 */
export function weeklyMeans<T extends { date: string }, K extends keyof T & string>(
  rows: readonly T[],
  keys: readonly K[],
  weekStartsOn: WeekDay = 1,
): ({ date: string } & Record<K, number | null>)[] {
  const weeks = new Map<string, Map<K, number[]>>();
  for (const row of rows) {
    const week = startOfWeek(row.date, weekStartsOn);
    let sums = weeks.get(week);
    if (!sums) weeks.set(week, (sums = new Map<K, number[]>()));
    for (const key of keys) {
      const value = row[key];
      if (typeof value !== "number" || !Number.isFinite(value)) continue;
      const list = sums.get(key);
      if (list) list.push(value);
      else sums.set(key, [value]);
    }
  }
  return [...weeks]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([date, sums]) => {
      const point = { date } as { date: string } & Record<K, number | null>;
      for (const key of keys) {
        const values = sums.get(key);
        (point as Record<K, number | null>)[key] = values?.length ? round1(values.reduce((s, v) => s + v, 0) / values.length) : null;
      }
      return point;
    });
}

const PAIN_KEYS = ["painDuring", "painNextMorning", "painRest", "painWalking"] as const;

/**
 * The pain chart's points: the daily series as it is while the history (first rating to
 * `today`) spans at most DAILY_LIMIT_DAYS days; beyond that the weekly mean of each rating.
 */
export function chartedPain(daily: readonly PainPoint[], today: string): ChartedSeries<PainPoint> {
  const first = daily[0]?.date;
  if (first === undefined || seriesResolution(first, today < first ? first : today) === "day") return { resolution: "day", rows: [...daily] };
  return { resolution: "week", rows: weeklyMeans(daily, PAIN_KEYS) };
}
