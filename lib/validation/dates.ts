import { z } from "zod";

/** True for a real calendar date written YYYY-MM-DD (rejects 1990-02-30, which Date.parse accepts). */
export function isRealIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * A past-or-today calendar date field with messages that name the field. Pass `today` (the
 * clinic's local date) where it matters; the default is today in UTC.
 */
export function pastDate(label: string, opts: { min?: string; minMessage?: string; today?: string } = {}) {
  return z
    .string({ error: `Enter the ${label}.` })
    .regex(/^\d{4}-\d{2}-\d{2}$/, `Enter the ${label} as a date (YYYY-MM-DD).`)
    .refine(isRealIsoDate, "That date does not exist.")
    .refine((v) => v <= (opts.today ?? todayIso()), `The ${label} cannot be in the future.`)
    .refine((v) => !opts.min || v >= opts.min, opts.minMessage ?? `The ${label} is too far in the past.`);
}
