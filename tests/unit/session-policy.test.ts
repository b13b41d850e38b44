import { expect, it } from "vitest";
import { cookieMaxAgeSeconds, sessionEnd, sessionPolicy } from "@/lib/server/session-policy";

const MIN = 60_000;
const now = Date.parse("2026-12-04T12:00:00Z");
const ago = (ms: number) => new Date(now - ms);

it("staff: 30 minutes idle and 12 hours in all by default; patients: 7 days idle", () => {
  expect(sessionPolicy("THERAPIST", {})).toEqual({ idleMs: 30 * MIN, maxMs: 12 * 60 * MIN });
  expect(sessionPolicy("ADMIN", {})).toEqual(sessionPolicy("THERAPIST", {}));
  expect(sessionPolicy("PATIENT", {}).idleMs).toBe(7 * 24 * 60 * MIN);
  expect(cookieMaxAgeSeconds({})).toBe(30 * 24 * 60 * 60);
});

it("reads the limits from the environment, ignoring nonsense", () => {
  const env = { RESTRIDE_STAFF_IDLE_MINUTES: "15", RESTRIDE_STAFF_MAX_HOURS: "abc", RESTRIDE_PATIENT_IDLE_MINUTES: "-1" };
  expect(sessionPolicy("ADMIN", env)).toEqual({ idleMs: 15 * MIN, maxMs: 12 * 60 * MIN });
  expect(sessionPolicy("PATIENT", env).idleMs).toBe(7 * 24 * 60 * MIN);
});

it("an idle session and a session past its lifetime are over; an active one is not", () => {
  const staff = sessionPolicy("THERAPIST", {});
  expect(sessionEnd({ signedInAt: now - 60 * MIN, lastActiveAt: ago(29 * MIN) }, staff, now)).toBeNull();
  expect(sessionEnd({ signedInAt: now - 60 * MIN, lastActiveAt: ago(31 * MIN) }, staff, now)).toBe("idle");
  // Active all along, but signed in 12 hours and a minute ago.
  expect(sessionEnd({ signedInAt: now - 721 * MIN, lastActiveAt: ago(MIN) }, staff, now)).toBe("lifetime");
  // A cookie from before sign-in times were recorded, or with no activity on record.
  expect(sessionEnd({ signedInAt: undefined, lastActiveAt: ago(MIN) }, staff, now)).toBe("lifetime");
  expect(sessionEnd({ signedInAt: now - MIN, lastActiveAt: null }, staff, now)).toBe("idle");
  // A patient's phone two days later is still signed in.
  expect(sessionEnd({ signedInAt: now - 48 * 60 * MIN, lastActiveAt: ago(47 * 60 * MIN) }, sessionPolicy("PATIENT", {}), now)).toBeNull();
});
