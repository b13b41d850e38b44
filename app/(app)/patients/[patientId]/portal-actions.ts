"use server";

import QRCode from "qrcode";
import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { STAFF_ROLES } from "@/lib/server/actor";
import { runAction, type ActionResult } from "@/lib/server/action";
import { createInvitation, revokePortalAccess } from "@/lib/server/invitations";

/** The public base URL for links: NEXTAUTH_URL when set, else the request's own origin. */
async function baseUrl(): Promise<string> {
  if (process.env.NEXTAUTH_URL) return process.env.NEXTAUTH_URL;
  const h = await headers();
  return `${h.get("x-forwarded-proto") ?? "http"}://${h.get("host") ?? "localhost:3000"}`;
}

export async function invitePatientAction(patientId: string): Promise<ActionResult<{ url: string; expiresAt: string; qrSvg: string }>> {
  return runAction(async (actor) => {
    const { url, expiresAt } = await createInvitation(actor, patientId, await baseUrl());
    const qrSvg = await QRCode.toString(url, { type: "svg", margin: 1, errorCorrectionLevel: "M" });
    revalidatePath(`/patients/${patientId}`);
    return { url, expiresAt: expiresAt.toISOString(), qrSvg };
  }, STAFF_ROLES);
}

export async function revokePortalAction(patientId: string): Promise<ActionResult<null>> {
  return runAction(async (actor) => {
    await revokePortalAccess(actor, patientId);
    revalidatePath(`/patients/${patientId}`);
    return null;
  }, STAFF_ROLES);
}
