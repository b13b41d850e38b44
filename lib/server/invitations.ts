import "server-only";
import { asLocale } from "@/lib/domain/clinical/i18n";
import type { Locale } from "@/lib/domain/clinical/types";
import { errorText } from "@/lib/i18n/translate";
import { createHash, randomBytes } from "node:crypto";
import { fullName } from "@/lib/domain/text";
import { assertStaff, type Actor } from "@/lib/server/actor";
import { audit, auditRefusals, requestMeta } from "@/lib/server/audit";
import { hashPassword } from "@/lib/server/auth";
import { db, type Tx } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { LINK_PLACEHOLDER, openLink, purgeOutbox, sealLink } from "@/lib/server/outbox-link";
import { isUuid } from "@/lib/server/patients";

export const INVITATION_DAYS = 7;

export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** 256 random bits, URL-safe. Only its hash is stored. */
export function newToken(): string {
  return randomBytes(32).toString("base64url");
}

export interface PortalAccess {
  account: { email: string; active: boolean; createdAt: Date } | null;
  pendingInvitation: { createdAt: Date; expiresAt: Date } | null;
}

export async function getPortalAccess(actor: Actor, patientId: string): Promise<PortalAccess> {
  assertStaff(actor);
  if (!isUuid(patientId)) throw new AppError("NOT_FOUND", "We could not find that patient.");
  // One statement (the patient page's budget is 8, issue 13): the account and the newest pending invitation.
  const [row] = await db.$queryRaw<
    { email: string | null; active: boolean | null; accountCreatedAt: Date | null; inviteCreatedAt: Date | null; inviteExpiresAt: Date | null }[]
  >`SELECT u."email", u."active", u."created_at" AS "accountCreatedAt", i."created_at" AS "inviteCreatedAt", i."expires_at" AS "inviteExpiresAt"
      FROM "patient" p
      LEFT JOIN "app_user" u ON u."patient_id" = p."id"
      LEFT JOIN LATERAL (
        SELECT "created_at", "expires_at" FROM "patient_invitation"
         WHERE "patient_id" = p."id" AND "used_at" IS NULL AND "revoked_at" IS NULL AND "expires_at" > ${new Date()}
         ORDER BY "created_at" DESC LIMIT 1) i ON true
     WHERE p."id" = ${patientId}::uuid AND p."clinic_id" = ${actor.clinicId}::uuid`;
  if (!row) throw new AppError("NOT_FOUND", "We could not find that patient.");
  return {
    account: row.email !== null && row.accountCreatedAt ? { email: row.email, active: Boolean(row.active), createdAt: row.accountCreatedAt } : null,
    pendingInvitation: row.inviteCreatedAt && row.inviteExpiresAt ? { createdAt: row.inviteCreatedAt, expiresAt: row.inviteExpiresAt } : null,
  };
}

/** A second "Create invitation link" within this long returns the pending invitation again. */
export const INVITATION_REUSE_MS = 10 * 60_000;

/**
 * The patient's pending invitation when it was created within INVITATION_REUSE_MS for the same
 * email address, with its link. Only the token's hash is stored, so the link is read back from
 * the invitation email queued with it, where it is sealed (lib/server/outbox-link.ts), and
 * checked against the hash.
 */
async function recentInvitation(tx: Tx, patientId: string, email: string): Promise<{ url: string; expiresAt: Date } | null> {
  const pending = await tx.patientInvitation.findFirst({
    where: { patientId, usedAt: null, revokedAt: null, expiresAt: { gt: new Date() }, createdAt: { gt: new Date(Date.now() - INVITATION_REUSE_MS) } },
    orderBy: { createdAt: "desc" },
    select: { clinicId: true, tokenHash: true, createdAt: true, expiresAt: true },
  });
  if (!pending) return null;
  const messages = await tx.outboxMessage.findMany({
    where: { clinicId: pending.clinicId, kind: "PORTAL_INVITATION", recipient: email, createdAt: { gte: pending.createdAt } },
    orderBy: { createdAt: "asc" },
    select: { linkSealed: true },
    take: 5,
  });
  for (const m of messages) {
    const link = openLink(m.linkSealed);
    const url = link ? /\/invite\/([A-Za-z0-9_-]+)$/.exec(link) : null;
    if (link && url && hashToken(url[1]!) === pending.tokenHash) return { url: link, expiresAt: pending.expiresAt };
  }
  return null;
}

/**
 * Creates a single-use invitation link (valid 7 days) for the patient, revoking any earlier
 * pending one, and queues the email in the outbox. The link is shown once to the therapist.
 * Idempotent for a short while: asked again within INVITATION_REUSE_MS (a double click, fifty
 * clicks), it returns the same pending invitation and queues no second email.
 */
