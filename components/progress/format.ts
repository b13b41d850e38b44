/** Small display helpers shared by the progress page's charts and tables. */
import { formatShortDate } from "@/lib/domain/progress/time";

/** 4 → "4", 42.857 → "42.9". */
export function num(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

/** "3 Mar" (the year only when it is not the reference year). */
export function shortDate(isoDate: string, today?: string): string {
  return formatShortDate(isoDate, today);
}

/** The newest row whose `key` has a value, or undefined. Rows are oldest first. */
export function latestWith<T, K extends keyof T>(rows: readonly T[], key: K): { row: T; value: NonNullable<T[K]> } | undefined {
  for (let i = rows.length - 1; i >= 0; i--) {
    const row = rows[i]!;
    const value = row[key];
    if (value !== null && value !== undefined) return { row, value };
  }
  return undefined;
}
