/** Logs an unexpected error without its message text, which can quote patient data. */
export function logUnexpected(where: string, err: unknown): void {
  const e = err as { name?: string; code?: string; stack?: string };
  const frames = (e?.stack ?? "")
    .split("\n")
    .slice(1, 4)
    .map((l) => l.trim())
    .join(" | ");
  console.error(`restride: unexpected error in ${where}: ${e?.name ?? "Error"}${e?.code ? ` (${e.code})` : ""} at ${frames}`);
}
