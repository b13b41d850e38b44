/** Display formatting shared by pages and handouts. */
const dateFmt = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

/** A calendar date (stored at UTC midnight) as "4 Mar 1990". */
export function formatDate(value: Date | string): string {
  const d = typeof value === "string" ? new Date(`${value.slice(0, 10)}T00:00:00Z`) : value;
  return dateFmt.format(d);
}

export function isoDate(value: Date): string {
  return value.toISOString().slice(0, 10);
}

export function formatDateTime(value: Date, timeZone = "UTC"): string {
  return new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone }).format(value);
}
