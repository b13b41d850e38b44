/**
 * A small in-process limiter for sign-in attempts: after 10 failures for one email within
 * 15 minutes, further attempts are refused until the window passes. One app process per
 * clinic server is the deployment model (docs/decisions/003-session-strategy.md); a
 * multi-instance deployment would move this to Postgres.
 */
const WINDOW_MS = 15 * 60 * 1000;
const MAX_FAILURES = 10;
const failures = new Map<string, { count: number; first: number }>();

export function checkSignInRate(key: string, now = Date.now()): boolean {
  const entry = failures.get(key);
  if (!entry) return true;
  if (now - entry.first > WINDOW_MS) {
    failures.delete(key);
    return true;
  }
  return entry.count < MAX_FAILURES;
}

export function recordSignInFailure(key: string, now = Date.now()): void {
  const entry = failures.get(key);
  if (!entry || now - entry.first > WINDOW_MS) failures.set(key, { count: 1, first: now });
  else entry.count += 1;
  if (failures.size > 10_000) failures.delete(failures.keys().next().value as string);
}

export function resetSignInFailures(key: string): void {
  failures.delete(key);
}
