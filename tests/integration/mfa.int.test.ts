import { describe, expect, it } from "vitest";
import { actorForSession, SignInNeedsCode, verifyCredentials } from "@/lib/server/auth";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { beginMfaSetup, confirmMfaSetup, currentCode, disableMfa, getMfaStatus, replaceRecoveryCodes } from "@/lib/server/mfa";
import { SignInLimiter } from "@/lib/server/rate-limit";
import { endOtherSessions, endOwnSession, listSessions } from "@/lib/server/sessions";
import { resetStaffMfa, setMfaRequired } from "@/lib/server/staff";
import { TEST_PASSWORD, makeClinic } from "../support/factories";

const limiter = new SignInLimiter();
let n = 0;
const address = () => `10.77.${Math.floor(n / 250)}.${(n++ % 250) + 1}`;

async function signIn(email: string, code?: string, from = address()) {
  const user = await verifyCredentials(email, TEST_PASSWORD, from, limiter, { code, userAgent: "Mozilla/5.0 (Windows NT 10.0) Firefox/140.0" });
  if (!user) throw new Error("sign-in refused");
  return { uid: user.id, sv: user.sessionVersion, at: Date.now(), sid: user.sid };
}

async function refusal(p: Promise<unknown>): Promise<string> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  if (err instanceof SignInNeedsCode) return err.reason;
  if (err instanceof AppError) return err.code;
  throw new Error(`expected a refusal, got ${String(err)}`);
}

/** A therapist with two-step sign-in on: the secret as their phone holds it, and the recovery codes. */
async function therapistWithMfa() {
  const c = await makeClinic();
  const { email } = await db.user.findUniqueOrThrow({ where: { id: c.therapist.userId } });
  const claims = await signIn(email);
  const actor = (await actorForSession(claims))!;
  const setup = await beginMfaSetup(actor);
  const secret = setup.key.replace(/ /g, "");
  const { recoveryCodes } = await confirmMfaSetup(actor, currentCode(secret));
  return { ...c, email, actor, claims, secret, recoveryCodes, setup };
}

// The next code the phone will show (within the one-step window; the current one was used to confirm).
const nextCode = (secret: string) => currentCode(secret, Date.now() + 30_000);

describe("two-step sign-in (TOTP)", () => {
  it("setup shows a QR code and key for the authenticator app and stores the secret sealed, never in clear text", async () => {
    const { actor, secret, setup, recoveryCodes } = await therapistWithMfa();
    expect(setup.uri).toMatch(/^otpauth:\/\/totp\/Restride:.+\?.*secret=/);
    expect(setup.qrDataUrl).toMatch(/^data:image\/svg\+xml;base64,/);
    const row = await db.user.findUniqueOrThrow({ where: { id: actor.userId } });
    expect(row.mfaSecret).not.toContain(secret);
    expect(row.mfaSecret).toMatch(/^v1\./);
    expect(recoveryCodes).toHaveLength(10);
    const stored = await db.mfaRecoveryCode.findMany({ where: { userId: actor.userId } });
    expect(stored).toHaveLength(10);
    expect(stored.map((s) => s.codeHash)).not.toContain(recoveryCodes[0]);
    expect(await getMfaStatus(actor)).toMatchObject({ enabled: true, recoveryCodesLeft: 10, pending: null });
  });

  it("a wrong first code does not turn it on, and says why beside the field", async () => {
    const c = await makeClinic();
    const { email } = await db.user.findUniqueOrThrow({ where: { id: c.therapist.userId } });
    const actor = (await actorForSession(await signIn(email)))!;
    await beginMfaSetup(actor);
    const err = await confirmMfaSetup(actor, "000000").catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).fieldErrors?.code).toMatch(/not right/);
    expect((await getMfaStatus(actor)).enabled).toBe(false);
  });

  it("signing in asks for the code after the right password; a wrong code is refused and audited; the right code signs in once", async () => {
    const { email, secret, actor } = await therapistWithMfa();
    expect(await refusal(signIn(email))).toBe("MfaRequired");
    expect(await refusal(signIn(email, "123456"))).toBe("MfaInvalid");
    const denied = await db.auditEvent.findFirst({
      where: { actorUserId: actor.userId, action: "auth.sign_in", outcome: "DENIED" },
      orderBy: { createdAt: "desc" },
    });
    expect(denied?.detail).toEqual({ reason: "wrong_code" });
    const code = nextCode(secret);
    const claims = await signIn(email, code);
    expect(await actorForSession(claims)).toMatchObject({ userId: actor.userId });
    // The same code again (someone who saw it over a shoulder) is refused.
    expect(await refusal(signIn(email, code))).toBe("MfaInvalid");
  });

  it("wrong codes are throttled like wrong passwords: after 5 from one address the next attempt waits", async () => {
    const { email } = await therapistWithMfa();
    const from = address();
    for (let i = 0; i < 5; i++) expect(await refusal(signIn(email, "000000", from))).toBe("MfaInvalid");
    const err = await signIn(email, "000000", from).catch((e: unknown) => e);
    expect((err as Error).name).toBe("SignInThrottled");
  });

  it("a recovery code signs in once, and a new set replaces the old ones", async () => {
    const { email, recoveryCodes, actor, secret } = await therapistWithMfa();
    const claims = await signIn(email, recoveryCodes[0]!.toUpperCase());
    expect(await actorForSession(claims)).not.toBeNull();
    expect(await refusal(signIn(email, recoveryCodes[0]))).toBe("MfaInvalid");
    expect((await getMfaStatus(actor)).recoveryCodesLeft).toBe(9);
    const fresh = await replaceRecoveryCodes(actor, nextCode(secret));
    expect(await refusal(signIn(email, recoveryCodes[1]))).toBe("MfaInvalid");
    expect(await actorForSession(await signIn(email, fresh.recoveryCodes[0]))).not.toBeNull();
  });

  it("turning it off needs a current code", async () => {
    const { email, actor, secret } = await therapistWithMfa();
    expect(await refusal(disableMfa(actor, "111111"))).toBe("VALIDATION");
    await disableMfa(actor, nextCode(secret));
    expect(await actorForSession(await signIn(email))).not.toBeNull();
    expect(await db.mfaRecoveryCode.count({ where: { userId: actor.userId } })).toBe(0);
  });
});

