import "server-only";
import { timingSafeEqual } from "node:crypto";
import { SETUP_CODE_MAX_FAILURES, hashSetupCode } from "@/lib/db/setup-code";
import { audit } from "@/lib/server/audit";
import { hashPassword } from "@/lib/server/auth";
import { db, type Db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import type { FirstRunInput } from "@/lib/validation/setup";

/** Whether /setup may be used: no clinic exists yet. */
export async function needsFirstRun(client: Db = db): Promise<boolean> {
  return (await client.clinic.count()) === 0;
}

const WRONG_CODE = "This is not the setup code. Copy it from the terminal where Restride was started (it changes at each start).";

/**
 * Creates the first clinic and its admin with the one-time code `npm start` printed (the first run of
 * issue 11). One transaction that locks the code row: two people submitting at once
 * cannot make two clinics. A wrong code is counted; after 10 the code stops working until the next
 * start. Once a clinic exists the page and this function are gone (NOT_FOUND).
 */
export async function createFirstClinic(input: FirstRunInput, { client = db, now = new Date() }: { client?: Db; now?: Date } = {}): Promise<{ email: string }> {
  const passwordHash = await hashPassword(input.password);
  const outcome = await client.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ code_hash: string; expires_at: Date; failures: number }[]>`
      SELECT code_hash, expires_at, failures FROM setup_code WHERE id = 1 FOR UPDATE`;
    if ((await tx.clinic.count()) > 0) throw new AppError("NOT_FOUND", "Restride is already set up. Sign in instead.");
    const row = rows[0];
    if (!row || row.expires_at <= now || row.failures >= SETUP_CODE_MAX_FAILURES) {
      throw new AppError("BLOCKED", "This setup code no longer works. Restart Restride (npm start) to print a new one.");
    }
    const given = Buffer.from(hashSetupCode(input.code), "hex");
    if (!timingSafeEqual(given, Buffer.from(row.code_hash, "hex"))) {
      await tx.setupCode.update({ where: { id: 1 }, data: { failures: { increment: 1 } } });
      return "wrong" as const;
    }
    if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
      throw new AppError("CONFLICT", "An account already uses this email address.", { email: "An account already uses this email address." });
    }
    const clinic = await tx.clinic.create({ data: { name: input.clinicName, timeZone: input.timeZone }, select: { id: true } });
    const user = await tx.user.create({
      data: { clinicId: clinic.id, role: "ADMIN", name: input.name, email: input.email, passwordHash },
      select: { id: true },
    });
    await tx.setupCode.delete({ where: { id: 1 } });
    await audit(
      { userId: user.id, clinicId: clinic.id, role: "ADMIN", name: input.name, patientId: null },
      { action: "clinic.first_run", outcome: "SUCCESS", entityType: "Clinic", entityId: clinic.id },
      tx,
    );
    return "created" as const;
  });
  if (outcome === "wrong") {
    await audit(null, { action: "clinic.first_run", outcome: "DENIED", entityType: "Clinic", detail: { reason: "wrong_code" } }, client);
    throw new AppError("VALIDATION", WRONG_CODE, { code: WRONG_CODE });
  }
  return { email: input.email };
}
