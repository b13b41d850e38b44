import "server-only";
import { localDate } from "@/lib/domain/progress";
import type { Actor } from "@/lib/server/actor";
import { db } from "@/lib/server/db";

/** Today's date in the actor's clinic (its time zone), as yyyy-mm-dd. */
export async function clinicToday(actor: Actor, now = new Date()): Promise<string> {
  const clinic = await db.clinic.findUniqueOrThrow({ where: { id: actor.clinicId }, select: { timeZone: true } });
  return localDate(now, clinic.timeZone);
}
