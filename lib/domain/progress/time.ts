// Calendar days in the clinic's time zone. Instants are turned into a local yyyy-mm-dd with
// Intl.DateTimeFormat (DST-safe: no fixed offsets, no server-zone dependence); everything after
// that is whole-day arithmetic on ISO dates (../clinical/dates.ts).
import { addDays, isIsoDate, parseIsoDate } from "../clinical/dates";
import { ClinicalError } from "../clinical/errors";
import type { WeekDay } from "./types";

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    try {
      formatter = new Intl.DateTimeFormat("en-US", {
        timeZone,
        year: "numeric",
        month: "2-digit",
        day: "2-digit",
        calendar: "gregory",
        numberingSystem: "latn",
      });
    } catch {
      throw new RangeError(`Unknown time zone: ${JSON.stringify(timeZone)}`);
    }
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Validates an IANA time zone name; throws RangeError when Intl does not know it. */
export function assertTimeZone(timeZone: string): void {
  formatterFor(timeZone);
}

function toInstant(instant: Date | string): Date {
  const date = instant instanceof Date ? instant : new Date(instant);
  if (Number.isNaN(date.getTime())) {
    throw new ClinicalError("INVALID_DATE", `Not a valid instant: ${JSON.stringify(String(instant))}`);
  }
  return date;
}

/**
 * The calendar date (yyyy-mm-dd) at `instant` in `timeZone`. A string that is already a plain
 * yyyy-mm-dd date is returned unchanged (it names a day, not an instant). Throws ClinicalError
 * ("INVALID_DATE") for an unparseable instant and RangeError for an unknown zone.
 */
export function localDate(instant: Date | string, timeZone: string): string {
  if (typeof instant === "string" && isIsoDate(instant)) {
    assertTimeZone(timeZone);
    return instant;
  }
  const parts = formatterFor(timeZone).formatToParts(toInstant(instant));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  const year = get("year").padStart(4, "0");
  return `${year}-${get("month")}-${get("day")}`;
}

/** 0 = Sunday ... 6 = Saturday, for an ISO date. */
export function dayOfWeek(isoDate: string): WeekDay {
  // 1970-01-01 (day 0) was a Thursday.
  return ((((parseIsoDate(isoDate) + 4) % 7) + 7) % 7) as WeekDay;
}

/** First day of the week containing `isoDate`; weeks start on Monday by default. */
export function startOfWeek(isoDate: string, weekStartsOn: WeekDay = 1): string {
  if (!Number.isInteger(weekStartsOn) || weekStartsOn < 0 || weekStartsOn > 6) {
    throw new RangeError(`weekStartsOn must be 0-6, got ${weekStartsOn}`);
  }
  const back = (dayOfWeek(isoDate) - weekStartsOn + 7) % 7;
  return addDays(isoDate, -back);
}

/** Chart / grouping key of a week: its first day (sortable as a string). */
export function weekKey(isoDate: string, weekStartsOn: WeekDay = 1): string {
  return startOfWeek(isoDate, weekStartsOn);
}

/** ISO 8601 week label, e.g. "2026-W47" (Monday weeks; week 1 holds the year's first Thursday). */
export function isoWeekKey(isoDate: string): string {
  const thursday = addDays(startOfWeek(isoDate, 1), 3);
  const year = thursday.slice(0, 4);
  const week = Math.floor((parseIsoDate(thursday) - parseIsoDate(`${year}-01-01`)) / 7) + 1;
  return `${year}-W${String(week).padStart(2, "0")}`;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;

/** "20 Nov" (same year as `reference`, when given) or "20 Nov 2025": fixed English, no locale data. */
export function formatShortDate(isoDate: string, reference?: string): string {
  parseIsoDate(isoDate);
  const day = Number(isoDate.slice(8, 10));
  const month = MONTHS[Number(isoDate.slice(5, 7)) - 1]!;
  const year = isoDate.slice(0, 4);
  return reference === undefined || reference.slice(0, 4) === year ? `${day} ${month}` : `${day} ${month} ${year}`;
}
