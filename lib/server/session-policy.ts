import type { Role } from "@/lib/generated/prisma/enums";

/**
 * How long a session lasts (docs/decisions/022-accounts-and-throttling.md): it ends after
 * `idleMs` without a request, and `maxMs` after signing in whatever happens. Staff sessions are
 * short (a shared clinic computer); a patient stays signed in on their own phone for a week.
 */
export interface SessionPolicy {
  idleMs: number;
  maxMs: number;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

function minutes(raw: string | undefined, fallback: number): number {
  const n = Number(raw);
  return raw && Number.isFinite(n) && n > 0 ? n : fallback;
}

export function sessionPolicy(role: Role, env: Record<string, string | undefined> = process.env): SessionPolicy {
  return role === "PATIENT"
    ? { idleMs: minutes(env.RESTRIDE_PATIENT_IDLE_MINUTES, 7 * 24 * 60) * MINUTE, maxMs: minutes(env.RESTRIDE_PATIENT_MAX_HOURS, 30 * 24) * HOUR }
    : { idleMs: minutes(env.RESTRIDE_STAFF_IDLE_MINUTES, 30) * MINUTE, maxMs: minutes(env.RESTRIDE_STAFF_MAX_HOURS, 12) * HOUR };
}

/** The cookie's own lifetime: the longest any session may last (each is ended earlier by the rules). */
export function cookieMaxAgeSeconds(env: Record<string, string | undefined> = process.env): number {
  return Math.ceil(Math.max(sessionPolicy("PATIENT", env).maxMs, sessionPolicy("ADMIN", env).maxMs) / 1000);
}

export type SessionEnd = "idle" | "lifetime" | null;

/**
 * Why a session is over, or null. `signedInAt` comes from the cookie; `lastActiveAt` from the
 * database (shared by the user's sessions; null: never recorded, so over).
 */
export function sessionEnd(s: { signedInAt: number | undefined; lastActiveAt: Date | null }, policy: SessionPolicy, now = Date.now()): SessionEnd {
  if (!s.signedInAt || now - s.signedInAt > policy.maxMs) return "lifetime";
  if (!s.lastActiveAt || now - s.lastActiveAt.getTime() > policy.idleMs) return "idle";
  return null;
}

/** Activity is written at most this often per user (one small UPDATE a minute, not one per request). */
export const ACTIVITY_WRITE_EVERY_MS = MINUTE;
