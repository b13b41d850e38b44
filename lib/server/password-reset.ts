import "server-only";
import { createHash } from "node:crypto";
import { createTranslator } from "next-intl";
import { z } from "zod";
import type { Locale } from "@/lib/domain/clinical/types";
import { MESSAGES } from "@/lib/i18n/messages";
import { audit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { hashToken, newToken } from "@/lib/server/invitations";
import { LINK_PLACEHOLDER, purgeOutbox, sealLink } from "@/lib/server/outbox-link";
import { asLocale } from "@/lib/domain/clinical/i18n";

/**
 * "Forgot your password?" from the sign-in page (issue 11): anyone types an email address; if an
 * active account uses it, a single-use link to choose a new password goes to the outbox (the
 * staff_link design, kind RESET, valid 2 hours). The answer is the same whether or not the
 * address has an account, and takes the same path through the database, so it reveals nothing.
 * Limits: 3 links an account an hour (more are silently not sent), 20 requests an address an
 * hour (then a "try later" for that address, which says nothing about any account).
 */
export const SELF_RESET_HOURS = 2;
const PER_ACCOUNT_PER_HOUR = 3;
const PER_ADDRESS_PER_HOUR = 20;
const HOUR = 3_600_000;

const emailSchema = z.string().trim().toLowerCase().email().max(254);

const forgotText = (locale: Locale) => createTranslator({ locale, messages: MESSAGES[locale], namespace: "forgot" });

/** `requesterLocale`: the language of the page the request came from (for the refusal). */
export async function requestPasswordReset(
  rawEmail: string,
  baseUrl: string,
  clientAddress: string,
  requesterLocale: Locale = "en",
  now = new Date(),
): Promise<void> {
  const since = new Date(now.getTime() - HOUR);
  if (clientAddress !== "unknown") {
    // Counted in the sign-in limiter's table (shared by every app instance), under its own key.
    const key = createHash("sha256").update(`forgot-password\u0000${clientAddress}`, "utf8").digest("hex");
    const [row] = await db.$queryRaw<{ failures: number }[]>`
      INSERT INTO sign_in_attempt (key, failures, last_failure_at, updated_at) VALUES (${key}, 1, ${now}, ${now})
      ON CONFLICT (key) DO UPDATE SET
        failures = CASE WHEN sign_in_attempt.last_failure_at > ${since} THEN sign_in_attempt.failures + 1 ELSE 1 END,
        last_failure_at = CASE WHEN sign_in_attempt.last_failure_at > ${since} THEN sign_in_attempt.last_failure_at ELSE ${now} END,
        updated_at = ${now}
      RETURNING failures`;
    if ((row?.failures ?? 0) > PER_ADDRESS_PER_HOUR) {
      await audit(null, { action: "auth.password_forgot", outcome: "DENIED", entityType: "User", detail: { reason: "rate_limited" } });
      throw new AppError("RATE_LIMITED", forgotText(requesterLocale)("tooMany"));
    }
  }
  const parsed = emailSchema.safeParse(rawEmail);
  const user = parsed.success
    ? await db.user.findUnique({
        where: { email: parsed.data },
        select: {
          id: true,
          clinicId: true,
          role: true,
          name: true,
          email: true,
          active: true,
          patientId: true,
          patient: { select: { preferredLanguage: true } },
        },
      })
    : null;
  if (!user || !user.active || (user.role === "PATIENT" && !user.patientId)) {
    await audit(null, { action: "auth.password_forgot", outcome: "NOT_FOUND", entityType: "User" });
    return;
  }
  const actor = { userId: user.id, clinicId: user.clinicId, role: user.role, name: user.name, patientId: user.patientId };
  const recent = await db.staffLink.count({ where: { userId: user.id, createdById: user.id, kind: "RESET", createdAt: { gt: since } } });
  if (recent >= PER_ACCOUNT_PER_HOUR) {
    await audit(actor, { action: "auth.password_forgot", outcome: "DENIED", entityType: "User", entityId: user.id, detail: { reason: "too_many_links" } });
    return;
  }
  const locale: Locale = user.role === "PATIENT" ? asLocale(user.patient?.preferredLanguage) : "en";
  const t = forgotText(locale);
  const token = newToken();
  await db.$transaction(async (tx) => {
    // A new link replaces any unused one for the account.
    await tx.staffLink.updateMany({ where: { userId: user.id, kind: "RESET", usedAt: null, revokedAt: null }, data: { revokedAt: now } });
    await tx.staffLink.create({
      data: {
        clinicId: user.clinicId,
        kind: "RESET",
        email: user.email,
        name: user.name,
        role: user.role,
        userId: user.id,
        tokenHash: hashToken(token),
        expiresAt: new Date(now.getTime() + SELF_RESET_HOURS * HOUR),
        createdById: user.id,
      },
    });
    const clinic = await tx.clinic.findUniqueOrThrow({ where: { id: user.clinicId }, select: { name: true } });
    await purgeOutbox(tx, now);
    await tx.outboxMessage.create({
      data: {
        clinicId: user.clinicId,
        kind: "PASSWORD_RESET_REQUESTED",
        recipient: user.email,
        subject: t("emailSubject", { clinic: clinic.name }),
        body: [t("emailHello", { name: user.name }), "", t("emailBody", { hours: SELF_RESET_HOURS }), LINK_PLACEHOLDER, "", t("emailIgnore")].join("\n"),
        linkSealed: sealLink(`${baseUrl.replace(/\/$/, "")}/invite/staff/${token}`),
      },
    });
    await audit(actor, { action: "auth.password_forgot", outcome: "SUCCESS", entityType: "User", entityId: user.id }, tx);
  });
}
