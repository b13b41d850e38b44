import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { foldForSearch } from "@/lib/domain/text";
import type { PatientInput } from "@/lib/validation/patient";
import { assertStaff, type Actor } from "@/lib/server/actor";
import { audit, auditRefusals } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { syncPatientSummaries } from "@/lib/server/plan-summary";

export const PAGE_SIZE = 20;

const listSelect = {
  id: true,
  givenName: true,
  familyName: true,
  dateOfBirth: true,
  activity: true,
  updatedAt: true,
  therapist: { select: { id: true, name: true } },
} satisfies Prisma.PatientSelect;

const detailSelect = {
  ...listSelect,
  sex: true,
  email: true,
  phone: true,
  weeklyRunningKm: true,
  notes: true,
  preferredLanguage: true,
  version: true,
  createdAt: true,
} satisfies Prisma.PatientSelect;

export type PatientListItem = Prisma.PatientGetPayload<{ select: typeof listSelect }>;
export type PatientDetail = Omit<Prisma.PatientGetPayload<{ select: typeof detailSelect }>, "weeklyRunningKm"> & {
  weeklyRunningKm: number | null;
};

function toDetail(row: Prisma.PatientGetPayload<{ select: typeof detailSelect }>): PatientDetail {
  return { ...row, weeklyRunningKm: row.weeklyRunningKm === null ? null : Number(row.weeklyRunningKm) };
}

/** The clinic's patients, optionally filtered by name (accent- and case-insensitive). */
export async function listPatients(
  actor: Actor,
  opts: { query?: string; page?: number } = {},
): Promise<{ items: PatientListItem[]; total: number; page: number; pageCount: number }> {
  assertStaff(actor);
  const folded = foldForSearch(opts.query ?? "").slice(0, 100);
  const where: Prisma.PatientWhereInput = {
    clinicId: actor.clinicId,
    ...(folded ? { AND: folded.split(" ").map((term) => ({ searchName: { contains: term } })) } : {}),
  };
  const total = await db.patient.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const page = Math.min(Math.max(1, Math.floor(opts.page ?? 1)), pageCount);
  const items = await db.patient.findMany({
    where,
    select: listSelect,
    orderBy: [{ familyName: "asc" }, { givenName: "asc" }, { id: "asc" }],
    skip: (page - 1) * PAGE_SIZE,
    take: PAGE_SIZE,
  });
  await audit(actor, {
    action: "patient.list",
    outcome: "SUCCESS",
    entityType: "Patient",
    detail: { searched: folded.length > 0, page, returned: items.length },
  });
  return { items, total, page, pageCount };
}

/** One patient of the actor's clinic; another clinic's id is reported exactly like a missing one. */
export async function getPatient(actor: Actor, patientId: string): Promise<PatientDetail> {
  assertStaff(actor);
  const row = isUuid(patientId) ? await db.patient.findFirst({ where: { id: patientId, clinicId: actor.clinicId }, select: detailSelect }) : null;
  await audit(actor, {
    action: "patient.read",
    outcome: row ? "SUCCESS" : "NOT_FOUND",
    entityType: "Patient",
    entityId: patientId.slice(0, 64),
    patientId: row?.id,
  });
  if (!row) throw new AppError("NOT_FOUND", "We could not find that patient.");
  return toDetail(row);
}

async function assertTherapistInClinic(actor: Actor, therapistId: string, tx: Prisma.TransactionClient) {
  const therapist = await tx.user.findFirst({
    where: { id: therapistId, clinicId: actor.clinicId, role: { in: ["THERAPIST", "ADMIN"] }, active: true },
    select: { id: true },
  });
  if (!therapist) {
    throw new AppError("VALIDATION", undefined, { therapistId: "Choose a therapist from your clinic." });
  }
}

function columns(input: PatientInput) {
  return {
    givenName: input.givenName,
    familyName: input.familyName,
    searchName: foldForSearch(`${input.givenName} ${input.familyName}`),
    dateOfBirth: new Date(`${input.dateOfBirth}T00:00:00Z`),
    sex: input.sex,
    email: input.email ?? null,
    phone: input.phone ?? null,
    activity: input.activity ?? null,
    weeklyRunningKm: input.weeklyRunningKm ?? null,
    notes: input.notes ?? null,
    // Left out: a new patient gets the column's default ("en"), an edit keeps the stored one.
    ...(input.preferredLanguage ? { preferredLanguage: input.preferredLanguage } : {}),
    therapistId: input.therapistId,
  };
}

