import { describe, expect, it } from "vitest";
import { actorForSession, authOptions, verifyCredentials } from "@/lib/server/auth";
import { db } from "@/lib/server/db";
import { TEST_PASSWORD, makeClinic } from "../support/factories";

const MIN = 60_000;

/** Signs a fresh therapist in: the claims its cookie would carry. */
async function signedInTherapist() {
  const { therapist } = await makeClinic();
  const { email } = await db.user.findUniqueOrThrow({ where: { id: therapist.userId } });
  const user = await verifyCredentials(email, TEST_PASSWORD, `10.9.${Math.floor(Math.random() * 250)}.1`);
  if (!user) throw new Error("sign-in failed");
  return { email, claims: { uid: user.id, sv: user.sessionVersion, at: Date.now(), sid: user.sid } };
}

const jwt = (token: Record<string, unknown>) => (authOptions.callbacks!.jwt as (p: { token: Record<string, unknown> }) => Promise<unknown>)({ token });

describe("session limits", () => {
  it("an idle session expires on its own: the cookie is not renewed, other devices stay signed in, a new sign-in is a new session", async () => {
    const { email, claims } = await signedInTherapist();
    const other = await verifyCredentials(email, TEST_PASSWORD, "10.9.200.3");
    const otherClaims = { uid: other!.id, sv: other!.sessionVersion, at: Date.now(), sid: other!.sid };
    expect(await actorForSession(claims)).toMatchObject({ userId: claims.uid, sessionId: claims.sid });
    await db.userSession.update({ where: { id: claims.sid }, data: { lastActiveAt: new Date(Date.now() - 31 * MIN) } });
    expect(await actorForSession(claims)).toBeNull();
    const ended = await db.userSession.findUniqueOrThrow({ where: { id: claims.sid } });
    expect(ended.endReason).toBe("idle");
    const audited = await db.auditEvent.findFirst({ where: { actorUserId: claims.uid, action: "auth.session_end" } });
    expect(audited?.detail).toEqual({ reason: "idle" });
    // The cookie is not renewed: next-auth clears it when the jwt callback throws.
    await expect(jwt({ ...claims })).rejects.toThrow(/ended/);
    // The other device had its own activity: it still works.
    expect(await actorForSession(otherClaims)).not.toBeNull();
    // Signing in again gives a new session; the idle one stays ended.
    const again = await verifyCredentials(email, TEST_PASSWORD, "10.9.200.2");
    expect(again!.sid).not.toBe(claims.sid);
    expect(await actorForSession(claims)).toBeNull();
  });

  it("activity keeps a session alive and is written at most once a minute", async () => {
    const { claims } = await signedInTherapist();
    await db.userSession.update({ where: { id: claims.sid }, data: { lastActiveAt: new Date(Date.now() - 29 * MIN) } });
    expect(await actorForSession(claims)).not.toBeNull();
    const { lastActiveAt } = await db.userSession.findUniqueOrThrow({ where: { id: claims.sid } });
    expect(Date.now() - lastActiveAt.getTime()).toBeLessThan(5000);
    await expect(jwt({ ...claims })).resolves.toMatchObject({ uid: claims.uid });
  });

  it("a cookie without a session id (issued before sessions were listed) or with a made-up one is signed out", async () => {
    const { claims } = await signedInTherapist();
    expect(await actorForSession({ ...claims, sid: undefined })).toBeNull();
    expect(await actorForSession({ ...claims, sid: "00000000-0000-4000-8000-000000000000" })).toBeNull();
    expect(await actorForSession({ ...claims, sid: "not-a-uuid" })).toBeNull();
  });

  it("a session past its absolute lifetime expires, even while active, without ending newer ones", async () => {
    const { email, claims } = await signedInTherapist();
    const newer = await verifyCredentials(email, TEST_PASSWORD, "10.9.201.2");
    await db.userSession.update({ where: { id: claims.sid }, data: { createdAt: new Date(Date.now() - 12 * 60 * MIN - MIN) } });
    expect(await actorForSession(claims)).toBeNull();
    await expect(jwt(claims)).rejects.toThrow(/ended/);
    expect((await db.userSession.findUniqueOrThrow({ where: { id: claims.sid } })).endReason).toBe("lifetime");
    expect(await actorForSession({ uid: newer!.id, sv: newer!.sessionVersion, at: Date.now(), sid: newer!.sid })).not.toBeNull();
    // A cookie claiming an old sign-in time is held to it as well.
    expect(await actorForSession({ uid: newer!.id, sv: newer!.sessionVersion, at: Date.now() - 12 * 60 * MIN - MIN, sid: newer!.sid })).toBeNull();
  });

  it("reactivating an account does not revive its old cookies", async () => {
    const { claims } = await signedInTherapist();
    await db.user.update({ where: { id: claims.uid }, data: { active: false } });
    expect(await actorForSession(claims)).toBeNull();
    await db.user.update({ where: { id: claims.uid }, data: { active: true } });
    expect(await actorForSession(claims)).toBeNull();
  });

  it("a password changed outside the app ends the old sessions", async () => {
    const { claims } = await signedInTherapist();
    await db.$executeRaw`UPDATE app_user SET password_hash = 'changed by hand' WHERE id = ${claims.uid}::uuid`;
    expect(await actorForSession(claims)).toBeNull();
    // Other updates leave sessions alone.
    const { claims: other } = await signedInTherapist();
    await db.user.update({ where: { id: other.uid }, data: { name: "Renamed" } });
    expect(await actorForSession(other)).not.toBeNull();
  });
});