export async function createInvitation(actor: Actor, patientId: string, baseUrl: string): Promise<{ url: string; expiresAt: Date }> {
  assertStaff(actor);
  return auditRefusals(actor, { action: "portal.invite", entityType: "Patient", entityId: patientId }, () =>
    db.$transaction(async (tx) => {
      // Lock the patient row: two invitations created at once for one patient run one after the other.
      if (isUuid(patientId)) await tx.$queryRaw`SELECT id FROM patient WHERE id = ${patientId}::uuid AND clinic_id = ${actor.clinicId}::uuid FOR UPDATE`;
      const patient = isUuid(patientId)
        ? await tx.patient.findFirst({
            where: { id: patientId, clinicId: actor.clinicId },
            select: { id: true, givenName: true, familyName: true, email: true, account: { select: { active: true } }, clinic: { select: { name: true } } },
          })
        : null;
      if (!patient) throw new AppError("NOT_FOUND", "We could not find that patient.");
      if (!patient.email) {
        throw new AppError("VALIDATION", "Add the patient's email address first: it becomes their sign-in name for the portal.");
      }
      if (patient.account?.active) {
        throw new AppError("CONFLICT", "This patient already has portal access. Revoke it first if they need a new invitation.");
      }
      const clash = await tx.user.findUnique({ where: { email: patient.email.toLowerCase() }, select: { patientId: true } });
      if (clash && clash.patientId !== patient.id)
        throw new AppError("CONFLICT", "Another Restride account already uses this patient's email address. Use a different email for the patient.");
      const reused = await recentInvitation(tx, patient.id, patient.email);
      if (reused) return reused;
      await tx.patientInvitation.updateMany({
        where: { patientId: patient.id, usedAt: null, revokedAt: null },
        data: { revokedAt: new Date() },
      });
      const token = newToken();
      const expiresAt = new Date(Date.now() + INVITATION_DAYS * 86_400_000);
      const invitation = await tx.patientInvitation.create({
        data: { clinicId: actor.clinicId, patientId: patient.id, tokenHash: hashToken(token), expiresAt, createdById: actor.userId },
        select: { id: true },
      });
      const url = `${baseUrl.replace(/\/$/, "")}/invite/${token}`;
      await purgeOutbox(tx);
      await tx.outboxMessage.create({
        data: {
          clinicId: actor.clinicId,
          kind: "PORTAL_INVITATION",
          recipient: patient.email,
          subject: `${patient.clinic.name}: your Restride exercise portal`,
          body: [
            `Hello ${patient.givenName},`,
            "",
            `${actor.name} at ${patient.clinic.name} has set up your Restride portal. There you can see your exercises, log how they went and download your handout.`,
            "",
            `Open this link within ${INVITATION_DAYS} days to choose your password (it works once):`,
            LINK_PLACEHOLDER,
          ].join("\n"),
          linkSealed: sealLink(url),
        },
      });
      await audit(actor, { action: "portal.invite", outcome: "SUCCESS", entityType: "PatientInvitation", entityId: invitation.id, patientId: patient.id }, tx);
      return { url, expiresAt };
    }),
  );
}

/** Revokes pending invitations and switches off the patient's portal account. */
export async function revokePortalAccess(actor: Actor, patientId: string): Promise<void> {
  assertStaff(actor);
  await auditRefusals(actor, { action: "portal.revoke", entityType: "Patient", entityId: patientId }, () =>
    db.$transaction(async (tx) => {
      const patient = isUuid(patientId) ? await tx.patient.findFirst({ where: { id: patientId, clinicId: actor.clinicId }, select: { id: true } }) : null;
      if (!patient) throw new AppError("NOT_FOUND", "We could not find that patient.");
      const invites = await tx.patientInvitation.updateMany({ where: { patientId, usedAt: null, revokedAt: null }, data: { revokedAt: new Date() } });
      const accounts = await tx.user.updateMany({
        where: { patientId, clinicId: actor.clinicId, active: true },
        data: { active: false, sessionVersion: { increment: 1 } }, // ends the patient's sessions now
      });
      await audit(
        actor,
        {
          action: "portal.revoke",
          outcome: "SUCCESS",
          entityType: "Patient",
          entityId: patientId,
          patientId,
          detail: { invitations: invites.count, accounts: accounts.count },
        },
        tx,
      );
    }),
  );
}

/** `locale`: the invited patient's preferred language, the page's language (absent for an unknown link). */
export type InvitationState =
  | { state: "valid"; givenName: string; email: string; clinicName: string; locale: Locale }
  | { state: "expired" | "used" | "revoked" | "invalid"; locale?: Locale };

/** What the invitation page shows for a token (no session: the token is the credential). */
export async function inspectInvitation(token: string): Promise<InvitationState> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return { state: "invalid" };
  const invite = await db.patientInvitation.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      id: true,
      clinicId: true,
      patientId: true,
      usedAt: true,
      revokedAt: true,
      expiresAt: true,
      patient: { select: { givenName: true, email: true, preferredLanguage: true, clinic: { select: { name: true } } } },
    },
  });
  if (!invite) return { state: "invalid" };
  const locale = asLocale(invite.patient.preferredLanguage);
  // The page shows the patient's first name and email: that read is audited.
  await db.auditEvent.create({
    data: {
      ...(await requestMeta()),
      clinicId: invite.clinicId,
      action: "portal.invite_view",
      outcome: "SUCCESS",
      entityType: "PatientInvitation",
      entityId: invite.id,
      patientId: invite.patientId,
    },
  });
  if (invite.usedAt) return { state: "used", locale };
  if (invite.revokedAt) return { state: "revoked", locale };
  if (invite.expiresAt <= new Date()) return { state: "expired", locale };
  return { state: "valid", givenName: invite.patient.givenName, email: invite.patient.email ?? "", clinicName: invite.patient.clinic.name, locale };
}

