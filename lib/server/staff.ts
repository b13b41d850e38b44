import "server-only";
import argon2 from "argon2";
import type { Role, StaffLinkKind } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/server/actor";
import { audit, auditRefusals } from "@/lib/server/audit";
import { hashPassword } from "@/lib/server/auth";
import { db, type Tx } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { LINK_PLACEHOLDER, purgeOutbox, sealLink } from "@/lib/server/outbox-link";
import { INVITATION_DAYS, hashToken, newToken } from "@/lib/server/invitations";
import { resetMfaInTx } from "@/lib/server/mfa";
import { isUuid } from "@/lib/server/patients";
import type { ChangePasswordInput, InviteStaffInput } from "@/lib/validation/staff";
import { asLocale } from "@/lib/domain/clinical/i18n";
import type { Locale } from "@/lib/domain/clinical/types";

/**
 * Clinic administration (docs/decisions/022): admins invite staff by single-use link, change
 * roles, deactivate and reactivate accounts and hand out password-reset links; everyone changes
 * their own password. Every query is scoped to the actor's clinic: another clinic's user is "not
 * found". Each write commits with its audit row; refusals are audited too.
 */

const STAFF: Role[] = ["ADMIN", "THERAPIST"];
const NOT_FOUND = "We could not find that staff member.";
export const LAST_ADMIN = "A clinic needs at least one active admin. Make someone else an admin first.";

export interface StaffMember {
  id: string;
  name: string;
  email: string;
  role: Role;
  active: boolean;
  lastSignInAt: Date | null;
  isSelf: boolean;
  /** Two-step sign-in is on. */
  mfaOn: boolean;
}

export interface PendingStaffInvite {
  id: string;
  name: string;
  email: string;
  role: Role;
  expiresAt: Date;
}

/** Admins only: anyone else gets NOT_FOUND, audited as DENIED. */
async function asAdmin<T>(actor: Actor, base: { action: string; entityType: string; entityId?: string }, fn: () => Promise<T>): Promise<T> {
  if (actor.role !== "ADMIN") {
    await audit(actor, { ...base, entityId: base.entityId?.slice(0, 64), outcome: "DENIED", detail: { reason: "role" } });
    throw new AppError("NOT_FOUND");
  }
  return auditRefusals(actor, base, fn);
}

