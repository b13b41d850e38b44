import "server-only";
import { createHash, randomInt } from "node:crypto";
import * as OTPAuth from "otpauth";
import QRCode from "qrcode";
import type { Actor } from "@/lib/server/actor";
import { audit, auditRefusals } from "@/lib/server/audit";
import { db, type Tx } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { sealer } from "@/lib/server/seal";
import { endOtherSessions } from "@/lib/server/sessions";

/**
 * Two-step sign-in (decision 025): a TOTP code from an authenticator app (RFC 6238: SHA-1, 6
 * digits, 30 s, the settings every app reads from a QR code) via the kept `otpauth` library, or
 * one of ten single-use recovery codes. The secret is sealed at rest; a code is accepted once
 * (mfa_last_step), one step either side of now to allow for a phone's clock.
 */
const secrets = sealer("totp-secret");
export const RECOVERY_CODE_COUNT = 10;
const PERIOD = 30;
const WINDOW = 1;
const ISSUER = "Restride";

/** What the user typed, read as a 6-digit code or a recovery code ("k7q2m-x9d4p"), or neither. */
export function readCode(raw: unknown): { kind: "totp" | "recovery"; code: string } | null {
  if (typeof raw !== "string") return null;
  const compact = raw.replace(/[\s-]/g, "").toLowerCase();
  if (/^\d{6}$/.test(compact)) return { kind: "totp", code: compact };
  if (/^[a-z2-9]{10}$/.test(compact)) return { kind: "recovery", code: compact };
  return null;
}

// Letters and digits that cannot be mistaken for each other when copied by hand (no 0/o, 1/l/i).
const RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

/** Ten new recovery codes as shown to the user: two groups of five characters (about 49 bits each). */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const chars = Array.from({ length: 10 }, () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)]).join("");
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
}

export const hashRecoveryCode = (code: string) => createHash("sha256").update(code.replace(/[\s-]/g, "").toLowerCase(), "utf8").digest("hex");

function totp(secretBase32: string, label: string) {
  return new OTPAuth.TOTP({ issuer: ISSUER, label, algorithm: "SHA1", digits: 6, period: PERIOD, secret: OTPAuth.Secret.fromBase32(secretBase32) });
}

/** The time step a code is valid for, or null when it matches none in the window. */
export function stepOfCode(secretBase32: string, code: string, now = Date.now()): number | null {
  const delta = totp(secretBase32, "check").validate({ token: code, timestamp: now, window: WINDOW });
  return delta === null ? null : OTPAuth.TOTP.counter({ period: PERIOD, timestamp: now }) + delta;
}

/** The current code for a secret (tests and the e2e flow play the phone with it). */
export function currentCode(secretBase32: string, now = Date.now()): string {
  return totp(secretBase32, "check").generate({ timestamp: now });
}

export interface MfaSetup {
  /** The key to type in by hand, in groups of four. */
  key: string;
  /** The otpauth:// address the QR code holds. */
  uri: string;
  /** The QR code as an SVG data URL. */
  qrDataUrl: string;
}

async function setupView(secretBase32: string, email: string): Promise<MfaSetup> {
  const uri = totp(secretBase32, email).toString();
  const svg = await QRCode.toString(uri, { type: "svg", margin: 2, errorCorrectionLevel: "M" });
  return { key: secretBase32.match(/.{1,4}/g)!.join(" "), uri, qrDataUrl: `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}` };
}

export interface MfaStatus {
  enabled: boolean;
  enabledAt: Date | null;
  recoveryCodesLeft: number;
  /** The clinic requires it (staff cannot turn it off). */
  required: boolean;
  /** A setup that was started and awaits its first code. */
  pending: MfaSetup | null;
}

