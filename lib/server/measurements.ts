import "server-only";
import { latestMeasurements, type CheckInput, type Measurements } from "@/lib/domain/measures";
import type { MeasurementVisit } from "@/lib/domain/progress";
import { isoDate } from "@/lib/format";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { MeasurementForm } from "@/lib/validation/clinical";
import { assertStaff, type Actor } from "@/lib/server/actor";
import { audit, auditRefusals } from "@/lib/server/audit";
import { db, type Tx } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { isUuid } from "@/lib/server/patients";
import { syncPatientSummaries } from "@/lib/server/plan-summary";

export interface MeasurementRow {
  id: string;
  measuredOn: Date;
  values: Measurements;
  checks: CheckInput;
  recordedBy: string;
}

export async function recordMeasurement(actor: Actor, patientId: string, form: MeasurementForm): Promise<{ id: string }> {
  assertStaff(actor);
  return auditRefusals(actor, { action: "measurement.create", entityType: "Patient", entityId: patientId }, () =>
    db.$transaction(async (tx) => {
      const patient = isUuid(patientId) ? await tx.patient.findFirst({ where: { id: patientId, clinicId: actor.clinicId }, select: { id: true } }) : null;
      if (!patient) throw new AppError("NOT_FOUND", "We could not find that patient.");
      const created = await tx.measurement.create({
        data: {
          clinicId: actor.clinicId,
          patientId,
          measuredOn: new Date(`${form.measuredOn}T00:00:00Z`),
          values: form.values as Prisma.InputJsonValue,
          checks: form.checks,
          recordedById: actor.userId,
        },
        select: { id: true },
      });
      await audit(actor, { action: "measurement.create", outcome: "SUCCESS", entityType: "Measurement", entityId: created.id, patientId }, tx);
      // Gates, the "ready to progress" alert and last activity change with a visit.
      await syncPatientSummaries(tx, actor.clinicId, patientId);
      return created;
    }),
  );
}

/** Latest value of each measure for a patient of the actor's clinic (callers audit their own read). */
export async function latestForPatient(clinicId: string, patientId: string, tx: Tx = db) {
  const rows = await tx.measurement.findMany({
    where: { clinicId, patientId },
    orderBy: [{ measuredOn: "asc" }, { createdAt: "asc" }],
    select: { values: true, checks: true, measuredOn: true },
  });
  // Every visit, oldest first: the gates' per-visit dates read them (lib/domain/progress gateDates).
  const history: MeasurementVisit[] = rows.map((r) => ({
    measuredOn: isoDate(r.measuredOn),
    values: r.values as Measurements,
    checks: r.checks as CheckInput,
  }));
  const merged = latestMeasurements(history);
  return { ...merged, lastMeasuredOn: rows.at(-1)?.measuredOn ?? null, visits: rows.length, history };
}

export async function listMeasurements(actor: Actor, patientId: string): Promise<MeasurementRow[]> {
  assertStaff(actor);
  if (!isUuid(patientId)) return [];
  const rows = await db.measurement.findMany({
    where: { clinicId: actor.clinicId, patientId },
    orderBy: [{ measuredOn: "desc" }, { createdAt: "desc" }],
    select: { id: true, measuredOn: true, values: true, checks: true, recordedById: true },
  });
  const users = await db.user.findMany({ where: { id: { in: [...new Set(rows.map((r) => r.recordedById))] } }, select: { id: true, name: true } });
  const names = new Map(users.map((u) => [u.id, u.name]));
  await audit(actor, { action: "measurement.list", outcome: "SUCCESS", entityType: "Measurement", patientId, detail: { count: rows.length } });
  return rows.map((r) => ({
    id: r.id,
    measuredOn: r.measuredOn,
    values: r.values as Measurements,
    checks: r.checks as CheckInput,
    recordedBy: names.get(r.recordedById) ?? "—",
  }));
}