export async function listStaff(actor: Actor): Promise<{ members: StaffMember[]; invites: PendingStaffInvite[]; mfaRequired: boolean }> {
  return asAdmin(actor, { action: "staff.list", entityType: "Clinic", entityId: actor.clinicId }, async () => {
    const [users, invites, clinic] = await Promise.all([
      db.user.findMany({
        where: { clinicId: actor.clinicId, role: { in: STAFF } },
        orderBy: [{ active: "desc" }, { name: "asc" }],
        select: { id: true, name: true, email: true, role: true, active: true, lastSignInAt: true, mfaEnabledAt: true },
      }),
      db.staffLink.findMany({
        where: { clinicId: actor.clinicId, kind: "INVITE", usedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
        orderBy: { createdAt: "desc" },
        select: { id: true, name: true, email: true, role: true, expiresAt: true },
      }),
      db.clinic.findUniqueOrThrow({ where: { id: actor.clinicId }, select: { mfaRequired: true } }),
    ]);
    return {
      members: users.map(({ mfaEnabledAt, ...u }) => ({ ...u, isSelf: u.id === actor.userId, mfaOn: !!mfaEnabledAt })),
      invites,
      mfaRequired: clinic.mfaRequired,
    };
  });
}

/** Creates a 7-day single-use link (replacing older ones for the email) and queues the email. */
async function createLink(
  tx: Tx,
  actor: Actor,
  link: { kind: StaffLinkKind; email: string; name: string; role: Role; userId?: string },
  baseUrl: string,
): Promise<{ id: string; url: string; expiresAt: Date }> {
  await tx.staffLink.updateMany({
    where: { clinicId: actor.clinicId, email: link.email, usedAt: null, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  const token = newToken();
  const expiresAt = new Date(Date.now() + INVITATION_DAYS * 86_400_000);
  const { id } = await tx.staffLink.create({
    data: { clinicId: actor.clinicId, ...link, tokenHash: hashToken(token), expiresAt, createdById: actor.userId },
    select: { id: true },
  });
  const url = `${baseUrl.replace(/\/$/, "")}/invite/staff/${token}`;
  const clinic = await tx.clinic.findUniqueOrThrow({ where: { id: actor.clinicId }, select: { name: true } });
  await purgeOutbox(tx);
  await tx.outboxMessage.create({
    data: {
      clinicId: actor.clinicId,
      kind: link.kind === "INVITE" ? "STAFF_INVITATION" : "STAFF_PASSWORD_RESET",
      recipient: link.email,
      subject: link.kind === "INVITE" ? `${clinic.name}: your Restride account` : `${clinic.name}: set a new Restride password`,
      body: [
        `Hello ${link.name},`,
        "",
        link.kind === "INVITE" ? `${actor.name} has invited you to ${clinic.name} on Restride.` : `${actor.name} has sent you a link to set a new password.`,
        "",
        `Open this link within ${INVITATION_DAYS} days to choose your password (it works once):`,
        LINK_PLACEHOLDER,
      ].join("\n"),
      linkSealed: sealLink(url),
    },
  });
  return { id, url, expiresAt };
}

export async function inviteStaff(actor: Actor, input: InviteStaffInput, baseUrl: string): Promise<{ url: string; expiresAt: Date }> {
  return asAdmin(actor, { action: "staff.invite", entityType: "StaffLink" }, () =>
    db.$transaction(async (tx) => {
      const taken = await tx.user.findUnique({ where: { email: input.email }, select: { id: true } });
      if (taken) {
        const message = "A Restride account already uses this email address.";
        throw new AppError("CONFLICT", message, { email: message });
      }
      const { id, url, expiresAt } = await createLink(tx, actor, { kind: "INVITE", ...input }, baseUrl);
      await audit(actor, { action: "staff.invite", outcome: "SUCCESS", entityType: "StaffLink", entityId: id, detail: { role: input.role } }, tx);
      return { url, expiresAt };
    }),
  );
}

/** The clinic's staff member `userId`, locked for the change; another clinic's (or a patient) is NOT_FOUND. */
async function lockStaff(tx: Tx, actor: Actor, userId: string) {
  if (!isUuid(userId)) throw new AppError("NOT_FOUND", NOT_FOUND);
  await tx.$queryRaw`SELECT id FROM app_user WHERE id = ${userId}::uuid AND clinic_id = ${actor.clinicId}::uuid FOR UPDATE`;
  const user = await tx.user.findFirst({
    where: { id: userId, clinicId: actor.clinicId, role: { in: STAFF } },
    select: { id: true, name: true, email: true, role: true, active: true },
  });
  if (!user) throw new AppError("NOT_FOUND", NOT_FOUND);
  return user;
}

/** Refuses a change that would leave the clinic without an active admin (admin rows locked, so two changes at once cannot both pass). */
async function assertAnotherAdmin(tx: Tx, actor: Actor, losing: string) {
  const admins = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM app_user WHERE clinic_id = ${actor.clinicId}::uuid AND role = 'ADMIN' AND active ORDER BY id FOR UPDATE`;
  if (!admins.some((a) => a.id !== losing)) throw new AppError("BLOCKED", LAST_ADMIN);
}

export async function changeStaffRole(actor: Actor, userId: string, role: "ADMIN" | "THERAPIST"): Promise<void> {
  await asAdmin(actor, { action: "staff.role", entityType: "User", entityId: userId }, () =>
    db.$transaction(async (tx) => {
      const user = await lockStaff(tx, actor, userId);
      if (user.role === role) return;
      if (user.role === "ADMIN" && user.active) await assertAnotherAdmin(tx, actor, user.id);
      await tx.user.update({ where: { id: user.id }, data: { role } });
      await audit(actor, { action: "staff.role", outcome: "SUCCESS", entityType: "User", entityId: user.id, detail: { from: user.role, to: role } }, tx);
    }),
  );
}

/** Deactivating ends the user's sessions at once; reactivating does not revive them (decision 022). */
export async function setStaffActive(actor: Actor, userId: string, active: boolean): Promise<void> {
  const action = active ? "staff.reactivate" : "staff.deactivate";
  await asAdmin(actor, { action, entityType: "User", entityId: userId }, () =>
    db.$transaction(async (tx) => {
      const user = await lockStaff(tx, actor, userId);
      if (user.active === active) return;
      if (!active && user.id === actor.userId) throw new AppError("BLOCKED", "You cannot deactivate your own account. Ask another admin.");
      if (!active && user.role === "ADMIN") await assertAnotherAdmin(tx, actor, user.id);
      await tx.user.update({ where: { id: user.id }, data: { active, sessionVersion: { increment: 1 } } });
      await audit(actor, { action, outcome: "SUCCESS", entityType: "User", entityId: user.id }, tx);
    }),
  );
}

/** A single-use link to set a new password; the old one keeps working until the link is used. */
export async function createPasswordReset(actor: Actor, userId: string, baseUrl: string): Promise<{ url: string; expiresAt: Date }> {
  return asAdmin(actor, { action: "staff.reset_link", entityType: "User", entityId: userId }, () =>
    db.$transaction(async (tx) => {
      const user = await lockStaff(tx, actor, userId);
      if (!user.active) throw new AppError("BLOCKED", "Reactivate the account first.");
      const link = await createLink(tx, actor, { kind: "RESET", email: user.email, name: user.name, role: user.role, userId: user.id }, baseUrl);
      await audit(actor, { action: "staff.reset_link", outcome: "SUCCESS", entityType: "User", entityId: user.id }, tx);
      return { url: link.url, expiresAt: link.expiresAt };
    }),
  );
}

/**
 * Requires (or stops requiring) two-step sign-in for the clinic's staff. The admin turning it on
 * must use it already, so the clinic cannot lock out the person who set the rule.
 */
export async function setMfaRequired(actor: Actor, required: boolean): Promise<void> {
  await asAdmin(actor, { action: "clinic.mfa_required", entityType: "Clinic", entityId: actor.clinicId }, async () => {
    if (required) {
      const self = await db.user.findFirst({ where: { id: actor.userId, clinicId: actor.clinicId }, select: { mfaEnabledAt: true } });
      if (!self?.mfaEnabledAt)
        throw new AppError("BLOCKED", "Turn on two-step sign-in for your own account first (Your account page), then require it for everyone.");
    }
    await db.$transaction(async (tx) => {
      await tx.clinic.update({ where: { id: actor.clinicId }, data: { mfaRequired: required } });
      await audit(actor, { action: "clinic.mfa_required", outcome: "SUCCESS", entityType: "Clinic", entityId: actor.clinicId, detail: { required } }, tx);
    });
  });
}

/**
 * Turns a staff member's two-step sign-in off (they lost their phone and their recovery codes):
 * their sessions end; if the clinic requires it they set it up again at their next sign-in.
 */
export async function resetStaffMfa(actor: Actor, userId: string): Promise<void> {
  await asAdmin(actor, { action: "staff.mfa_reset", entityType: "User", entityId: userId }, () =>
    db.$transaction(async (tx) => {
      const user = await lockStaff(tx, actor, userId);
      if (user.id === actor.userId) throw new AppError("BLOCKED", "Change your own two-step sign-in on your account page.");
      await resetMfaInTx(tx, user.id);
      await audit(actor, { action: "staff.mfa_reset", outcome: "SUCCESS", entityType: "User", entityId: user.id }, tx);
    }),
  );
}

export type StaffLinkState =
  | { state: "valid"; kind: StaffLinkKind; name: string; email: string; clinicName: string; role: Role; locale: Locale }
  | { state: "expired" | "used" | "revoked" | "invalid" };

const TOKEN = /^[A-Za-z0-9_-]{20,100}$/;

function stateOf(link: { usedAt: Date | null; revokedAt: Date | null; expiresAt: Date } | null): StaffLinkState["state"] {
  return !link ? "invalid" : link.usedAt ? "used" : link.revokedAt ? "revoked" : link.expiresAt <= new Date() ? "expired" : "valid";
}

/** What the link's page shows (no session: the token is the credential). */
export async function inspectStaffLink(token: string): Promise<StaffLinkState> {
  if (!TOKEN.test(token)) return { state: "invalid" };
  const link = await db.staffLink.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      kind: true,
      name: true,
      email: true,
      role: true,
      usedAt: true,
      revokedAt: true,
      expiresAt: true,
      clinic: { select: { name: true } },
      user: { select: { patient: { select: { preferredLanguage: true } } } },
    },
  });
  const state = stateOf(link);
  if (state !== "valid") return { state };
  if (!link) return { state: "invalid" };
  // A patient's own "forgot password" link (lib/server/password-reset.ts) is shown in their language.
  const locale = link.role === "PATIENT" ? asLocale(link.user?.patient?.preferredLanguage) : "en";
  return { state, kind: link.kind, name: link.name, email: link.email, clinicName: link.clinic.name, role: link.role, locale };
}

const LINK_REFUSED = {
  expired: "This link has expired. Ask your clinic's admin for a new one.",
  used: "This link has already been used. Sign in with your email and password instead.",
  revoked: "This link was replaced or cancelled. Use the newest link, or ask your clinic's admin for a new one.",
  invalid: "This link is not valid. Check that you copied all of it, or ask your clinic's admin for a new one.",
} as const;

/**
 * Uses a link: an INVITE creates the account, a RESET sets the new password (which ends the
 * user's older sessions: the app_user trigger bumps session_version). The link row is locked, so
 * it works once.
 */
export async function acceptStaffLink(token: string, password: string): Promise<{ email: string }> {
  const tokenHash = hashToken(token);
  const glance = TOKEN.test(token) ? await db.staffLink.findUnique({ where: { tokenHash }, select: { usedAt: true, revokedAt: true, expiresAt: true } }) : null;
  const early = stateOf(glance);
  if (early !== "valid") throw new AppError("BLOCKED", LINK_REFUSED[early]);
  const passwordHash = await hashPassword(password);
  return db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM staff_link WHERE token_hash = ${tokenHash} FOR UPDATE`;
    const link = rows[0] ? await tx.staffLink.findUnique({ where: { id: rows[0].id } }) : null;
    const state = stateOf(link);
    if (state !== "valid" || !link) throw new AppError("BLOCKED", LINK_REFUSED[state === "valid" ? "invalid" : state]);
    let userId: string;
    if (link.kind === "INVITE") {
      if (await tx.user.findUnique({ where: { email: link.email }, select: { id: true } })) {
        throw new AppError("BLOCKED", "An account already uses this email address. Sign in, or ask your clinic's admin.");
      }
      ({ id: userId } = await tx.user.create({
        data: { clinicId: link.clinicId, role: link.role, name: link.name, email: link.email, passwordHash },
        select: { id: true },
      }));
    } else {
      const user = await tx.user.findFirst({ where: { id: link.userId ?? undefined, clinicId: link.clinicId, active: true }, select: { id: true } });
      if (!user) throw new AppError("BLOCKED", "This account is not active. Ask your clinic's admin.");
      userId = user.id;
      await tx.user.update({ where: { id: userId }, data: { passwordHash, sessionVersion: { increment: 1 } } });
    }
    await tx.staffLink.update({ where: { id: link.id }, data: { usedAt: new Date() } });
    await audit(
      { userId, clinicId: link.clinicId, role: link.role, name: link.name, patientId: null },
      { action: link.kind === "INVITE" ? "staff.accept" : "staff.reset", outcome: "SUCCESS", entityType: "StaffLink", entityId: link.id },
      tx,
    );
    return { email: link.email };
  });
}

/**
 * Changes the actor's own password after checking the current one. Every session of the user
 * ends (session_version); the form signs this browser in again with the new password.
 */
export async function changeOwnPassword(actor: Actor, input: ChangePasswordInput): Promise<{ email: string }> {
  return auditRefusals(actor, { action: "account.password", entityType: "User", entityId: actor.userId }, async () => {
    const user = await db.user.findFirst({ where: { id: actor.userId, clinicId: actor.clinicId }, select: { email: true, passwordHash: true } });
    if (!user) throw new AppError("NOT_FOUND");
    const ok = await argon2.verify(user.passwordHash, input.current).catch(() => false);
    if (!ok) {
      const message = "Your current password is not correct.";
      throw new AppError("VALIDATION", message, { current: message });
    }
    const passwordHash = await hashPassword(input.password);
    await db.$transaction(async (tx) => {
      await tx.user.update({ where: { id: actor.userId }, data: { passwordHash, sessionVersion: { increment: 1 } } });
      await audit(actor, { action: "account.password", outcome: "SUCCESS", entityType: "User", entityId: actor.userId }, tx);
    });
    return { email: user.email };
  });
}
