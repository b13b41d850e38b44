/**
 * Idempotent demo seed: one clinic with an admin, two therapists and a few patients.
 * Fixed ids and upserts make a second run a no-op. Demo passwords are for local use only.
 */
import argon2 from "argon2";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { createPool } from "@/lib/db/pool";
import { foldForSearch } from "@/lib/domain/text";
import { SEEDED_EXERCISES, SEEDED_TEMPLATES } from "@/lib/domain/injuries/content";
import { seedSharedLibrary } from "@/lib/db/template-store";
import { seedDemoClinical } from "@/lib/db/seed-demo-clinical";
import { fillPlanSummaries } from "@/lib/db/plan-summary-fill";
import { withMigrationLock } from "@/lib/db/migrate";

export const DEMO_CLINIC_ID = "00000000-0000-4000-8000-000000000001";
export const DEMO_PASSWORD = "restride-demo";

export const DEMO_USERS = [
  { id: "00000000-0000-4000-8000-0000000000a1", email: "admin@demo.restride.app", name: "Amira Haddad", role: "ADMIN" },
  { id: "00000000-0000-4000-8000-0000000000b1", email: "therapist@demo.restride.app", name: "Tomás Ortega", role: "THERAPIST" },
  { id: "00000000-0000-4000-8000-0000000000b2", email: "therapist2@demo.restride.app", name: "Grace Okafor", role: "THERAPIST" },
] as const;

const DEMO_PATIENTS = [
  {
    id: "00000000-0000-4000-8000-0000000000c1",
    givenName: "Małgorzata",
    familyName: "Wójcik-Sørensen",
    dateOfBirth: "1988-04-12",
    sex: "FEMALE",
    activity: "Road running (half marathon)",
    weeklyRunningKm: 45,
    therapist: 1,
    email: "patient@demo.restride.app",
  },
  {
    id: "00000000-0000-4000-8000-0000000000c2",
    givenName: "Daniel",
    familyName: "Okonkwo",
    dateOfBirth: "1979-09-30",
    sex: "MALE",
    activity: "Masters track, 800 m",
    weeklyRunningKm: 35,
    therapist: 1,
  },
  {
    id: "00000000-0000-4000-8000-0000000000c3",
    givenName: "Siobhán",
    familyName: "Ní Bhriain",
    dateOfBirth: "1995-01-07",
    sex: "FEMALE",
    activity: "Trail running",
    weeklyRunningKm: 60,
    therapist: 2,
  },
  {
    id: "00000000-0000-4000-8000-0000000000c4",
    givenName: "Mateo",
    familyName: "García",
    dateOfBirth: "2001-06-21",
    sex: "MALE",
    activity: "Football (midfield)",
    weeklyRunningKm: 20,
    therapist: 2,
  },
  {
    id: "00000000-0000-4000-8000-0000000000c5",
    givenName: "Hannah",
    familyName: "Becker",
    dateOfBirth: "1969-11-02",
    sex: "FEMALE",
    activity: "Parkrun, 5 km",
    weeklyRunningKm: 15,
    therapist: 1,
  },
  {
    id: "00000000-0000-4000-8000-0000000000ad",
    givenName: "Kwame",
    familyName: "Asante",
    dateOfBirth: "1997-03-15",
    sex: "MALE",
    activity: "Football (left back)",
    weeklyRunningKm: 25,
    therapist: 2,
  },
  {
    id: "00000000-0000-4000-8000-0000000000c7",
    givenName: "Lucía",
    familyName: "Ferreira",
    dateOfBirth: "2001-06-09",
    sex: "FEMALE",
    activity: "Football (striker)",
    weeklyRunningKm: 20,
    therapist: 2,
  },
] as const;

/** The demo patient's portal account (Małgorzata Wójcik-Sørensen). */
export const DEMO_PATIENT_USER = {
  id: "00000000-0000-4000-8000-0000000000d1",
  email: "patient@demo.restride.app",
  name: "Małgorzata Wójcik-Sørensen",
  role: "PATIENT",
  patientId: "00000000-0000-4000-8000-0000000000c1",
} as const;

export interface SeedResult {
  /** True when this run created the demo clinic (a fresh database). */
  demoCreated: boolean;
}

