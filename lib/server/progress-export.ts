import "server-only";
import { normalizeLogs } from "@/lib/domain/progress";
import { fullName } from "@/lib/domain/text";
import { isoDate } from "@/lib/format";
import { STAFF_ROLES, type Actor } from "@/lib/server/actor";
import { audit } from "@/lib/server/audit";
import { csvCell } from "@/lib/server/audit-log";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { isUuid } from "@/lib/server/patients";

/**
 * The patient's daily logs of the newest active plan as CSV, oldest first: the full table the
 * progress page pages through. Audited as an export (the row count, never the content); another
 * clinic's patient is not found, and that refusal is audited too.
 */
export async function exportProgressLogsCsv(actor: Actor, patientId: string): Promise<{ csv: string; filename: string; rows: number }> {
  if (!STAFF_ROLES.includes(actor.role)) {
    // A patient (or any non-staff role) gets the answer for a missing record; the refusal is on the record.
    await audit(actor, { action: "progress.export", outcome: "DENIED", entityType: "Patient", entityId: patientId.slice(0, 64), detail: { role: actor.role } });
    throw new AppError("NOT_FOUND", "We could not find that patient.");
  }
  const patient = isUuid(patientId)
    ? await db.patient.findFirst({
        where: { id: patientId, clinicId: actor.clinicId },
        select: {
          id: true,
          givenName: true,
          familyName: true,
          clinic: { select: { timeZone: true } },
          plans: { where: { status: "ACTIVE" }, orderBy: { createdAt: "desc" }, take: 1, select: { id: true } },
        },
      })
    : null;
  if (!patient) {
    await audit(actor, { action: "progress.export", outcome: "NOT_FOUND", entityType: "Patient", entityId: patientId.slice(0, 64) });
    throw new AppError("NOT_FOUND", "We could not find that patient.");
  }
  const planId = patient.plans[0]?.id;
  const rows = planId
    ? await db.dailyLog.findMany({
        where: { planId, clinicId: actor.clinicId, patientId: patient.id },
        orderBy: { logDate: "asc" },
        select: { logDate: true, setsDone: true, painDuring: true, painNextMorning: true, newSwelling: true, note: true, updatedAt: true },
      })
    : [];
  const logs = normalizeLogs(
    rows.map((r) => ({
      date: isoDate(r.logDate),
      setsDone: (r.setsDone ?? {}) as Record<string, number>,
      painDuring: r.painDuring,
      painNextMorning: r.painNextMorning,
      note: r.note,
      newSwelling: r.newSwelling,
      createdAt: r.updatedAt.toISOString(),
    })),
    patient.clinic.timeZone,
  );
  const header = ["Date", "Sets done", "Pain during (0-10)", "Pain next morning (0-10)", "New swelling", "Note"];
  const lines = logs.map((l) => [
    l.date,
    String(Object.values(l.setsDone).reduce((sum, n) => sum + (Number.isFinite(n) && n > 0 ? n : 0), 0)),
    l.painDuring === null ? "" : String(l.painDuring),
    l.painNextMorning === null ? "" : String(l.painNextMorning),
    l.newSwelling ? "yes" : "no",
    l.note ?? "",
  ]);
  const csv = `${[header, ...lines].map((cells) => cells.map(csvCell).join(",")).join("\r\n")}\r\n`;
  await audit(actor, {
    action: "progress.export",
    outcome: "SUCCESS",
    entityType: "Patient",
    entityId: patient.id,
    patientId: patient.id,
    detail: { rows: logs.length },
  });
  const slug = fullName(patient)
    .normalize("NFKD")
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .toLowerCase();
  return { csv, filename: `restride-logs-${slug || "patient"}.csv`, rows: logs.length };
}