describe("the clinic requires two-step sign-in", () => {
  it("an admin must use it before requiring it; then a therapist without it may only set it up, and cannot turn it off once on", async () => {
    const c = await makeClinic();
    const adminEmail = (await db.user.findUniqueOrThrow({ where: { id: c.admin.userId } })).email;
    const admin = (await actorForSession(await signIn(adminEmail)))!;
    expect(await refusal(setMfaRequired(admin, true))).toBe("BLOCKED");
    const adminSecret = (await beginMfaSetup(admin)).key.replace(/ /g, "");
    await confirmMfaSetup(admin, currentCode(adminSecret));
    await setMfaRequired(admin, true);
    expect(await db.auditEvent.count({ where: { clinicId: c.clinic.id, action: "clinic.mfa_required", outcome: "SUCCESS" } })).toBe(1);

    const email = (await db.user.findUniqueOrThrow({ where: { id: c.therapist.userId } })).email;
    const therapist = await actorForSession(await signIn(email));
    expect(therapist?.mfaSetupRequired).toBe(true);
    const secret = (await beginMfaSetup(therapist!)).key.replace(/ /g, "");
    await confirmMfaSetup(therapist!, currentCode(secret));
    expect((await actorForSession(await signIn(email, nextCode(secret))))?.mfaSetupRequired).toBeUndefined();
    expect(await refusal(disableMfa(therapist!, currentCode(secret, Date.now() + 60_000)))).toBe("BLOCKED");
  });

  it("an admin turns a therapist's two-step sign-in off (lost phone): their sessions end, and another clinic's admin cannot", async () => {
    const { actor, claims, clinic } = await therapistWithMfa();
    const adminId = (await db.user.findFirstOrThrow({ where: { clinicId: clinic.id, role: "ADMIN" } })).id;
    const admin = { userId: adminId, clinicId: clinic.id, role: "ADMIN" as const, name: "Admin", patientId: null };
    const stranger = await makeClinic();
    expect(await refusal(resetStaffMfa(stranger.admin, actor.userId))).toBe("NOT_FOUND");
    await resetStaffMfa(admin, actor.userId);
    expect(await actorForSession(claims)).toBeNull();
    expect((await getMfaStatus(actor)).enabled).toBe(false);
    expect(await db.auditEvent.count({ where: { action: "staff.mfa_reset", entityId: actor.userId, outcome: "SUCCESS" } })).toBe(1);
  });
});

describe("sessions a user can see and end", () => {
  it("lists this device and the others; ending one signs that device out; another user's session is not found and audited", async () => {
    const c = await makeClinic();
    const email = (await db.user.findUniqueOrThrow({ where: { id: c.therapist.userId } })).email;
    const here = await signIn(email);
    const phone = await signIn(email);
    const laptop = await signIn(email);
    const actor = (await actorForSession(here))!;
    const sessions = await listSessions(actor);
    expect(sessions).toHaveLength(3);
    expect(sessions.filter((s) => s.current).map((s) => s.id)).toEqual([here.sid]);
    expect(sessions[0]!.device).toEqual({ browser: "Firefox", os: "Windows" });

    await endOwnSession(actor, phone.sid);
    expect(await actorForSession(phone)).toBeNull();
    expect(await actorForSession(laptop)).not.toBeNull();

    const stranger = await makeClinic();
    const strangerEmail = (await db.user.findUniqueOrThrow({ where: { id: stranger.therapist.userId } })).email;
    const theirs = await signIn(strangerEmail);
    expect(await refusal(endOwnSession(actor, theirs.sid))).toBe("NOT_FOUND");
    expect(await actorForSession(theirs)).not.toBeNull();
    expect(await db.auditEvent.count({ where: { actorUserId: actor.userId, action: "account.session_end", outcome: "NOT_FOUND" } })).toBe(1);

    expect(await endOtherSessions(actor)).toBe(1);
    expect(await actorForSession(laptop)).toBeNull();
    expect(await actorForSession(here)).not.toBeNull();
    expect((await listSessions(actor)).map((s) => s.id)).toEqual([here.sid]);
  });

  it("signing out ends only that device's session", async () => {
    const { authOptions } = await import("@/lib/server/auth");
    const c = await makeClinic();
    const email = (await db.user.findUniqueOrThrow({ where: { id: c.therapist.userId } })).email;
    const a = await signIn(email);
    const b = await signIn(email);
    await (authOptions.events!.signOut as (m: { token: Record<string, unknown> }) => Promise<void>)({ token: { ...a } });
    expect(await actorForSession(a)).toBeNull();
    expect(await actorForSession(b)).not.toBeNull();
  });
});