export async function getMfaStatus(actor: Actor): Promise<MfaStatus> {
  const user = await db.user.findFirst({
    where: { id: actor.userId, clinicId: actor.clinicId },
    select: { email: true, role: true, mfaEnabledAt: true, mfaPendingSecret: true, clinic: { select: { mfaRequired: true } } },
  });
  if (!user) throw new AppError("NOT_FOUND");
  const recoveryCodesLeft = user.mfaEnabledAt ? await db.mfaRecoveryCode.count({ where: { userId: actor.userId, usedAt: null } }) : 0;
  const pendingSecret = !user.mfaEnabledAt ? secrets.open(user.mfaPendingSecret) : null;
  return {
    enabled: !!user.mfaEnabledAt,
    enabledAt: user.mfaEnabledAt,
    recoveryCodesLeft,
    required: user.role !== "PATIENT" && user.clinic.mfaRequired,
    pending: pendingSecret ? await setupView(pendingSecret, user.email) : null,
  };
}

/** Starts setting up: a new secret, kept aside until the user proves their app has it. */
export async function beginMfaSetup(actor: Actor): Promise<MfaSetup> {
  return auditRefusals(actor, { action: "account.mfa_setup", entityType: "User", entityId: actor.userId }, async () => {
    const user = await db.user.findFirst({ where: { id: actor.userId, clinicId: actor.clinicId }, select: { email: true, mfaEnabledAt: true } });
    if (!user) throw new AppError("NOT_FOUND");
    if (user.mfaEnabledAt) throw new AppError("BLOCKED", "Two-step sign-in is already on.");
    const secret = new OTPAuth.Secret({ size: 20 }).base32;
    await db.user.update({ where: { id: actor.userId }, data: { mfaPendingSecret: secrets.seal(secret) } });
    await audit(actor, { action: "account.mfa_setup", outcome: "SUCCESS", entityType: "User", entityId: actor.userId });
    return setupView(secret, user.email);
  });
}

const WRONG_CODE = "That code is not right. Type the 6 digits your app shows now (they change every 30 seconds).";

async function storeRecoveryCodes(tx: Tx, userId: string): Promise<string[]> {
  const codes = newRecoveryCodes();
  await tx.mfaRecoveryCode.deleteMany({ where: { userId } });
  await tx.mfaRecoveryCode.createMany({ data: codes.map((c) => ({ userId, codeHash: hashRecoveryCode(c) })) });
  return codes;
}

/** Finishes setup with the first code from the app: two-step sign-in is on, other sessions end, and the ten recovery codes are returned once. */
export async function confirmMfaSetup(actor: Actor, rawCode: string): Promise<{ recoveryCodes: string[] }> {
  return auditRefusals(actor, { action: "account.mfa_enable", entityType: "User", entityId: actor.userId }, async () => {
    const user = await db.user.findFirst({ where: { id: actor.userId, clinicId: actor.clinicId }, select: { mfaEnabledAt: true, mfaPendingSecret: true } });
    if (!user) throw new AppError("NOT_FOUND");
    if (user.mfaEnabledAt) throw new AppError("BLOCKED", "Two-step sign-in is already on.");
    const secret = secrets.open(user.mfaPendingSecret);
    if (!secret) throw new AppError("BLOCKED", "Start the setup again: scan the new QR code, then type the code.");
    const code = readCode(rawCode);
    const step = code?.kind === "totp" ? stepOfCode(secret, code.code) : null;
    if (step === null) throw new AppError("VALIDATION", WRONG_CODE, { code: WRONG_CODE });
    return db.$transaction(async (tx) => {
      await tx.user.update({
        where: { id: actor.userId },
        data: { mfaSecret: secrets.seal(secret), mfaPendingSecret: null, mfaEnabledAt: new Date(), mfaLastStep: BigInt(step) },
      });
      const recoveryCodes = await storeRecoveryCodes(tx, actor.userId);
      await endOtherSessions(actor, tx);
      await audit(actor, { action: "account.mfa_enable", outcome: "SUCCESS", entityType: "User", entityId: actor.userId }, tx);
      return { recoveryCodes };
    });
  });
}

/**
 * Checks a sign-in code for a user with two-step sign-in on: a TOTP code (each accepted once:
 * a code seen already, or an older one, fails) or an unused recovery code (used up by this).
 */
