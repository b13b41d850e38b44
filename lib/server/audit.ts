import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AuditOutcome } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/server/actor";
import { db, type Tx } from "@/lib/server/db";

export interface AuditInput {
  action: string;
  outcome: AuditOutcome;
  entityType?: string;
  entityId?: string;
  patientId?: string;
  /** Never patient data: field names, counts, reasons, option choices. */
  detail?: Prisma.InputJsonValue;
}

/** Writes one audit row. Pass the transaction of the write it records, so both commit or neither. */
export async function audit(actor: Actor | null, input: AuditInput, tx: Tx = db): Promise<void> {
  await tx.auditEvent.create({
    data: {
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
