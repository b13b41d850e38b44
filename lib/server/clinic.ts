import "server-only";
import { clinicContact, type ClinicContact } from "@/lib/domain/injuries/care";
import { localDate } from "@/lib/domain/progress";
import { assertAdmin, type Actor } from "@/lib/server/actor";
import { audit, auditRefusals } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import type { ClinicSettingsInput } from "@/lib/validation/clinic";

/** Today's date in the actor's clinic (its time zone), as yyyy-mm-dd. */
export async function clinicToday(actor: Actor, now = new Date()): Promise<string> {
  const clinic = await db.clinic.findUniqueOrThrow({ where: { id: actor.clinicId }, select: { timeZone: true } });
  return localDate(now, clinic.timeZone);
}

export interface ClinicSettings extends ClinicContact {
  name: string;
}

/** The actor's clinic's phone and emergency number (anyone of the clinic: the portal prints them). */
export async function getClinicContact(actor: Actor): Promise<ClinicContact> {
  const clinic = await db.clinic.findUniqueOrThrow({ where: { id: actor.clinicId }, select: { phone: true, emergencyNumber: true } });
  return clinicContact(clinic);
}

/** The clinic settings an admin edits; anyone else gets NOT_FOUND (audited as DENIED). */
export async function getClinicSettings(actor: Actor): Promise<ClinicSettings> {
  return auditRefusals(actor, { action: "clinic.settings.view", entityType: "Clinic", entityId: actor.clinicId, outcome: "DENIED" }, async () => {
    assertAdmin(actor);
    const clinic = await db.clinic.findUniqueOrThrow({ where: { id: actor.clinicId }, select: { name: true, phone: true, emergencyNumber: true } });
    return { name: clinic.name, ...clinicContact(clinic) };
  });
}

/**
 * Saves the clinic's phone and emergency number (blank clears one), with its audit row, in one
 * transaction. Admins only; anyone else is refused (NOT_FOUND, audited as DENIED). Cached handout
 * PDFs of the clinic are dropped in the same transaction: their care box prints the old numbers.
 */
export async function updateClinicSettings(actor: Actor, input: ClinicSettingsInput): Promise<ClinicSettings> {
  return auditRefusals(actor, { action: "clinic.settings.update", entityType: "Clinic", entityId: actor.clinicId, outcome: "DENIED" }, async () => {
    assertAdmin(actor);
    const next = clinicContact({ phone: input.phone ?? null, emergencyNumber: input.emergencyNumber ?? null });
    return db.$transaction(async (tx) => {
      const before = await tx.clinic.findUniqueOrThrow({ where: { id: actor.clinicId }, select: { phone: true, emergencyNumber: true } });
      const saved = await tx.clinic.update({
        where: { id: actor.clinicId },
        data: { phone: next.phone, emergencyNumber: next.emergencyNumber },
        select: { name: true, phone: true, emergencyNumber: true },
      });
      await tx.handoutCache.deleteMany({ where: { clinicId: actor.clinicId } });
      const changed = (["phone", "emergencyNumber"] as const).filter((field) => (before[field] ?? null) !== next[field]);
      await audit(actor, { action: "clinic.settings.update", outcome: "SUCCESS", entityType: "Clinic", entityId: actor.clinicId, detail: { changed } }, tx);
      return { name: saved.name, ...clinicContact(saved) };
    });
  });
}