export async function acceptSignInCode(user: { id: string; mfaSecret: string | null }, raw: unknown, now = Date.now()): Promise<"totp" | "recovery" | null> {
  const code = readCode(raw);
  if (!code) return null;
  if (code.kind === "recovery") {
    const used = await db.mfaRecoveryCode.updateMany({
      where: { userId: user.id, codeHash: hashRecoveryCode(code.code), usedAt: null },
      data: { usedAt: new Date(now) },
    });
    return used.count ? "recovery" : null;
  }
  const secret = secrets.open(user.mfaSecret);
  const step = secret ? stepOfCode(secret, code.code, now) : null;
  if (step === null) return null;
  // One conditional UPDATE: of two requests with the same code, only one moves the step.
  const moved = await db.$executeRaw`
    UPDATE app_user SET mfa_last_step = ${step} WHERE id = ${user.id}::uuid AND (mfa_last_step IS NULL OR mfa_last_step < ${step})`;
  return moved ? "totp" : null;
}

/** Checks a code from the signed-in user before a change to their two-step settings. */
async function requireOwnCode(actor: Actor, rawCode: string): Promise<void> {
  const user = await db.user.findFirst({ where: { id: actor.userId, clinicId: actor.clinicId }, select: { id: true, mfaSecret: true, mfaEnabledAt: true } });
  if (!user) throw new AppError("NOT_FOUND");
  if (!user.mfaEnabledAt) throw new AppError("BLOCKED", "Two-step sign-in is off.");
  if (!(await acceptSignInCode(user, rawCode))) {
    const message = "That code is not right. Type the 6 digits your app shows now, or one of your recovery codes.";
    throw new AppError("VALIDATION", message, { code: message });
  }
}

/** Ten new recovery codes; the old ones stop working. */
export async function replaceRecoveryCodes(actor: Actor, rawCode: string): Promise<{ recoveryCodes: string[] }> {
  return auditRefusals(actor, { action: "account.mfa_recovery_codes", entityType: "User", entityId: actor.userId }, async () => {
    await requireOwnCode(actor, rawCode);
    return db.$transaction(async (tx) => {
      const recoveryCodes = await storeRecoveryCodes(tx, actor.userId);
      await audit(actor, { action: "account.mfa_recovery_codes", outcome: "SUCCESS", entityType: "User", entityId: actor.userId }, tx);
      return { recoveryCodes };
    });
  });
}

const MFA_OFF = { mfaSecret: null, mfaPendingSecret: null, mfaEnabledAt: null, mfaLastStep: null } as const;

/** Turns two-step sign-in off (with a code), unless the clinic requires it for staff. */
export async function disableMfa(actor: Actor, rawCode: string): Promise<void> {
  await auditRefusals(actor, { action: "account.mfa_disable", entityType: "User", entityId: actor.userId }, async () => {
    const clinic = await db.clinic.findUnique({ where: { id: actor.clinicId }, select: { mfaRequired: true } });
    if (actor.role !== "PATIENT" && clinic?.mfaRequired) throw new AppError("BLOCKED", "Your clinic requires two-step sign-in for staff, so it stays on.");
    await requireOwnCode(actor, rawCode);
    await db.$transaction(async (tx) => {
      await tx.user.update({ where: { id: actor.userId }, data: MFA_OFF });
      await tx.mfaRecoveryCode.deleteMany({ where: { userId: actor.userId } });
      await audit(actor, { action: "account.mfa_disable", outcome: "SUCCESS", entityType: "User", entityId: actor.userId }, tx);
    });
  });
}

/**
 * An admin turns a staff member's two-step sign-in off (a lost phone and no recovery codes): their
 * sessions end, and they set it up again at their next sign-in if the clinic requires it.
 */
export async function resetMfaInTx(tx: Tx, userId: string): Promise<void> {
  await tx.user.update({ where: { id: userId }, data: { ...MFA_OFF, sessionVersion: { increment: 1 } } });
  await tx.mfaRecoveryCode.deleteMany({ where: { userId } });
}
