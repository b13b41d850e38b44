// The admin's audit log page and CSV export (issue 11): clinic-scoped, filtered, spreadsheet-safe,
// admins only, and reading and exporting it are audited too.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { audit } from "@/lib/server/audit";
import { auditFiltersFrom, csvCell, exportAuditCsv, listAuditEvents } from "@/lib/server/audit-log";
import { makeClinic, makePatient } from "../support/factories";

describe("the audit log for admins", () => {
  it("shows only the clinic's rows, filters by patient, user, action and outcome, and audits its own reading", async () => {
    const a = await makeClinic();
    const b = await makeClinic();
    const zoe = await makePatient(a.clinic.id, a.therapist.userId);
    await db.patient.update({ where: { id: zoe.id }, data: { givenName: "Zoë", familyName: "Quill", searchName: "zoe quill" } });
    await audit(a.therapist, { action: "patient.read", outcome: "SUCCESS", entityType: "Patient", entityId: zoe.id, patientId: zoe.id });
    await audit(a.therapist, { action: "plan.update", outcome: "CONFLICT", entityType: "RehabPlan" });
    await audit(b.therapist, { action: "patient.read", outcome: "SUCCESS" });

    const all = await listAuditEvents(a.admin, {});
    expect(all.items.every((r) => r.actor !== b.therapist.name)).toBe(true);
    const byPatient = await listAuditEvents(a.admin, { patient: "zoe" });
    expect(byPatient.items.map((r) => [r.action, r.patient])).toEqual([["patient.read", "Zoë Quill"]]);
    expect((await listAuditEvents(a.admin, { user: a.therapist.userId, outcome: "CONFLICT" })).items.map((r) => r.action)).toEqual(["plan.update"]);
    expect((await listAuditEvents(a.admin, { action: "nothing.like.this" })).total).toBe(0);
    expect(await db.auditEvent.count({ where: { clinicId: a.clinic.id, action: "audit.read", outcome: "SUCCESS" } })).toBe(4);
  });

  it("exports CSV that a spreadsheet cannot run as a formula; the export is audited", async () => {
    const a = await makeClinic();
    await audit(a.therapist, { action: '=HYPERLINK("http://evil")', outcome: "SUCCESS" });
    const { csv, rows } = await exportAuditCsv(a.admin, {});
    expect(rows).toBe(1);
    expect(csv.split("\r\n")[0]).toBe('"id","time (UTC)","user","role","action","outcome","record","patient","address"');
    expect(csv).toContain('"\'=HYPERLINK(""http://evil"")"');
    expect(csvCell("+1")).toBe(`"'+1"`);
    const exported = await db.auditEvent.findFirstOrThrow({ where: { clinicId: a.clinic.id, action: "audit.export" } });
    expect(exported.detail).toEqual({ rows: 1 });
  });

  it("refuses anyone but an admin with not found, audited as DENIED; bad filters are dropped", async () => {
    const a = await makeClinic();
    const refused = await listAuditEvents(a.therapist, {}).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).code).toBe("NOT_FOUND");
    await expect(exportAuditCsv(a.therapist, {})).rejects.toBeInstanceOf(AppError);
    expect(await db.auditEvent.count({ where: { clinicId: a.clinic.id, action: { in: ["audit.read", "audit.export"] }, outcome: "DENIED" } })).toBe(2);
    expect(auditFiltersFrom({ user: "not-a-uuid", outcome: "MAYBE", from: "2026-02-30", action: "x\u0000" })).toEqual({
      user: undefined,
      patient: undefined,
      action: undefined,
      outcome: undefined,
      from: undefined,
      to: undefined,
    });
  });
});
