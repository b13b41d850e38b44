/**
 * A small in-process limiter for sign-in attempts. An attempt is counted before the password
 * is checked (so parallel guesses cannot slip past), and given back when it succeeds; only
 * failures stay counted. Per email: 10 failures in 15 minutes; per client address: 50 (many
 * users can share one address). One app process per clinic server is the deployment model
 * (docs/decisions/003-session-strategy.md); a multi-instance deployment would move this to Postgres.
 */
const WINDOW_MS = 15 * 60 * 1000;
export const LIMITS = { email: 10, ip: 50 } as const;
const attempts = new Map<string, { count: number; first: number }>();

function limitFor(key: string): number {
  return key.startsWith("ip:") ? LIMITS.ip : LIMITS.email;
}

export function checkSignInRate(key: string, now = Date.now()): boolean {
  const entry = attempts.get(key);
  if (!entry) return true;
  if (now - entry.first > WINDOW_MS) {
    attempts.delete(key);
    return true;
  }
  return entry.count < limitFor(key);
}

/** Counts an attempt (call before checking the password). */
export function recordSignInFailure(key: string, now = Date.now()): void {
  const entry = attempts.get(key);
  if (!entry || now - entry.first > WINDOW_MS) attempts.set(key, { count: 1, first: now });
  else entry.count += 1;
  if (attempts.size > 10_000) attempts.delete(attempts.keys().next().value as string);
}

/** A successful sign-in: its attempt is given back, and the email's failures are forgiven. */
export function resetSignInFailures(key: string): void {
  if (key.startsWith("ip:")) {
    const entry = attempts.get(key);
    if (entry) entry.count = Math.max(0, entry.count - 1);
    return;
  }
  attempts.delete(key);
}