const INVITE_REFUSED = { expired: "inviteExpired", used: "inviteUsed", revoked: "inviteRevoked", invalid: "inviteInvalid" } as const satisfies Record<
  Exclude<InvitationState["state"], "valid">,
  string
>;

/**
 * The invited patient's language (their record's), for the invitation's messages; English when
 * the token is malformed or unknown (nothing to go on, and nothing is revealed).
 */
export async function invitationLocale(token: string): Promise<Locale> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return "en";
  const invite = await db.patientInvitation.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { patient: { select: { preferredLanguage: true } } },
  });
  return asLocale(invite?.patient.preferredLanguage);
}

/**
 * Uses an invitation: creates (or re-enables) the patient's PATIENT account with the chosen
 * password and marks the invitation used, in one transaction that locks the invitation row,
 * so a link can never be used twice.
 */
export async function acceptInvitation(token: string, password: string): Promise<{ email: string }> {
  const tokenHash = hashToken(token);
  const t = errorText(await invitationLocale(token));
  // Check the token before the (deliberately slow) password hash, so random tokens cost nothing.
  const glance = /^[A-Za-z0-9_-]{20,100}$/.test(token)
    ? await db.patientInvitation.findUnique({
        where: { tokenHash },
        select: { id: true, clinicId: true, patientId: true, usedAt: true, revokedAt: true, expiresAt: true },
      })
    : null;
  const early = !glance ? "invalid" : glance.usedAt ? "used" : glance.revokedAt ? "revoked" : glance.expiresAt <= new Date() ? "expired" : null;
  if (early) {
    if (glance) {
      await db.auditEvent.create({
        data: {
          ...(await requestMeta()),
          clinicId: glance.clinicId,
          action: "portal.accept",
          outcome: "DENIED",
          entityType: "PatientInvitation",
          entityId: glance.id,
          patientId: glance.patientId,
          detail: { reason: early },
        },
      });
    }
    throw new AppError("BLOCKED", t(INVITE_REFUSED[early]));
  }
  const passwordHash = await hashPassword(password);
  return db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM patient_invitation WHERE token_hash = ${tokenHash} FOR UPDATE`;
    const invite = rows[0]
      ? await tx.patientInvitation.findUnique({
          where: { id: rows[0].id },
          include: { patient: { select: { id: true, clinicId: true, givenName: true, familyName: true, email: true } } },
        })
      : null;
    const state: InvitationState["state"] = !invite
      ? "invalid"
      : invite.usedAt
        ? "used"
        : invite.revokedAt
          ? "revoked"
          : invite.expiresAt <= new Date()
            ? "expired"
            : "valid";
    if (state !== "valid" || !invite) {
      if (invite) {
        await db.auditEvent.create({
          data: {
            ...(await requestMeta()),
            clinicId: invite.clinicId,
            action: "portal.accept",
            outcome: "DENIED",
            entityType: "PatientInvitation",
            entityId: invite.id,
            patientId: invite.patientId,
            detail: { reason: state },
          },
        });
      }
      throw new AppError("BLOCKED", t(INVITE_REFUSED[state as Exclude<InvitationState["state"], "valid">]));
    }
    const { patient } = invite;
    if (!patient.email) throw new AppError("BLOCKED", t("inviteNoEmail"));
    const email = patient.email.toLowerCase();
    const existing = await tx.user.findFirst({ where: { patientId: patient.id }, select: { id: true, active: true } });
    if (existing?.active) {
      throw new AppError("BLOCKED", t("inviteHasAccount"));
    }
    const clash = await tx.user.findUnique({ where: { email }, select: { patientId: true } });
    if (clash && clash.patientId !== patient.id) {
      throw new AppError("BLOCKED", t("inviteEmailTaken"));
    }
    const user = existing
      ? await tx.user.update({
          where: { id: existing.id },
          data: { passwordHash, active: true, email, sessionVersion: { increment: 1 } },
          select: { id: true },
        })
      : await tx.user.create({
          data: { clinicId: patient.clinicId, role: "PATIENT", patientId: patient.id, email, name: fullName(patient), passwordHash },
          select: { id: true },
        });
    await tx.patientInvitation.update({ where: { id: invite.id }, data: { usedAt: new Date() } });
    // Any other link for this patient stops working now.
    await tx.patientInvitation.updateMany({ where: { patientId: patient.id, usedAt: null, revokedAt: null }, data: { revokedAt: new Date() } });
    await audit(
      { userId: user.id, clinicId: patient.clinicId, role: "PATIENT", name: "", patientId: patient.id },
      { action: "portal.accept", outcome: "SUCCESS", entityType: "PatientInvitation", entityId: invite.id, patientId: patient.id },
      tx,
    );
    return { email };
  });
}
