import "server-only";
import { clinicContact, type ClinicContact } from "@/lib/domain/injuries/care";
import { localDate } from "@/lib/domain/progress";
import { assertAdmin, type Actor } from "@/lib/server/actor";
import { audit, auditRefusals } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import type { Locale } from "@/lib/domain/clinical/types";
import type { PaperSize } from "@/lib/pdf/types";
import type { ClinicSettingsInput } from "@/lib/validation/clinic";

/** Today's date in the actor's clinic (its time zone), as yyyy-mm-dd. */
export async function clinicToday(actor: Actor, now = new Date()): Promise<string> {
  const clinic = await db.clinic.findUniqueOrThrow({ where: { id: actor.clinicId }, select: { timeZone: true } });
  return localDate(now, clinic.timeZone);
}

export interface ClinicSettings extends ClinicContact {
  name: string;
  address: string | null;
  timeZone: string;
  handoutLanguage: Locale;
  paperSize: PaperSize;
}

const SETTINGS_SELECT = { name: true, address: true, timeZone: true, handoutLanguage: true, paperSize: true, phone: true, emergencyNumber: true } as const;

function settingsOf(row: {
  name: string;
  address: string | null;
  timeZone: string;
  handoutLanguage: string;
  paperSize: string;
  phone: string | null;
  emergencyNumber: string | null;
}): ClinicSettings {
  return {
    name: row.name,
    address: row.address,
    timeZone: row.timeZone,
    handoutLanguage: row.handoutLanguage === "es" ? "es" : "en",
    paperSize: row.paperSize === "LETTER" ? "LETTER" : "A4",
    ...clinicContact(row),
  };
}

/** The language a new patient's portal and handout start in (clinic settings); any staff member. */
export async function clinicHandoutLanguage(actor: Actor): Promise<Locale> {
  const clinic = await db.clinic.findUniqueOrThrow({ where: { id: actor.clinicId }, select: { handoutLanguage: true } });
  return clinic.handoutLanguage === "es" ? "es" : "en";
}

/** The actor's clinic's phone and emergency number (anyone of the clinic: the portal prints them). */
export async function getClinicContact(actor: Actor): Promise<ClinicContact> {
  const clinic = await db.clinic.findUniqueOrThrow({ where: { id: actor.clinicId }, select: { phone: true, emergencyNumber: true } });
  return clinicContact(clinic);
}

/** The clinic's time zone, for showing times to anyone of the clinic. */
export async function clinicTimeZone(actor: Actor): Promise<string> {
  const clinic = await db.clinic.findUniqueOrThrow({ where: { id: actor.clinicId }, select: { timeZone: true } });
  return clinic.timeZone;
}

/** The clinic settings an admin edits; anyone else gets NOT_FOUND (audited as DENIED). */
export async function getClinicSettings(actor: Actor): Promise<ClinicSettings> {
  return auditRefusals(actor, { action: "clinic.settings.view", entityType: "Clinic", entityId: actor.clinicId, outcome: "DENIED" }, async () => {
    assertAdmin(actor);
    return settingsOf(await db.clinic.findUniqueOrThrow({ where: { id: actor.clinicId }, select: SETTINGS_SELECT }));
  });
}

/**
 * Saves the clinic settings with their audit row, in one transaction: the phone, emergency number
 * and address (blank clears one), and the name, time zone, handout language and paper size (left
 * as they are when absent). Admins only; anyone else is refused (NOT_FOUND, audited as DENIED).
 * Cached handout PDFs of the clinic are dropped in the same transaction: they print the old
 * numbers, name and paper size.
 */
export async function updateClinicSettings(actor: Actor, input: ClinicSettingsInput): Promise<ClinicSettings> {
  return auditRefusals(actor, { action: "clinic.settings.update", entityType: "Clinic", entityId: actor.clinicId, outcome: "DENIED" }, async () => {
    assertAdmin(actor);
    const contact = clinicContact({ phone: input.phone ?? null, emergencyNumber: input.emergencyNumber ?? null });
    const address = input.address?.trim() ? input.address.trim() : null;
    return db.$transaction(async (tx) => {
      const before = await tx.clinic.findUniqueOrThrow({ where: { id: actor.clinicId }, select: SETTINGS_SELECT });
      const next = {
        phone: contact.phone,
        emergencyNumber: contact.emergencyNumber,
        address,
        name: input.name ?? before.name,
        timeZone: input.timeZone ?? before.timeZone,
        handoutLanguage: input.handoutLanguage ?? before.handoutLanguage,
        paperSize: input.paperSize ?? before.paperSize,
      };
      const saved = await tx.clinic.update({ where: { id: actor.clinicId }, data: next, select: SETTINGS_SELECT });
      await tx.handoutCache.deleteMany({ where: { clinicId: actor.clinicId } });
      const changed = (["phone", "emergencyNumber", "name", "address", "timeZone", "handoutLanguage", "paperSize"] as const).filter(
        (field) => (before[field] ?? null) !== next[field],
      );
      await audit(actor, { action: "clinic.settings.update", outcome: "SUCCESS", entityType: "Clinic", entityId: actor.clinicId, detail: { changed } }, tx);
      return settingsOf(saved);
    });
  });
}
