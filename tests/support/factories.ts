/** Unique data per test: a new clinic each time, so tests never see each other's rows. */
import { randomUUID } from "node:crypto";
import { foldForSearch } from "@/lib/domain/text";
import type { Role } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/server/actor";
import { db } from "@/lib/server/db";

// A precomputed argon2id hash of "correct horse battery staple" keeps factories fast.
export const TEST_PASSWORD = "correct horse battery staple";
export const TEST_PASSWORD_HASH = "$argon2id$v=19$m=65536,p=4,t=3$jWOoE4xda3qFFeT2uq+iCw$9EA3gtfYRB/Br9pzErmG90PJ8/KGOyTOpJJDi3K05UA";

export async function makeUser(clinicId: string, role: Role, opts: { name?: string; patientId?: string } = {}) {
  const name = opts.name ?? `${role.toLowerCase()} ${randomUUID().slice(0, 6)}`;
  const user = await db.user.create({
    data: { clinicId, role, name, email: `${randomUUID()}@test.restride.app`, passwordHash: TEST_PASSWORD_HASH, patientId: opts.patientId ?? null },
  });
  const actor: Actor = { userId: user.id, clinicId, role, name, patientId: opts.patientId ?? null };
  return { user, actor };
}

export async function makeClinic(name = `Clinic ${randomUUID().slice(0, 8)}`) {
  const clinic = await db.clinic.create({ data: { name, timeZone: "Europe/London" } });
  const admin = await makeUser(clinic.id, "ADMIN");
  const therapist = await makeUser(clinic.id, "THERAPIST");
  return { clinic, admin: admin.actor, therapist: therapist.actor };
}

export async function makePatient(clinicId: string, therapistId: string, overrides: { givenName?: string; familyName?: string } = {}) {
  const givenName = overrides.givenName ?? "Test";
  const familyName = overrides.familyName ?? `Patient ${randomUUID().slice(0, 6)}`;
  return db.patient.create({
    data: {
      clinicId,
      therapistId,
      givenName,
      familyName,
      searchName: foldForSearch(`${givenName} ${familyName}`),
      dateOfBirth: new Date("1990-05-01T00:00:00Z"),
      sex: "FEMALE",
    },
  });
}

export function patientInputFor(therapistId: string, overrides: Record<string, unknown> = {}) {
  return {
    givenName: "Zoë",
    familyName: "Łukasiewicz-Núñez",
    dateOfBirth: "1988-04-12",
    sex: "FEMALE" as const,
    activity: "Road running",
    weeklyRunningKm: 40,
    therapistId,
    ...overrides,
  };
}