/** A few weeks of clinical history for the demo clinic, once, when the clinic is first created. */
async function seedDemoHistory(prisma: PrismaClient) {
  const today = new Date().toISOString().slice(0, 10);
  const [, tomas, grace] = DEMO_USERS;
  await seedDemoClinical(
    prisma,
    DEMO_CLINIC_ID,
    [
      {
        patientId: DEMO_PATIENTS[0].id,
        therapistId: tomas.id,
        templateKey: "soleus-strain",
        injury: { muscle: "SOLEUS", side: "LEFT", onset: "SUDDEN", duringRunning: true, repeatInjury: false, clinicalGrade: 2 },
        injuredDaysAgo: 12,
        baseline: {
          painRest: 3,
          painWalking: 5,
          heelRaisesStraight: { affected: 8, unaffected: 27 },
          heelRaisesBent: { affected: 6, unaffected: 24 },
          lungeCm: { affected: 7, unaffected: 11 },
        },
        visits: [
          {
            after: 6,
            values: {
              painRest: 1,
              painWalking: 2,
              heelRaisesStraight: { affected: 14, unaffected: 27 },
              heelRaisesBent: { affected: 11, unaffected: 24 },
              lefs: 48,
            },
            checks: { "normal-gait": true },
          },
        ],
        logs: [
          [6, 1, 3, 2],
          [5, 1, 3, 2],
          [4, 0.8, 2, 2],
          [3, 1, 3, 1],
          [2, 0.6, 4, 2],
          [1, 1, 5, 5],
          [0, 0.5, 6, 6],
        ],
      },
      {
        patientId: DEMO_PATIENTS[1].id,
        therapistId: tomas.id,
        templateKey: "gastrocnemius-strain",
        injury: { muscle: "MEDIAL_GASTROCNEMIUS", side: "RIGHT", onset: "SUDDEN", duringRunning: true, repeatInjury: true, clinicalGrade: 1 },
        injuredDaysAgo: 9,
        baseline: { painRest: 1, painWalking: 3, heelRaisesStraight: { affected: 15, unaffected: 26 }, heelRaisesBent: { affected: 18, unaffected: 25 } },
        visits: [{ after: 3, values: { painWalking: 1, lefs: 62 }, checks: { "normal-gait": true } }],
        advanceAfter: 3,
        logs: [
          [4, 1, 2, 1],
          [3, 0.8, 2, 1],
          [2, 1, 2, 1],
          [1, 1, 1, 1],
        ],
      },
      {
        // A hamstring strain, three weeks in, moved on to the strength stage (Askling exercises).
        patientId: DEMO_PATIENTS[3].id,
        therapistId: grace.id,
        templateKey: "hamstring-strain",
        injury: {
          muscle: "BICEPS_FEMORIS_LONG",
          side: "LEFT",
          onset: "SUDDEN",
          duringRunning: true,
          mechanism: "SPRINTING",
          repeatInjury: false,
          clinicalGrade: 2,
        },
        injuredDaysAgo: 20,
        baseline: {
          painRest: 2,
          painWalking: 4,
          activeKneeExtensionDeg: { affected: 40, unaffected: 20 },
          passiveSlrDeg: { affected: 55, unaffected: 80 },
          kneeFlexorForce90Kg: { affected: 12, unaffected: 22 },
          singleLegBridgeReps: { affected: 9, unaffected: 24 },
        },
        visits: [
          {
            after: 7,
            values: { painWalking: 0, kneeFlexorForce90Kg: { affected: 17, unaffected: 22 }, passiveSlrDeg: { affected: 70, unaffected: 80 } },
            checks: { "normal-gait": true, "pain-free-isometric-knee-flexion": true, "pain-free-slow-jog": true },
          },
          {
            after: 14,
            values: {
              kneeFlexorForce90Kg: { affected: 19.5, unaffected: 22.5 },
              kneeFlexorForce15Kg: { affected: 13, unaffected: 18 },
              singleLegBridgeReps: { affected: 17, unaffected: 24 },
            },
          },
        ],
        advanceAfter: 8,
        logs: [
          [9, 1, 1, 0],
          [8, 1, 2, 1],
          [7, 0.8, 1, 1],
          [6, 1, 1, 0],
          [5, 1, 2, 1],
          [4, 0.6, 1, 0],
          [3, 1, 1, 0],
          [2, 1, 2, 1],
          [1, 0.8, 1, 0],
          [0, 1, 1, 0],
        ],
      },
      {
        patientId: DEMO_PATIENTS[2].id,
        therapistId: grace.id,
        templateKey: "soleus-strain",
        injury: { muscle: "SOLEUS", side: "RIGHT", onset: "GRADUAL", duringRunning: true, repeatInjury: false, clinicalGrade: 2 },
        injuredDaysAgo: 3,
        baseline: { painRest: 4, painWalking: 6 },
        screen: { deepVeinTenderness: true, calfSwellingOver3cm: true, pittingOedema: true },
      },
      {
        // A groin (adductor longus) strain from a long kick, in the two-track stage with its running
        // track a step ahead of its exercise track.
        patientId: DEMO_PATIENTS[5].id,
        therapistId: grace.id,
        templateKey: "adductor-strain",
        injury: { muscle: "ADDUCTOR_LONGUS", side: "LEFT", onset: "SUDDEN", duringRunning: false, repeatInjury: false, clinicalGrade: 2 },
        injuredDaysAgo: 10,
        baseline: {
          painRest: 2,
          painWalking: 4,
          squeezePain: 6,
          squeezeMmHg: 140,
          adductionStrengthN: { affected: 120, unaffected: 240 },
          abductionStrengthN: { affected: 230, unaffected: 235 },
        },
        visits: [
          {
            after: 5,
            values: {
              painWalking: 0,
              squeezePain: 2,
              squeezeMmHg: 190,
              adductionStrengthN: { affected: 165, unaffected: 240 },
              abductionStrengthN: { affected: 230, unaffected: 235 },
            },
            checks: { "normal-gait": true, "groin-pain-free-adduction": true, "groin-no-pain-medication": true },
          },
        ],
        advanceAfter: 5,
        trackMoves: [{ track: "running", after: 7 }],
        logs: [
          [3, 1, 2, 1],
          [2, 0.8, 2, 1],
          [1, 1, 1, 1],
        ],
      },
      {
        // Quadriceps: a footballer's kicking strain of the rectus femoris, into the strength stage.
        patientId: DEMO_PATIENTS[6].id,
        therapistId: grace.id,
        templateKey: "quadriceps-strain",
        injury: { muscle: "RECTUS_FEMORIS", side: "RIGHT", onset: "SUDDEN", duringRunning: false, repeatInjury: false, clinicalGrade: 2 },
        injuredDaysAgo: 20,
        baseline: {
          painRest: 2,
          painWalking: 3,
          painResistedHipFlexion: 5,
          kneeExtensorKg: { affected: 17, unaffected: 31 },
          proneKneeBendCm: { affected: 15, unaffected: 3 },
        },
        screen: { mechanism: "KICKING", activeStraightLegRaise: "NORMAL" },
        visits: [
          {
            after: 8,
            values: {
              painWalking: 1,
              painResistedHipFlexion: 2,
              kneeExtensorKg: { affected: 22, unaffected: 31 },
              proneKneeBendCm: { affected: 9, unaffected: 3 },
            },
            checks: { "normal-gait": true },
          },
          {
            after: 15,
            values: {
              painWalking: 0,
              painResistedHipFlexion: 1,
              kneeExtensorKg: { affected: 25, unaffected: 32 },
              proneKneeBendCm: { affected: 6, unaffected: 3 },
            },
          },
        ],
        advanceAfter: 8,
        logs: [
          [5, 1, 2, 1],
          [4, 1, 2, 1],
          [3, 0.8, 3, 2],
          [2, 1, 2, 1],
          [1, 1, 2, 1],
        ],
      },
    ],
    today,
  );
}