export async function createPatient(actor: Actor, input: PatientInput): Promise<{ id: string }> {
  assertStaff(actor);
  return auditRefusals(actor, { action: "patient.create", entityType: "Patient" }, () =>
    db.$transaction(async (tx) => {
      await assertTherapistInClinic(actor, input.therapistId, tx);
      // No language chosen: the clinic's default handout language (clinic settings).
      const clinic = input.preferredLanguage ? null : await tx.clinic.findUniqueOrThrow({ where: { id: actor.clinicId }, select: { handoutLanguage: true } });
      const created = await tx.patient.create({
        data: { ...columns(input), ...(clinic ? { preferredLanguage: clinic.handoutLanguage } : {}), clinicId: actor.clinicId },
        select: { id: true },
      });
      await audit(actor, { action: "patient.create", outcome: "SUCCESS", entityType: "Patient", entityId: created.id, patientId: created.id }, tx);
      return created;
    }),
  );
}

/**
 * Saves an edit made on `version`. If someone saved in between, nothing is written and the
 * caller gets CONFLICT, so no edit is silently lost.
 */
export async function updatePatient(actor: Actor, patientId: string, version: number, input: PatientInput): Promise<{ version: number }> {
  assertStaff(actor);
  return auditRefusals(actor, { action: "patient.update", entityType: "Patient", entityId: patientId }, () =>
    db.$transaction(async (tx) => {
      const current = isUuid(patientId) ? await tx.patient.findFirst({ where: { id: patientId, clinicId: actor.clinicId }, select: columnsSelect }) : null;
      if (!current) throw new AppError("NOT_FOUND", "We could not find that patient.");
      await assertTherapistInClinic(actor, input.therapistId, tx);
      const next = columns(input);
      const { count } = await tx.patient.updateMany({
        where: { id: patientId, clinicId: actor.clinicId, version },
        data: { ...next, version: { increment: 1 } },
      });
      if (count === 0) {
        throw new AppError("CONFLICT", "Someone else saved this patient while you were editing. Reload to see their changes.");
      }
      // The worklist shows (and searches) the name and files the row under the therapist.
      if (next.searchName !== current.searchName || next.familyName !== current.familyName || next.therapistId !== current.therapistId) {
        await syncPatientSummaries(tx, actor.clinicId, patientId);
      }
      await audit(
        actor,
        {
          action: "patient.update",
          outcome: "SUCCESS",
          entityType: "Patient",
          entityId: patientId,
          patientId,
          detail: { changed: changedFields(current, next) },
        },
        tx,
      );
      return { version: version + 1 };
    }),
  );
}

const columnsSelect = {
  givenName: true,
  familyName: true,
  searchName: true,
  dateOfBirth: true,
  sex: true,
  email: true,
  phone: true,
  activity: true,
  weeklyRunningKm: true,
  notes: true,
  preferredLanguage: true,
  therapistId: true,
} satisfies Prisma.PatientSelect;

/** Names of the fields an edit changed: the audit records which, never the values. */
function changedFields(before: Prisma.PatientGetPayload<{ select: typeof columnsSelect }>, after: ReturnType<typeof columns>) {
  // Values are strings, enums, dates, Decimals and numbers (Decimal prints through its toString).
  const norm = (v: string | number | Date | Prisma.Decimal | null | undefined) =>
    v instanceof Date ? v.toISOString().slice(0, 10) : v === null || v === undefined ? null : String(Number.isNaN(Number(v)) ? v : Number(v));
  return (Object.keys(after) as (keyof typeof after)[]).filter((k) => k !== "searchName" && norm(before[k]) !== norm(after[k]));
}

export async function listClinicians(actor: Actor): Promise<{ id: string; name: string }[]> {
  assertStaff(actor);
  return db.user.findMany({
    where: { clinicId: actor.clinicId, role: { in: ["THERAPIST", "ADMIN"] }, active: true },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
}

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export function isUuid(value: string): boolean {
  return UUID_RE.test(value);
}
