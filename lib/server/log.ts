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

// Outage state lives on globalThis: Next may load this module more than once per process (route
// handlers, server actions, pages), and the log should still say one thing per outage.
const state = globalThis as unknown as { restrideOutage?: { since: number | null; lastBusy: number } };
const outage = (state.restrideOutage ??= { since: null, lastBusy: 0 });

/**
 * One log line when the database goes away and one when it is back (with how long it was gone),
 * instead of one error per request. `down()` is called wherever a database failure is classified
 * as "unreachable" (lib/server/error-map.ts), `up()` whenever a new connection opens
 * (lib/server/db.ts) or the health check reaches the server.
 */
export const dbOutage = {
  down(): void {
    if (outage.since !== null) return;
    outage.since = Date.now();
    console.warn("restride: the database is unreachable; requests answer 503 (forms keep their input) until it is back");
  },
  up(): void {
    if (outage.since === null) return;
    const seconds = ((Date.now() - outage.since) / 1000).toFixed(1);
    outage.since = null;
    console.warn(`restride: the database is reachable again after ${seconds} s`);
  },
  /** True while the last database failure was "unreachable" and no connection has opened since. */
  get isDown(): boolean {
    return outage.since !== null;
  },
  /** Every connection busy: at most one line a minute. */
  busy(detail: string): void {
    if (Date.now() - outage.lastBusy < 60_000) return;
    outage.lastBusy = Date.now();
    console.warn(`restride: the database pool is saturated (${detail}); requests that cannot get a connection answer 503`);
  },
};
