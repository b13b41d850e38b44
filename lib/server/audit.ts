import "server-only";
import { headers } from "next/headers";
import { clientAddressOf } from "@/lib/server/client-address";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AuditOutcome } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/server/actor";
import { db, type Tx } from "@/lib/server/db";
import { toAppError } from "@/lib/server/error-map";
import type { AppErrorCode } from "@/lib/server/errors";

export interface AuditInput {
  action: string;
  outcome: AuditOutcome;
  entityType?: string;
  entityId?: string;
  patientId?: string;
  /** Never patient data: field names, counts, reasons, option choices. */
  detail?: Prisma.InputJsonValue;
}

/**
 * The client's address (the socket's, or a trusted proxy's X-Forwarded-For: the sign-in
 * limiter's rule) and user agent of the request being served; nulls outside a request
 * (scripts, the seed) or when Next cannot give the headers.
 */
export async function requestMeta(): Promise<{ ip: string | null; userAgent: string | null }> {
  try {
    const h = await headers();
    const ip = clientAddressOf(Object.fromEntries(h.entries()));
    return { ip: ip === "unknown" ? null : ip, userAgent: h.get("user-agent")?.slice(0, 300) ?? null };
  } catch {
    return { ip: null, userAgent: null };
  }
}

/** Writes one audit row. Pass the transaction of the write it records, so both commit or neither. */
export async function audit(actor: Actor | null, input: AuditInput, tx: Tx = db): Promise<void> {
  await tx.auditEvent.create({
    data: {
      ...(await requestMeta()),
      clinicId: actor?.clinicId ?? null,
      actorUserId: actor?.userId ?? null,
      actorRole: actor?.role ?? null,
      action: input.action,
      outcome: input.outcome,
      entityType: input.entityType ?? null,
      entityId: input.entityId ?? null,
      patientId: input.patientId ?? null,
      detail: input.detail,
    },
  });
}

const REFUSAL_OUTCOME: Partial<Record<AppErrorCode, AuditOutcome>> = {
  NOT_FOUND: "NOT_FOUND",
  VALIDATION: "INVALID",
  BLOCKED: "DENIED",
  CONFLICT: "CONFLICT",
};

/**
 * Runs a write whose success is audited inside its own transaction. A refusal rolls that
 * transaction back (and any audit row with it), so refusals are audited here, after the
 * rollback. Every expected failure counts (lib/server/error-map.ts: a unique-key race becomes
 * CONFLICT, a clinical or plan-edit error VALIDATION...) and is rethrown as that AppError.
 */
export async function auditRefusals<T>(
  actor: Actor,
  base: { action: string; entityType: string; entityId?: string; patientId?: string; detail?: Prisma.InputJsonValue; outcome?: AuditOutcome },
  fn: () => Promise<T>,
): Promise<T> {
  try {
    return await fn();
  } catch (raw) {
    const err = toAppError(raw);
    if (!err) throw raw;
    // The database is unreachable or saturated: an audit row could not be written either, and
    // trying would only hold the request for another connection timeout.
    if (err.code === "UNAVAILABLE") throw err;
    const outcome = base.outcome ?? REFUSAL_OUTCOME[err.code] ?? "ERROR";
    await audit(actor, {
      action: base.action,
      outcome,
      entityType: base.entityType,
      entityId: base.entityId?.slice(0, 64),
      patientId: base.patientId,
      detail: { ...(base.detail as object | undefined), code: err.code },
    }).catch(() => {});
    throw err;
  }
}
