// Calendar-date helpers. Dates are ISO "yyyy-mm-dd" strings with no time or zone: arithmetic is
// done on whole UTC days, so results never depend on the server's time zone or DST.
import { ClinicalError } from "./errors";

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 for a valid ISO date, or null. */
function toDayNumber(iso: string): number | null {
  const match = ISO_DATE.exec(iso);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  // Date.UTC rolls 2026-02-30 over to March: reject dates that do not round-trip.
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    return null;
  }
  return ms / MS_PER_DAY;
}

function fromDayNumber(dayNumber: number): string {
  return new Date(dayNumber * MS_PER_DAY).toISOString().slice(0, 10);
}

/** True for a real calendar date written as yyyy-mm-dd (years 0000-9999). */
export function isIsoDate(value: unknown): value is string {
  return typeof value === "string" && toDayNumber(value) !== null;
}

/** Days since 1970-01-01; throws ClinicalError("INVALID_DATE") for anything but a real yyyy-mm-dd date. */
export function parseIsoDate(iso: string): number {
  const dayNumber = toDayNumber(iso);
  if (dayNumber === null) throw new ClinicalError("INVALID_DATE", `Not a valid yyyy-mm-dd date: ${JSON.stringify(iso)}`);
  return dayNumber;
}

export function addDays(iso: string, days: number): string {
  if (!Number.isInteger(days)) throw new RangeError(`addDays needs a whole number of days, got ${days}`);
  return fromDayNumber(parseIsoDate(iso) + days);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return parseIsoDate(to) - parseIsoDate(from);
}

export function compareIsoDates(a: string, b: string): number {
  return Math.sign(parseIsoDate(a) - parseIsoDate(b));
}
