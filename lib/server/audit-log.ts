/**
 * The clinic's audit log for its admins (issue 11): filtered, paged, and exported as CSV. Every
 * query is scoped to the admin's clinic; anyone else gets "not found" and a DENIED row. Reading
 * the log and exporting it are audited too (the export with its row count).
 */
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AuditOutcome } from "@/lib/generated/prisma/enums";
import { foldForSearch } from "@/lib/domain/text";
import { assertAdmin, type Actor } from "@/lib/server/actor";
import { audit, auditRefusals } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { isUuid } from "@/lib/server/patients";
import { isRealIsoDate } from "@/lib/validation/dates";

export const AUDIT_OUTCOMES: readonly AuditOutcome[] = ["SUCCESS", "DENIED", "NOT_FOUND", "INVALID", "CONFLICT", "ERROR"];
export const AUDIT_PAGE_SIZE = 50;
/** The most rows one CSV export holds (a narrower filter gets the rest). */
export const AUDIT_EXPORT_MAX = 50_000;

export interface AuditFilters {
  /** A staff or patient user of the clinic. */
  user?: string;
  /** Part of a patient's name. */
  patient?: string;
  action?: string;
  outcome?: AuditOutcome;
  /** Inclusive days, YYYY-MM-DD (UTC). */
  from?: string;
  to?: string;
}

/** Reads the filters from a query string's values; anything malformed is dropped, never an error. */
export function auditFiltersFrom(params: Record<string, string | string[] | undefined>): AuditFilters {
  const one = (k: string) => {
    const v = params[k];
    const s = Array.isArray(v) ? v[0] : v;
    return s && !s.includes("\u0000") ? s.trim().slice(0, 100) : undefined;
  };
  const day = (k: string) => {
    const v = one(k);
    return v && /^\d{4}-\d{2}-\d{2}$/.test(v) && isRealIsoDate(v) ? v : undefined;
  };
  const outcome = one("outcome");
  const user = one("user");
  return {
    user: user && isUuid(user) ? user : undefined,
    patient: one("patient") || undefined,
    action: one("action") || undefined,
    outcome: AUDIT_OUTCOMES.includes(outcome as AuditOutcome) ? (outcome as AuditOutcome) : undefined,
    from: day("from"),
    to: day("to"),
  };
}

async function whereFor(actor: Actor, f: AuditFilters): Promise<Prisma.AuditEventWhereInput> {
  const where: Prisma.AuditEventWhereInput = { clinicId: actor.clinicId };
  if (f.user) where.actorUserId = f.user;
  if (f.action) where.action = f.action;
  if (f.outcome) where.outcome = f.outcome;
  if (f.from || f.to) {
    where.createdAt = {
      ...(f.from ? { gte: new Date(`${f.from}T00:00:00Z`) } : {}),
      ...(f.to ? { lt: new Date(new Date(`${f.to}T00:00:00Z`).getTime() + 86_400_000) } : {}),
    };
  }
  if (f.patient) {
    const terms = foldForSearch(f.patient).split(" ").filter(Boolean);
    const patients = await db.patient.findMany({
      where: { clinicId: actor.clinicId, AND: terms.map((term) => ({ searchName: { contains: term } })) },
      select: { id: true },
      take: 200,
    });
    where.patientId = { in: patients.map((p) => p.id) };
  }
  return where;
}

export interface AuditRow {
  id: string;
  at: Date;
  actor: string;
  role: string | null;
  action: string;
  outcome: AuditOutcome;
  entity: string;
  patient: string | null;
  ip: string | null;
}

async function rows(actor: Actor, where: Prisma.AuditEventWhereInput, skip: number, take: number): Promise<AuditRow[]> {
  const events = await db.auditEvent.findMany({ where, orderBy: { id: "desc" }, skip, take });
  const userIds = [...new Set(events.flatMap((e) => (e.actorUserId ? [e.actorUserId] : [])))];
  const patientIds = [...new Set(events.flatMap((e) => (e.patientId ? [e.patientId] : [])))];
  const [users, patients] = await Promise.all([
    db.user.findMany({ where: { clinicId: actor.clinicId, id: { in: userIds } }, select: { id: true, name: true } }),
    db.patient.findMany({ where: { clinicId: actor.clinicId, id: { in: patientIds } }, select: { id: true, givenName: true, familyName: true } }),
  ]);
  const userName = new Map(users.map((u) => [u.id, u.name]));
  const patientName = new Map(patients.map((p) => [p.id, `${p.givenName} ${p.familyName}`]));
  return events.map((e) => ({
    id: e.id.toString(),
    at: e.createdAt,
    actor: e.actorUserId ? (userName.get(e.actorUserId) ?? "(removed user)") : "(not signed in)",
    role: e.actorRole,
    action: e.action,
    outcome: e.outcome,
    entity: [e.entityType, e.entityId].filter(Boolean).join(" "),
    patient: e.patientId ? (patientName.get(e.patientId) ?? "(patient)") : null,
    ip: e.ip,
  }));
}

const adminRefusal = (actor: Actor) => (actor.role === "ADMIN" ? {} : { outcome: "DENIED" as const });

/** One page of the log, newest first, with the clinic's users and the actions seen (for the filters). */
export async function listAuditEvents(actor: Actor, filters: AuditFilters, page = 1) {
  return auditRefusals(actor, { action: "audit.read", ...adminRefusal(actor), entityType: "AuditEvent" }, async () => {
    assertAdmin(actor);
    const where = await whereFor(actor, filters);
    const total = await db.auditEvent.count({ where });
    const pageCount = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
    const current = Math.min(Math.max(1, Math.floor(page)), pageCount);
    const [items, users, actions] = await Promise.all([
      rows(actor, where, (current - 1) * AUDIT_PAGE_SIZE, AUDIT_PAGE_SIZE),
      db.user.findMany({ where: { clinicId: actor.clinicId, role: { not: "PATIENT" } }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
      db.auditEvent.findMany({ where: { clinicId: actor.clinicId }, select: { action: true }, distinct: ["action"], orderBy: { action: "asc" }, take: 300 }),
    ]);
    await audit(actor, {
      action: "audit.read",
      outcome: "SUCCESS",
      entityType: "AuditEvent",
      detail: { page: current, returned: items.length, filtered: Object.keys(filters).filter((k) => filters[k as keyof AuditFilters]) },
    });
    return { items, total, page: current, pageCount, users, actions: actions.map((a) => a.action) };
  });
}

/** A CSV cell: quoted, quotes doubled, and a leading = + - @ (a spreadsheet formula) defused with '. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** The filtered log as CSV (newest first, at most AUDIT_EXPORT_MAX rows); the export is audited. */
export async function exportAuditCsv(actor: Actor, filters: AuditFilters): Promise<{ csv: string; rows: number }> {
  return auditRefusals(actor, { action: "audit.export", ...adminRefusal(actor), entityType: "AuditEvent" }, async () => {
    assertAdmin(actor);
    const list = await rows(actor, await whereFor(actor, filters), 0, AUDIT_EXPORT_MAX);
    const header = ["id", "time (UTC)", "user", "role", "action", "outcome", "record", "patient", "address"];
    const lines = [header, ...list.map((r) => [r.id, r.at.toISOString(), r.actor, r.role ?? "", r.action, r.outcome, r.entity, r.patient ?? "", r.ip ?? ""])];
    const csv = `${lines.map((cells) => cells.map(csvCell).join(",")).join("\r\n")}\r\n`;
    await audit(actor, { action: "audit.export", outcome: "SUCCESS", entityType: "AuditEvent", detail: { rows: list.length } });
    return { csv, rows: list.length };
  });
}
