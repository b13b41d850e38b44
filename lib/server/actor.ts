import type { Role } from "@/lib/generated/prisma/enums";
import { AppError } from "@/lib/server/errors";

/** The signed-in user on whose behalf a data function runs. Every query is scoped by it. */
export interface Actor {
  userId: string;
  clinicId: string;
  role: Role;
  name: string;
  /** Set for PATIENT users: the one patient record they may see. */
  patientId: string | null;
  /** The signed-in browser making the request (user_session), when there is one. */
  sessionId?: string;
  /**
   * The clinic requires two-step sign-in and this staff member has not set it up: until they
   * do, only their account page works (lib/server/auth.ts, decision 025).
   */
  mfaSetupRequired?: boolean;
}

export const STAFF_ROLES: readonly Role[] = ["ADMIN", "THERAPIST"];

/**
 * Staff-only data functions call this first. A patient asking for staff data gets the same
 * answer as for a missing record, so ids cannot be probed.
 */
export function assertStaff(actor: Actor): void {
  if (!STAFF_ROLES.includes(actor.role)) throw new AppError("NOT_FOUND");
}

export function assertAdmin(actor: Actor): void {
  if (actor.role !== "ADMIN") throw new AppError("NOT_FOUND");
}

/** Patient-portal data functions call this first: only a PATIENT bound to a record passes. */
export function assertPatient(actor: Actor): asserts actor is Actor & { patientId: string } {
  if (actor.role !== "PATIENT" || !actor.patientId) throw new AppError("NOT_FOUND");
}
