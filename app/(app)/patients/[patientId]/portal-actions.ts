"use server";

import QRCode from "qrcode";
import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { STAFF_ROLES } from "@/lib/server/actor";
import { action } from "@/lib/server/action";
import { createInvitation, revokePortalAccess } from "@/lib/server/invitations";
import { zId } from "@/lib/validation/form";

/** The public base URL for links: NEXTAUTH_URL when set, else the request's own origin. */
async function baseUrl(): Promise<string> {
  if (process.env.NEXTAUTH_URL) return process.env.NEXTAUTH_URL;
  const h = await headers();
  return `${h.get("x-forwarded-proto") ?? "http"}://${h.get("host") ?? "localhost:3000"}`;
}

/** Called as invitePatientAction(patientId). */
export const invitePatientAction = action(
  z.object({}),
  async (_input, { actor, args: [patientId] }) => {
    const { url, expiresAt } = await createInvitation(actor, patientId, await baseUrl());
    const qrSvg = await QRCode.toString(url, { type: "svg", margin: 1, errorCorrectionLevel: "M" });
    revalidatePath(`/patients/${patientId}`);
    return { url, expiresAt: expiresAt.toISOString(), qrSvg };
  },
  { name: "portal.invite", roles: STAFF_ROLES, args: [zId("patient")] },
);

/** Called as revokePortalAction(patientId). */
export const revokePortalAction = action(
  z.object({}),
  async (_input, { actor, args: [patientId] }) => {
    await revokePortalAccess(actor, patientId);
    revalidatePath(`/patients/${patientId}`);
    return null;
  },
  { name: "portal.revoke", roles: STAFF_ROLES, args: [zId("patient")] },
);
