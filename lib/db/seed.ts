/**
 * Idempotent demo seed: one clinic with an admin, two therapists and a few patients.
 * Fixed ids and upserts make a second run a no-op. Demo passwords are for local use only.
 */
import argon2 from "argon2";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { createPool } from "@/lib/db/pool";
import { foldForSearch } from "@/lib/domain/text";
import { EXERCISE_LIBRARY, PROTOCOL_TEMPLATES } from "@/lib/domain/protocols";
import { seedSharedLibrary } from "@/lib/db/template-store";

export const DEMO_CLINIC_ID = "00000000-0000-4000-8000-000000000001";
export const DEMO_PASSWORD = "restride-demo";

export const DEMO_USERS = [
  { id: "00000000-0000-4000-8000-0000000000a1", email: "admin@demo.restride.app", name: "Amira Haddad", role: "ADMIN" },
  { id: "00000000-0000-4000-8000-0000000000b1", email: "therapist@demo.restride.app", name: "Tomás Ortega", role: "THERAPIST" },
  { id: "00000000-0000-4000-8000-0000000000b2", email: "therapist2@demo.restride.app", name: "Grace Okafor", role: "THERAPIST" },
] as const;

const DEMO_PATIENTS = [
  { id: "00000000-0000-4000-8000-0000000000c1", givenName: "Małgorzata", familyName: "Wójcik-Sørensen", dateOfBirth: "1988-04-12", sex: "FEMALE", activity: "Road running (half marathon)", weeklyRunningKm: 45, therapist: 1 },
  { id: "00000000-0000-4000-8000-0000000000c2", givenName: "Daniel", familyName: "Okonkwo", dateOfBirth: "1979-09-30", sex: "MALE", activity: "Masters track, 800 m", weeklyRunningKm: 35, therapist: 1 },
  { id: "00000000-0000-4000-8000-0000000000c3", givenName: "Siobhán", familyName: "Ní Bhriain", dateOfBirth: "1995-01-07", sex: "FEMALE", activity: "Trail running", weeklyRunningKm: 60, therapist: 2 },
  { id: "00000000-0000-4000-8000-0000000000c4", givenName: "Mateo", familyName: "García", dateOfBirth: "2001-06-21", sex: "MALE", activity: "Football (midfield)", weeklyRunningKm: 20, therapist: 2 },
  { id: "00000000-0000-4000-8000-0000000000c5", givenName: "Hannah", familyName: "Becker", dateOfBirth: "1969-11-02", sex: "FEMALE", activity: "Parkrun, 5 km", weeklyRunningKm: 15, therapist: 1 },
] as const;

export interface SeedResult {
  /** True when this run created the demo clinic (a fresh database). */
  demoCreated: boolean;
}

/** Seeds reference data (protocol templates) always, and the demo clinic when `demo` is set. */
export async function seed(connectionString: string, opts: { demo: boolean }): Promise<SeedResult> {
  const prisma = new PrismaClient({ adapter: new PrismaPg(createPool(connectionString, { max: 2 })) });
  try {
    await seedSharedLibrary(prisma, PROTOCOL_TEMPLATES, EXERCISE_LIBRARY);
    if (!opts.demo) return { demoCreated: false };
    const existing = await prisma.clinic.findUnique({ where: { id: DEMO_CLINIC_ID }, select: { id: true } });
    const passwordHash = await argon2.hash(DEMO_PASSWORD, { type: argon2.argon2id });
    await prisma.$transaction(async (tx) => {
      await tx.clinic.upsert({
        where: { id: DEMO_CLINIC_ID },
        create: { id: DEMO_CLINIC_ID, name: "Riverside Sports Physio", timeZone: "Europe/London" },
        update: {},
      });
      for (const u of DEMO_USERS) {
        await tx.user.upsert({
          where: { email: u.email },
          create: { ...u, clinicId: DEMO_CLINIC_ID, passwordHash },
          update: {},
        });
      }
      for (const { therapist, dateOfBirth, ...p } of DEMO_PATIENTS) {
        await tx.patient.upsert({
          where: { id: p.id },
          create: {
            ...p,
            clinicId: DEMO_CLINIC_ID,
            therapistId: DEMO_USERS[therapist].id,
            dateOfBirth: new Date(`${dateOfBirth}T00:00:00Z`),
            searchName: foldForSearch(`${p.givenName} ${p.familyName}`),
          },
          update: {},
        });
      }
    });
    return { demoCreated: !existing };
  } finally {
    await prisma.$disconnect();
  }
}
