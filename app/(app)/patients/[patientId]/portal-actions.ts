"use server";

import QRCode from "qrcode";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { STAFF_ROLES } from "@/lib/server/actor";
import { action } from "@/lib/server/action";
import { publicBaseUrl } from "@/lib/server/base-url";
import { createInvitation, revokePortalAccess } from "@/lib/server/invitations";
import { zId } from "@/lib/validation/form";

/** Called as invitePatientAction(patientId). */
export const invitePatientAction = action(
  z.object({}),
  async (_input, { actor, args: [patientId] }) => {
    const { url, expiresAt } = await createInvitation(actor, patientId, await publicBaseUrl());
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