/**
 * Seeds reference data (protocol templates) always, and the demo clinic when `demo` is set.
 * It runs under the migration runner's advisory lock, so two instances starting together on an
 * empty database seed one after the other (the second finds the rows and changes nothing), and
 * its writes are upserts (ON CONFLICT) besides.
 */
export function seed(connectionString: string, opts: { demo: boolean; warn?: (line: string) => void }): Promise<SeedResult> {
  return withMigrationLock(connectionString, () => seedLocked(connectionString, opts));
}

async function seedLocked(connectionString: string, opts: { demo: boolean; warn?: (line: string) => void }): Promise<SeedResult> {
  const pool = createPool(connectionString, { max: 2 });
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  try {
    const { drifted } = await seedSharedLibrary(prisma, SEEDED_TEMPLATES, SEEDED_EXERCISES);
    for (const t of drifted) {
      (opts.warn ?? ((line: string) => process.stderr.write(`${line}\n`)))(
        `restride: the seeded template "${t.key}" v${t.version} differs from the stored one; the stored version is kept. ` +
          `Raise the template's version in its content file to publish the change.`,
      );
    }
    if (!opts.demo) return { demoCreated: false };
    const existing = await prisma.clinic.findUnique({ where: { id: DEMO_CLINIC_ID }, select: { id: true } });
    const passwordHash = await argon2.hash(DEMO_PASSWORD, { type: argon2.argon2id });
    await prisma.$transaction(async (tx) => {
      await tx.clinic.upsert({
        where: { id: DEMO_CLINIC_ID },
        // The phone is in Ofcom's range for drama (fictional); 999 is the UK's emergency number.
        // Both are clinic settings an admin edits at /settings, never assumed by the code.
        create: { id: DEMO_CLINIC_ID, name: "Riverside Sports Physio", timeZone: "Europe/London", phone: "020 7946 0000", emergencyNumber: "999" },
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
      await tx.user.upsert({
        where: { email: DEMO_PATIENT_USER.email },
        create: { ...DEMO_PATIENT_USER, clinicId: DEMO_CLINIC_ID, passwordHash },
        update: {},
      });
    });
    if (!existing) await seedDemoHistory(prisma);
    // The worklist's rows for the demo plans (recomputed by the app's refresh when it starts).
    await fillPlanSummaries(prisma);
    return { demoCreated: !existing };
  } finally {
    await prisma.$disconnect();
    await pool.end(); // the adapter does not end a pool it was given
  }
}
